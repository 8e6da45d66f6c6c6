// Quick diagnostics that need no solver: people one level short of what their own role asks,
// the cheapest gaps to close (one level of training).
#pragma once

#include "model/Ids.h"
#include "model/SkillLevel.h"

#include <vector>

namespace crewplan {

struct Project;
struct Scenario;

struct NearMiss {
    PersonId person;
    RoleId role;
    SkillId skill;
    SkillLevel held = SkillLevel::None;     // what the person has
    SkillLevel required = SkillLevel::None; // what the role asks: one level more
    bool mustHave = true;
};

// Every assigned person one level below a requirement of a role they hold, must-haves first,
// in the scenario's role order.
std::vector<NearMiss> nearMisses(const Project& project, const Scenario& scenario);

} // namespace crewplan
