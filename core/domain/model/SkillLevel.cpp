#include "model/SkillLevel.h"

#include "model/Text.h"

#include <array>

namespace crewplan {

namespace {
constexpr std::array<SkillLevelInfo, 5> kScale{{
    {SkillLevel::None, "None", "No knowledge of the skill."},
    {SkillLevel::Awareness, "Awareness",
     "Knows the concepts and vocabulary; needs guidance to apply them."},
    {SkillLevel::Working, "Working",
     "Applies the skill to routine tasks on their own; asks for help on hard cases."},
    {SkillLevel::Advanced, "Advanced",
     "Handles complex work independently and reviews or coaches others."},
    {SkillLevel::Expert, "Expert",
     "Recognised authority: designs the approach, sets standards, solves the hardest problems."},
}};
} // namespace

std::span<const SkillLevelInfo> skillLevelScale() {
    return kScale;
}

std::string_view skillLevelName(SkillLevel level) {
    return kScale[static_cast<std::size_t>(level)].name;
}

std::string_view skillLevelDescription(SkillLevel level) {
    return kScale[static_cast<std::size_t>(level)].description;
}

std::optional<SkillLevel> skillLevelFromInt(long long value) {
    if (value < 0 || value > 4)
        return std::nullopt;
    return static_cast<SkillLevel>(value);
}

std::optional<SkillLevel> parseSkillLevel(std::string_view text) {
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '4')
        return static_cast<SkillLevel>(text[0] - '0');
    for (const auto& info : kScale) {
        if (equalsIgnoringCase(text, info.name))
            return info.level;
    }
    return std::nullopt;
}

} // namespace crewplan
