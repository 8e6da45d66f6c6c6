// The machine-readable recommendation (what `crewplan recommend --json` prints): status, totals
// and the steps with their reasons.
#pragma once

#include <string>

namespace crewplan {

struct Project;
struct Scenario;
struct StaffingPlan;

std::string planJson(const Project& project, const Scenario& scenario, const StaffingPlan& plan);

} // namespace crewplan
