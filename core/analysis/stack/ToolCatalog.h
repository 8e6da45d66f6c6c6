// The MLOps tools catalog: per stage of the platform (ingestion, orchestration, … cloud), the
// tools an architect can pick — open source, managed cloud services, commercial products — and
// the skills, at levels, each asks of which role. Shipped as data (resources/catalog/), checked
// on load: an unknown stage, skill, role level or kind is refused with the line it is on.
#pragma once

#include "model/Result.h"
#include "model/Skill.h"
#include "model/SkillLevel.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

enum class ToolKind { OpenSource, Managed, Commercial };
std::string_view toolKindName(ToolKind kind); // "open source", "managed cloud service", …

struct ToolAsk {
    std::string role; // a role name, as the template names roles ("DevOps Engineer")
    std::string skill;
    SkillLevel level = SkillLevel::Working;
};

struct Tool {
    std::string name;
    std::string stage; // a stage id
    ToolKind kind = ToolKind::OpenSource;
    std::string provider; // AWS, Azure, GCP, Databricks or none
    std::vector<ToolAsk> asks;
    int line = 0; // in the catalog file
};

struct Stage {
    std::string id;
    std::string name;
};

// "Kubeflow Pipelines (open source)", "AWS Glue (managed cloud service, AWS)".
std::string toolLabel(const Tool& tool);

struct StackPreset {
    std::string name;
    std::map<std::string, std::string> tools; // stage id -> tool name
};

struct ToolCatalog {
    std::vector<Skill> skills; // the skills the catalog adds to the template's (ids unset)
    std::vector<Stage> stages; // in platform order
    std::vector<Tool> tools;
    std::vector<StackPreset> presets;

    const Tool* findTool(std::string_view name) const; // case-insensitive
    const Stage* findStage(std::string_view id) const; // by id or name, case-insensitive
    const StackPreset* findPreset(std::string_view name) const;
    const Skill* findSkill(std::string_view name) const;
    std::vector<const Tool*> toolsOf(std::string_view stage) const;
};

// `knownSkills`: the skills tools may ask for besides the catalog's own (the template's).
Result<ToolCatalog> parseToolCatalog(std::string_view json, std::string_view sourceName,
                                     const std::vector<std::string>& knownSkills);
// The catalog built into Crewplan (resources/catalog/mlops-tools.json).
const ToolCatalog& builtInToolCatalog();
std::string_view builtInToolCatalogJson();

struct Project;
// The project's own catalog when it has one, else the built-in.
const ToolCatalog& toolCatalogOf(const Project& project);
// Whether `json` can be this project's catalog: it parses (skills: its own, the project's and the
// template's), and every tool a scenario's stack uses is in it, at the same stage. Empty: the
// built-in, always fine.
Status checkToolCatalog(const Project& project, std::string_view json, std::string_view sourceName);
// The same for a file a person imports: an empty one is refused, not taken for "the built-in".
Status checkImportedToolCatalog(const Project& project, std::string_view json,
                                std::string_view sourceName);

// How large and how deep a catalog may be: far above any real one, far below what could exhaust
// memory or the stack.
inline constexpr std::size_t kMaxCatalogBytes = 8 * 1024 * 1024;
inline constexpr int kMaxCatalogDepth = 32;

} // namespace crewplan
