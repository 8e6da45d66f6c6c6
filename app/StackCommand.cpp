#include "StackCommand.h"

#include "CommandLine.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "model/Project.h"
#include "model/Text.h"
#include "stack/Stack.h"
#include "stack/ToolCatalog.h"
#include "storage/ProjectStore.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace crewplan {

CLI::App* addStackCommand(CLI::App& app, StackArguments& a) {
    auto* c = app.add_subcommand(
        "stack", "Show or set a scenario's MLOps tools, the skills they ask, and tool fit");
    c->add_option("FILE", a.file, "The project file")->required();
    c->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c->add_option("--preset", a.preset,
                  "Start from a preset: 'Open source on Kubernetes', 'AWS managed', 'Azure "
                  "managed', 'GCP managed', 'Databricks'");
    c->add_option("--set", a.set, "Pick a tool for a stage: STAGE=TOOL (stage id or name)");
    c->add_option("--clear", a.clear, "Pick no tool for a stage");
    c->add_flag("--fit", a.fit, "Rank each stage's tools by how well the team covers them");
    c->add_flag("--json", a.json, "Print JSON");
    return c;
}

namespace {

// The stack the command asks for, from the scenario's current one.
Result<std::map<std::string, std::string>> plannedStack(const StackArguments& a,
                                                        const ToolCatalog& catalog,
                                                        std::map<std::string, std::string> stack) {
    if (!a.preset.empty()) {
        const StackPreset* preset = catalog.findPreset(a.preset);
        if (!preset) {
            std::string names;
            for (const auto& p : catalog.presets)
                names += (names.empty() ? "" : ", ") + inQuotes(p.name);
            return Error{"there is no preset " + inQuotes(a.preset) + " (there are " + names +
                         ")."};
        }
        stack = preset->tools;
    }
    for (const auto& pick : a.set) {
        const auto eq = pick.find('=');
        const Stage* stage =
            eq == std::string::npos ? nullptr : catalog.findStage(pick.substr(0, eq));
        if (!stage)
            return Error{"--set '" + pick + "': expected STAGE=TOOL with a stage of the catalog."};
        stack[stage->id] = pick.substr(eq + 1);
    }
    for (const auto& name : a.clear) {
        const Stage* stage = catalog.findStage(name);
        if (!stage)
            return Error{"--clear: there is no stage " + inQuotes(name) + "."};
        stack.erase(stage->id);
    }
    return stack;
}

} // namespace

int runStack(const StackArguments& a, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(a.file);
    if (!store)
        return failWith(err, store.message());
    const ToolCatalog& catalog = toolCatalogOf(store->project());
    if (catalog.tools.empty())
        return failWith(err, "the tools catalog could not be read.");
    const auto found = store->project().scenarioOrFirst(a.scenario);
    if (!found)
        return failWith(err, a.file + ": " + found.message());
    const ScenarioId scenarioId = (*found)->id;

    if (!a.preset.empty() || !a.set.empty() || !a.clear.empty()) {
        // Planned on the file as it is inside the write transaction: another writer's choice for
        // another stage is kept, never overwritten with what this process read at open.
        auto applied = store->applyPlanned([&](const Project& now) -> Result<Edit> {
            const Scenario* current = now.findScenario(scenarioId);
            if (!current)
                return Error{"the scenario was removed meanwhile."};
            auto stack = plannedStack(a, toolCatalogOf(now), current->stack);
            if (!stack)
                return stack.error();
            auto edit = stackEdit(now, *current, toolCatalogOf(now), *stack);
            if (!edit)
                return edit.error();
            return Edit{std::move(*edit)};
        });
        if (!applied)
            return failWith(err, a.file + ": " + applied.message());
    }

    const Project& project = store->project();
    const Scenario& scenario = *project.findScenario(scenarioId);
    nlohmann::ordered_json root{{"scenario", scenario.name}};
    nlohmann::ordered_json stack = nlohmann::ordered_json::object();
    if (!a.json)
        out << "Stack of " << scenario.name << ":\n";
    for (const auto& stage : catalog.stages) {
        const auto it = scenario.stack.find(stage.id);
        const Tool* tool = it == scenario.stack.end() ? nullptr : catalog.findTool(it->second);
        if (tool)
            stack[stage.id] = tool->name;
        if (!a.json)
            out << "  " << padded(stage.name, 28) << (tool ? toolLabel(*tool) : std::string("—"))
                << '\n';
    }
    root["stack"] = stack;
    nlohmann::ordered_json derived = nlohmann::ordered_json::array();
    for (const auto& made : stackRequirements(scenario)) {
        derived.push_back({{"team", scenario.findTeam(made.role->team)->name},
                           {"role", made.role->name},
                           {"skill", project.findSkill(made.requirement->skill)->name},
                           {"level", std::string(skillLevelName(made.requirement->minimum))},
                           {"tool", made.requirement->source}});
    }
    root["derivedRequirements"] = derived;
    if (!a.json) {
        out << (derived.empty() ? "No requirement comes from the stack.\n"
                                : "Requirements the stack adds (must-have):\n");
        for (const auto& d : derived)
            out << "  " << d["role"].get<std::string>() << ": " << d["skill"].get<std::string>()
                << " ≥ " << d["level"].get<std::string>() << " (" << d["tool"].get<std::string>()
                << ")\n";
    }
    if (a.fit) {
        nlohmann::ordered_json fits = nlohmann::ordered_json::object();
        if (!a.json)
            out << "Tool fit, best first:\n";
        for (const auto& stage : catalog.stages) {
            nlohmann::ordered_json ranked = nlohmann::ordered_json::array();
            if (!a.json)
                out << "  " << stage.name << ":\n";
            for (const auto& fit : toolFit(project, scenario, catalog, stage.id)) {
                ranked.push_back({{"tool", fit.tool->name},
                                  {"covered", fit.covered},
                                  {"asks", fit.asks},
                                  {"cost", fit.cost},
                                  {"reason", fit.reason}});
                if (!a.json)
                    out << "    - " << fit.reason << '\n';
            }
            fits[stage.id] = ranked;
        }
        root["fit"] = fits;
    }
    if (a.json)
        out << root.dump(2) << '\n';
    return kExitOk;
}

CLI::App* addCatalogCommand(CLI::App& app, CatalogArguments& a) {
    auto* c = app.add_subcommand(
        "catalog", "The project's MLOps tools catalog: export it, import an edited one, or reset");
    c->add_option("FILE", a.file, "The project file")->required();
    auto* exportTo = c->add_option("--export", a.exportTo,
                                   "Write the catalog in use as JSON (- for standard output)");
    auto* importFrom =
        c->add_option("--import", a.importFrom,
                      "Make this JSON file the project's own catalog (- for standard input)");
    auto* reset = c->add_flag("--reset", a.reset, "Go back to the built-in catalog");
    c->add_flag("--json", a.json, "Print which catalog is in use, and its size, as JSON");
    exportTo->excludes(importFrom)->excludes(reset);
    importFrom->excludes(reset);
    return c;
}

int runCatalog(const CatalogArguments& a, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(a.file);
    if (!store)
        return failWith(err, store.message());
    if (!a.importFrom.empty() || a.reset) {
        std::string json;
        if (!a.importFrom.empty()) {
            auto text = readTextFile(a.importFrom);
            if (!text)
                return failWith(err, text.message());
            json = std::move(*text);
            if (auto status = checkImportedToolCatalog(
                    store->project(), json, a.importFrom == "-" ? "standard input" : a.importFrom);
                !status)
                return failWith(err, status.message());
        }
        // What each scenario's stack asks follows the catalog, in the same transaction.
        if (auto applied = store->applyPlanned([&](const Project&) -> Result<Edit> {
                return Edit{SetToolCatalog{json, true}};
            });
            !applied)
            return failWith(err, a.file + ": " + applied.message());
    }
    const Project& project = store->project();
    if (!a.exportTo.empty()) {
        const std::string_view json = project.toolCatalog.empty()
                                          ? builtInToolCatalogJson()
                                          : std::string_view(project.toolCatalog);
        if (a.exportTo == "-") { // standard output holds the catalog alone
            out << json;
            return kExitOk;
        }
        if (auto written = writeFileAtomically(a.exportTo, json); !written)
            return failWith(err, written.message());
        if (!a.json)
            out << "Wrote " << a.exportTo << ".\n";
    }
    const ToolCatalog& catalog = toolCatalogOf(project);
    if (a.json) {
        nlohmann::ordered_json root{{"catalog", project.toolCatalog.empty() ? "built-in" : "own"},
                                    {"stages", catalog.stages.size()},
                                    {"tools", catalog.tools.size()},
                                    {"presets", catalog.presets.size()}};
        if (!a.exportTo.empty())
            root["written"] = a.exportTo;
        out << root.dump(2) << '\n';
        return kExitOk;
    }
    out << (project.toolCatalog.empty() ? "The built-in tools catalog"
                                        : "The project's own tools catalog")
        << ": " << catalog.stages.size() << " stages, " << catalog.tools.size() << " tools, "
        << catalog.presets.size() << " presets.\n";
    return kExitOk;
}

} // namespace crewplan
