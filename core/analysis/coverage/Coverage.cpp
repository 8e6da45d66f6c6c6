#include "coverage/CoverageReport.h"
#include "model/Project.h"
#include "model/Text.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

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
    std::set<PersonId> people;
    double fte = 0.0;
    double yearlyCost = 0.0;
    double openSlots = 0.0;

    StaffingFigures figures(const std::unordered_map<PersonId, const Person*>& index) const {
        StaffingFigures out;
        for (PersonId id : people)
            ++out.headcount[static_cast<std::size_t>(index.at(id)->status)];
        out.fte = fte;
        out.yearlyCost = yearlyCost;
        out.openSlots = openSlots;
        out.mustHave = mustHave.ratio();
        out.niceToHave = niceToHave.ratio();
        return out;
    }
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

std::string busFactorText(const Project& project, const TeamCoverage& team) {
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
        const Person* p = project.findPerson(id);
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

CoverageReport computeCoverage(const Project& project, const Scenario& scenario) {
    std::unordered_map<PersonId, const Person*> people;
    people.reserve(project.people.size());
    for (const auto& person : project.people)
        people.emplace(person.id, &person);

    std::unordered_map<RoleId, std::vector<const Assignment*>> byRole;
    for (const auto& a : scenario.assignments) {
        if (a.allocation > 0.0 && people.count(a.person))
            byRole[a.role].push_back(&a);
    }

    std::unordered_map<TeamId, std::vector<const Role*>> rolesByTeam;
    for (const auto& role : scenario.roles)
        rolesByTeam[role.team].push_back(&role);

    CoverageReport report;
    report.scenario = scenario.id;
    Accumulator total;

    for (const auto& team : scenario.teams) {
        TeamCoverage tc;
        tc.team = team.id;
        Accumulator acc;
        std::map<SkillId, SkillDepth> depthBySkill; // ordered by first requirement below
        std::vector<SkillId> skillOrder;

        for (const Role* role : rolesByTeam[team.id]) {
            const auto& assigned = byRole[role->id];
            double allocated = 0.0;
            for (const Assignment* a : assigned) {
                const Person& person = *people.at(a->person);
                allocated += a->allocation;
                acc.people.insert(person.id);
                acc.fte += a->allocation;
                acc.yearlyCost += static_cast<double>(person.yearlyCost) * a->allocation;
            }
            acc.openSlots += std::max(0.0, role->headcount - allocated);

            for (const auto& req : role->requirements) {
                double qualified = 0.0;
                for (const Assignment* a : assigned) {
                    if (scenario.levelOf(*people.at(a->person), req.skill) >= req.minimum)
                        qualified += a->allocation;
                }
                RequirementCoverage rc{role->id,        req.skill,
                                       req.minimum,     req.importance,
                                       role->headcount, std::min(1.0, qualified / role->headcount)};
                (req.importance == Importance::MustHave ? acc.mustHave : acc.niceToHave).add(rc);
                tc.requirements.push_back(rc);

                auto [it, inserted] = depthBySkill.try_emplace(req.skill);
                SkillDepth& depth = it->second;
                if (inserted) {
                    depth.skill = req.skill;
                    depth.level = req.minimum;
                    skillOrder.push_back(req.skill);
                }
                depth.level = std::max(depth.level, req.minimum);
                depth.mustHave = depth.mustHave || req.importance == Importance::MustHave;
            }
        }

        for (SkillId skill : skillOrder) {
            SkillDepth& depth = depthBySkill.at(skill);
            for (PersonId id : acc.people) {
                if (scenario.levelOf(*people.at(id), skill) >= depth.level)
                    depth.holders.push_back(id);
            }
            tc.depths.push_back(std::move(depth));
        }

        tc.figures = acc.figures(people);
        total.mustHave.add(acc.mustHave);
        total.niceToHave.add(acc.niceToHave);
        total.people.insert(acc.people.begin(), acc.people.end());
        total.fte += acc.fte;
        total.yearlyCost += acc.yearlyCost;
        total.openSlots += acc.openSlots;
        report.teams.push_back(std::move(tc));
    }
    report.total = total.figures(people);
    return report;
}

} // namespace crewplan
