// Recommendations: the cheapest way to fill every role of a scenario so that all its must-have
// requirements are met — by assigning the people it has (in quarter-FTE steps), training them
// up, and hiring — solved exactly as a mixed-integer program (docs/recommendations.md), with a
// reason for each step. A second mode meets as many must-haves as a budget allows.
#pragma once

#include "model/Ids.h"
#include "model/Month.h"
#include "model/Skill.h"
#include "model/SkillLevel.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace crewplan {

struct Project;
struct Scenario;

enum class HireProfile { Standard, Junior, Senior };
std::string_view hireProfileName(HireProfile profile); // "standard", "junior", "senior"

struct RecommendOptions {
    enum class Mode { Cost, Coverage };
    Mode mode = Mode::Cost;
    // Caps on what the plan costs every year and once (training, recruiting); Mode::Coverage
    // needs at least one.
    std::optional<double> budget;
    std::optional<double> oneOffBudget;
    // What finding and hiring one person costs once, as a share of their yearly cost.
    double recruitingShare = 0.2;
    double weeksToHire = 12.0; // said in the plan, not priced
    bool partTimeHires = true; // half-time hires (0.5 FTE at half the yearly cost) besides full
    // Shared roles: a person's time may be split between two roles in quarter-FTE steps (each
    // share meeting its role's must-haves); false keeps everyone to one role.
    bool sharedRoles = true;
    // Distinct holders wanted per must-have skill per team, at the level the coverage rules use
    // for depth (0: no target; 2: no single point of failure).
    int depth = 0;
    // Every team survives the loss of any this many people: each of its must-have skills held
    // by one more than that (the bus factor, docs/coverage.md), i.e. depth at least this + 1.
    int resilience = 0;
    std::optional<int> headcountCap; // people in the plan: those assigned plus hires
    std::optional<double> maxTrainingWeeksPerPerson;
    TrainingRate training;                          // the project default
    std::map<SkillId, TrainingRate> perSkill;       // overrides
    bool juniorAndSeniorHires = false;              // besides the standard profile per role
    std::vector<std::pair<PersonId, RoleId>> locks; // must work in that role
    std::vector<PersonId> excluded;                 // must not be in the plan
    double seconds = 2.0;

    const TrainingRate& rateFor(SkillId skill) const;
    // The training rates the project holds (its default and each skill's own).
    static RecommendOptions forProject(const Project& project);
};

struct PlanStep {
    enum class Kind { Assign, Train, Hire };
    Kind kind = Kind::Assign;
    PersonId person;                                           // Assign, Train
    RoleId role;                                               // Assign, Hire
    SkillId skill;                                             // Train
    SkillLevel from = SkillLevel::None, to = SkillLevel::None; // Train
    double allocation = 0.0;                                   // Assign: FTE
    double previous = 0.0;                                     // Assign: FTE before the plan
    int count = 0;                                             // Hire
    double hireFte = 1.0;                                      // Hire: each, 1 or 0.5
    double recruiting = 0.0;                                   // Hire: one-off, each
    struct Arrival {                                           // Hire: a junior's training
        SkillId skill;
        SkillLevel from = SkillLevel::None, to = SkillLevel::None;
        double cost = 0.0, weeks = 0.0; // each hire's
    };
    std::vector<Arrival> hireTraining;
    double weeksToHire = 0.0; // Hire: the time to find and hire, said, not priced
    HireProfile profile = HireProfile::Standard; // Hire
    std::map<SkillId, SkillLevel> hireLevels;    // Hire: what each hire holds
    double hireYearlyCost = 0.0; // Hire: each, for a full-time position (paid × hireFte)
    double cost = 0.0;           // what this step adds to the plan's cost
    double weeks = 0.0;          // Train (and a junior hire's training)
    std::optional<Month> start;  // Train, Hire: when it starts (a schedule's); none: at once
    std::string reason;
};

struct StaffingPlan {
    // Stopped: a stop was requested; SolverFailed: the solver library failed (message says how).
    enum class Status {
        Optimal,
        Feasible,
        Infeasible,
        NoSolutionInTime,
        InvalidOptions,
        Stopped,
        SolverFailed
    };
    Status status = Status::Infeasible;
    double cost = 0.0;       // what the plan minimises first: yearlyCost + oneOffCost
    double yearlyCost = 0.0; // every year: hires, and candidates and planned hires used
    double oneOffCost = 0.0; // once: training (a junior hire's included) and recruiting
    double recruitingCost = 0.0;
    // Then, at that cost, the most nice-to-haves met (as coverage counts them): the scenario's
    // nice-to-have coverage before and after; proven the most when the second solve ended
    // optimal within the time left.
    std::optional<double> niceToHaveBefore, niceToHaveAfter;
    bool niceToHavesProven = false;
    std::optional<double> scenarioYearlyBefore, scenarioYearlyAfter; // the whole scenario's
    double gap = 0.0; // relative, when not proven optimal; NaN when no bound is known
    int hires = 0;
    double trainingWeeks = 0.0;
    double trainingCost = 0.0;
    int mustHavesMet = 0; // must-have requirements of roles the plan fills
    int mustHaves = 0;
    std::optional<double> coverageBefore, coverageAfter; // must-have coverage, recomputed
    std::vector<PlanStep> steps;
    std::vector<PersonId> unassigned; // assigned before, not in the plan
    // The scenario's planned hires a schedule leaves out: removed when it is carried out.
    std::vector<PersonId> removeHires;
    // Employees the plan does not need, with the roles they could fill as they are.
    struct Available {
        PersonId person;
        std::vector<RoleId> couldFill;
    };
    std::vector<Available> available;
    std::string message; // when there is no plan: why (for Infeasible, the binding limit)
    // Shared roles were asked for but not looked at, the project being too large for them
    // (more ways to split people's time between two roles than the model takes): everyone then
    // fills one role.
    bool sharedRolesLeftOut = false;
    // Ids from here on did not exist when the plan was made: what tells a hire the plan made.
    std::int64_t firstNewId = 0;

    bool found() const { return status == Status::Optimal || status == Status::Feasible; }
    // The people the plan assigns, each once (a person split between two roles has two steps).
    int peopleAssigned() const;
};

// Keeps to options.seconds in all, the search for a binding limit included; a stop request
// ends it within milliseconds (Status::Stopped). The solver runs in a child process, so that
// nothing it does can take the caller down.
StaffingPlan recommend(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options, std::stop_token stop = {});

} // namespace crewplan
