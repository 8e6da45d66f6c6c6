#include "stack/ToolCatalog.h"

#include "model/KnownSkills.h"
#include "model/Project.h"
#include "model/Text.h"

#include <algorithm>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

namespace crewplan {

namespace {

using json = nlohmann::json;

// The line of the first occurrence of `"text"` at or after `from` (1-based), or 0.
int lineOf(std::string_view source, const std::string& text, std::size_t from = 0) {
    const std::size_t at = source.find("\"" + text + "\"", from);
    if (at == std::string_view::npos)
        return 0;
    return 1 + static_cast<int>(
                   std::count(source.begin(), source.begin() + static_cast<long>(at), '\n'));
}

std::string textOf(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

std::string_view toolKindName(ToolKind kind) {
    switch (kind) {
    case ToolKind::OpenSource:
        return "open source";
    case ToolKind::Managed:
        return "managed cloud service";
    case ToolKind::Commercial:
        return "commercial";
    }
    return "open source";
}

std::string toolLabel(const Tool& tool) {
    return tool.name + " (" + std::string(toolKindName(tool.kind)) +
           (tool.provider == "none" ? "" : ", " + tool.provider) + ")";
}

const Tool* ToolCatalog::findTool(std::string_view name) const {
    const auto it = std::find_if(tools.begin(), tools.end(),
                                 [&](const Tool& t) { return equalsIgnoringCase(t.name, name); });
    return it == tools.end() ? nullptr : &*it;
}

const Stage* ToolCatalog::findStage(std::string_view id) const {
    const auto it = std::find_if(stages.begin(), stages.end(), [&](const Stage& s) {
        return equalsIgnoringCase(s.id, id) || equalsIgnoringCase(s.name, id);
    });
    return it == stages.end() ? nullptr : &*it;
}

const StackPreset* ToolCatalog::findPreset(std::string_view name) const {
    const auto it = std::find_if(presets.begin(), presets.end(), [&](const StackPreset& p) {
        return equalsIgnoringCase(p.name, name);
    });
    return it == presets.end() ? nullptr : &*it;
}

const Skill* ToolCatalog::findSkill(std::string_view name) const {
    const auto it = std::find_if(skills.begin(), skills.end(),
                                 [&](const Skill& s) { return equalsIgnoringCase(s.name, name); });
    return it == skills.end() ? nullptr : &*it;
}

std::vector<const Tool*> ToolCatalog::toolsOf(std::string_view stage) const {
    std::vector<const Tool*> out;
    for (const auto& t : tools) {
        if (t.stage == stage)
            out.push_back(&t);
    }
    return out;
}

Result<ToolCatalog> parseToolCatalog(std::string_view source, std::string_view sourceName,
                                     const std::vector<std::string>& knownSkills) {
    const std::string where(sourceName);
    json root;
    try {
        root = json::parse(source);
    } catch (const json::parse_error& e) {
        return Error{notValidJsonAt(where, source, e.byte)};
    }
    if (!root.is_object() || textOf(root, "format") != "crewplan-tools")
        return Error{where + ": not a Crewplan tools catalog (\"format\": \"crewplan-tools\")."};
    const auto fail = [&](int line, const std::string& message) {
        return Error{where + (line > 0 ? ", line " + std::to_string(line) : std::string()) + ": " +
                     message};
    };
    ToolCatalog catalog;
    std::set<std::string> skillNames;
    for (const auto& name : knownSkills)
        skillNames.insert(lowered(name));
    for (const auto& entry : root.value("skills", json::array())) {
        Skill skill;
        skill.name = textOf(entry, "name");
        const auto category = parseSkillCategory(textOf(entry, "category"));
        if (skill.name.empty() || !category)
            return fail(lineOf(source, skill.name),
                        "a skill needs a name and a category of the catalog's eight.");
        skill.category = *category;
        skill.description = textOf(entry, "description");
        skillNames.insert(lowered(skill.name));
        catalog.skills.push_back(std::move(skill));
    }
    for (const auto& entry : root.value("stages", json::array())) {
        Stage stage{textOf(entry, "id"), textOf(entry, "name")};
        if (stage.id.empty() || stage.name.empty())
            return fail(lineOf(source, stage.id), "a stage needs an id and a name.");
        catalog.stages.push_back(std::move(stage));
    }
    std::size_t cursor = source.find("\"tools\"");
    for (const auto& entry : root.value("tools", json::array())) {
        Tool tool;
        tool.name = textOf(entry, "name");
        tool.line = lineOf(source, tool.name, cursor == std::string_view::npos ? 0 : cursor);
        if (tool.name.empty())
            return fail(tool.line, "a tool has no name.");
        if (catalog.findTool(tool.name))
            return fail(tool.line, "the tool " + inQuotes(tool.name) + " is listed twice.");
        tool.stage = textOf(entry, "stage");
        if (!catalog.findStage(tool.stage))
            return fail(tool.line, "the tool " + inQuotes(tool.name) + " names an unknown stage " +
                                       inQuotes(tool.stage) + ".");
        const std::string kind = textOf(entry, "kind");
        if (kind == "open-source")
            tool.kind = ToolKind::OpenSource;
        else if (kind == "managed")
            tool.kind = ToolKind::Managed;
        else if (kind == "commercial")
            tool.kind = ToolKind::Commercial;
        else
            return fail(tool.line, "the tool " + inQuotes(tool.name) + " has an unknown kind " +
                                       inQuotes(kind) +
                                       " (expected open-source, managed or commercial).");
        tool.provider = textOf(entry, "provider");
        static const std::set<std::string> providers{"AWS", "Azure", "GCP", "Databricks", "none"};
        if (!providers.count(tool.provider))
            return fail(tool.line, "the tool " + inQuotes(tool.name) + " has an unknown provider " +
                                       inQuotes(tool.provider) + ".");
        for (const auto& ask : entry.value("asks", json::array())) {
            ToolAsk a{textOf(ask, "role"), textOf(ask, "skill"), SkillLevel::Working};
            const auto level = parseSkillLevel(textOf(ask, "level"));
            if (a.role.empty())
                return fail(tool.line, "the tool " + inQuotes(tool.name) + " asks of no role.");
            if (!skillNames.count(lowered(a.skill)))
                return fail(tool.line, "the tool " + inQuotes(tool.name) +
                                           " asks for an unknown skill " + inQuotes(a.skill) + ".");
            if (!level || *level == SkillLevel::None)
                return fail(tool.line, "the tool " + inQuotes(tool.name) + " asks for " +
                                           inQuotes(a.skill) + " at an unknown level " +
                                           inQuotes(textOf(ask, "level")) + ".");
            a.level = *level;
            tool.asks.push_back(std::move(a));
        }
        if (tool.line > 0)
            cursor = source.find('\n', source.find("\"" + tool.name + "\"", cursor));
        catalog.tools.push_back(std::move(tool));
    }
    for (const auto& entry : root.value("presets", json::array())) {
        StackPreset preset{textOf(entry, "name"), {}};
        const int line = lineOf(source, preset.name);
        const json tools = entry.value("tools", json::object()); // outlives the loop below
        for (const auto& [stage, tool] : tools.items()) {
            const Tool* found =
                tool.is_string() ? catalog.findTool(tool.get<std::string>()) : nullptr;
            if (!catalog.findStage(stage) || !found || found->stage != stage)
                return fail(line, "the preset " + inQuotes(preset.name) + " picks " +
                                      inQuotes(tool.is_string() ? tool.get<std::string>() : "?") +
                                      " for the stage " + inQuotes(stage) +
                                      ", which is not a tool of that stage.");
            preset.tools[stage] = found->name;
        }
        catalog.presets.push_back(std::move(preset));
    }
    return catalog;
}

const ToolCatalog& builtInToolCatalog() {
    static const ToolCatalog catalog = [] {
        std::vector<std::string> known;
        for (const auto& skill : knownSkills())
            known.push_back(skill.name);
        auto parsed = parseToolCatalog(builtInToolCatalogJson(), "mlops-tools.json", known);
        return parsed ? std::move(*parsed) : ToolCatalog{};
    }();
    return catalog;
}

namespace {

std::vector<std::string> knownSkillsOf(const Project& project) {
    std::vector<std::string> known;
    for (const auto& skill : project.skills)
        known.push_back(skill.name);
    for (const auto& skill : knownSkills())
        known.push_back(skill.name);
    return known;
}

} // namespace

Status checkToolCatalog(const Project& project, std::string_view json,
                        std::string_view sourceName) {
    if (json.empty())
        return {};
    auto parsed = parseToolCatalog(json, sourceName, knownSkillsOf(project));
    if (!parsed)
        return parsed.error();
    for (const auto& scenario : project.scenarios) {
        for (const auto& [stage, tool] : scenario.stack) {
            const Tool* found = parsed->findTool(tool);
            if (!found || found->stage != stage)
                return Error{std::string(sourceName) + ": scenario " + inQuotes(scenario.name) +
                             " uses " + inQuotes(tool) + " for " + inQuotes(stage) +
                             ", which this catalog does not have there."};
        }
    }
    return {};
}

const ToolCatalog& toolCatalogOf(const Project& project) {
    if (project.toolCatalog.empty())
        return builtInToolCatalog();
    // Parsed once per text; the project's catalog was checked when it was set.
    static std::mutex guard;
    static std::map<std::string, ToolCatalog> parsed;
    std::lock_guard lock(guard);
    auto it = parsed.find(project.toolCatalog);
    if (it == parsed.end()) {
        auto catalog =
            parseToolCatalog(project.toolCatalog, "the project's catalog", knownSkillsOf(project));
        if (!catalog)
            return builtInToolCatalog();
        it = parsed.emplace(project.toolCatalog, std::move(*catalog)).first;
    }
    return it->second;
}

} // namespace crewplan
