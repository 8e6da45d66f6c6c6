#include "io/SummaryJson.h"

#include "model/IdIndex.h"
#include "model/Project.h"

#include <nlohmann/json.hpp>

namespace crewplan {

namespace {

using nlohmann::ordered_json;

ordered_json ratio(const std::optional<double>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json figures(const StaffingFigures& f) {
    return ordered_json{
        {"mustHaveCoverage", ratio(f.mustHave)},
        {"niceToHaveCoverage", ratio(f.niceToHave)},
        {"headcount",
         {{"employee", f.headcountOf(PersonStatus::Employee)},
          {"candidate", f.headcountOf(PersonStatus::Candidate)},
          {"plannedHire", f.headcountOf(PersonStatus::PlannedHire)},
          {"total", f.totalHeadcount()}}},
        {"fte", f.fte},
        {"yearlyCost", f.yearlyCost},
        {"openSlots", f.openSlots},
    };
}

ordered_json depthEntry(const Project& project, const IdIndex<Person>& people,
                        const SkillDepth& depth) {
    ordered_json holders = ordered_json::array();
    for (PersonId id : depth.holders)
        holders.push_back(people.find(id)->name);
    return {{"skill", project.findSkill(depth.skill)->name},
            {"level", std::string(skillLevelName(depth.level))},
            {"depth", depth.depth()},
            {"holders", holders}};
}

// The same entry, prefixed with the team it belongs to (for the scenario-wide lists).
ordered_json tagged(const ordered_json& team, const ordered_json& entry) {
    ordered_json out{{"team", team}};
    out.update(entry);
    return out;
}

} // namespace

std::string summaryJson(const Project& project, const Scenario& scenario,
                        const CoverageReport& report) {
    ordered_json teams = ordered_json::array();
    ordered_json allUncovered = ordered_json::array();
    ordered_json allSpof = ordered_json::array();
    const IdIndex<Team> teamsById(scenario.teams);
    const IdIndex<Person> people(project.people);
    for (const auto& team : report.teams) {
        ordered_json entry{{"name", teamsById.find(team.team)->name}};
        entry.update(figures(team.figures));
        ordered_json uncovered = ordered_json::array();
        for (const SkillDepth* d : team.uncovered()) {
            uncovered.push_back(depthEntry(project, people, *d));
            allUncovered.push_back(tagged(entry["name"], depthEntry(project, people, *d)));
        }
        ordered_json spof = ordered_json::array();
        for (const SkillDepth* d : team.singlePointsOfFailure()) {
            spof.push_back(depthEntry(project, people, *d));
            allSpof.push_back(tagged(entry["name"], depthEntry(project, people, *d)));
        }
        entry["uncoveredMustHave"] = uncovered;
        entry["singlePointsOfFailure"] = spof;
        if (const auto factor = team.busFactor()) {
            ordered_json losing = ordered_json::array();
            for (const PersonId id : factor->weakest->holders) {
                if (const Person* p = people.find(id))
                    losing.push_back(p->name);
            }
            entry["busFactor"] = {
                {"people", factor->people},
                {"losing", losing},
                {"uncovers",
                 {{"skill", project.findSkill(factor->weakest->skill)->name},
                  {"level", std::string(skillLevelName(factor->weakest->level))}}},
                {"text", busFactorText(
                             project, [&](PersonId id) { return people.find(id); }, team)}};
        } else {
            entry["busFactor"] = nullptr;
        }
        teams.push_back(entry);
    }
    ordered_json total = figures(report.total);
    total["uncoveredMustHave"] = allUncovered;
    total["singlePointsOfFailure"] = allSpof;
    ordered_json root{
        {"project", project.name}, {"scenario", scenario.name}, {"teams", teams}, {"total", total}};
    return root.dump(2);
}

} // namespace crewplan

namespace crewplan {

std::string comparisonJson(const Project& project, const ScenarioComparison& comparison) {
    ordered_json columns = ordered_json::array();
    for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
        const ScenarioColumn& column = comparison.columns[c];
        ordered_json teams = ordered_json::object();
        for (std::size_t t = 0; t < comparison.teams.size(); ++t) {
            const StaffingFigures* f = comparison.teamFigures(c, t);
            teams[comparison.teams[t]] = f ? figures(*f) : ordered_json(nullptr);
        }
        ordered_json differences = ordered_json::array();
        for (const auto& d : column.differences)
            differences.push_back(d.text);
        ordered_json entry{{"scenario", column.scenario->name}};
        entry["total"] = figures(column.report.total);
        entry["total"]["uncoveredMustHave"] = column.uncovered;
        entry["total"]["singlePointsOfFailure"] = column.singlePointsOfFailure;
        entry["teams"] = teams;
        entry["differencesFromFirst"] = differences;
        columns.push_back(entry);
    }
    return ordered_json{{"project", project.name}, {"scenarios", columns}}.dump(2);
}

std::string scenariosJson(const Project& project) {
    ordered_json list = ordered_json::array();
    for (const auto& s : project.scenarios) {
        const CoverageReport report = computeCoverage(project, s);
        ordered_json entry{{"name", s.name},
                           {"description", s.description},
                           {"teams", s.teams.size()},
                           {"roles", s.roles.size()}};
        entry.update(figures(report.total));
        list.push_back(entry);
    }
    return ordered_json{{"project", project.name}, {"scenarios", list}}.dump(2);
}

} // namespace crewplan
