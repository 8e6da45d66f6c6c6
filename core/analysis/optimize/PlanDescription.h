// The plan read off a solution of the staffing model: its steps, each with its reason in the
// planner's words, and its totals. Private to core/optimize.
#pragma once

#include "optimize/StaffingModel.h"

namespace crewplan::staffing {

void describePlan(const Project& project, const Scenario& scenario, const RecommendOptions& o,
                  const Model& m, const std::vector<double>& values, StaffingPlan& plan);

} // namespace crewplan::staffing
