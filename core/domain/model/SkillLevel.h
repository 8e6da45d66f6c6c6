// The proficiency scale shared by requirements and people: 0 None to 4 Expert, each with the
// name and the one-line description shown to the planner.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace crewplan {

enum class SkillLevel { None = 0, Awareness = 1, Working = 2, Advanced = 3, Expert = 4 };

struct SkillLevelInfo {
    SkillLevel level;
    std::string_view name;
    std::string_view description;
};

std::span<const SkillLevelInfo> skillLevelScale();
std::string_view skillLevelName(SkillLevel level);
std::string_view skillLevelDescription(SkillLevel level);
// Accepts a level's name (any case) or its number, "0" to "4".
std::optional<SkillLevel> parseSkillLevel(std::string_view text);
std::optional<SkillLevel> skillLevelFromInt(long long value);

} // namespace crewplan
