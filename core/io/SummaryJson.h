// The machine-readable staffing summary of a scenario (what `crewplan summary --json` prints).
// Coverage values are ratios from 0 to 1, or null for "n/a".
#pragma once

#include "coverage/CoverageReport.h"

#include <string>

namespace crewplan {

struct Project;

std::string summaryJson(const Project& project, const Scenario& scenario,
                        const CoverageReport& report);

} // namespace crewplan
