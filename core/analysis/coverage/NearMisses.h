// Quick diagnostics that need no solver: people one level short of what their own role asks,
// the cheapest gaps to close (one level of training).
#pragma once

#include "coverage/CoverageReport.h"

#include <vector>

namespace crewplan {

// Every assigned person one level below a requirement of a role they hold, must-haves first,
// then team by team in the scenario's order (each team's as TeamCoverage::nearMisses has them).
std::vector<NearMiss> nearMisses(const CoverageReport& report);

// The first `most` of the same list, and how many there are in all (a view that shows a few
// of thousands copies only those).
struct NearMissList {
    std::vector<NearMiss> shown;
    std::size_t total = 0;
};
NearMissList nearMisses(const CoverageReport& report, std::size_t most);

} // namespace crewplan
