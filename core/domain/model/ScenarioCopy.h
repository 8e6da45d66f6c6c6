// Deep copies of scenarios: teams, roles, requirements, assignments and planned hires, all with
// fresh ids, so that editing the copy never touches the original.
#pragma once

#include "model/Project.h"

#include <string>
#include <vector>

namespace crewplan {

struct ScenarioCopy {
    Scenario scenario;
    std::vector<Person> plannedHires; // copies of the source's planned hires, now of the copy
};

// A copy of `source` named `name`, its ids taken from `nextId` upwards (which is advanced).
// The project is not changed.
ScenarioCopy copyScenario(const Project& project, ScenarioId source, std::string name,
                          std::int64_t& nextId);

// Appends a copy of `source` named `name` to the project and returns its id.
ScenarioId cloneScenario(Project& project, ScenarioId source, std::string name);

} // namespace crewplan
