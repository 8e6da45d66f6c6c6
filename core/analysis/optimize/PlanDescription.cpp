#include "optimize/PlanDescription.h"

#include "model/Text.h"

#include <algorithm>
#include <set>

namespace crewplan::staffing {

namespace {

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

// The team a person is trained further for, for depth: one of the teams of their roles that asks
// the skill at the level trained to.
std::string depthTeam(const Scenario& scenario, const Pair& pair, const Training& t) {
    const Team* team = scenario.findTeam(scenario.roles[pair.shares.front().role].team);
    for (const auto& share : pair.shares) {
        const TeamId id = scenario.roles[share.role].team;
        for (const auto& need : depthNeeds(scenario, id)) {
            if (need.skill == t.skill && need.level == t.to)
                return scenario.findTeam(id)->name;
        }
    }
    return team->name;
}

std::string levelSteps(int steps) {
    return std::to_string(steps) + (steps == 1 ? " level step" : " level steps");
}

} // namespace

// The plan's steps and their reasons, read off a solution.
void describePlan(const Project& project, const Scenario& scenario, const RecommendOptions& o,
                  const Model& m, const std::vector<double>& values, StaffingPlan& plan) {
    const auto value = [&](int var) {
        return static_cast<int>(std::lround(values[static_cast<std::size_t>(var)]));
    };
    for (const auto& [var, cost] : m.yearly)
        plan.yearlyCost += cost * value(var);
    for (const auto& [var, cost] : m.oneOff)
        plan.oneOffCost += cost * value(var);
    plan.cost = plan.yearlyCost + plan.oneOffCost;

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
        const Pair& pair = *chosen.at(key.first);
        // The roles that need the skill at the level trained to (the first of a split, for
        // training further for depth: the team of the role that asks it).
        std::vector<std::string> needing;
        const Role* role = &scenario.roles[pair.shares.front().role];
        for (const auto& share : pair.shares) {
            const Role& r = scenario.roles[share.role];
            for (const auto& need : mustHaves(r)) {
                if (need.skill == t.skill && need.level > t.from) {
                    if (needing.empty())
                        role = &r;
                    needing.push_back(scenario.roleLabel(r));
                    break;
                }
            }
        }
        const std::string roleName = joinedWithAnd(needing);
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
            step.reason += " so that " + p.name + " can fill " + roleName + "; a hire would cost " +
                           formatMoney(standardSalary(*role)) + " a year.";
        else
            step.reason += " so that " + depthTeam(scenario, pair, t) + " has " +
                           countOf(o.depth, "holder", "holders") + " of " +
                           project.findSkill(t.skill)->name + " ≥ " +
                           std::string(skillLevelName(t.to)) + ".";
        plan.trainingWeeks += step.weeks;
        plan.trainingCost += step.cost;
        plan.steps.push_back(std::move(step));
    }

    // What a person holds of a skill once the plan's training (for the role and for depth) is done.
    const auto heldAfter = [&](std::size_t i, SkillId skill) {
        const SkillLevel held = scenario.levelOf(*m.people[i], skill);
        const auto it = planned.find({i, skill});
        return it == planned.end() ? held : std::max(held, it->second.training.to);
    };
    std::map<std::pair<std::int64_t, std::int64_t>, double> before;
    for (const auto& a : scenario.assignments)
        before[{a.person.value, a.role.value}] += a.allocation;
    // A role is never given more than its headcount where that can be helped: an employee's
    // time costs the plan nothing, so where employees with the rest over-fill a role, they give
    // it only what it needs (in quarter-FTE steps, at least a quarter); the rest of their time
    // is free.
    std::map<std::pair<std::size_t, std::size_t>, double> given; // (person, role) -> FTE
    for (const auto& [i, pair] : chosen) {
        for (const auto& share : pair->shares)
            given[{i, share.role}] = share.allocation;
    }
    // Every role's time is trimmed first, then the steps are written: a split's step names the
    // share it keeps in its other role, trimmed there too.
    std::vector<double> filledOf(scenario.roles.size(), 0.0);
    std::vector<std::vector<std::string>> keptForNiceOf(scenario.roles.size());
    for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
        const Role& role = scenario.roles[r];
        double& filled = filledOf[r];
        std::vector<std::size_t> employees;
        for (const auto& [i, pair] : chosen) {
            if (pair->in(r) == 0)
                continue;
            filled += pair->in(r);
            if (m.used.count(i) == 0)
                employees.push_back(i);
        }
        for (const auto& option : m.hires) {
            if (option.role == r)
                filled += option.fte * value(option.var);
        }
        // Those whose allocation the plan would change anyway give time back first.
        std::stable_sort(employees.begin(), employees.end(), [&](std::size_t a, std::size_t b) {
            const auto keeps = [&](std::size_t i) {
                const auto was = before.find({m.people[i]->id.value, role.id.value});
                return was != before.end() && std::abs(was->second - given[{i, r}]) < 1e-9;
            };
            return !keeps(a) && keeps(b);
        });
        // Nor is a nice-to-have met less for it: the FTE of its holders in the role, up to the
        // headcount, stays what it was.
        const auto niceHeld = [&](const Role& rl) {
            std::vector<double> held;
            for (const auto& req : rl.requirements) {
                if (req.importance != Importance::NiceToHave)
                    continue;
                double sum = 0.0;
                for (const auto& [i, pair] : chosen) {
                    if (pair->in(r) > 0 && heldAfter(i, req.skill) >= req.minimum)
                        sum += given[{i, r}];
                }
                for (const auto& option : m.hires) {
                    const auto it = option.trainedLevels.find(req.skill);
                    if (option.role == r && it != option.trainedLevels.end() &&
                        it->second >= req.minimum)
                        sum += option.fte * value(option.var);
                }
                held.push_back(std::min(static_cast<double>(rl.headcount), sum));
            }
            return held;
        };
        const std::vector<double> nice = niceHeld(role);
        std::vector<std::string>& keptForNice = keptForNiceOf[r];
        for (const std::size_t i : employees) {
            for (;;) {
                double& share = given[{i, r}];
                const double was = share;
                const double next = std::floor(was * 4.0 - 1e-6) / 4.0; // a quarter lower
                if (next < 0.25 || filled - (was - next) < role.headcount - 1e-9)
                    break;
                share = next;
                const std::vector<double> after = niceHeld(role);
                if (!std::equal(after.begin(), after.end(), nice.begin(),
                                [](double a, double b) { return std::abs(a - b) < 1e-9; })) {
                    share = was;
                    keptForNice.push_back(m.people[i]->name);
                    break;
                }
                filled -= was - next;
            }
        }
    }
    for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
        const Role& role = scenario.roles[r];
        const double filled = filledOf[r];
        const std::vector<std::string>& keptForNice = keptForNiceOf[r];
        for (const auto& [i, pair] : chosen) {
            if (pair->in(r) == 0)
                continue;
            const Person& p = *m.people[i];
            PlanStep step;
            step.kind = PlanStep::Kind::Assign;
            step.person = p.id;
            step.role = role.id;
            step.allocation = given[{i, r}];
            // A split: the person's time in their other role.
            std::string beside;
            for (const auto& other : pair->shares) {
                if (other.role != r)
                    beside = ", beside " + formatShare(given[{i, other.role}]) + " FTE in " +
                             scenario.roleLabel(scenario.roles[other.role]);
            }
            if (const auto was = before.find({p.id.value, role.id.value}); was != before.end())
                step.previous = was->second;
            // Trained for this role (a split may be trained for the other one only).
            const auto needs = mustHaves(role);
            const bool trained = std::any_of(needs.begin(), needs.end(), [&](const Need& need) {
                return scenario.levelOf(p, need.skill) < need.level;
            });
            const bool paid = m.used.count(i) > 0;
            const bool same = std::abs(step.previous - step.allocation) < 1e-9;
            const std::string roleName = scenario.roleLabel(role);
            const std::string verb = step.previous == 0.0 ? "Assign " + p.name + " to "
                                     : same               ? "Keep " + p.name + " in "
                                                          : "Move " + p.name + " in ";
            step.reason =
                verb + roleName + " at " + formatShare(step.allocation) + " FTE" +
                (step.previous > 0.0 && !same ? " (was " + formatShare(step.previous) + ")" : "") +
                (step.allocation < std::min(1.0, p.fte) - 1e-9
                     ? " of " + formatShare(std::min(1.0, p.fte))
                     : "") +
                beside + ": " + (trained ? "once trained, meets " : "meets ") +
                needsSummary(project, mustHaves(role)) + ".";
            if (paid) {
                step.cost = static_cast<double>(p.yearlyCost) * step.allocation;
                step.reason +=
                    " " + std::string(personStatusLabel(p.status)) + ", " + formatMoney(step.cost) +
                    " a year" +
                    (step.allocation < 1.0 - 1e-9
                         ? " (" + formatShare(step.allocation) + " of " +
                               formatMoney(static_cast<double>(p.yearlyCost)) + " full-time)"
                         : "") +
                    ".";
            }
            plan.steps.push_back(std::move(step));
        }
        if (filled > role.headcount + 1e-9 && !plan.steps.empty() &&
            plan.steps.back().role == role.id && plan.steps.back().kind == PlanStep::Kind::Assign)
            plan.steps.back().reason +=
                " " + scenario.roleLabel(role) + " gets " + formatShare(filled) + " FTE for " +
                formatShare(role.headcount) + ": " +
                (keptForNice.empty()
                     ? "nobody's time in it can be cut by a quarter FTE without leaving it short."
                     : joinedWithAnd(keptForNice) + " keep" + (keptForNice.size() == 1 ? "s" : "") +
                           " their time in it for nice-to-haves no one else there holds.");
        if (m.filled[r] >= 0 && value(m.filled[r]) == 0)
            continue;
        if (!mustHaves(role).empty())
            plan.mustHavesMet += static_cast<int>(mustHaves(role).size());
    }

    int headcount = static_cast<int>(chosen.size()); // the people in the plan, hires included
    for (const auto& option : m.hires)
        headcount += value(option.var);
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
        step.hireFte = option.fte;
        step.recruiting = option.recruiting;
        step.weeksToHire = o.weeksToHire;
        for (const auto& t : option.arrival)
            step.hireTraining.push_back({t.skill, t.from, t.to, t.cost, t.weeks});
        step.cost = count * (option.yearly() + option.oneOff());
        plan.recruitingCost += count * option.recruiting;
        plan.trainingCost += count * option.training;
        plan.trainingWeeks += count * option.weeks;
        step.weeks = count * option.weeks;
        const std::string profile = option.profile == HireProfile::Standard
                                        ? ""
                                        : std::string(hireProfileName(option.profile)) + " ";
        const std::string time = option.fte < 1.0 ? "half-time " : "";
        std::string terms = formatMoney(option.yearly()) + " a year" + (count > 1 ? " each" : "");
        if (option.fte < 1.0)
            terms += ", half of " + formatMoney(option.salary);
        if (option.training > 0)
            terms += "; " + formatMoney(option.training) + " of training on arrival";
        if (option.recruiting > 0)
            terms += "; " + formatMoney(option.recruiting) + " once to recruit";
        if (o.weeksToHire > 0)
            terms += "; about " + formatShare(o.weeksToHire) + " weeks to hire";
        step.reason = "Hire " + std::to_string(count) + " " + time + profile +
                      scenario.roleLabel(role) + (count > 1 ? "s" : "") + " (" + terms +
                      "): covers " + needsSummary(project, mustHaves(role)) + " in " +
                      scenario.findTeam(role.team)->name;
        // The nearest alternative: whoever needs the least training to fill the role.
        const Person* nearest = nullptr;
        Gap best;
        std::size_t nearestIndex = 0;
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            const auto in = chosen.find(i);
            if (in != chosen.end() && in->second->in(option.role) > 0)
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
            if (const auto in = chosen.find(nearestIndex); in != chosen.end()) {
                for (const auto& share : in->second->shares)
                    busy.push_back(scenario.roleLabel(scenario.roles[share.role]));
            }
            step.reason += best.steps == 0
                               ? "; " + nearest->name + " already meets them"
                               : "; training " + nearest->name + " instead would take " +
                                     levelSteps(best.steps) + " (" + formatShare(best.weeks) +
                                     " weeks, " + formatMoney(best.cost) + ")";
            const double time = std::min(1.0, nearest->fte);
            if (o.maxTrainingWeeksPerPerson && best.weeks > *o.maxTrainingWeeksPerPerson)
                step.reason +=
                    ", beyond the cap of " + formatShare(*o.maxTrainingWeeksPerPerson) + " weeks.";
            else if (!busy.empty())
                step.reason +=
                    ", but " + nearest->name + " is needed in " + joinedWithAnd(busy) + ".";
            else if (nearest->status != PersonStatus::Employee)
                step.reason +=
                    ", but " + std::string(best.steps == 0 ? "costs " : "would also cost ") +
                    formatMoney(static_cast<double>(nearest->yearlyCost) * time) + " a year as a " +
                    std::string(personStatusName(nearest->status)) + ".";
            else if (time < option.fte - 1e-9)
                step.reason += ", but " + nearest->name + " works " + formatShare(time) +
                               " FTE, less than the hire's " + formatShare(option.fte) + ".";
            else if (o.headcountCap && headcount >= *o.headcountCap)
                step.reason += ", but the headcount cap of " +
                               countOf(*o.headcountCap, "person", "people") +
                               " leaves no room for both.";
            else if (best.steps > 0)
                step.reason += ", which costs more than the hire saves.";
            else
                step.reason += "; no plan with them instead costs less.";
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
    // Employees the plan does not need: available, with the roles they could fill as they are.
    for (const Person* p : m.people) {
        if (p->status != PersonStatus::Employee || inPlan.count(p->id.value))
            continue;
        StaffingPlan::Available free{p->id, {}};
        for (const auto& role : scenario.roles) {
            if (!mustHaves(role).empty() && gapFor(scenario, *p, role, o).steps == 0)
                free.couldFill.push_back(role.id);
        }
        plan.available.push_back(std::move(free));
    }
}

} // namespace crewplan::staffing
