// The side-by-side table `crewplan compare` prints, and the list `crewplan scenarios` prints.
#pragma once

#include "compare/ScenarioComparison.h"

#include <string>

namespace crewplan {

std::string comparisonText(const ScenarioComparison& comparison);
std::string scenariosText(const Project& project);

} // namespace crewplan
