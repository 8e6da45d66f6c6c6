#include "ExchangeCommand.h"

#include "CommandLine.h"
#include "compare/ScenarioComparison.h"
#include "coverage/CoverageReport.h"
#include "io/AtomicFile.h"
#include "io/Csv.h"
#include "io/PeopleImport.h"
#include "io/ProjectJson.h"
#include "io/TextFile.h"
#include "io/Workbook.h"
#include "model/Text.h"
#include "optimize/StaffingOptimizer.h"
#include "storage/ProjectStore.h"

#include <CLI/CLI.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

namespace crewplan {

namespace {

std::string kindName(const ImportColumn& column, const Project& project) {
    using Kind = ImportColumn::Kind;
    switch (column.kind) {
    case Kind::Name:
        return "name";
    case Kind::Status:
        return "status";
    case Kind::Fte:
        return "FTE";
    case Kind::YearlyCost:
        return "yearly cost";
    case Kind::Role:
        return "role";
    case Kind::Team:
        return "team";
    case Kind::Skill:
        return "skill " + inQuotes(project.findSkill(column.skill)->name);
    case Kind::NewSkill:
        return "new skill " + inQuotes(column.newSkillName);
    case Kind::Ignore:
        break;
    }
    return "ignored";
}

nlohmann::ordered_json importJson(const ImportPlan& plan, const Project& project,
                                  const std::string& source, bool dryRun, bool written) {
    nlohmann::ordered_json j;
    j["source"] = source;
    j["dryRun"] = dryRun;
    j["written"] = written;
    j["blocked"] = plan.blocked;
    nlohmann::ordered_json cols = nlohmann::ordered_json::array();
    for (const ImportColumn& c : plan.columns)
        cols.push_back({{"header", c.header}, {"reads", kindName(c, project)}});
    j["columns"] = cols;
    j["added"] = plan.added;
    j["updated"] = plan.updated;
    j["unchanged"] = plan.unchanged;
    j["skipped"] = plan.skipped;
    j["newSkills"] = plan.newSkills;
    j["levelsSet"] = plan.levelChanges;
    j["newAssignments"] = plan.assignments;
    j["pastHeadcount"] = plan.notices;
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const ImportProblem& p : plan.problems)
        problems.push_back({{"line", p.line}, {"column", p.column}, {"message", p.message}});
    j["problems"] = problems;
    return j;
}

std::string importSummary(const ImportPlan& plan) {
    std::string text = "adds " +
                       countOf(static_cast<long long>(plan.added.size()), "person", "people") +
                       ", updates " + std::to_string(plan.updated.size()) + ", leaves " +
                       std::to_string(plan.unchanged.size()) + " unchanged";
    if (!plan.skipped.empty())
        text += ", skips " + std::to_string(plan.skipped.size());
    text += "; " + countOf(plan.levelChanges, "level", "levels") + " set, " +
            countOf(plan.assignments, "new assignment", "new assignments");
    if (!plan.newSkills.empty())
        text += ", " +
                countOf(static_cast<long long>(plan.newSkills.size()), "new skill", "new skills");
    return text;
}

} // namespace

CLI::App* addImportCommand(CLI::App& app, ImportArguments& a) {
    auto* c = app.add_subcommand(
        "import", "Bring people and their skill levels in from a CSV file (one transaction)");
    c->add_option("FILE", a.file, "The project file")->required();
    c->add_option("CSV", a.csv, "The CSV to read (- for standard input)")->required();
    c->add_option("--scenario", a.scenario, "Where roles are assigned (default: the first)");
    c->add_flag("--dry-run", a.dryRun, "Say what would change; write nothing");
    auto* update = c->add_flag("--update", a.update, "Update people matched by name (the default)");
    c->add_flag("--add-only", a.addOnly, "Add new people; leave those matched by name alone")
        ->excludes(update);
    c->add_option("--delimiter", a.delimiter, "',', ';' or 'tab' (default: guessed)")
        ->check(CLI::IsMember({",", ";", "tab"}));
    c->add_option("--scale", a.scale, "How numbers read: 0-4 (default), 1-5 or stars")
        ->check(CLI::IsMember({"0-4", "1-5", "stars"}));
    c->add_flag("--create-skills", a.createSkills,
                "Make a new skill of each column that names none (default: ignore it)");
    c->add_flag("--skip-bad-rows", a.skipBadRows, "Import the good rows even if some are bad");
    c->add_flag("--json", a.json, "Print what was (or would be) done as JSON");
    return c;
}

int runImport(const ImportArguments& a, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(a.file);
    if (!store)
        return failWith(err, store.message());
    auto bytes = readTextFile(a.csv);
    if (!bytes)
        return failWith(err, bytes.message());
    const std::string source = a.csv == "-" ? "standard input" : a.csv;
    std::optional<char> delimiter;
    if (!a.delimiter.empty())
        delimiter = a.delimiter == "tab" ? '\t' : a.delimiter[0];
    auto table = readCsv(*bytes, source, delimiter);
    if (!table)
        return failWith(err, table.message());
    const Project& project = store->project();
    const auto columns = guessImportColumns(
        project, table->rows.empty() ? std::vector<std::string>{} : table->rows.front().fields,
        a.createSkills);
    ImportOptions options;
    options.scenario = a.scenario;
    options.mode = a.addOnly ? ImportOptions::Mode::AddOnly : ImportOptions::Mode::Update;
    options.scale = *parseLevelScale(a.scale);
    options.skipBadRows = a.skipBadRows;
    const ImportPlan plan = planPeopleImport(project, *table, columns, options, source);

    const bool write = !plan.blocked && !a.dryRun && !plan.edit.edits.empty();
    if (write) {
        if (auto applied = store->apply(plan.edit); !applied)
            return failWith(err, a.file + ": " + applied.message());
    }
    if (a.json)
        out << importJson(plan, project, source, a.dryRun, write).dump(2) << '\n';
    for (const ImportProblem& problem : plan.problems)
        err << "crewplan: " << problem.message << '\n';
    if (plan.blocked) {
        const std::size_t rows = table->rows.empty() ? 0 : table->rows.size() - 1;
        std::string bad =
            countOf(static_cast<long long>(plan.problems.size()), "problem", "problems");
        return failWith(err, "nothing imported: " + bad +
                                 (plan.skipped.empty() || rows == 0
                                      ? std::string(".")
                                      : " (--skip-bad-rows imports the other rows)."));
    }
    if (a.json)
        return kExitOk;
    std::string ignored;
    for (const ImportColumn& c : plan.columns) {
        if (c.kind == ImportColumn::Kind::Ignore && !c.header.empty())
            ignored += (ignored.empty() ? "" : ", ") + inQuotes(c.header);
    }
    if (!ignored.empty())
        out << source << ": ignored " << ignored
            << " (not a field or a skill of the project; --create-skills makes skills of them).\n";
    out << source << ": " << importSummary(plan) << ".\n";
    for (const std::string& notice : plan.notices)
        out << source << ": past its headcount afterwards: " << notice << ".\n";
    if (a.dryRun)
        out << "Dry run: nothing was written.\n";
    else if (!write)
        out << "Nothing to change in " << a.file << ".\n";
    else
        out << "Imported into " << a.file << " in one transaction.\n";
    return kExitOk;
}

CLI::App* addExportCommand(CLI::App& app, ExportArguments& a) {
    auto* c = app.add_subcommand(
        "export", "Write the people, coverage and plan as CSV or XLSX, or the project as JSON");
    c->add_option("FILE", a.file, "The project file")->required();
    c->add_option("--format", a.format, "csv, xlsx or json")
        ->required()
        ->check(CLI::IsMember({"csv", "xlsx", "json"}));
    c->add_option("-o,--output", a.output, "Where to write (default -: standard output)");
    c->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c->add_option("--table", a.table, "csv: people (the skills matrix, default) or coverage")
        ->check(CLI::IsMember({"people", "coverage"}));
    c->add_flag("--words", a.words, "csv: levels as names (Working) rather than numbers (2)");
    c->add_flag("--plan", a.plan, "xlsx: add the recommended plan (the cheapest, as `recommend`)");
    c->add_option("--compare", a.compare, "xlsx: add two to four scenarios side by side")
        ->expected(2, 4);
    return c;
}

namespace {

std::string coverageCsv(const Project& project, const Scenario& scenario) {
    const CoverageReport report = computeCoverage(project, scenario);
    std::string out = csvLine(
        {"Team", "Must-have %", "Nice-to-have %", "People", "FTE", "Yearly cost", "Open slots"});
    const auto percent = [](const std::optional<double>& v) {
        return v ? formatShare(std::round(*v * 1000.0) / 10.0) : std::string("n/a");
    };
    const auto line = [&](const std::string& name, const StaffingFigures& f) {
        out += csvLine({name, percent(f.mustHave), percent(f.niceToHave),
                        std::to_string(f.totalHeadcount()), formatShare(f.fte),
                        std::to_string(std::llround(f.yearlyCost)), formatShare(f.openSlots)});
    };
    for (const TeamCoverage& team : report.teams)
        line(scenario.findTeam(team.team)->name, team.figures);
    line("Total", report.total);
    return out;
}

} // namespace

int runExport(const ExportArguments& a, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(a.file);
    if (!store)
        return failWith(err, store.message());
    const Project& project = store->project();
    const auto scenario = project.scenarioOrFirst(a.scenario);
    if (!scenario)
        return failWith(err, a.file + ": " + scenario.message());
    if (a.format == "xlsx") {
        if (a.output == "-")
            return failWith(err, "an XLSX workbook is written to a file: name it with -o.");
        std::optional<StaffingPlan> plan;
        if (a.plan)
            plan = recommend(project, **scenario, RecommendOptions::forProject(project));
        std::optional<ScenarioComparison> comparison;
        if (!a.compare.empty()) {
            auto compared = compareScenarios(project, a.compare);
            if (!compared)
                return failWith(err, a.file + ": " + compared.message());
            comparison = std::move(*compared);
        }
        WorkbookContent content{&project, *scenario, plan ? &*plan : nullptr,
                                comparison ? &*comparison : nullptr};
        if (auto written = writeWorkbook(a.output, content); !written)
            return failWith(err, written.message());
        out << "Wrote " << a.output << ".\n";
        return kExitOk;
    }
    if (a.plan || !a.compare.empty())
        return failWith(err, "--plan and --compare go with --format xlsx.");
    const std::string text = a.format == "json"      ? writeProjectJson(project)
                             : a.table == "coverage" ? coverageCsv(project, **scenario)
                                                     : peopleCsv(project, **scenario, a.words);
    if (a.output == "-") {
        out << text;
        return kExitOk;
    }
    if (auto written = writeFileAtomically(a.output, text); !written)
        return failWith(err, written.message());
    out << "Wrote " << a.output << ".\n";
    return kExitOk;
}

} // namespace crewplan
