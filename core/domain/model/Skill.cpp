#include "model/Skill.h"

#include "model/Text.h"

#include <array>
#include <cmath>

namespace crewplan {

namespace {
struct CategoryName {
    SkillCategory category;
    std::string_view name;
};
constexpr std::array<CategoryName, 8> kCategories{{
    {SkillCategory::Programming, "Programming"},
    {SkillCategory::DataEngineering, "Data engineering"},
    {SkillCategory::MachineLearning, "Machine learning"},
    {SkillCategory::PlatformDevOps, "Platform & DevOps"},
    {SkillCategory::Cloud, "Cloud"},
    {SkillCategory::Quality, "Quality"},
    {SkillCategory::Domain, "Domain"},
    {SkillCategory::Mindset, "Mindset"},
}};
constexpr std::array<SkillCategory, 8> kCategoryList{
    SkillCategory::Programming,    SkillCategory::DataEngineering, SkillCategory::MachineLearning,
    SkillCategory::PlatformDevOps, SkillCategory::Cloud,           SkillCategory::Quality,
    SkillCategory::Domain,         SkillCategory::Mindset};
} // namespace

bool TrainingRate::valid() const {
    return costPerLevel >= 0 && weeksPerLevel >= 0 && std::isfinite(costPerLevel) &&
           std::isfinite(weeksPerLevel);
}

std::span<const SkillCategory> skillCategories() {
    return kCategoryList;
}

std::string_view skillCategoryName(SkillCategory category) {
    return kCategories[static_cast<std::size_t>(category)].name;
}

std::optional<SkillCategory> parseSkillCategory(std::string_view name) {
    for (const auto& entry : kCategories) {
        if (equalsIgnoringCase(entry.name, name))
            return entry.category;
    }
    return std::nullopt;
}

} // namespace crewplan
