#include "optimize/StaffingOptimizer.h"

#include "model/Project.h"
#include "model/Text.h"
#include "optimize/MipSolver.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace crewplan {

namespace {

using Sense = MipModel::Sense;
constexpr int kSteps = 4; // allocations in quarter-FTE steps

int quarters(double fte) {
    return static_cast<int>(std::floor(std::min(1.0, fte) * kSteps + 1e-9));
}

struct Built {
    MipModel model;
    std::map<std::pair<std::int64_t, std::int64_t>, int> allocation; // (person, role) -> k
    struct Training {
        PersonId person;
        SkillId skill;
        SkillLevel from, to;
        int var;
    };
    std::vector<Training> training;
    std::map<std::int64_t, int> hires; // role -> n
    std::map<std::int64_t, int> used;  // candidate / planned hire -> binary
    std::vector<std::pair<int, double>> costTerms;
};

Built build(const Project& project, const Scenario& scenario, const RecommendOptions& o) {
    Built b;
    std::vector<const Person*> people;
    for (const auto& p : project.people) {
        if (project.isVisibleIn(p, scenario.id))
            people.push_back(&p);
    }
    // Each skill's distinct required levels in this scenario (the training targets).
    std::map<SkillId, std::set<SkillLevel>> levels;
    for (const auto& role : scenario.roles) {
        for (const auto& req : role.requirements) {
            if (req.importance == Importance::MustHave)
                levels[req.skill].insert(req.minimum);
        }
    }
    // Training: t(p, s, L) = "p is trained up to L in s", at most one target per skill.
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::pair<SkillLevel, int>>>
        trained;
    std::map<std::int64_t, std::vector<std::pair<int, double>>> weeksOf;
    for (const Person* p : people) {
        for (const auto& [skill, targets] : levels) {
            const SkillLevel current = p->level(skill);
            std::vector<std::pair<int, double>> one;
            for (const SkillLevel target : targets) {
                if (target <= current)
                    continue;
                const int steps = static_cast<int>(target) - static_cast<int>(current);
                const double cost = steps * o.trainingCostPerLevel;
                const int var = b.model.addVariable(0, 1, cost, true);
                b.training.push_back({p->id, skill, current, target, var});
                trained[{p->id.value, skill.value}].push_back({target, var});
                one.push_back({var, 1.0});
                weeksOf[p->id.value].push_back({var, steps * o.trainingWeeksPerLevel});
                b.costTerms.push_back({var, cost});
            }
            if (one.size() > 1)
                b.model.addConstraint(one, Sense::LessEqual, 1.0);
        }
        if (o.maxTrainingWeeksPerPerson && weeksOf.count(p->id.value))
            b.model.addConstraint(weeksOf[p->id.value], Sense::LessEqual,
                                  *o.maxTrainingWeeksPerPerson);
    }
    // Candidates and planned hires cost their yearly cost once used; employees are paid already.
    for (const Person* p : people) {
        const int cap = quarters(p->fte);
        std::vector<std::pair<int, double>> total;
        for (const auto& role : scenario.roles) {
            // A hundredth per quarter keeps allocations that cover nothing out of the plan; it is
            // not part of the plan's cost.
            const int k = b.model.addVariable(0, cap, 0.01, true);
            b.allocation[{p->id.value, role.id.value}] = k;
            total.push_back({k, 1.0});
        }
        b.model.addConstraint(total, Sense::LessEqual, cap);
        if (p->status != PersonStatus::Employee) {
            const int used = b.model.addVariable(0, 1, static_cast<double>(p->yearlyCost), true);
            b.used[p->id.value] = used;
            b.costTerms.push_back({used, static_cast<double>(p->yearlyCost)});
            auto linked = total;
            linked.push_back({used, -cap});
            b.model.addConstraint(linked, Sense::LessEqual, 0.0);
        }
    }
    // Hires: a profile per role that meets its must-haves, at the middle of the cost band. The
    // extra 1 per hire breaks ties between equally cheap plans in favour of fewer hires.
    for (const auto& role : scenario.roles) {
        const double cost = role.costBand.midpoint();
        const int n = b.model.addVariable(0, role.headcount, cost + 1.0, true);
        b.hires[role.id.value] = n;
        b.costTerms.push_back({n, cost});
    }
    // Every must-have met: qualified allocation plus hires reach the headcount target.
    for (const auto& role : scenario.roles) {
        for (const auto& req : role.requirements) {
            if (req.importance != Importance::MustHave)
                continue;
            std::vector<std::pair<int, double>> covered{{b.hires.at(role.id.value), 1.0}};
            for (const Person* p : people) {
                const int k = b.allocation.at({p->id.value, role.id.value});
                if (p->level(req.skill) >= req.minimum) {
                    covered.push_back({k, 1.0 / kSteps});
                    continue;
                }
                // q <= k / 4 and q <= (trained to >= L) * cap: qualified share.
                std::vector<std::pair<int, double>> reaches;
                for (const auto& [target, var] : trained[{p->id.value, req.skill.value}]) {
                    if (target >= req.minimum)
                        reaches.push_back({var, -std::min(1.0, p->fte)});
                }
                if (reaches.empty())
                    continue;
                const int q = b.model.addVariable(0, std::min(1.0, p->fte), 0.0, false);
                b.model.addConstraint({{q, 1.0}, {k, -1.0 / kSteps}}, Sense::LessEqual, 0.0);
                auto limit = reaches;
                limit.push_back({q, 1.0});
                b.model.addConstraint(limit, Sense::LessEqual, 0.0);
                covered.push_back({q, 1.0});
            }
            b.model.addConstraint(covered, Sense::GreaterEqual, role.headcount);
        }
    }
    if (o.budget)
        b.model.addConstraint(b.costTerms, Sense::LessEqual, *o.budget);
    return b;
}

std::string joinSkills(const Project& project, const Role& role, const Person* person,
                       SkillId extra = {}, SkillLevel extraLevel = SkillLevel::None) {
    std::string out;
    for (const auto& req : role.requirements) {
        if (req.importance != Importance::MustHave)
            continue;
        const SkillLevel held =
            req.skill == extra ? extraLevel : (person ? person->level(req.skill) : req.minimum);
        if (held < req.minimum)
            continue;
        out += (out.empty() ? "" : ", ") + project.findSkill(req.skill)->name + " ≥ " +
               std::string(skillLevelName(req.minimum));
    }
    return out;
}

} // namespace

StaffingPlan recommend(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options) {
    std::size_t people = 0;
    for (const auto& p : project.people)
        people += project.isVisibleIn(p, scenario.id) ? 1 : 0;
    if (people * scenario.roles.size() > kMaxPersonRolePairs) {
        StaffingPlan plan;
        plan.status = StaffingPlan::Status::TooLarge;
        plan.message = "Recommendations handle up to " + std::to_string(kMaxPersonRolePairs) +
                       " person-role pairs for now; scenario '" + scenario.name + "' has " +
                       std::to_string(people) + " people and " +
                       std::to_string(scenario.roles.size()) + " roles (" +
                       std::to_string(people * scenario.roles.size()) + " pairs).";
        return plan;
    }
    Built b = build(project, scenario, options);
    const auto solution = b.model.solve(options.seconds);
    StaffingPlan plan;
    using S = MipModel::Solution::Status;
    if (solution.status == S::Infeasible || solution.status == S::NoSolutionInTime) {
        plan.status = solution.status == S::Infeasible ? StaffingPlan::Status::Infeasible
                                                       : StaffingPlan::Status::NoSolutionInTime;
        if (plan.status == StaffingPlan::Status::Infeasible && options.budget) {
            RecommendOptions unbounded = options;
            unbounded.budget.reset();
            const StaffingPlan cheapest = recommend(project, scenario, unbounded);
            if (cheapest.status == StaffingPlan::Status::Optimal)
                plan.message = "Meeting every must-have needs at least " +
                               formatMoney(cheapest.cost) + " a year; the budget is " +
                               formatMoney(*options.budget) + ".";
        }
        if (plan.message.empty())
            plan.message =
                plan.status == StaffingPlan::Status::Infeasible
                    ? "No plan meets every must-have within these limits (training caps, budget)."
                    : "No plan was found in the time allowed.";
        return plan;
    }
    plan.status = solution.status == S::Optimal ? StaffingPlan::Status::Optimal
                                                : StaffingPlan::Status::Feasible;
    plan.gap = solution.gap();
    const auto value = [&](int var) { return solution.values[static_cast<std::size_t>(var)]; };
    for (const auto& [var, cost] : b.costTerms)
        plan.cost += cost * std::round(value(var));

    std::map<std::pair<std::int64_t, std::int64_t>, SkillLevel> trainedTo;
    for (const auto& t : b.training) {
        if (std::round(value(t.var)) < 1)
            continue;
        trainedTo[{t.person.value, t.skill.value}] = t.to;
        const Person* p = project.findPerson(t.person);
        const int steps = static_cast<int>(t.to) - static_cast<int>(t.from);
        PlanStep step{PlanStep::Kind::Train,
                      t.person,
                      {},
                      t.skill,
                      t.from,
                      t.to,
                      0.0,
                      0,
                      steps * options.trainingCostPerLevel,
                      steps * options.trainingWeeksPerLevel,
                      {}};
        step.reason = "Train " + p->name + " in " + project.findSkill(t.skill)->name + " from " +
                      std::string(skillLevelName(t.from)) + " to " +
                      std::string(skillLevelName(t.to)) + " (" + std::to_string(steps) +
                      (steps == 1 ? " level, " : " levels, ") + formatShare(step.weeks) +
                      " weeks, " + formatMoney(step.cost) +
                      "): cheaper than a hire for this requirement.";
        plan.trainingWeeks += step.weeks;
        plan.steps.push_back(std::move(step));
    }
    for (const auto& role : scenario.roles) {
        for (const auto& [key, k] : b.allocation) {
            if (key.second != role.id.value)
                continue;
            const int q = static_cast<int>(std::round(value(k)));
            if (q == 0)
                continue;
            const Person* p = project.findPerson(PersonId{key.first});
            Person after = *p;
            for (const auto& [pk, level] : trainedTo) {
                if (pk.first == p->id.value)
                    after.skills[SkillId{pk.second}] = level;
            }
            PlanStep step{PlanStep::Kind::Assign, p->id, role.id, {},  {}, {},
                          q / double(kSteps),     0,     0.0,     0.0, {}};
            if (b.used.count(p->id.value))
                step.cost = static_cast<double>(p->yearlyCost);
            const std::string meets = joinSkills(project, role, &after);
            step.reason =
                "Assign " + p->name + " to " + role.name + " at " + formatShare(step.allocation) +
                " FTE" + (meets.empty() ? "." : ": meets " + meets + ".") +
                (b.used.count(p->id.value) ? " (" + std::string(personStatusLabel(p->status)) +
                                                 ", " + formatMoney(step.cost) + " a year.)"
                                           : "");
            plan.steps.push_back(std::move(step));
        }
        const int hires = static_cast<int>(std::round(value(b.hires.at(role.id.value))));
        if (hires > 0) {
            PlanStep step{PlanStep::Kind::Hire,
                          {},
                          role.id,
                          {},
                          {},
                          {},
                          0.0,
                          hires,
                          hires * role.costBand.midpoint(),
                          0.0,
                          {}};
            step.reason = "Hire " + std::to_string(hires) + " " + role.name +
                          (hires > 1 ? "s" : "") + " (" + formatMoney(role.costBand.midpoint()) +
                          " a year each, the middle of the cost band): covers " +
                          joinSkills(project, role, nullptr) + " in " +
                          scenario.findTeam(role.team)->name +
                          " where the people at hand, even trained, fall short or cost more.";
            plan.hires += hires;
            plan.steps.push_back(std::move(step));
        }
    }
    return plan;
}

} // namespace crewplan
