// The mixed-integer model behind the recommendations (docs/recommendations.md): one binary per
// person and role they could fill once trained, hires per role and profile, depth and caps as
// rows. Private to core/optimize: built by recommend(), read back by describePlan().
#pragma once

#include "model/Project.h"
#include "optimize/MipSolver.h"
#include "optimize/StaffingOptimizer.h"

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace crewplan::staffing {

using Sense = MipModel::Sense;
using Terms = std::vector<std::pair<int, double>>;

// Whole money units keep every cost of the model a multiple of one half (band midpoints), which
// is what lets CBC's absolute gap prove the cost optimal (MipSolver.h).
inline double whole(double money) {
    return std::round(money);
}

struct Need {
    SkillId skill;
    SkillLevel level;
};

struct HireOption {
    std::size_t role;
    HireProfile profile;
    double salary = 0.0;   // yearly
    double training = 0.0; // one-off, for a junior brought up to the must-haves
    double weeks = 0.0;
    std::map<SkillId, SkillLevel> levels; // once hired (and trained)
    int var = -1;
};

struct Training {
    SkillId skill;
    SkillLevel from, to;
    double cost, weeks;
};

// Person i filling role r with all their time (up to 1 FTE): y = 1 when they do, and the
// training that brings them to the role's must-haves (paid with y).
struct Pair {
    std::size_t person, role;
    double allocation = 1.0;
    int y = -1;
    std::vector<Training> training;
    double weeks = 0.0;
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
    std::vector<int> filled;         // Mode::Coverage: role filled
    Terms cost;                      // the plan's cost, without tie-breaks
    std::string refusal;             // options that cannot be modelled
};

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
// The training a person needs to fill a role, and its sum.
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person, const Role& role,
                                  const RecommendOptions& o);
Gap gapFor(const Scenario& scenario, const Person& person, const Role& role,
           const RecommendOptions& o);

// The model for these options; Model::refusal says why it cannot be built.
Model build(const Project& project, const Scenario& scenario, const RecommendOptions& o);

} // namespace crewplan::staffing
