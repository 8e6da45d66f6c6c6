#include "optimize/PlanDescription.h"

#include "model/Text.h"

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

std::string roleList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
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
                           countOf(o.depth, "holder", "holders") + " of " +
                           project.findSkill(t.skill)->name + " ≥ " +
                           std::string(skillLevelName(t.to)) + ".";
        plan.trainingWeeks += step.weeks;
        plan.trainingCost += step.cost;
        plan.steps.push_back(std::move(step));
    }
    plan.oneOffCost += plan.trainingCost; // a junior hire's training joins it below

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
        if (p->status != PersonStatus::Employee && charged.insert(p->id.value).second) {
            step.cost = static_cast<double>(p->yearlyCost);
            plan.yearlyCost += step.cost;
        }
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
        plan.yearlyCost += count * option.salary;
        plan.oneOffCost += count * option.training;
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

} // namespace crewplan::staffing
