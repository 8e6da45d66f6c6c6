// The machine-readable staffing summary of a scenario (what `crewplan summary --json` prints).
// Coverage values are ratios from 0 to 1, or null for "n/a".
#pragma once

#include "compare/ScenarioComparison.h"
#include "coverage/CoverageReport.h"

#include <string>

namespace crewplan {

struct Project;

std::string summaryJson(const Project& project, const Scenario& scenario,
                        const CoverageReport& report);

// `crewplan compare --json`: per scenario the same figures as the summary's total, and per team
// (by name) the same figures as the summary's teams; then the differences from the first.
std::string comparisonJson(const Project& project, const ScenarioComparison& comparison);

// `crewplan scenarios --json`.
std::string scenariosJson(const Project& project);

} // namespace crewplan
