#include "SummaryText.h"

#include "model/IdIndex.h"
#include "model/Project.h"
#include "model/Text.h"

#include <algorithm>
#include <sstream>

namespace crewplan {

namespace {

std::string coverage(const std::optional<double>& value) {
    return value ? formatPercent(*value) : "n/a";
}

void row(std::ostringstream& out, const std::string& name, std::size_t nameWidth,
         const StaffingFigures& f) {
    out << padded(name, nameWidth) << padded(coverage(f.mustHave), 11, true)
        << padded(coverage(f.niceToHave), 14, true)
        << padded(std::to_string(f.headcountOf(PersonStatus::Employee)) + "/" +
                      std::to_string(f.headcountOf(PersonStatus::Candidate)) + "/" +
                      std::to_string(f.headcountOf(PersonStatus::PlannedHire)),
                  13, true)
        << padded(formatShare(f.fte), 7, true) << padded(formatMoney(f.yearlyCost), 14, true)
        << padded(formatShare(f.openSlots), 12, true) << '\n';
}

std::string holdersOf(const IdIndex<Person>& people, const SkillDepth& depth) {
    std::string names;
    for (PersonId id : depth.holders)
        names += (names.empty() ? "" : ", ") + people.find(id)->name;
    return names;
}

} // namespace

std::string summaryText(const Project& project, const Scenario& scenario,
                        const CoverageReport& report) {
    const IdIndex<Team> teams(scenario.teams);
    const IdIndex<Person> people(project.people);
    const auto teamName = [&](TeamId id) -> const std::string& { return teams.find(id)->name; };
    std::ostringstream out;
    out << "Project:  " << project.name << '\n' << "Scenario: " << scenario.name << "\n\n";
    std::size_t nameWidth = 6;
    for (const auto& team : scenario.teams)
        nameWidth = std::max(nameWidth, team.name.size() + 2);
    out << padded("Team", nameWidth) << padded("Must-have", 11, true)
        << padded("Nice-to-have", 14, true) << padded("Heads E/C/H", 13, true)
        << padded("FTE", 7, true) << padded("Yearly cost", 14, true)
        << padded("Open slots", 12, true) << '\n';
    for (const auto& team : report.teams)
        row(out, teamName(team.team), nameWidth, team.figures);
    row(out, "Total", nameWidth, report.total);
    out << "(Heads: employees/candidates/planned hires assigned.)\n";

    out << "\nUncovered must-have skills:\n";
    bool any = false;
    for (const auto& team : report.teams) {
        for (const SkillDepth* d : team.uncovered()) {
            out << "  " << teamName(team.team) << ": " << project.findSkill(d->skill)->name
                << " >= " << skillLevelName(d->level) << '\n';
            any = true;
        }
    }
    if (!any)
        out << "  none\n";

    out << "\nSingle points of failure:\n";
    any = false;
    for (const auto& team : report.teams) {
        for (const SkillDepth* d : team.singlePointsOfFailure()) {
            out << "  " << teamName(team.team) << ": " << project.findSkill(d->skill)->name
                << " >= " << skillLevelName(d->level) << ", only " << holdersOf(people, *d) << '\n';
            any = true;
        }
    }
    if (!any)
        out << "  none\n";

    out << "\nBus factor (the fewest people whose leaving uncovers a must-have):\n";
    any = false;
    for (const auto& team : report.teams) {
        const std::string text = busFactorText(
            project, [&](PersonId id) { return people.find(id); }, team);
        if (text.empty())
            continue;
        out << "  " << teamName(team.team) << ": " << text << '\n';
        any = true;
    }
    if (!any)
        out << "  no team has a must-have\n";
    return out.str();
}

} // namespace crewplan
