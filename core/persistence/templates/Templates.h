// The projects Crewplan can start from: empty, the MLOps team template, and the sample project
// built on it (the one the Quick start opens).
#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <optional>
#include <string_view>

namespace crewplan {

enum class ProjectTemplate { Empty, Mlops, Sample };

std::optional<ProjectTemplate>
parseProjectTemplate(std::string_view name); // "empty", "mlops", "sample"
std::string_view projectTemplateName(ProjectTemplate which);

Result<Project> makeProject(ProjectTemplate which);

} // namespace crewplan
