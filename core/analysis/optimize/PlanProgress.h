// How much of a plan a scenario holds already, judged from the scenario alone — never from what
// a window remembers having applied — so that apply, undo and redo in any order cannot make the
// two disagree.
#pragma once

#include "model/Ids.h"
#include "optimize/StaffingOptimizer.h"

#include <vector>

namespace crewplan {

struct PlanProgress {
    std::vector<bool> done;                   // per step
    std::vector<std::vector<PersonId>> hires; // per step: the planned hires it made (Hire steps)
    // Every step done, and nobody assigned whom the plan does not place.
    bool whole = false;

    int stepsDone() const;
    int hiresMade(std::size_t step) const { return static_cast<int>(hires[step].size()); }
};

// An Assign step is done when the person holds exactly the plan's roles for them (two for a
// split) at its allocations, and no other; a Train step
// when the scenario plans (or the person holds) the level; a Hire step when the scenario has as
// many planned hires made since the plan (ids from plan.firstNewId on) in that role, with the
// profile's levels and yearly cost.
PlanProgress planProgress(const Project& project, const Scenario& scenario,
                          const StaffingPlan& plan);

} // namespace crewplan
