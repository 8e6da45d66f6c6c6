// The machine-readable recommendation (what `crewplan recommend --json` prints): status, totals
// and the steps with their reasons.
#pragma once

#include <string>

namespace crewplan {

struct Project;
struct Scenario;
struct StaffingPlan;
struct Schedule;

std::string planJson(const Project& project, const Scenario& scenario, const StaffingPlan& plan);
// `recommend --schedule --json`: the same steps, each with its month, the time line and targets
// it was made for, and the figures per quarter.
std::string scheduleJson(const Project& project, const Scenario& scenario,
                         const Schedule& schedule);

} // namespace crewplan
