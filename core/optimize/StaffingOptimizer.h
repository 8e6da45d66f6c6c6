// Recommendations: the cheapest way to meet every must-have requirement of a scenario, by
// assigning the people it has (in quarter-FTE steps), training them up, and hiring — solved
// exactly as a mixed-integer program (docs/recommendations.md), with a reason for each step.
#pragma once

#include "model/Ids.h"
#include "model/SkillLevel.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crewplan {

struct Project;
struct Scenario;

struct RecommendOptions {
    std::optional<double> budget;       // cap on the plan's yearly cost
    double trainingCostPerLevel = 6000; // per person, skill and level step
    double trainingWeeksPerLevel = 6;
    std::optional<double> maxTrainingWeeksPerPerson;
    double seconds = 2.0;
};

struct PlanStep {
    enum class Kind { Assign, Train, Hire };
    Kind kind;
    PersonId person;                                           // Assign, Train
    RoleId role;                                               // Assign, Hire
    SkillId skill;                                             // Train
    SkillLevel from = SkillLevel::None, to = SkillLevel::None; // Train
    double allocation = 0.0;                                   // Assign: FTE
    int count = 0;                                             // Hire
    double cost = 0.0;                                         // yearly cost this step adds
    double weeks = 0.0;                                        // Train
    std::string reason;
};

struct StaffingPlan {
    enum class Status { Optimal, Feasible, Infeasible, NoSolutionInTime, TooLarge };
    Status status = Status::Infeasible;
    double cost = 0.0; // hires + training + candidates and planned hires used
    double gap = 0.0;  // relative, when not proven optimal
    int hires = 0;
    double trainingWeeks = 0.0;
    std::vector<PlanStep> steps;
    std::string message; // for Infeasible: the binding reason
};

// This first model pairs every person with every role; past this many pairs CBC cannot prove
// anything in seconds, so larger scenarios are refused (with the figures) rather than left to
// run for minutes.
inline constexpr std::size_t kMaxPersonRolePairs = 400;

StaffingPlan recommend(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options);

} // namespace crewplan
