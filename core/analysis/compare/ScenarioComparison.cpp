#include "compare/ScenarioComparison.h"

#include "model/Project.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace crewplan {

namespace {

using Kind = ScenarioDifference::Kind;

std::string arrow(const std::string& before, const std::string& after) {
    return before + " → " + after;
}

std::string roleKey(const Scenario& s, const Role& r) {
    return s.findTeam(r.team)->name + " / " + r.name;
}

// Who is where, keyed so that the same person matches across scenarios: employees and
// candidates by id, planned hires (copied with new ids) by name.
std::map<std::string, std::map<std::string, double>> placements(const Project& project,
                                                                const Scenario& s) {
    std::map<std::string, std::map<std::string, double>> out;
    for (const auto& a : s.assignments) {
        const Person* p = project.findPerson(a.person);
        const Role* r = s.findRole(a.role);
        if (p && r)
            // "Planned hire Senior data engineer (to hire)": no brackets after brackets.
            out[(p->scenario ? "Planned hire " : "") + p->name][roleKey(s, *r)] += a.allocation;
    }
    return out;
}

void compareRequirements(const Project& project, const std::string& where, const Role& a,
                         const Role& b, std::vector<ScenarioDifference>& out) {
    const auto describe = [&](const RoleRequirement& r) {
        return std::string(skillLevelName(r.minimum)) + " (" +
               std::string(importanceName(r.importance)) + ")";
    };
    for (const auto& ra : a.requirements) {
        const auto it =
            std::find_if(b.requirements.begin(), b.requirements.end(),
                         [&](const RoleRequirement& rb) { return rb.skill == ra.skill; });
        const std::string skill = project.findSkill(ra.skill)->name;
        if (it == b.requirements.end())
            out.push_back({Kind::Role, where + ": no longer requires " + skill});
        else if (it->minimum != ra.minimum || it->importance != ra.importance)
            out.push_back(
                {Kind::Role, where + ": " + skill + " " + arrow(describe(ra), describe(*it))});
    }
    for (const auto& rb : b.requirements) {
        const bool had =
            std::any_of(a.requirements.begin(), a.requirements.end(),
                        [&](const RoleRequirement& ra) { return ra.skill == rb.skill; });
        if (!had)
            out.push_back({Kind::Role, where + ": requires " + project.findSkill(rb.skill)->name +
                                           " ≥ " + describe(rb)});
    }
}

} // namespace

const StaffingFigures* ScenarioComparison::teamFigures(std::size_t column, std::size_t team) const {
    const ScenarioColumn& c = columns[column];
    for (const auto& t : c.report.teams) {
        if (c.scenario->findTeam(t.team)->name == teams[team])
            return &t.figures;
    }
    return nullptr;
}

std::vector<ScenarioDifference> differencesBetween(const Project& project, const Scenario& base,
                                                   const Scenario& other) {
    std::vector<ScenarioDifference> out;
    for (const auto& t : base.teams) {
        if (!other.findTeam(t.name))
            out.push_back({Kind::Team, "Team removed: " + t.name});
    }
    for (const auto& t : other.teams) {
        if (!base.findTeam(t.name))
            out.push_back({Kind::Team, "Team added: " + t.name});
    }

    // Roles in the order the base scenario shows them; added ones in the other's order.
    std::map<std::string, const Role*> baseRoles;
    std::map<std::string, const Role*> otherRoles;
    for (const auto& r : base.roles)
        baseRoles[roleKey(base, r)] = &r;
    for (const auto& r : other.roles)
        otherRoles[roleKey(other, r)] = &r;
    for (const auto& baseRole : base.roles) {
        const std::string key = roleKey(base, baseRole);
        const Role* role = &baseRole;
        const auto it = otherRoles.find(key);
        if (it == otherRoles.end()) {
            out.push_back({Kind::Role, "Role removed: " + key});
            continue;
        }
        const Role& b = *it->second;
        if (b.headcount != role->headcount)
            out.push_back({Kind::Role, key + ": headcount " +
                                           arrow(std::to_string(role->headcount),
                                                 std::to_string(b.headcount))});
        if (b.costBand != role->costBand)
            out.push_back(
                {Kind::Role,
                 key + ": cost band " +
                     arrow(formatMoney(static_cast<double>(role->costBand.minimum)) + "–" +
                               formatMoney(static_cast<double>(role->costBand.maximum)),
                           formatMoney(static_cast<double>(b.costBand.minimum)) + "–" +
                               formatMoney(static_cast<double>(b.costBand.maximum)))});
        compareRequirements(project, key, *role, b, out);
    }
    for (const auto& r : other.roles) {
        const std::string key = roleKey(other, r);
        if (!baseRoles.count(key))
            out.push_back({Kind::Role, "Role added: " + key + " (" +
                                           countOf(r.headcount, "slot", "slots") + ")"});
    }

    const auto before = placements(project, base);
    const auto after = placements(project, other);
    std::set<std::string> people;
    for (const auto& [who, _] : before)
        people.insert(who);
    for (const auto& [who, _] : after)
        people.insert(who);
    for (const auto& who : people) {
        const auto b = before.count(who) ? before.at(who) : std::map<std::string, double>{};
        const auto a = after.count(who) ? after.at(who) : std::map<std::string, double>{};
        std::set<std::string> roles;
        for (const auto& [r, _] : b)
            roles.insert(r);
        for (const auto& [r, _] : a)
            roles.insert(r);
        for (const auto& role : roles) {
            const double x = b.count(role) ? b.at(role) : 0.0;
            const double y = a.count(role) ? a.at(role) : 0.0;
            if (std::abs(x - y) < 1e-9)
                continue;
            if (x == 0.0)
                out.push_back({Kind::Assignment,
                               who + ": assigned to " + role + " (" + formatShare(y) + " FTE)"});
            else if (y == 0.0)
                out.push_back({Kind::Assignment, who + ": no longer in " + role + " (was " +
                                                     formatShare(x) + " FTE)"});
            else
                out.push_back(
                    {Kind::Assignment,
                     who + ": " + role + " " + arrow(formatShare(x), formatShare(y)) + " FTE"});
        }
    }

    const auto hires = [&](const Scenario& s) {
        std::map<std::string, const Person*> out;
        for (const auto& p : project.people) {
            if (p.scenario == s.id)
                out[p.name] = &p;
        }
        return out;
    };
    const auto baseHires = hires(base);
    const auto otherHires = hires(other);
    for (const auto& [name, p] : otherHires) {
        if (!baseHires.count(name))
            out.push_back({Kind::PlannedHire, "Planned hire: " + name + " (" +
                                                  formatMoney(static_cast<double>(p->yearlyCost)) +
                                                  " a year)"});
    }
    for (const auto& [name, p] : baseHires) {
        if (!otherHires.count(name))
            out.push_back({Kind::PlannedHire, "No longer planned: " + name});
    }
    // Planned training, by person and skill.
    const auto training = [&](const PlannedTraining& t) {
        const Person* p = project.findPerson(t.person);
        return (p ? p->name : std::string("?")) + " in " + project.findSkill(t.skill)->name +
               " to " + std::string(skillLevelName(t.target));
    };
    for (const auto& t : other.training) {
        const PlannedTraining* was = base.findTraining(t.person, t.skill);
        if (!was || was->target != t.target)
            out.push_back({Kind::Training,
                           "Training planned: " + training(t) + " (" + formatMoney(t.cost) + ")"});
    }
    for (const auto& t : base.training) {
        if (!other.findTraining(t.person, t.skill))
            out.push_back({Kind::Training, "Training no longer planned: " + training(t)});
    }
    // The MLOps stack, stage by stage.
    std::set<std::string> stages;
    for (const auto* s : {&base, &other}) {
        for (const auto& [stage, tool] : s->stack)
            stages.insert(stage);
    }
    for (const auto& stage : stages) {
        const auto a = base.stack.find(stage);
        const auto b = other.stack.find(stage);
        const std::string from = a == base.stack.end() ? "none" : a->second;
        const std::string to = b == other.stack.end() ? "none" : b->second;
        if (from == to)
            continue;
        const Stage* named = toolCatalogOf(project).findStage(stage);
        out.push_back(
            {Kind::Stack, "Stack, " + (named ? named->name : stage) + ": " + from + " → " + to});
    }
    return out;
}

Result<ScenarioComparison> compareScenarios(const Project& project,
                                            const std::vector<std::string>& names) {
    if (names.size() < kMinCompared || names.size() > kMaxCompared)
        return Error{"Compare two to four scenarios (" + std::to_string(names.size()) + " given)."};
    ScenarioComparison comparison;
    std::set<std::string> seen;
    for (const auto& name : names) {
        const Scenario* s = project.findScenario(name);
        if (!s) {
            return Error{"No scenario named " + inQuotes(name) + " (the project has " +
                         project.scenarioNames() + ")."};
        }
        if (!seen.insert(name).second)
            return Error{"Scenario " + inQuotes(name) + " is named twice."};
        ScenarioColumn column;
        column.scenario = s;
        column.report = computeCoverage(project, *s);
        column.timeline = timeline(project, *s, currentMonth());
        for (const auto& t : column.report.teams) {
            column.uncovered += static_cast<int>(t.uncovered().size());
            column.singlePointsOfFailure += static_cast<int>(t.singlePointsOfFailure().size());
            const std::string& team = s->findTeam(t.team)->name;
            if (std::find(comparison.teams.begin(), comparison.teams.end(), team) ==
                comparison.teams.end())
                comparison.teams.push_back(team);
        }
        if (!comparison.columns.empty())
            column.differences =
                differencesBetween(project, *comparison.columns.front().scenario, *s);
        comparison.columns.push_back(std::move(column));
    }
    return comparison;
}

} // namespace crewplan
