#include "optimize/StaffingModel.h"

#include <algorithm>

namespace crewplan::staffing {

// What a role asks of whoever fills a slot: its must-haves.
std::vector<Need> mustHaves(const Role& role) {
    std::vector<Need> out;
    for (const auto& req : role.requirements) {
        if (req.importance == Importance::MustHave)
            out.push_back({req.skill, req.minimum});
    }
    return out;
}

// A team's must-have skills at the level the coverage rules measure depth against: the highest
// level any of its roles asks.
std::vector<Need> depthNeeds(const Scenario& scenario, TeamId team) {
    std::map<SkillId, std::pair<SkillLevel, bool>> bySkill;
    for (const Role* role : scenario.rolesOf(team)) {
        for (const auto& req : role->requirements) {
            auto& [level, must] = bySkill[req.skill];
            level = std::max(level, req.minimum);
            must = must || req.importance == Importance::MustHave;
        }
    }
    std::vector<Need> out;
    for (const auto& [skill, entry] : bySkill) {
        if (entry.second)
            out.push_back({skill, entry.first});
    }
    return out;
}

namespace {

std::vector<HireOption> hireOptions(const Scenario& scenario, std::size_t index,
                                    const RecommendOptions& o) {
    const Role& role = scenario.roles[index];
    std::vector<HireOption> out;
    HireOption standard{index, HireProfile::Standard, role.costBand.midpoint(), 0.0, 0.0, {}, -1};
    for (const auto& need : mustHaves(role))
        standard.levels[need.skill] = need.level;
    out.push_back(standard);
    if (!o.juniorAndSeniorHires)
        return out;
    HireOption junior = standard;
    junior.profile = HireProfile::Junior;
    junior.salary = static_cast<double>(role.costBand.minimum);
    for (const auto& need : mustHaves(role)) {
        // One level below each must-have (at least Awareness), trained up on arrival.
        const int steps = static_cast<int>(need.level) > 1 ? 1 : 0;
        junior.training += whole(steps * o.rateFor(need.skill).costPerLevel);
        junior.weeks += steps * o.rateFor(need.skill).weeksPerLevel;
    }
    out.push_back(junior);
    HireOption senior{
        index, HireProfile::Senior, static_cast<double>(role.costBand.maximum), 0.0, 0.0, {}, -1};
    for (const auto& req : role.requirements)
        senior.levels[req.skill] = static_cast<SkillLevel>(
            std::min(static_cast<int>(SkillLevel::Expert), static_cast<int>(req.minimum) + 1));
    out.push_back(senior);
    return out;
}

std::vector<const Person*> planPeople(const Project& project, const Scenario& scenario,
                                      const RecommendOptions& o) {
    std::vector<const Person*> out;
    for (const auto& p : project.people) {
        if (project.isVisibleIn(p, scenario.id) &&
            std::find(o.excluded.begin(), o.excluded.end(), p.id) == o.excluded.end())
            out.push_back(&p);
    }
    return out;
}

} // namespace

// Training in one skill from one level to another, at the skill's rate.
Training trainingTo(SkillId skill, SkillLevel from, SkillLevel to, const RecommendOptions& o) {
    const int steps = static_cast<int>(to) - static_cast<int>(from);
    return {skill, from, to, whole(steps * o.rateFor(skill).costPerLevel),
            steps * o.rateFor(skill).weeksPerLevel};
}

// The training a person needs to fill a role.
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person, const Role& role,
                                  const RecommendOptions& o) {
    std::vector<Training> out;
    for (const auto& need : mustHaves(role)) {
        const SkillLevel held = scenario.levelOf(person, need.skill);
        if (held < need.level)
            out.push_back(trainingTo(need.skill, held, need.level, o));
    }
    return out;
}

Gap gapFor(const Scenario& scenario, const Person& person, const Role& role,
           const RecommendOptions& o) {
    Gap gap;
    for (const auto& t : trainingFor(scenario, person, role, o)) {
        gap.steps += static_cast<int>(t.to) - static_cast<int>(t.from);
        gap.cost += t.cost;
        gap.weeks += t.weeks;
    }
    return gap;
}

Model build(const Project& project, const Scenario& scenario, const RecommendOptions& o) {
    Model m;
    m.people = planPeople(project, scenario, o);
    const std::size_t roles = scenario.roles.size();
    // A tie-break worth less than a tenth of a money unit in all: keep people where they are, and
    // put nobody where they fill nothing.
    const double epsilon = 0.05 / static_cast<double>(m.people.size() + 1);

    std::map<std::pair<std::int64_t, std::int64_t>, double> current;
    for (const auto& a : scenario.assignments)
        current[{a.person.value, a.role.value}] += a.allocation;

    // Pairs: each person fills at most one role, and only once trained to all its must-haves.
    std::vector<Terms> fill(roles);
    std::vector<Terms> roleOf(m.people.size()), weeksOf(m.people.size());
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        const Person& p = *m.people[i];
        const double allocation = std::min(1.0, p.fte);
        for (std::size_t r = 0; r < roles; ++r) {
            const Role& role = scenario.roles[r];
            Pair pair{i, r, allocation, -1, trainingFor(scenario, p, role, o), 0.0};
            double cost = 0.0;
            for (const auto& t : pair.training) {
                cost += t.cost;
                pair.weeks += t.weeks;
            }
            if (o.maxTrainingWeeksPerPerson && pair.weeks > *o.maxTrainingWeeksPerPerson + 1e-9)
                continue;
            const bool here = current.count({p.id.value, role.id.value}) > 0;
            pair.y = m.mip.addVariable(0, 1, cost + (here ? -epsilon : epsilon), true);
            if (cost > 0)
                m.cost.push_back({pair.y, cost});
            roleOf[i].push_back({pair.y, 1.0});
            if (pair.weeks > 0)
                weeksOf[i].push_back({pair.y, pair.weeks});
            fill[r].push_back({pair.y, pair.allocation});
            m.pairs.push_back(std::move(pair));
        }
    }
    std::vector<int> usedBy(m.people.size(), -1); // binary "in the plan"
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        if (roleOf[i].empty())
            continue;
        const Person& p = *m.people[i];
        const bool paid = p.status != PersonStatus::Employee;
        if (paid || o.headcountCap) {
            // Candidates and planned hires cost their yearly cost once in the plan; employees
            // are paid already, and count only against a headcount cap.
            const double yearly = paid ? static_cast<double>(p.yearlyCost) : 0.0;
            const int used = m.mip.addVariable(0, 1, yearly, true);
            usedBy[i] = used;
            if (paid) {
                m.used[i] = used;
                m.cost.push_back({used, yearly});
            }
            auto linked = roleOf[i];
            linked.push_back({used, -1.0});
            m.mip.addConstraint(linked, Sense::LessEqual, 0.0);
        } else {
            m.mip.addConstraint(roleOf[i], Sense::LessEqual, 1.0);
        }
    }

    // Hires. The extra 1 per hire breaks ties between equally cheap plans towards fewer hires.
    for (std::size_t r = 0; r < roles; ++r) {
        const Role& role = scenario.roles[r];
        if (mustHaves(role).empty())
            continue;
        for (auto option : hireOptions(scenario, r, o)) {
            const double each = option.salary + option.training;
            option.var = m.mip.addVariable(0, role.headcount, each + 1.0, true);
            m.cost.push_back({option.var, each});
            fill[r].push_back({option.var, 1.0});
            m.hires.push_back(std::move(option));
        }
    }

    // Every role with must-haves filled to its headcount (Mode::Cost), or as many must-haves met
    // as the budget allows (Mode::Coverage: worth more than any cost, so coverage comes first).
    const double worth = o.budget ? whole(*o.budget) + 1.0 : 0.0;
    m.filled.assign(roles, -1);
    for (std::size_t r = 0; r < roles; ++r) {
        const Role& role = scenario.roles[r];
        const auto needs = mustHaves(role);
        if (needs.empty())
            continue;
        if (o.mode == RecommendOptions::Mode::Cost) {
            m.mip.addConstraint(fill[r], Sense::GreaterEqual, role.headcount);
        } else {
            const int z = m.mip.addVariable(0, 1, -worth * static_cast<double>(needs.size()), true);
            m.filled[r] = z;
            auto terms = fill[r];
            terms.push_back({z, -static_cast<double>(role.headcount)});
            m.mip.addConstraint(terms, Sense::GreaterEqual, 0.0);
        }
    }

    // Depth: distinct holders per must-have skill per team, among the people the plan puts in
    // the team (once trained for their role, and further where that is not enough) and its hires.
    if (o.depth > 0) {
        for (const auto& team : scenario.teams) {
            for (const auto& need : depthNeeds(scenario, team.id)) {
                Terms holders;
                for (std::size_t k = 0; k < m.pairs.size(); ++k) {
                    const Pair& pair = m.pairs[k];
                    const Role& role = scenario.roles[pair.role];
                    if (role.team != team.id)
                        continue;
                    const Person& p = *m.people[pair.person];
                    SkillLevel after = scenario.levelOf(p, need.skill);
                    for (const auto& t : pair.training) {
                        if (t.skill == need.skill)
                            after = std::max(after, t.to);
                    }
                    if (after >= need.level) {
                        holders.push_back({pair.y, 1.0});
                        continue;
                    }
                    Extra extra{k, trainingTo(need.skill, after, need.level, o), -1};
                    if (o.maxTrainingWeeksPerPerson &&
                        pair.weeks + extra.training.weeks > *o.maxTrainingWeeksPerPerson + 1e-9)
                        continue;
                    extra.var = m.mip.addVariable(0, 1, extra.training.cost, true);
                    m.cost.push_back({extra.var, extra.training.cost});
                    m.mip.addConstraint({{extra.var, 1.0}, {pair.y, -1.0}}, Sense::LessEqual, 0.0);
                    weeksOf[pair.person].push_back({extra.var, extra.training.weeks});
                    holders.push_back({extra.var, 1.0});
                    m.extras.push_back(extra);
                }
                for (const auto& option : m.hires) {
                    const auto it = option.levels.find(need.skill);
                    if (scenario.roles[option.role].team == team.id && it != option.levels.end() &&
                        it->second >= need.level)
                        holders.push_back({option.var, 1.0});
                }
                m.mip.addConstraint(holders, Sense::GreaterEqual, o.depth);
            }
        }
        if (o.maxTrainingWeeksPerPerson) {
            for (const auto& weeks : weeksOf) {
                if (weeks.size() > 1)
                    m.mip.addConstraint(weeks, Sense::LessEqual, *o.maxTrainingWeeksPerPerson);
            }
        }
    }

    if (o.headcountCap) {
        Terms people;
        for (const int used : usedBy) {
            if (used >= 0)
                people.push_back({used, 1.0});
        }
        for (const auto& option : m.hires)
            people.push_back({option.var, 1.0});
        m.mip.addConstraint(people, Sense::LessEqual, *o.headcountCap);
    }
    if (o.budget)
        m.mip.addConstraint(m.cost, Sense::LessEqual, *o.budget);

    for (const auto& lock : o.locks) {
        // Named copies: clang before 16 cannot capture structured bindings in a lambda.
        const PersonId personId = lock.first;
        const RoleId roleId = lock.second;
        const Person* named = project.findPerson(personId);
        const Role* role = scenario.findRole(roleId);
        const std::string who = named ? named->name : "A person";
        const auto pair = std::find_if(m.pairs.begin(), m.pairs.end(), [&](const Pair& p) {
            return m.people[p.person]->id == personId && scenario.roles[p.role].id == roleId;
        });
        if (!role) {
            m.refusal = who + " cannot be locked to a role that is not in this scenario.";
            break;
        }
        if (pair == m.pairs.end()) {
            m.refusal = who + " cannot be locked to " + role->name +
                        ": they are excluded, not in this scenario, or cannot be trained to its "
                        "must-haves within the cap on training weeks.";
            break;
        }
        m.mip.addConstraint({{pair->y, 1.0}}, Sense::GreaterEqual, 1.0);
    }
    m.mip.setAbsoluteGap(0.2);
    return m;
}

} // namespace crewplan::staffing
