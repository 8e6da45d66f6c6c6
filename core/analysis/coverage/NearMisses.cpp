#include "coverage/NearMisses.h"

#include <limits>

namespace crewplan {

NearMissList nearMisses(const CoverageReport& report, std::size_t most) {
    NearMissList out;
    for (const bool mustHave : {true, false}) {
        for (const TeamCoverage& team : report.teams) {
            for (const NearMiss& miss : team.nearMisses) {
                if (miss.mustHave != mustHave)
                    continue;
                if (++out.total <= most)
                    out.shown.push_back(miss);
            }
        }
    }
    return out;
}

std::vector<NearMiss> nearMisses(const CoverageReport& report) {
    return nearMisses(report, std::numeric_limits<std::size_t>::max()).shown;
}

} // namespace crewplan
