// A staffing plan carried out: the edit that makes it so in the scenario, whole or one step.
#pragma once

#include "edits/Edit.h"
#include "optimize/StaffingOptimizer.h"

#include <cstddef>
#include <optional>

namespace crewplan {

// The edit that carries out the whole plan in the scenario (step = nullopt) — its assignments
// become the plan's, its planned training gains the plan's, each hire joins as a planned hire at
// 1 FTE with the profile's levels, named "<Role> hire N" — or one step of it: an Assign step
// moves the person into the plan's roles for them (both of a split, out of any others), a Train
// step plans the training, a Hire step adds the hires. Fresh ids come from project.nextId onwards.
// Hires the scenario holds already (planProgress) are kept, not made again: the edit carries out
// what remains.
ReplaceStaffing planEdit(const Project& project, const Scenario& scenario, const StaffingPlan& plan,
                         std::optional<std::size_t> step = {});
// The project as it would be with the whole plan carried out.
Project applyPlan(const Project& project, const Scenario& scenario, const StaffingPlan& plan);

} // namespace crewplan
