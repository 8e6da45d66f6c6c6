#include "optimize/StaffingOptimizer.h"

#include "coverage/CoverageReport.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/MipSolver.h"
#include "optimize/PlanEdit.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace crewplan {

std::string_view hireProfileName(HireProfile profile) {
    switch (profile) {
    case HireProfile::Standard:
        return "standard";
    case HireProfile::Junior:
        return "junior";
    case HireProfile::Senior:
        return "senior";
    }
    return "standard";
}

RecommendOptions RecommendOptions::forProject(const Project& project) {
    RecommendOptions o;
    o.training = project.training;
    o.perSkill = project.trainingPerSkill;
    return o;
}

const TrainingRate& RecommendOptions::rateFor(SkillId skill) const {
    const auto it = perSkill.find(skill);
    return it == perSkill.end() ? training : it->second;
}

namespace {

using Sense = MipModel::Sense;
using Terms = std::vector<std::pair<int, double>>;
// Whole money units keep every cost of the model a multiple of one half (band midpoints), which
// is what lets CBC's absolute gap prove the cost optimal (MipSolver.h).
double whole(double money) {
    return std::round(money);
}

struct Need {
    SkillId skill;
    SkillLevel level;
};

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

struct HireOption {
    std::size_t role;
    HireProfile profile;
    double salary = 0.0;   // yearly
    double training = 0.0; // one-off, for a junior brought up to the must-haves
    double weeks = 0.0;
    std::map<SkillId, SkillLevel> levels; // once hired (and trained)
    int var = -1;
};

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

struct Training {
    SkillId skill;
    SkillLevel from, to;
    double cost, weeks;
};

// Person i filling role r with all their time (up to 1 FTE): y = 1 when they do, and the
// training that brings them to the role's must-haves (paid with y).
struct Pair {
    std::size_t person, role;
    double allocation = 1.0;
    int y = -1;
    std::vector<Training> training;
    double weeks = 0.0;
};

// Depth: training beyond the role's must-haves so that the person also holds a team skill at
// the depth level (paid with var, which implies the pair's y).
struct Extra {
    std::size_t pair;
    Training training;
    int var = -1;
};

struct Model {
    MipModel mip;
    std::vector<const Person*> people;
    std::vector<Pair> pairs;
    std::vector<Extra> extras;
    std::vector<HireOption> hires;
    std::map<std::size_t, int> used; // candidates and planned hires: in the plan at all
    std::vector<int> filled;         // Mode::Coverage: role filled
    Terms cost;                      // the plan's cost, without tie-breaks
    std::string refusal;             // options that cannot be modelled
};

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

struct Gap {
    int steps = 0;
    double cost = 0.0, weeks = 0.0;
};
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

    for (const auto& [personId, roleId] : o.locks) {
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

std::string needsText(const Project& project, const std::vector<Need>& needs) {
    std::string out;
    for (const auto& need : needs)
        out += (out.empty() ? "" : ", ") + project.findSkill(need.skill)->name + " ≥ " +
               std::string(skillLevelName(need.level));
    return out;
}

// Short lists in full; longer ones by their count.
std::string needsSummary(const Project& project, const std::vector<Need>& needs) {
    if (needs.empty())
        return "the role's needs";
    if (needs.size() <= 3)
        return needsText(project, needs);
    return "all " + std::to_string(needs.size()) + " must-haves";
}

std::string roleList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

std::string levelSteps(int steps) {
    return std::to_string(steps) + (steps == 1 ? " level step" : " level steps");
}

// The plan's steps and their reasons, read off a solution.
void describe(const Project& project, const Scenario& scenario, const RecommendOptions& o,
              const Model& m, const std::vector<double>& values, StaffingPlan& plan) {
    const auto value = [&](int var) {
        return static_cast<int>(std::lround(values[static_cast<std::size_t>(var)]));
    };
    for (const auto& [var, cost] : m.cost)
        plan.cost += cost * value(var);

    // The role each person fills, and their training: for the role's must-haves, then for depth
    // (one step per skill, from where they are to where the plan takes them).
    std::map<std::size_t, const Pair*> chosen; // person -> pair
    for (const auto& pair : m.pairs) {
        if (value(pair.y) > 0)
            chosen[pair.person] = &pair;
    }
    struct Planned {
        Training training;
        bool forDepth = false;
    };
    std::map<std::pair<std::size_t, SkillId>, Planned> planned;
    for (const auto& [i, pair] : chosen) {
        for (const auto& t : pair->training)
            planned[{i, t.skill}] = {t, false};
    }
    for (const auto& extra : m.extras) {
        if (value(extra.var) == 0)
            continue;
        const std::size_t i = m.pairs[extra.pair].person;
        auto [it, inserted] =
            planned.try_emplace({i, extra.training.skill}, Planned{extra.training, true});
        if (!inserted) { // from the role's level on to the depth level: one step
            it->second.training.to = extra.training.to;
            it->second.training.cost += extra.training.cost;
            it->second.training.weeks += extra.training.weeks;
            it->second.forDepth = true;
        }
    }

    for (const auto& [key, entry] : planned) {
        const Training& t = entry.training;
        const Person& p = *m.people[key.first];
        const Role& role = scenario.roles[chosen.at(key.first)->role];
        const int steps = static_cast<int>(t.to) - static_cast<int>(t.from);
        PlanStep step;
        step.kind = PlanStep::Kind::Train;
        step.person = p.id;
        step.skill = t.skill;
        step.from = t.from;
        step.to = t.to;
        step.cost = t.cost;
        step.weeks = t.weeks;
        step.reason = "Train " + p.name + " in " + project.findSkill(t.skill)->name + " from " +
                      std::string(skillLevelName(t.from)) + " to " +
                      std::string(skillLevelName(t.to)) + " (" + levelSteps(steps) + ", " +
                      formatShare(step.weeks) + " weeks, " + formatMoney(step.cost) + ")";
        if (!entry.forDepth)
            step.reason += " so that " + p.name + " can fill " + role.name +
                           "; a hire would cost " + formatMoney(role.costBand.midpoint()) +
                           " a year.";
        else
            step.reason += " so that " + scenario.findTeam(role.team)->name + " has " +
                           std::to_string(o.depth) + " holders of " +
                           project.findSkill(t.skill)->name + " ≥ " +
                           std::string(skillLevelName(t.to)) + ".";
        plan.trainingWeeks += step.weeks;
        plan.trainingCost += step.cost;
        plan.steps.push_back(std::move(step));
    }

    std::map<std::pair<std::int64_t, std::int64_t>, double> before;
    for (const auto& a : scenario.assignments)
        before[{a.person.value, a.role.value}] += a.allocation;
    for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
        const Role& role = scenario.roles[r];
        for (const auto& [i, pair] : chosen) {
            if (pair->role != r)
                continue;
            const Person& p = *m.people[i];
            PlanStep step;
            step.kind = PlanStep::Kind::Assign;
            step.person = p.id;
            step.role = role.id;
            step.allocation = pair->allocation;
            if (const auto was = before.find({p.id.value, role.id.value}); was != before.end())
                step.previous = was->second;
            const bool trained = !pair->training.empty();
            const bool paid = m.used.count(i) > 0;
            const std::string verb = step.previous == 0.0 ? "Assign " + p.name + " to "
                                     : std::abs(step.previous - step.allocation) < 1e-9
                                         ? "Keep " + p.name + " in "
                                         : "Move " + p.name + " in ";
            step.reason = verb + role.name + " at " + formatShare(step.allocation) + " FTE" +
                          (step.previous > 0.0 && std::abs(step.previous - step.allocation) >= 1e-9
                               ? " (was " + formatShare(step.previous) + ")"
                               : "") +
                          ": " + (trained ? "once trained, meets " : "meets ") +
                          needsSummary(project, mustHaves(role)) + ".";
            if (paid)
                step.reason += " " + std::string(personStatusLabel(p.status)) + ", " +
                               formatMoney(static_cast<double>(p.yearlyCost)) + " a year.";
            plan.steps.push_back(std::move(step));
        }
        if (m.filled[r] >= 0 && value(m.filled[r]) == 0)
            continue;
        if (!mustHaves(role).empty())
            plan.mustHavesMet += static_cast<int>(mustHaves(role).size());
    }
    // A candidate's yearly cost goes on their first assignment.
    std::set<std::int64_t> charged;
    for (auto& step : plan.steps) {
        if (step.kind != PlanStep::Kind::Assign)
            continue;
        const Person* p = project.findPerson(step.person);
        if (p->status != PersonStatus::Employee && charged.insert(p->id.value).second)
            step.cost = static_cast<double>(p->yearlyCost);
    }

    for (const auto& option : m.hires) {
        const int count = value(option.var);
        if (count == 0)
            continue;
        const Role& role = scenario.roles[option.role];
        PlanStep step;
        step.kind = PlanStep::Kind::Hire;
        step.role = role.id;
        step.count = count;
        step.profile = option.profile;
        step.hireLevels = option.levels;
        step.hireYearlyCost = option.salary;
        step.cost = count * (option.salary + option.training);
        step.weeks = count * option.weeks;
        const std::string profile = option.profile == HireProfile::Standard
                                        ? ""
                                        : std::string(hireProfileName(option.profile)) + " ";
        step.reason =
            "Hire " + std::to_string(count) + " " + profile + role.name + (count > 1 ? "s" : "") +
            " (" + formatMoney(option.salary) + " a year each" +
            (option.training > 0 ? ", plus " + formatMoney(option.training) + " of training" : "") +
            "): covers " + needsSummary(project, mustHaves(role)) + " in " +
            scenario.findTeam(role.team)->name;
        // The nearest alternative: whoever needs the least training to fill the role.
        const Person* nearest = nullptr;
        Gap best;
        std::size_t nearestIndex = 0;
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            const auto in = chosen.find(i);
            if (in != chosen.end() && in->second->role == option.role)
                continue; // fills this role already
            const Gap gap = gapFor(scenario, *m.people[i], role, o);
            if (!nearest || gap.cost < best.cost) {
                nearest = m.people[i];
                best = gap;
                nearestIndex = i;
            }
        }
        if (!nearest) {
            step.reason += "; nobody in the scenario could fill it instead.";
        } else {
            std::vector<std::string> busy;
            if (const auto in = chosen.find(nearestIndex); in != chosen.end())
                busy.push_back(scenario.roles[in->second->role].name);
            step.reason += best.steps == 0
                               ? "; " + nearest->name + " already meets them"
                               : "; training " + nearest->name + " instead would take " +
                                     levelSteps(best.steps) + " (" + formatShare(best.weeks) +
                                     " weeks, " + formatMoney(best.cost) + ")";
            if (o.maxTrainingWeeksPerPerson && best.weeks > *o.maxTrainingWeeksPerPerson)
                step.reason +=
                    ", beyond the cap of " + formatShare(*o.maxTrainingWeeksPerPerson) + " weeks.";
            else if (!busy.empty())
                step.reason += ", but " + nearest->name + " is needed in " + roleList(busy) + ".";
            else if (nearest->status != PersonStatus::Employee)
                step.reason +=
                    ", but " + std::string(best.steps == 0 ? "costs " : "would also cost ") +
                    formatMoney(static_cast<double>(nearest->yearlyCost)) + " a year as a " +
                    std::string(personStatusName(nearest->status)) + ".";
            else
                step.reason += ", which costs more than the hire saves.";
        }
        plan.hires += count;
        plan.steps.push_back(std::move(step));
    }

    std::set<std::int64_t> inPlan;
    for (const auto& step : plan.steps) {
        if (step.kind == PlanStep::Kind::Assign)
            inPlan.insert(step.person.value);
    }
    std::set<std::int64_t> seen;
    for (const auto& a : scenario.assignments) {
        if (!inPlan.count(a.person.value) && seen.insert(a.person.value).second)
            plan.unassigned.push_back(a.person);
    }
}

// Why no plan exists: the first limit without which one does, with the figures. Each try is a
// solve of its own; only infeasible runs pay for it.
std::string bindingReason(const Project& project, const Scenario& scenario,
                          const RecommendOptions& options) {
    const auto without = [&](auto relax) {
        RecommendOptions relaxed = options;
        relax(relaxed);
        return recommend(project, scenario, relaxed);
    };
    if (options.budget && options.mode == RecommendOptions::Mode::Cost) {
        const StaffingPlan cheapest = without([](RecommendOptions& o) { o.budget.reset(); });
        if (cheapest.status == StaffingPlan::Status::Optimal)
            return "Meeting every must-have needs at least " + formatMoney(cheapest.cost) +
                   " a year; the budget is " + formatMoney(*options.budget) + ".";
    }
    if (options.headcountCap) {
        const StaffingPlan free = without([](RecommendOptions& o) { o.headcountCap.reset(); });
        if (free.found()) {
            int people = 0;
            for (const auto& step : free.steps)
                people += step.kind == PlanStep::Kind::Assign ? 1 : step.count;
            return "No plan fills every role with at most " +
                   std::to_string(*options.headcountCap) +
                   " people (the headcount cap); without the cap the cheapest plan has " +
                   std::to_string(people) + " people.";
        }
    }
    if (options.maxTrainingWeeksPerPerson) {
        const StaffingPlan free =
            without([](RecommendOptions& o) { o.maxTrainingWeeksPerPerson.reset(); });
        if (free.found()) {
            std::map<std::int64_t, double> weeks;
            double most = 0.0;
            for (const auto& step : free.steps) {
                if (step.kind == PlanStep::Kind::Train)
                    most = std::max(most, weeks[step.person.value] += step.weeks);
            }
            return "No plan fills every role with at most " +
                   formatShare(*options.maxTrainingWeeksPerPerson) +
                   " training weeks per person; without that cap the cheapest plan trains one "
                   "person for " +
                   formatShare(most) + " weeks.";
        }
    }
    for (const auto& lock : options.locks) {
        const StaffingPlan free = without([&](RecommendOptions& o) {
            std::erase_if(o.locks, [&](const auto& l) { return l == lock; });
        });
        if (free.found()) {
            const Person* p = project.findPerson(lock.first);
            const Role* r = scenario.findRole(lock.second);
            return "Keeping " + (p ? p->name : std::string("a person")) + " in " +
                   (r ? r->name : std::string("a role")) +
                   " (a lock) leaves no plan within the other limits.";
        }
    }
    return "No plan meets every must-have within these limits (locks, caps, depth, budget).";
}

} // namespace

StaffingPlan recommend(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options) {
    StaffingPlan plan;
    for (const auto& role : scenario.roles)
        plan.mustHaves += static_cast<int>(mustHaves(role).size());
    plan.coverageBefore = computeCoverage(project, scenario).total.mustHave;
    if (options.mode == RecommendOptions::Mode::Coverage && !options.budget) {
        plan.status = StaffingPlan::Status::InvalidOptions;
        plan.message = "The coverage mode needs a budget: it meets as many must-haves as the "
                       "budget allows.";
        return plan;
    }
    Model m = build(project, scenario, options);
    if (!m.refusal.empty()) {
        plan.status = StaffingPlan::Status::InvalidOptions;
        plan.message = m.refusal;
        return plan;
    }
    const auto solution = m.mip.solve(options.seconds);
    using S = MipModel::Solution::Status;
    if (solution.status == S::Infeasible || solution.status == S::NoSolutionInTime) {
        plan.status = solution.status == S::Infeasible ? StaffingPlan::Status::Infeasible
                                                       : StaffingPlan::Status::NoSolutionInTime;
        if (plan.status == StaffingPlan::Status::Infeasible)
            plan.message = bindingReason(project, scenario, options);
        if (plan.message.empty())
            plan.message = plan.status == StaffingPlan::Status::Infeasible
                               ? "No plan meets every must-have within these limits (locks, "
                                 "caps, depth, budget)."
                               : "No plan was found in the time allowed.";
        return plan;
    }
    plan.status = solution.status == S::Optimal ? StaffingPlan::Status::Optimal
                                                : StaffingPlan::Status::Feasible;
    describe(project, scenario, options, m, solution.values, plan);
    plan.gap = plan.status == StaffingPlan::Status::Optimal || solution.objective <= 0
                   ? 0.0
                   : (solution.objective - solution.bound) / std::abs(solution.objective);
    const Project after = applyPlan(project, scenario, plan);
    plan.coverageAfter = computeCoverage(after, *after.findScenario(scenario.id)).total.mustHave;
    return plan;
}

} // namespace crewplan
