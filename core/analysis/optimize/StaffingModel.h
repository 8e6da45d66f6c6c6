// The mixed-integer model behind the recommendations (docs/recommendations.md): one binary per
// person and role they could fill once trained, hires per role and profile, depth and caps as
// rows. Private to core/optimize: built by recommend(), read back by describePlan().
#pragma once

#include "model/Project.h"
#include "optimize/MipSolver.h"
#include "optimize/StaffingOptimizer.h"

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crewplan::staffing {

using Sense = MipModel::Sense;
using Terms = std::vector<std::pair<int, double>>;

// Whole money units keep most costs of the model whole or halves; CBC's absolute gap of 0.2
// (MipSolver.h) then proves a cost optimal to within a fifth of a unit, which is what "optimal"
// means here (a part-time person's share of a yearly cost can be any fraction of a unit).
inline double whole(double money) {
    return std::round(money);
}

// What a hire of a role's standard profile is paid a year: the middle of its cost band, in whole
// money units (what the plan says and the file then holds).
inline double standardSalary(const Role& role) {
    return std::floor(role.costBand.midpoint());
}

struct Need {
    SkillId skill;
    SkillLevel level;
};

struct Training {
    SkillId skill;
    SkillLevel from, to;
    double cost, weeks;
};

struct HireOption {
    std::size_t role;
    HireProfile profile;
    double fte = 1.0;      // 1, or 0.5 for a half-time hire
    double salary = 0.0;   // yearly, for a full-time position (the hire costs salary × fte)
    double training = 0.0; // one-off, for a junior brought up to the must-haves
    double weeks = 0.0;
    double recruiting = 0.0;                     // one-off: the recruiting share of salary × fte
    std::map<SkillId, SkillLevel> levels;        // on arrival
    std::map<SkillId, SkillLevel> trainedLevels; // once trained on arrival (= levels if none)
    std::vector<Training> arrival;               // a junior's training on arrival
    int var = -1;

    double yearly() const { return salary * fte; }
    double oneOff() const { return training + recruiting; }
};

// Person i filling a role with a share of their time, or two roles with a quarter-FTE share
// each (shared roles: 0.5 DevOps + 0.5 QA): all of it (up to 1 FTE) or, for a paid person
// (candidate, planned hire: priced by the share), less. y = 1 when they do, with the training
// that brings them to every such role's must-haves (paid with y, once for both roles).
struct Share {
    std::size_t role;
    double allocation;
};
struct Pair {
    std::size_t person;
    std::vector<Share> shares; // one, or two for a person whose time is split
    int y = -1;
    std::vector<Training> training;
    double weeks = 0.0;
    double cost = 0.0; // the training, and a paid person's yearly cost × their time given

    // The FTE this gives a role (0 when it is not one of its roles).
    double in(std::size_t role) const {
        for (const auto& share : shares) {
            if (share.role == role)
                return share.allocation;
        }
        return 0.0;
    }
    double time() const {
        double sum = 0.0;
        for (const auto& share : shares)
            sum += share.allocation;
        return sum;
    }
};

// Depth: training beyond the role's must-haves so that the person also holds a team skill at
// the depth level (paid with var, which implies the pair's y).
struct Extra {
    std::size_t pair;
    Training training;
    int var = -1;
};

struct Model {
    MipModel mip;
    std::vector<const Person*> people;
    std::vector<Pair> pairs;
    std::vector<Extra> extras;
    std::vector<HireOption> hires;
    std::map<std::size_t, int> used; // candidates and planned hires: in the plan at all
    std::vector<int> usedBy;         // under a headcount cap, everyone's (else -1)
    std::vector<int> filled;         // Mode::Coverage: role filled
    Terms yearly, oneOff;            // the plan's cost, without tie-breaks
    Terms cost;                      // both
    std::string refusal;             // options that cannot be modelled
    // Shared roles were asked for but left out: the model would need more than kMostSplits
    // splits (a person in two roles); each person then fills one role.
    bool sharedRolesLeftOut = false;
};

// The most splits (a person in two roles) a model takes; past it, one role each.
inline constexpr std::size_t kMostSplits = 5000;

struct Gap {
    int steps = 0;
    double cost = 0.0, weeks = 0.0;
};

// What a role asks of whoever fills a slot: its must-haves.
std::vector<Need> mustHaves(const Role& role);
// A team's must-have skills at the level the coverage rules measure depth against: the highest
// level any of its roles asks.
std::vector<Need> depthNeeds(const Scenario& scenario, TeamId team);
// Training in one skill from one level to another, at the skill's rate.
Training trainingTo(SkillId skill, SkillLevel from, SkillLevel to, const RecommendOptions& o);
// The training a person needs to fill a role (or each of several roles), and its sum.
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person, const Role& role,
                                  const RecommendOptions& o);
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person,
                                  const std::vector<const Role*>& roles, const RecommendOptions& o);
Gap gapFor(const Scenario& scenario, const Person& person, const Role& role,
           const RecommendOptions& o);

// What a person holds of a skill once trained as the pair says.
SkillLevel levelAfter(const Scenario& scenario, const Person& p, const Pair& pair, SkillId skill);

// A plan made greedily, as the model's values: the placements that save most against hiring
// for the same need first (a person of the scenario not yet placed, in a role still open), the
// rest hired. Locks are kept; depth, caps and budgets are not looked at, so it may break them
// (MipModel::satisfies() tells). CBC starts from it, and it is the answer when CBC finds none in
// time.
std::vector<double> greedyStart(const Scenario& scenario, const RecommendOptions& o,
                                const Model& m);

// A plan of a model with each person in one role, as values of a model with shared roles for the
// same options (every variable of the first has its like in the second); empty if one is missing.
std::vector<double> carriedOver(const Model& from, const std::vector<double>& values,
                                const Model& to);

struct SecondStage {
    double cost = 0.0;    // the first stage's optimum: the most the plan may cost
    int mustHavesMet = 0; // Mode::Coverage: the least it may meet
};
// The model for these options; Model::refusal says why it cannot be built. With a cost cap
// (the first stage's optimum), the second stage: at no more than that cost, the most
// nice-to-haves met.
Model build(const Project& project, const Scenario& scenario, const RecommendOptions& o,
            std::optional<SecondStage> second = std::nullopt);

} // namespace crewplan::staffing
