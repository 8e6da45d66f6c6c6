#include "CommandLine.h"

#include "ComparisonText.h"
#include "EditCommands.h"
#include "ExchangeCommand.h"
#include "RecommendCommand.h"
#include "StackCommand.h"
#include "SummaryText.h"
#include "TimelineCommand.h"
#include "coverage/CoverageReport.h"
#include "generate/Generator.h"
#include "io/PlanJson.h"
#include "io/ProjectJson.h"
#include "io/SummaryJson.h"
#include "io/TextFile.h"
#include "model/ScenarioCopy.h"
#include "model/Text.h"
#include "optimize/StaffingOptimizer.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace crewplan {

namespace {

struct Options {
    std::vector<std::string> names; // scenario names for compare and scenario
    std::string action;             // scenario: new, clone, rename, delete
    std::string file;
    std::string templateName = "mlops";
    std::string from; // new: a project JSON to make the file from
    std::string scenario;
    bool json = false;
    int people = 0;
    std::uint64_t seed = 1;
};

int runNewFrom(const Options& o, std::ostream& out, std::ostream& err) {
    auto text = readTextFile(o.from);
    if (!text)
        return failWith(err, text.message());
    auto project = readProjectJson(*text, o.from == "-" ? "standard input" : o.from);
    if (!project)
        return failWith(err, project.message());
    auto store = ProjectStore::create(o.file, std::move(*project));
    if (!store)
        return failWith(err, store.message());
    if (o.json)
        out << nlohmann::ordered_json{{"created", o.file}, {"from", o.from}}.dump(2) << '\n';
    else
        out << "Created " << o.file << " from " << o.from << ".\n";
    return kExitOk;
}

int runNew(const Options& o, std::ostream& out, std::ostream& err) {
    if (!o.from.empty())
        return runNewFrom(o, out, err);
    const auto which = parseProjectTemplate(o.templateName);
    if (!which)
        return failWith(err, "unknown template '" + o.templateName +
                                 "' (expected mlops, empty or sample).");
    auto project = makeProject(*which);
    if (!project)
        return failWith(err, project.message());
    auto store = ProjectStore::create(o.file, std::move(*project));
    if (!store)
        return failWith(err, store.message());
    if (o.json)
        out << nlohmann::ordered_json{{"created", o.file}, {"template", o.templateName}}.dump(2)
            << '\n';
    else
        out << "Created " << o.file << " from the " << o.templateName << " template.\n";
    return kExitOk;
}

int runSummary(const Options& o, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(o.file);
    if (!store)
        return failWith(err, store.message());
    const Project& project = store->project();
    const auto scenario = project.scenarioOrFirst(o.scenario);
    if (!scenario)
        return failWith(err, o.file + ": " + scenario.message());
    const CoverageReport report = computeCoverage(project, **scenario);
    out << (o.json ? summaryJson(project, **scenario, report) + "\n"
                   : summaryText(project, **scenario, report));
    return kExitOk;
}

int runGenerate(const Options& o, std::ostream& out, std::ostream& err) {
    auto project = generateProject({o.people, o.seed});
    if (!project)
        return failWith(err, project.message());
    const auto people = project->people.size();
    auto store = ProjectStore::create(o.file, std::move(*project));
    if (!store)
        return failWith(err, store.message());
    if (o.json) {
        out << nlohmann::ordered_json{{"created", o.file}, {"people", people}, {"seed", o.seed}}
                   .dump(2)
            << '\n';
        return kExitOk;
    }
    out << "Generated " << o.file << " with "
        << countOf(static_cast<long long>(people), "person", "people") << " (seed " << o.seed
        << ").\n";
    return kExitOk;
}

int runScenarios(const Options& o, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(o.file);
    if (!store)
        return failWith(err, store.message());
    out << (o.json ? scenariosJson(store->project()) + "\n" : scenariosText(store->project()));
    return kExitOk;
}

int runScenario(const Options& o, std::ostream& out, std::ostream& err) {
    const std::size_t wanted = o.action == "clone" || o.action == "rename" ? 2 : 1;
    if (o.names.size() != wanted)
        return failWith(err, "'scenario " + o.action + "' takes " +
                                 (wanted == 2 ? "two names" : "one name") + " (" +
                                 std::to_string(o.names.size()) + " given).");
    auto store = ProjectStore::open(o.file);
    if (!store)
        return failWith(err, store.message());
    // Planned inside the write transaction, on the file as it is then (fresh ids included).
    auto result = store->applyPlanned([&](const Project& project) -> Result<Edit> {
        const Scenario* source = project.findScenario(o.names[0]);
        if (o.action != "new" && !source)
            return project.scenarioOrFirst(o.names[0]).error();
        if (o.action == "new") {
            Scenario fresh;
            fresh.id = ScenarioId{project.nextId};
            fresh.name = o.names[0];
            return Edit{AddScenario{fresh, {}, -1}};
        }
        if (o.action == "clone") {
            std::int64_t next = project.nextId;
            ScenarioCopy copy = copyScenario(project, source->id, o.names[1], next);
            return Edit{AddScenario{std::move(copy.scenario), std::move(copy.plannedHires), -1}};
        }
        if (o.action == "rename")
            return Edit{UpdateScenario{source->id, o.names[1], source->description}};
        return Edit{RemoveScenario{source->id}};
    });
    if (!result)
        return failWith(err, o.file + ": " + result.message());
    const std::string done = "Done: " + o.action + " " + o.names[0] +
                             (wanted == 2 ? " → " + o.names[1] : std::string()) + ".";
    if (o.json) {
        nlohmann::ordered_json root{{"action", o.action}, {"done", done}};
        root.update(nlohmann::ordered_json::parse(scenariosJson(store->project())));
        out << root.dump(2) << '\n';
    } else
        out << done << '\n';
    return kExitOk;
}

int runCompare(const Options& o, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(o.file);
    if (!store)
        return failWith(err, store.message());
    auto comparison = compareScenarios(store->project(), o.names);
    if (!comparison)
        return failWith(err, o.file + ": " + comparison.message());
    out << (o.json ? comparisonJson(store->project(), *comparison) + "\n"
                   : comparisonText(*comparison));
    return kExitOk;
}

} // namespace

int failWith(std::ostream& err, const std::string& message) {
    err << "crewplan: " << message << '\n';
    return kExitBadInput;
}

CommandLineResult runCommandLine(const std::vector<std::string>& args, std::ostream& out,
                                 std::ostream& err) {
    CLI::App app{"Crewplan: plan and staff an MLOps team.\n"
                 "Without a command, opens the workbench window (on FILE when given)."};
    app.name("crewplan");
    app.set_version_flag("--version", std::string("crewplan ") + CREWPLAN_VERSION);
    app.require_subcommand(0, 1);
    Options o;
    std::string windowFile;
    app.add_option("FILE", windowFile, "Project file to open in the window");

    auto* create = app.add_subcommand("new", "Create a project file (refuses to overwrite one)");
    create->add_option("FILE", o.file, "The .crewplan file to create")->required();
    auto* templateOption =
        create->add_option("--template", o.templateName, "mlops (default), empty, or sample")
            ->check(CLI::IsMember({"mlops", "empty", "sample"}));
    create
        ->add_option("--from", o.from,
                     "A project JSON to make it from (as `export --format json` writes; - for "
                     "standard input)")
        ->excludes(templateOption);
    create->add_flag("--json", o.json, "Print what was created as JSON");

    auto* summary = app.add_subcommand(
        "summary", "Coverage, gaps, single points of failure, headcount and cost per team");
    summary->add_option("FILE", o.file, "The project file")->required();
    summary->add_option("--scenario", o.scenario, "Scenario name (default: the first)");
    summary->add_flag("--json", o.json, "Print JSON instead of a table");

    auto* generate = app.add_subcommand(
        "generate", "Write a large, realistic, deterministic project (for benchmarks)");
    generate->add_option("FILE", o.file, "The .crewplan file to create")->required();
    generate->add_option("--people", o.people, "How many people")
        ->required()
        ->check(CLI::Range(1, kMaxGeneratedPeople));
    generate->add_option("--seed", o.seed, "Random seed (default 1)");
    generate->add_flag("--json", o.json, "Print what was created as JSON");

    auto* scenarios = app.add_subcommand("scenarios", "List the project's scenarios");
    scenarios->add_option("FILE", o.file, "The project file")->required();
    scenarios->add_flag("--json", o.json, "Print JSON");

    auto* scenario = app.add_subcommand(
        "scenario", "Create, clone, rename or delete a scenario:\n"
                    "  scenario FILE new NAME | clone SOURCE NEW | rename OLD NEW | delete NAME");
    scenario->add_option("FILE", o.file, "The project file")->required();
    scenario->add_option("ACTION", o.action, "new, clone, rename or delete")
        ->required()
        ->check(CLI::IsMember({"new", "clone", "rename", "delete"}));
    scenario->add_option("NAMES", o.names, "Scenario name(s)")->required();
    scenario->add_flag("--json", o.json, "Print the scenarios after the change as JSON");

    auto* compare = app.add_subcommand("compare", "Compare two to four scenarios side by side");
    compare->add_option("FILE", o.file, "The project file")->required();
    compare->add_option("SCENARIOS", o.names, "Two to four scenario names")
        ->required()
        ->expected(2, 4);
    compare->add_flag("--json", o.json, "Print JSON");

    RecommendArguments recommendArgs;
    auto* recommendCommand = addRecommendCommand(app, recommendArgs);
    TimelineArguments timelineArgs;
    const TimelineCommands timelineCommands = addTimelineCommands(app, timelineArgs);
    StackArguments stackArgs;
    auto* stackCommand = addStackCommand(app, stackArgs);
    CatalogArguments catalogArgs;
    auto* catalogCommand = addCatalogCommand(app, catalogArgs);
    ImportArguments importArgs;
    auto* importCommand = addImportCommand(app, importArgs);
    ExportArguments exportArgs;
    auto* exportCommand = addExportCommand(app, exportArgs);
    EditCommands editCommands(app);

    ReportArguments report;
    auto* reportCommand =
        app.add_subcommand("report", "Write the PDF staffing report (or a comparison report)");
    reportCommand->add_option("FILE", report.file, "The project file")->required();
    reportCommand
        ->add_option("-o,--output", report.output, "The PDF to write (- for standard output)")
        ->required();
    reportCommand->add_flag("--json", report.json, "Print what was written as JSON");
    auto* reportScenario =
        reportCommand->add_option("--scenario", report.scenario, "Scenario (default: the first)");
    reportCommand
        ->add_option("--compare", report.compare, "Two to four scenarios to compare instead")
        ->expected(2, 4)
        ->excludes(reportScenario);
    reportCommand->add_option("--page-size", report.pageSize, "A4 (default) or Letter")
        ->check(CLI::IsMember({"A4", "Letter"}));
    reportCommand->add_option("--author", report.author,
                              "Author on the title page (default: the preferences)");
    reportCommand
        ->add_option("--detail", report.detail,
                     "summary (a few pages), teams (each team's roles, coverage and gaps) or "
                     "full (default: the preferences, or full): everyone, heatmaps, training")
        ->check(CLI::IsMember({"summary", "teams", "full"}));

    std::vector<const char*> argv{"crewplan"};
    for (const auto& a : args)
        argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e, out, err);
        return {code == 0 ? kExitOk : kExitUsage, {}, {}};
    }

    try {
        if (create->parsed())
            return {runNew(o, out, err), {}, {}};
        if (summary->parsed())
            return {runSummary(o, out, err), {}, {}};
        if (generate->parsed())
            return {runGenerate(o, out, err), {}, {}};
        if (scenarios->parsed())
            return {runScenarios(o, out, err), {}, {}};
        if (scenario->parsed())
            return {runScenario(o, out, err), {}, {}};
        if (compare->parsed())
            return {runCompare(o, out, err), {}, {}};
        if (recommendCommand->parsed())
            return {runRecommend(recommendArgs, out, err), {}, {}};
        if (timelineCommands.parsed())
            return {timelineCommands.run(timelineArgs, out, err), {}, {}};
        if (stackCommand->parsed())
            return {runStack(stackArgs, out, err), {}, {}};
        if (catalogCommand->parsed())
            return {runCatalog(catalogArgs, out, err), {}, {}};
        if (importCommand->parsed())
            return {runImport(importArgs, out, err), {}, {}};
        if (exportCommand->parsed())
            return {runExport(exportArgs, out, err), {}, {}};
        if (editCommands.parsed())
            return {editCommands.run(out, err), {}, {}};
        if (reportCommand->parsed()) {
            CommandLineResult result;
            result.report = report;
            return result;
        }
    } catch (const std::exception& e) {
        return {failWith(err, std::string("unexpected error: ") + e.what()), {}, {}};
    }
    CommandLineResult window;
    if (!windowFile.empty())
        window.fileToOpen = windowFile;
    return window;
}

} // namespace crewplan
