#include "TimelineCommand.h"

#include "CommandLine.h"
#include "maturity/Maturity.h"
#include "model/Lookup.h"
#include "model/Project.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"
#include "storage/ProjectStore.h"
#include "timeline/Timeline.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace crewplan {

TimelineCommands addTimelineCommands(CLI::App& app, TimelineArguments& a) {
    TimelineCommands c;
    c.timeline = app.add_subcommand(
        "timeline", "A scenario month by month: coverage per team, people, cost, when covered");
    c.timeline->add_option("FILE", a.file, "The project file")->required();
    c.timeline->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c.timeline->add_flag("--json", a.json, "Print JSON");

    c.horizon = app.add_subcommand("horizon", "Set a scenario's time line: its first month and "
                                              "length");
    c.horizon->add_option("FILE", a.file, "The project file")->required();
    c.horizon->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c.horizon->add_option("--start", a.start,
                          "First month, as 2027-01 (\"today\": the month it is looked at)");
    c.horizon->add_option("--months", a.months, "How many months (1 to 120; default 24)")
        ->check(CLI::Range(1, 120));

    c.tenure = app.add_subcommand(
        "tenure", "Set when a person is in a scenario: the month they join and the first month "
                  "they are gone");
    c.tenure->add_option("FILE", a.file, "The project file")->required();
    c.tenure->add_option("PERSON", a.person, "The person")->required();
    c.tenure->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c.tenure->add_option("--from", a.from, "The month they join, as 2027-03");
    c.tenure->add_option("--until", a.until, "The first month they are gone (a leaver)");
    c.tenure->add_flag("--clear", a.clear, "No dates: there throughout the time line");

    c.target = app.add_subcommand(
        "target", "List or set a scenario's MLOps maturity targets (\"level 2 by 2027-06\"); "
                  "setting one adds what its level brings");
    c.target->add_option("FILE", a.file, "The project file")->required();
    c.target->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c.target->add_option("--level", a.level, "Maturity level, 1 to 4 (docs/maturity.md)")
        ->check(CLI::Range(1, kMostMaturityLevel));
    c.target->add_option("--by", a.by, "The month it is reached, as 2027-06");
    c.target->add_flag("--clear", a.clear, "Remove the target of --level, or every target");
    c.target->add_flag("--json", a.json, "Print the targets as JSON");

    c.hireTime = app.add_subcommand("hire-time",
                                    "Show or set how many months finding a hire takes (default 3)");
    c.hireTime->add_option("FILE", a.file, "The project file")->required();
    c.hireTime->add_option("--months", a.months, "Months, 0 to 24")
        ->check(CLI::Range(0, Project::kMostMonthsToHire));
    return c;
}

bool TimelineCommands::parsed() const {
    return timeline->parsed() || horizon->parsed() || tenure->parsed() || target->parsed() ||
           hireTime->parsed();
}

namespace {

Result<std::optional<Month>> monthArgument(const std::string& option,
                                           const std::optional<std::string>& text) {
    if (!text)
        return std::optional<Month>{};
    const auto month = parseMonth(*text);
    if (!month)
        return Error{option + " '" + *text +
                     "': expected a month as 2027-03 (1900-01 to 2999-12)."};
    return std::optional<Month>{*month};
}

std::string percentOrNone(const std::optional<double>& ratio) {
    return ratio ? formatPercent(*ratio) : std::string("n/a");
}

// A target's line: "level 2 (Automated training) by 2027-06: met from 2027-04".
std::string reachText(const Scenario& scenario, const Timeline& t, const Timeline::TargetReach& r) {
    const Month last = t.start.plus(static_cast<int>(t.months.size()) - 1);
    std::string out = maturityLevelText(r.target.level) + " by " + monthText(r.target.month) + ": ";
    if (r.met())
        return out + "met from " + monthText(*r.metFrom) + ".";
    if (r.metFrom)
        out += "met only from " + monthText(*r.metFrom) + ", " +
               countOf(r.metFrom->index - r.target.month.index, "month", "months") + " late";
    else
        out += "not met by " + monthText(last);
    std::vector<std::string> teams;
    for (TeamId id : r.shortTeams) {
        if (const Team* team = scenario.findTeam(id))
            teams.push_back(team->name);
    }
    if (!teams.empty())
        out += "; short in " + monthText(last < r.target.month ? last : r.target.month) + ": " +
               joinedWithAnd(teams);
    return out + ".";
}

nlohmann::ordered_json targetsJson(const Scenario& scenario, const Timeline& t) {
    using ordered = nlohmann::ordered_json;
    ordered out = ordered::array();
    for (const auto& r : t.targets) {
        const MaturityLevel* level = builtInMaturityModel().find(r.target.level);
        ordered teams = ordered::array();
        for (TeamId id : r.shortTeams) {
            if (const Team* team = scenario.findTeam(id))
                teams.push_back(team->name);
        }
        out.push_back({{"level", r.target.level},
                       {"name", level ? level->name : ""},
                       {"by", monthText(r.target.month)},
                       {"met", r.met()},
                       {"metFrom", r.metFrom ? ordered(monthText(*r.metFrom)) : ordered()},
                       {"shortTeams", teams}});
    }
    return out;
}

std::string timelineJson(const Project& project, const Scenario& scenario, const Timeline& t) {
    using ordered = nlohmann::ordered_json;
    const auto ratio = [](const std::optional<double>& r) { return r ? ordered(*r) : ordered(); };
    ordered months = ordered::array();
    for (const auto& m : t.months) {
        ordered teams = ordered::array();
        for (std::size_t i = 0; i < m.coverage.teams.size(); ++i) {
            const auto& f = m.coverage.teams[i].figures;
            teams.push_back({{"team", scenario.teams[i].name},
                             {"mustHave", ratio(f.mustHave)},
                             {"niceToHave", ratio(f.niceToHave)},
                             {"people", f.totalHeadcount()},
                             {"fte", f.fte}});
        }
        months.push_back({{"month", monthText(m.month)},
                          {"mustHave", ratio(m.coverage.total.mustHave)},
                          {"people", m.coverage.total.totalHeadcount()},
                          {"fte", m.coverage.total.fte},
                          {"payroll", m.payroll},
                          {"oneOff", m.oneOff},
                          {"teams", teams}});
    }
    ordered covered = ordered::array();
    for (const auto& [team, month] : t.coveredBy) {
        const Team* found = scenario.findTeam(team);
        covered.push_back({{"team", found ? found->name : ""},
                           {"month", month ? ordered(monthText(*month)) : ordered()}});
    }
    (void)project;
    ordered root{{"scenario", scenario.name}, {"start", monthText(t.start)},
                 {"months", months},          {"coveredBy", covered},
                 {"payroll", t.payroll()},    {"oneOff", t.oneOff()}};
    if (!t.targets.empty())
        root["targets"] = targetsJson(scenario, t);
    return root.dump(2);
}

std::string timelineText(const Scenario& scenario, const Timeline& t) {
    const Month last = t.start.plus(static_cast<int>(t.months.size()) - 1);
    std::string out = "Time line of " + scenario.name + ": " + monthText(t.start) + " to " +
                      monthText(last) + " (" +
                      countOf(static_cast<long long>(t.months.size()), "month", "months") + ")" +
                      (scenario.horizonStart ? "" : ", from this month") + ".\n";
    out += "Month    Must-have  People   FTE     Payroll    One-off";
    for (const auto& team : scenario.teams)
        out += "  " + team.name;
    out += "\n";
    const auto pad = [](std::string s, std::size_t width) {
        return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
    };
    for (const auto& m : t.months) {
        out += pad(monthText(m.month), 9) + pad(percentOrNone(m.coverage.total.mustHave), 11) +
               pad(std::to_string(m.coverage.total.totalHeadcount()), 9) +
               pad(formatShare(m.coverage.total.fte), 8) + pad(formatMoney(m.payroll), 11) +
               pad(formatMoney(m.oneOff), 9);
        for (std::size_t i = 0; i < m.coverage.teams.size(); ++i)
            out += "  " + pad(percentOrNone(m.coverage.teams[i].figures.mustHave),
                              scenario.teams[i].name.size());
        out += "\n";
    }
    out += "Covered by (every must-have met from then on):";
    for (const auto& [team, month] : t.coveredBy) {
        const Team* found = scenario.findTeam(team);
        out += std::string(" ") + (found ? found->name : "?") + " " +
               (month ? monthText(*month) : "not by " + monthText(last)) + ";";
    }
    out.back() = '.';
    out += "\nOver the time line: " + formatMoney(t.payroll()) + " payroll, " +
           formatMoney(t.oneOff()) + " once.\n";
    for (const auto& r : t.targets)
        out += "Target " + reachText(scenario, t, r) + "\n";
    return out;
}

std::string targetsText(const Scenario& scenario) {
    if (scenario.targets.empty())
        return scenario.name + " has no maturity target.\n";
    std::string out = "Maturity targets of " + scenario.name + ":\n";
    for (const auto& t : scenario.targets)
        out += "  " + maturityLevelText(t.level) + " by " + monthText(t.month) + "\n";
    const auto stages = missingStages(scenario);
    if (!stages.empty()) {
        std::vector<std::string> names;
        for (const auto& [stage, level] : stages) {
            const Stage* found = builtInToolCatalog().findStage(stage);
            names.push_back((found ? found->name : stage) + " (level " + std::to_string(level) +
                            ")");
        }
        out += "Stages the stack leaves without a tool: " + joinedWithAnd(names) + ".\n";
    }
    return out;
}

int runTarget(ProjectStore& store, ScenarioId id, const TimelineArguments& a, std::ostream& out,
              std::ostream& err) {
    const auto scenarioNow = [&]() -> const Scenario& { return *store.project().findScenario(id); };
    if (!a.clear && !a.level && !a.by) {
        if (a.json) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& t : scenarioNow().targets)
                list.push_back({{"level", t.level},
                                {"name", builtInMaturityModel().find(t.level)->name},
                                {"by", monthText(t.month)}});
            out << list.dump(2) << "\n";
        } else {
            out << targetsText(scenarioNow());
        }
        return kExitOk;
    }
    if (a.clear && a.by)
        return failWith(err, "target: --clear cannot go with --by.");
    if (!a.clear && !(a.level && a.by))
        return failWith(err, "target: give --level and --by, or --clear.");
    const auto by = monthArgument("--by", a.by);
    if (!by)
        return failWith(err, by.message());
    std::vector<std::string> added, skipped;
    auto applied = store.applyPlanned([&](const Project& project) -> Result<Edit> {
        const Scenario* scenario = project.findScenario(id);
        if (!scenario)
            return Error{"That scenario no longer exists."};
        std::vector<MaturityTarget> targets;
        for (const auto& t : scenario->targets) {
            if (a.level && t.level == *a.level)
                continue; // replaced or cleared
            if (!a.clear || a.level)
                targets.push_back(t);
        }
        if (!a.clear)
            targets.push_back({*a.level, **by});
        auto change = targetChange(project, *scenario, std::move(targets));
        if (!change)
            return change.error();
        added = change->added;
        skipped = change->skipped;
        return Edit{std::move(change->edit)};
    });
    if (!applied)
        return failWith(err, a.file + ": " + applied.message());
    out << targetsText(scenarioNow());
    if (!added.empty())
        out << "Added for the targets: " << joinedWithAnd(added) << ".\n";
    for (const auto& note : skipped)
        out << "Left out: " << note << ".\n";
    return kExitOk;
}

} // namespace

int TimelineCommands::run(const TimelineArguments& a, std::ostream& out, std::ostream& err) const {
    auto store = ProjectStore::open(a.file);
    if (store && hireTime->parsed()) {
        if (a.months) {
            if (auto applied = store->apply(SetMonthsToHire{*a.months}); !applied)
                return failWith(err, a.file + ": " + applied.message());
        }
        out << "Finding a hire takes " << countOf(store->project().monthsToHire, "month", "months")
            << " in this project: a new hire starts that long after the time line begins, at "
               "the earliest.\n";
        return kExitOk;
    }
    if (!store)
        return failWith(err, store.message());
    const auto found = store->project().scenarioOrFirst(a.scenario);
    if (!found)
        return failWith(err, a.file + ": " + found.message());
    const ScenarioId id = (*found)->id;
    if (timeline->parsed()) {
        const Project& project = store->project();
        const Timeline t = crewplan::timeline(project, **found, currentMonth());
        out << (a.json ? timelineJson(project, **found, t) + "\n" : timelineText(**found, t));
        return kExitOk;
    }
    if (target->parsed())
        return runTarget(*store, id, a, out, err);
    if (horizon->parsed()) {
        if (!a.start && !a.months)
            return failWith(err, "horizon: give --start, --months or both.");
        std::optional<Month> start = (*found)->horizonStart;
        if (a.start) {
            if (*a.start == "today") {
                start.reset();
            } else {
                const auto month = monthArgument("--start", a.start);
                if (!month)
                    return failWith(err, month.message());
                start = *month;
            }
        }
        const SetHorizon edit{id, start, a.months.value_or((*found)->horizonMonths)};
        const std::string name = (*found)->name; // applying may read the file anew
        if (auto applied = store->apply(edit); !applied)
            return failWith(err, a.file + ": " + applied.message());
        out << "The time line of " << name << " starts "
            << (edit.start ? monthText(*edit.start) : std::string("in the month it is looked at"))
            << " and lasts " << countOf(edit.months, "month", "months") << ".\n";
        return kExitOk;
    }
    // tenure
    if (a.clear && (a.from || a.until))
        return failWith(err, "tenure: --clear cannot go with --from or --until.");
    if (!a.clear && !a.from && !a.until)
        return failWith(err, "tenure: give --from, --until, both, or --clear.");
    const auto person = personNamed(store->project(), a.person, *found);
    if (!person)
        return failWith(err, a.file + ": " + person.error().message);
    const auto from = monthArgument("--from", a.from);
    const auto until = monthArgument("--until", a.until);
    if (!from)
        return failWith(err, from.message());
    if (!until)
        return failWith(err, until.message());
    Tenure dates;
    if (!a.clear) {
        const auto was = (*found)->tenure.find((*person)->id);
        if (was != (*found)->tenure.end())
            dates = was->second; // what is not given stays
        if (a.from)
            dates.start = *from;
        if (a.until)
            dates.end = *until;
    }
    const std::string name = (*person)->name;
    if (auto applied = store->apply(SetTenure{id, (*person)->id, dates}); !applied)
        return failWith(err, a.file + ": " + applied.message());
    out << name
        << (dates.start ? " joins " + monthText(*dates.start) : std::string()) +
               (dates.start && dates.end ? " and" : "") +
               (dates.end ? " leaves (is gone from) " + monthText(*dates.end) : "") +
               (a.clear ? " is there throughout the time line" : "")
        << ".\n";
    return kExitOk;
}

} // namespace crewplan
