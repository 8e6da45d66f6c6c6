// A skill in the project's catalog (Python, Spark, CI/CD…), with the category that groups it.
#pragma once

#include "model/Ids.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crewplan {

enum class SkillCategory {
    Programming,
    DataEngineering,
    MachineLearning,
    PlatformDevOps,
    Cloud,
    Quality,
    Domain,
    Mindset,
};

std::span<const SkillCategory> skillCategories();
std::string_view skillCategoryName(SkillCategory category);
std::optional<SkillCategory> parseSkillCategory(std::string_view name);

struct Skill {
    SkillId id;
    std::string name;
    SkillCategory category = SkillCategory::Programming;
    std::string description;

    bool operator==(const Skill&) const = default;
};

} // namespace crewplan
