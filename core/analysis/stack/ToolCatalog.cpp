#include "stack/ToolCatalog.h"

#include "model/KnownSkills.h"
#include "model/Project.h"
#include "model/Text.h"

#include <algorithm>
#include <map>
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

namespace {

// How deep arrays and objects nest, outside strings; the parser copes with any depth, but
// destroying a deeply nested document recurses once a level.
int nestingDepth(std::string_view text) {
    int depth = 0, deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > kMaxCatalogDepth)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// The list at `key` of `object`, never copied: none when absent; an error when it is not a list.
Result<const json*> listAt(const json& object, const char* key, const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end())
        return static_cast<const json*>(nullptr);
    if (!it->is_array())
        return Error{(path.empty() ? std::string(key) : path + "." + key) + " must be a list"};
    return &*it;
}

class CatalogReader {
public:
    CatalogReader(std::string_view source, std::string where,
                  const std::vector<std::string>& knownSkills)
        : source_(source), where_(std::move(where)) {
        for (const auto& name : knownSkills)
            skillNames_.insert(lowered(name));
    }

    Result<ToolCatalog> read(const json& root) {
        if (!root.is_object() || textOf(root, "format") != "crewplan-tools")
            return Error{where_ +
                         ": not a Crewplan tools catalog (\"format\": \"crewplan-tools\")."};
        for (const char* key : {"skills", "stages", "tools", "presets"}) {
            auto list = listAt(root, key, "");
            if (!list)
                return fail(0, list.message() + ".");
            lists_[key] = *list;
        }
        if (auto status = readSkills(); !status)
            return status.error();
        if (auto status = readStages(); !status)
            return status.error();
        if (auto status = readTools(); !status)
            return status.error();
        if (auto status = readPresets(); !status)
            return status.error();
        if (catalog_.stages.empty() || catalog_.tools.empty())
            return fail(0, "the catalog lists no " +
                               std::string(catalog_.stages.empty() ? "stages" : "tools") +
                               "; a stack needs both.");
        return std::move(catalog_);
    }

private:
    Error fail(int line, const std::string& message) const {
        return Error{where_ + (line > 0 ? ", line " + std::to_string(line) : std::string()) + ": " +
                     message};
    }
    // Each entry of a list must be an object: "tools[3] must be an object".
    template <class Each> Status forEach(const char* key, Each each) {
        const json* list = lists_[key];
        if (!list)
            return {};
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
            if (!entry.is_object())
                return fail(0, path + " must be an object.");
            if (auto status = each(entry, path); !status)
                return status;
        }
        return {};
    }

    Status readSkills() {
        return forEach("skills", [&](const json& entry, const std::string& path) -> Status {
            Skill skill;
            skill.name = textOf(entry, "name");
            const auto category = parseSkillCategory(textOf(entry, "category"));
            if (skill.name.empty() || !category)
                return fail(lineOf(source_, skill.name),
                            path + ": a skill needs a name and a category of the catalog's eight.");
            skill.category = *category;
            skill.description = textOf(entry, "description");
            skillNames_.insert(lowered(skill.name));
            catalog_.skills.push_back(std::move(skill));
            return {};
        });
    }

    Status readStages() {
        return forEach("stages", [&](const json& entry, const std::string& path) -> Status {
            Stage stage{textOf(entry, "id"), textOf(entry, "name")};
            if (stage.id.empty() || stage.name.empty())
                return fail(lineOf(source_, stage.id), path + ": a stage needs an id and a name.");
            catalog_.stages.push_back(std::move(stage));
            return {};
        });
    }

    Status readTools() {
        std::size_t cursor = source_.find("\"tools\"");
        return forEach("tools", [&](const json& entry, const std::string& path) -> Status {
            Tool tool;
            tool.name = textOf(entry, "name");
            tool.line = lineOf(source_, tool.name, cursor == std::string_view::npos ? 0 : cursor);
            if (tool.name.empty())
                return fail(tool.line, path + ": a tool has no name.");
            const std::string which = "the tool " + inQuotes(tool.name);
            if (catalog_.findTool(tool.name))
                return fail(tool.line, which + " is listed twice.");
            tool.stage = textOf(entry, "stage");
            if (!catalog_.findStage(tool.stage))
                return fail(tool.line,
                            which + " names an unknown stage " + inQuotes(tool.stage) + ".");
            const std::string kind = textOf(entry, "kind");
            if (kind == "open-source")
                tool.kind = ToolKind::OpenSource;
            else if (kind == "managed")
                tool.kind = ToolKind::Managed;
            else if (kind == "commercial")
                tool.kind = ToolKind::Commercial;
            else
                return fail(tool.line, which + " has an unknown kind " + inQuotes(kind) +
                                           " (expected open-source, managed or commercial).");
            tool.provider = textOf(entry, "provider");
            static const std::set<std::string> providers{"AWS", "Azure", "GCP", "Databricks",
                                                         "none"};
            if (!providers.count(tool.provider))
                return fail(tool.line,
                            which + " has an unknown provider " + inQuotes(tool.provider) + ".");
            auto asks = listAt(entry, "asks", path);
            if (!asks)
                return fail(tool.line, asks.message() + ".");
            for (std::size_t i = 0; *asks && i < (*asks)->size(); ++i) {
                const json& ask = (**asks)[i];
                if (!ask.is_object())
                    return fail(tool.line,
                                path + ".asks[" + std::to_string(i) + "] must be an object.");
                ToolAsk a{textOf(ask, "role"), textOf(ask, "skill"), SkillLevel::Working};
                const auto level = parseSkillLevel(textOf(ask, "level"));
                if (a.role.empty())
                    return fail(tool.line, which + " asks of no role.");
                if (!skillNames_.count(lowered(a.skill)))
                    return fail(tool.line,
                                which + " asks for an unknown skill " + inQuotes(a.skill) + ".");
                if (!level || *level == SkillLevel::None)
                    return fail(tool.line, which + " asks for " + inQuotes(a.skill) +
                                               " at an unknown level " +
                                               inQuotes(textOf(ask, "level")) + ".");
                a.level = *level;
                tool.asks.push_back(std::move(a));
            }
            if (tool.line > 0)
                cursor = source_.find('\n', source_.find("\"" + tool.name + "\"", cursor));
            catalog_.tools.push_back(std::move(tool));
            return {};
        });
    }

    Status readPresets() {
        return forEach("presets", [&](const json& entry, const std::string& path) -> Status {
            StackPreset preset{textOf(entry, "name"), {}};
            const int line = lineOf(source_, preset.name);
            const auto tools = entry.find("tools");
            if (tools == entry.end())
                return fail(line, path + ": a preset needs its tools.");
            if (!tools->is_object())
                return fail(line, path + ".tools must be an object of stage and tool.");
            for (const auto& [stage, tool] : tools->items()) {
                const Tool* found =
                    tool.is_string() ? catalog_.findTool(tool.get<std::string>()) : nullptr;
                if (!catalog_.findStage(stage) || !found || found->stage != stage)
                    return fail(line, "the preset " + inQuotes(preset.name) + " picks " +
                                          inQuotes(tool.is_string() ? tool.get<std::string>()
                                                                    : std::string("?")) +
                                          " for the stage " + inQuotes(stage) +
                                          ", which is not a tool of that stage.");
                preset.tools[stage] = found->name;
            }
            catalog_.presets.push_back(std::move(preset));
            return {};
        });
    }

    std::string_view source_;
    std::string where_;
    std::set<std::string> skillNames_;
    std::map<std::string, const json*> lists_;
    ToolCatalog catalog_;
};

} // namespace

Result<ToolCatalog> parseToolCatalog(std::string_view source, std::string_view sourceName,
                                     const std::vector<std::string>& knownSkills) {
    const std::string where(sourceName);
    if (source.size() > kMaxCatalogBytes)
        return Error{where + ": too large for a tools catalog (" +
                     std::to_string(kMaxCatalogBytes / (1024 * 1024)) + " MiB at most)."};
    if (nestingDepth(source) > kMaxCatalogDepth)
        return Error{where + ": nested more than " + std::to_string(kMaxCatalogDepth) +
                     " levels deep; not a tools catalog."};
    json root;
    try {
        root = json::parse(source);
    } catch (const json::parse_error& e) {
        return Error{notValidJsonAt(where, source, e.byte)};
    } catch (const json::out_of_range&) { // "1e999": valid JSON, beyond what a number can hold
        return Error{std::string(where) +
                     ": a number in it is too large to read; not a tools catalog."};
    }
    try {
        return CatalogReader(source, where, knownSkills).read(root);
    } catch (const json::exception&) { // every type is checked above; never a raw message
        return Error{where + ": a value of the catalog has a type Crewplan does not expect."};
    }
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

Status checkImportedToolCatalog(const Project& project, std::string_view json,
                                std::string_view sourceName) {
    if (json.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error{std::string(sourceName) + ": empty, not a tools catalog."};
    return checkToolCatalog(project, json, sourceName);
}

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
