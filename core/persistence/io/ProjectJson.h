// The project interchange format: a whole project as JSON, with skills, people and roles named
// rather than numbered. Templates ship in it (resources/templates/); docs/file-format.md
// describes it.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <string>
#include <string_view>

namespace crewplan {

// The version this Crewplan writes; it reads this one and the earlier ones.
inline constexpr int kProjectJsonVersion = 1;

// The whole project as JSON: skills (with their own training rates), people, every scenario with
// its teams, roles, requirements, assignments, planned hires and training, stack and declined
// requirements, the training rate, and the project's own tools catalog. Things are named, never
// numbered; the order is the project's, so writing what was read gives the same bytes.
std::string writeProjectJson(const Project& project);

// Reads a project; errors name the source and the JSON path ("mlops.json: scenarios[0].teams[1]
// .roles[0].requirements[2].level: unknown level 'Guru'"). Ids are assigned in reading order.
Result<Project> readProjectJson(std::string_view text, std::string_view sourceName);

} // namespace crewplan
