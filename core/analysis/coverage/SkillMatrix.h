// Levels against requirements, as the coverage judges them: what a person holds, and what the
// scenario's planned training brings them to. The heatmaps and the role chart, in the window and
// in the report, are drawn from these, so they never disagree with the coverage figures.
#pragma once

#include "model/Ids.h"
#include "model/SkillLevel.h"

#include <string>
#include <vector>

namespace crewplan {

struct Project;
struct Scenario;

struct SkillCell {
    SkillLevel held = SkillLevel::None; // the person's own level today
    SkillLevel planned =
        SkillLevel::None;                 // in the scenario: held, or the planned training's target
    SkillLevel needed = SkillLevel::None; // the highest level their roles in the team ask

    bool trained() const { return planned > held; }
    bool gap() const { return planned < needed; } // judged as coverage does: training counted
    bool operator==(const SkillCell&) const = default;
};

// A team's people (everyone assigned to one of its roles, in role order) against the skills its
// roles require (in requirement order).
struct TeamSkillMatrix {
    std::vector<PersonId> people;
    std::vector<SkillId> skills;
    std::vector<SkillLevel> required;          // per skill: the highest level a role requires
    std::vector<std::vector<SkillCell>> cells; // [person][skill]
};

TeamSkillMatrix teamSkillMatrix(const Project& project, const Scenario& scenario, TeamId team);

// A role's requirements against the best level among its people, held and with training.
struct RoleSkillRow {
    SkillId skill;
    SkillLevel required = SkillLevel::None;
    SkillLevel bestHeld = SkillLevel::None;
    SkillLevel bestPlanned = SkillLevel::None;
};

std::vector<RoleSkillRow> roleSkillProfile(const Project& project, const Scenario& scenario,
                                           RoleId role);

// "Working", or "Working → Advanced, planned" where training is planned.
std::string levelWithPlan(SkillLevel held, SkillLevel planned);

} // namespace crewplan
