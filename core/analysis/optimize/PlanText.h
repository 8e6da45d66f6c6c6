// A staffing plan in words, for the command line, the workbench and the report.
#pragma once

#include <string>

namespace crewplan {

struct Project;
struct Scenario;
struct StaffingPlan;
struct Schedule;

// "Optimal plan for Baseline: 151,000 a year, 1 hire, 12 training weeks; must-have coverage
// 87.5 % → 100 %." (or "Best plan found (not proven optimal, gap 3.2 %) …")
std::string planHeadline(const Scenario& scenario, const StaffingPlan& plan);
// The headline, then each step's reason, then who leaves their current role.
std::string planText(const Project& project, const Scenario& scenario, const StaffingPlan& plan);
// "Optimal schedule for Baseline, 2027-01 to 2028-12: 245,000 over the time line …", the
// targets, each step with its month, and the hires and spend per quarter.
// Its first two lines: the headline and what it meets, within which limits.
std::string scheduleHeadline(const Scenario& scenario, const Schedule& schedule);
std::string scheduleText(const Project& project, const Scenario& scenario,
                         const Schedule& schedule);
// Why nobody's time is split between two roles though shared roles were asked for.
std::string sharedRolesLeftOutText();

} // namespace crewplan
