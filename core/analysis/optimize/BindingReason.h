// Why no plan exists: the first limit without which one does, with the figures. Private to
// core/optimize.
#pragma once

#include "optimize/StaffingModel.h"

#include <stop_token>

namespace crewplan::staffing {

// A solve without any diagnosis: the plan, or the solver's status (StaffingOptimizer.cpp).
StaffingPlan solvePlan(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options, MipModel::Clock::time_point deadline,
                       std::stop_token stop);

// Lifts each limit in turn (budget, headcount cap, training-weeks cap, each lock) and solves
// once without it, all by `deadline`.
std::string bindingReason(const Project& project, const Scenario& scenario,
                          const RecommendOptions& options, MipModel::Clock::time_point deadline,
                          std::stop_token stop);

} // namespace crewplan::staffing
