#include "coverage/NearMisses.h"

#include <algorithm>

namespace crewplan {

std::vector<NearMiss> nearMisses(const CoverageReport& report) {
    std::vector<NearMiss> out;
    for (const TeamCoverage& team : report.teams)
        out.insert(out.end(), team.nearMisses.begin(), team.nearMisses.end());
    std::stable_partition(out.begin(), out.end(), [](const NearMiss& m) { return m.mustHave; });
    return out;
}

} // namespace crewplan
