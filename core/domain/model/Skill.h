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

// What training costs per person and level step: one-off cost, and weeks away from the work.
struct TrainingRate {
    double costPerLevel = 6000;
    double weeksPerLevel = 6;

    bool valid() const; // both finite and 0 or more
    bool operator==(const TrainingRate&) const = default;
};

struct Skill {
    SkillId id;
    std::string name;
    SkillCategory category = SkillCategory::Programming;
    std::string description;

    bool operator==(const Skill&) const = default;
};

} // namespace crewplan
