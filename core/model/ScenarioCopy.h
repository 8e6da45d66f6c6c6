// Deep copies of scenarios: teams, roles, requirements, assignments and planned hires, all with
// fresh ids, so that editing the copy never touches the original.
#pragma once

#include "model/Project.h"

#include <string>

namespace crewplan {

// Appends a copy of `source` named `name` to the project and returns its id.
ScenarioId cloneScenario(Project& project, ScenarioId source, std::string name);

} // namespace crewplan
