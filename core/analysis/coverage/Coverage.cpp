#include "coverage/CoverageReport.h"
#include "model/IdIndex.h"
#include "model/Project.h"
#include "model/Text.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace crewplan {

namespace {

// Running sums behind a coverage ratio: sum of h * met(R, s) over sum of h.
struct CoverageSum {
    double weighted = 0.0;
    double weight = 0.0;

    void add(const RequirementCoverage& r) {
        weighted += r.headcount * r.met;
        weight += r.headcount;
    }
    void add(const CoverageSum& other) {
        weighted += other.weighted;
        weight += other.weight;
    }
    std::optional<double> ratio() const {
        if (weight <= 0.0)
            return std::nullopt;
        return weighted / weight;
    }
};

struct Accumulator {
    CoverageSum mustHave;
    CoverageSum niceToHave;
    double fte = 0.0;
    double yearlyCost = 0.0;
    double openSlots = 0.0;
};

} // namespace

std::vector<const SkillDepth*> TeamCoverage::depthsWhere(bool (SkillDepth::*test)() const) const {
    std::vector<const SkillDepth*> out;
    for (const auto& d : depths) {
        if ((d.*test)())
            out.push_back(&d);
    }
    return out;
}

std::optional<BusFactor> TeamCoverage::busFactor() const {
    std::optional<BusFactor> out;
    for (const auto& d : depths) {
        if (d.mustHave && (!out || d.depth() < out->people))
            out = BusFactor{d.depth(), &d};
    }
    return out;
}

std::string busFactorText(const Project& project,
                          const std::function<const Person*(PersonId)>& personOf,
                          const TeamCoverage& team) {
    const auto factor = team.busFactor();
    if (!factor)
        return {};
    const SkillDepth& d = *factor->weakest;
    const std::string skill =
        project.findSkill(d.skill)->name + " ≥ " + std::string(skillLevelName(d.level));
    std::string out = "bus factor " + std::to_string(factor->people) + " — ";
    if (factor->people == 0)
        return out + skill + " is uncovered already";
    std::vector<std::string> names;
    for (const PersonId id : d.holders) {
        const Person* p = personOf(id);
        names.push_back(p ? p->name : "a removed person");
    }
    return out + "losing " + joinedWithAnd(names) + " uncovers " + skill;
}

std::vector<std::pair<int, const TeamCoverage*>> teamsByBusFactor(const CoverageReport& report) {
    std::vector<std::pair<int, const TeamCoverage*>> out;
    for (const auto& team : report.teams) {
        if (const auto factor = team.busFactor())
            out.push_back({factor->people, &team});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

namespace {

using PeopleById = IdIndex<Person>;
using AssignedByRole = std::unordered_map<RoleId, std::vector<const Assignment*>>;

// Each role's people by id: the figures and their order do not depend on the order the
// assignments were made in (an undo puts one back at the end; the file reads it in place).
void orderByPerson(AssignedByRole& byRole) {
    for (auto& [role, assigned] : byRole)
        std::sort(assigned.begin(), assigned.end(),
                  [](const Assignment* a, const Assignment* b) { return a->person < b->person; });
}

// Each id once, in order.
void keepEachOnce(std::vector<PersonId>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

StaffingFigures figuresOf(const Accumulator& acc, const std::vector<PersonId>& people,
                          const PeopleById& index) {
    StaffingFigures out;
    for (PersonId id : people) {
        if (const Person* person = index.find(id))
            ++out.headcount[static_cast<std::size_t>(person->status)];
    }
    out.fte = acc.fte;
    out.yearlyCost = acc.yearlyCost;
    out.openSlots = acc.openSlots;
    out.mustHave = acc.mustHave.ratio();
    out.niceToHave = acc.niceToHave.ratio();
    return out;
}

// One team's coverage from its roles (in the scenario's order) and what is assigned to them.
TeamCoverage teamCoverage(const Scenario& scenario, TeamId team,
                          const std::vector<const Role*>& roles, const AssignedByRole& byRole,
                          const PeopleById& people) {
    static const std::vector<const Assignment*> kNobody;
    TeamCoverage tc;
    tc.team = team;
    Accumulator acc;
    // A team holds a handful of people and skills: vectors, searched in place, beat trees.
    std::vector<PersonId> members;
    std::vector<SkillDepth>& depths = tc.depths; // in the order of first requirement

    for (const Role* role : roles) {
        const auto found = byRole.find(role->id);
        const auto& assigned = found == byRole.end() ? kNobody : found->second;
        double allocated = 0.0;
        for (const Assignment* a : assigned) {
            const Person& person = *people.find(a->person);
            allocated += a->allocation;
            members.push_back(person.id);
            acc.fte += a->allocation;
            acc.yearlyCost += static_cast<double>(person.yearlyCost) * a->allocation;
            for (const auto& req : role->requirements) {
                const SkillLevel held = scenario.levelOf(person, req.skill);
                if (static_cast<int>(held) + 1 == static_cast<int>(req.minimum))
                    tc.nearMisses.push_back({person.id, role->id, req.skill, held, req.minimum,
                                             req.importance == Importance::MustHave});
            }
        }
        acc.openSlots += std::max(0.0, role->headcount - allocated);

        for (const auto& req : role->requirements) {
            double qualified = 0.0;
            for (const Assignment* a : assigned) {
                if (scenario.levelOf(*people.find(a->person), req.skill) >= req.minimum)
                    qualified += a->allocation;
            }
            RequirementCoverage rc{role->id,        req.skill,
                                   req.minimum,     req.importance,
                                   role->headcount, std::min(1.0, qualified / role->headcount)};
            (req.importance == Importance::MustHave ? acc.mustHave : acc.niceToHave).add(rc);
            tc.requirements.push_back(rc);

            auto it = std::find_if(depths.begin(), depths.end(),
                                   [&](const SkillDepth& d) { return d.skill == req.skill; });
            if (it == depths.end()) {
                depths.push_back({});
                it = depths.end() - 1;
                it->skill = req.skill;
                it->level = req.minimum;
            }
            SkillDepth& depth = *it;
            depth.level = std::max(depth.level, req.minimum);
            depth.mustHave = depth.mustHave || req.importance == Importance::MustHave;
        }
    }

    keepEachOnce(members);
    tc.people = std::move(members);
    for (SkillDepth& depth : depths) {
        for (PersonId id : tc.people) {
            if (scenario.levelOf(*people.find(id), depth.skill) >= depth.level)
                depth.holders.push_back(id);
        }
    }
    tc.figures = figuresOf(acc, tc.people, people);
    return tc;
}

// The scenario's figures summed over its teams' (in team order, so that a team computed again
// gives the sums a whole computation gives, to the last bit).
StaffingFigures totalOf(const std::vector<TeamCoverage>& teams, const PeopleById& people) {
    Accumulator total;
    std::vector<PersonId> everyone;
    for (const TeamCoverage& tc : teams) {
        CoverageSum mustHave;
        CoverageSum niceToHave;
        for (const RequirementCoverage& rc : tc.requirements)
            (rc.importance == Importance::MustHave ? mustHave : niceToHave).add(rc);
        total.mustHave.add(mustHave);
        total.niceToHave.add(niceToHave);
        everyone.insert(everyone.end(), tc.people.begin(), tc.people.end());
        total.fte += tc.figures.fte;
        total.yearlyCost += tc.figures.yearlyCost;
        total.openSlots += tc.figures.openSlots;
    }
    keepEachOnce(everyone);
    return figuresOf(total, everyone, people);
}

} // namespace

CoverageReport computeCoverage(const Project& project, const Scenario& scenario) {
    const PeopleById people(project.people);

    AssignedByRole byRole;
    for (const auto& a : scenario.assignments) {
        if (a.allocation > 0.0 && people.contains(a.person))
            byRole[a.role].push_back(&a);
    }
    orderByPerson(byRole);

    std::unordered_map<TeamId, std::vector<const Role*>> rolesByTeam;
    for (const auto& role : scenario.roles)
        rolesByTeam[role.team].push_back(&role);

    CoverageReport report;
    report.scenario = scenario.id;
    report.teams.reserve(scenario.teams.size());
    for (const auto& team : scenario.teams)
        report.teams.push_back(
            teamCoverage(scenario, team.id, rolesByTeam[team.id], byRole, people));
    report.total = totalOf(report.teams, people);
    return report;
}

void recomputeTeams(CoverageReport& report, const Project& project, const Scenario& scenario,
                    const std::vector<TeamId>& teams) {
    const bool sameTeams =
        report.scenario == scenario.id && report.teams.size() == scenario.teams.size() &&
        std::equal(report.teams.begin(), report.teams.end(), scenario.teams.begin(),
                   [](const TeamCoverage& tc, const Team& team) { return tc.team == team.id; });
    if (!sameTeams) {
        report = computeCoverage(project, scenario);
        return;
    }
    const std::unordered_set<TeamId> wanted(teams.begin(), teams.end());
    std::unordered_map<TeamId, std::vector<const Role*>> rolesByTeam;
    std::unordered_set<RoleId> roles;
    for (const auto& role : scenario.roles) {
        if (wanted.count(role.team)) {
            rolesByTeam[role.team].push_back(&role);
            roles.insert(role.id);
        }
    }
    const PeopleById people(project.people);
    AssignedByRole byRole;
    for (const auto& a : scenario.assignments) {
        if (roles.count(a.role) && a.allocation > 0.0 && people.contains(a.person))
            byRole[a.role].push_back(&a);
    }
    orderByPerson(byRole);
    for (TeamCoverage& tc : report.teams) {
        if (wanted.count(tc.team))
            tc = teamCoverage(scenario, tc.team, rolesByTeam[tc.team], byRole, people);
    }
    report.total = totalOf(report.teams, people);
}

std::optional<std::vector<TeamId>> teamsTouchedBy(const Scenario& scenario, const Edit& edit) {
    const auto teamsOf = [&](PersonId person) {
        std::vector<TeamId> teams;
        for (const Assignment& a : scenario.assignments) {
            if (a.person != person)
                continue;
            if (const Role* role = scenario.findRole(a.role))
                teams.push_back(role->team);
        }
        return teams;
    };
    return std::visit(
        [&](const auto& e) -> std::optional<std::vector<TeamId>> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SetSkillLevel> || std::is_same_v<T, UpdatePerson>) {
                return teamsOf(e.person);
            } else if constexpr (std::is_same_v<T, SetAllocation>) {
                const Role* role = e.scenario == scenario.id ? scenario.findRole(e.role) : nullptr;
                return role ? std::vector<TeamId>{role->team} : std::vector<TeamId>{};
            } else {
                return std::nullopt;
            }
        },
        edit.variant());
}

} // namespace crewplan
