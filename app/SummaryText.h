// The human-readable staffing summary `crewplan summary` prints.
#pragma once

#include "coverage/CoverageReport.h"

#include <string>

namespace crewplan {

struct Project;

std::string summaryText(const Project& project, const Scenario& scenario,
                        const CoverageReport& report);

} // namespace crewplan
