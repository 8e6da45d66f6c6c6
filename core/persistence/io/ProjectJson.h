// The project interchange format: a whole project as JSON, with skills, people and roles named
// rather than numbered. Templates ship in it (resources/templates/); docs/file-format.md
// describes it.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <string>
#include <string_view>

namespace crewplan {

// Reads a project; errors name the source and the JSON path ("mlops.json: scenarios[0].teams[1]
// .roles[0].requirements[2].level: unknown level 'Guru'"). Ids are assigned in reading order.
Result<Project> readProjectJson(std::string_view text, std::string_view sourceName);

} // namespace crewplan
