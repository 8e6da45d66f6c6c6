#include "model/KnownSkills.h"

#include "model/Text.h"

#include <nlohmann/json.hpp>

namespace crewplan {

const std::vector<Skill>& knownSkills() {
    // The template is part of the build and checked by its tests: a skill it lists with an
    // unknown category, or a broken file, leaves that skill (or all) out rather than failing.
    static const std::vector<Skill> skills = [] {
        std::vector<Skill> out;
        const auto json = nlohmann::json::parse(mlopsTemplateJson(), nullptr, false);
        if (!json.is_object() || !json.contains("skills") || !json["skills"].is_array())
            return out;
        const auto text = [](const nlohmann::json& object, const char* key) {
            const auto it = object.find(key);
            return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        for (const auto& s : json["skills"]) {
            if (!s.is_object() || text(s, "name").empty())
                continue;
            const auto category = parseSkillCategory(text(s, "category"));
            if (!category)
                continue;
            out.push_back({SkillId{}, text(s, "name"), *category, text(s, "description")});
        }
        return out;
    }();
    return skills;
}

const Skill* findKnownSkill(std::string_view name) {
    for (const auto& skill : knownSkills()) {
        if (equalsIgnoringCase(skill.name, name))
            return &skill;
    }
    return nullptr;
}

} // namespace crewplan
