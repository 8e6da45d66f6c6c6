// A staffing plan in words, for the command line, the workbench and the report.
#pragma once

#include <string>

namespace crewplan {

struct Project;
struct Scenario;
struct StaffingPlan;

// "Optimal plan for Baseline: 151,000 a year, 1 hire, 12 training weeks; must-have coverage
// 87.5 % → 100 %." (or "Best plan found (not proven optimal, gap 3.2 %) …")
std::string planHeadline(const Scenario& scenario, const StaffingPlan& plan);
// The headline, then each step's reason, then who leaves their current role.
std::string planText(const Project& project, const Scenario& scenario, const StaffingPlan& plan);
// Why nobody's time is split between two roles though shared roles were asked for.
std::string sharedRolesLeftOutText();

} // namespace crewplan
