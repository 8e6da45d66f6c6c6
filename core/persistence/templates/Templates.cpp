#include "templates/Templates.h"

#include "io/ProjectJson.h"
#include "model/KnownSkills.h"
#include "templates/SampleProject.h"

namespace crewplan {

std::optional<ProjectTemplate> parseProjectTemplate(std::string_view name) {
    for (auto which : {ProjectTemplate::Empty, ProjectTemplate::Mlops, ProjectTemplate::Sample}) {
        if (name == projectTemplateName(which))
            return which;
    }
    return std::nullopt;
}

std::string_view projectTemplateName(ProjectTemplate which) {
    switch (which) {
    case ProjectTemplate::Empty:
        return "empty";
    case ProjectTemplate::Mlops:
        return "mlops";
    case ProjectTemplate::Sample:
        return "sample";
    }
    return "empty";
}

Result<Project> makeProject(ProjectTemplate which) {
    if (which == ProjectTemplate::Empty) {
        Project project;
        project.name = "Untitled project";
        project.scenarios.push_back(
            {ScenarioId{project.allocateId()}, "Baseline", "", {}, {}, {}, {}});
        return project;
    }
    auto project = readProjectJson(mlopsTemplateJson(), "MLOps template");
    if (!project || which == ProjectTemplate::Mlops)
        return project;
    return makeSampleProject(std::move(*project));
}

} // namespace crewplan
