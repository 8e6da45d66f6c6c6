#include "optimize/PlanText.h"

#include "model/Project.h"
#include "model/Text.h"
#include "optimize/Schedule.h"
#include "optimize/StaffingOptimizer.h"

#include <cmath>

namespace crewplan {

std::string planHeadline(const Scenario& scenario, const StaffingPlan& plan) {
    std::string out =
        plan.status == StaffingPlan::Status::Optimal ? "Optimal plan"
        : std::isnan(plan.gap)
            ? std::string(
                  "Best plan found (not proven optimal: the solver proved no bound in time)")
            : "Best plan found (not proven optimal, gap " + formatPercent(plan.gap) + ")";
    // What is paid every year and what once, never added up as if both were yearly.
    // The plan's own yearly cost is new money (hires and candidates); people already employed
    // are paid either way, though assigning them moves the scenario's yearly cost, said apart.
    out += " for " + scenario.name + ": " + formatMoney(plan.yearlyCost) + " a year and " +
           formatMoney(plan.oneOffCost) + " once" +
           (plan.recruitingCost > 0 ? " (" + formatMoney(plan.recruitingCost) + " of it recruiting)"
                                    : std::string()) +
           ", " + countOf(plan.hires, "hire", "hires") + ", " + formatShare(plan.trainingWeeks) +
           " training weeks";
    if (plan.scenarioYearlyBefore && plan.scenarioYearlyAfter)
        out += "; the yearly cost of the people it assigns " +
               formatMoney(*plan.scenarioYearlyBefore) + " → " +
               formatMoney(*plan.scenarioYearlyAfter);
    if (plan.mustHavesMet < plan.mustHaves)
        out += "; fills roles with " + std::to_string(plan.mustHavesMet) + " of " +
               std::to_string(plan.mustHaves) + " must-haves";
    if (plan.coverageBefore && plan.coverageAfter)
        out += "; must-have coverage " + formatPercent(*plan.coverageBefore) + " → " +
               formatPercent(*plan.coverageAfter);
    if (plan.niceToHaveBefore && plan.niceToHaveAfter)
        out += ", nice-to-have " + formatPercent(*plan.niceToHaveBefore) + " → " +
               formatPercent(*plan.niceToHaveAfter);
    return out + ".";
}

std::string planText(const Project& project, const Scenario& scenario, const StaffingPlan& plan) {
    std::string out = planHeadline(scenario, plan) + "\n";
    for (const auto& step : plan.steps)
        out += "  - " + step.reason + "\n";
    for (const PersonId id : plan.unassigned) {
        if (const Person* p = project.findPerson(id))
            out += "  - " + p->name +
                   " is not in the plan: the roles' must-haves are met without them.\n";
    }
    for (const auto& free : plan.available) {
        const Person* p = project.findPerson(free.person);
        if (!p)
            continue;
        std::string roles;
        for (std::size_t i = 0; i < free.couldFill.size(); ++i) {
            if (const Role* r = scenario.findRole(free.couldFill[i]))
                roles += std::string(i == 0 ? "" : ", ") + scenario.roleLabel(*r);
        }
        out += "  - Available: " + p->name +
               (roles.empty() ? " (meets no role's must-haves as they are)"
                              : " (could fill " + roles + " as they are)") +
               ".\n";
    }
    if (plan.sharedRolesLeftOut)
        out += "  - " + sharedRolesLeftOutText() + "\n";
    return out;
}

std::string scheduleText(const Project& project, const Scenario& scenario,
                         const Schedule& schedule) {
    const StaffingPlan& plan = schedule.plan;
    if (!plan.found())
        return "No schedule: " + plan.message + "\n";
    std::string out = scheduleHeadline(scenario, schedule) + "\n";
    for (const auto& step : plan.steps)
        out += "  " + monthText(step.start.value_or(schedule.start)) + "  " + step.reason + "\n";
    for (const PersonId id : plan.unassigned) {
        if (const Person* p = project.findPerson(id))
            out += "  " + p->name + " is not in the schedule: the targets are met without them.\n";
    }
    for (const PersonId id : plan.removeHires) {
        if (const Person* p = project.findPerson(id))
            out += "  " + p->name +
                   ", a planned hire, is not in the schedule: removed when it is carried out.\n";
    }
    out += "Per quarter (what the schedule adds):";
    for (const auto& q : schedule.quarters)
        out += "\n  " + quarterText(q.first) + ": " + countOf(q.hires, "hire", "hires") +
               " starting, " + formatMoney(q.spend);
    return out + "\n";
}

std::string scheduleHeadline(const Scenario& scenario, const Schedule& schedule) {
    const StaffingPlan& plan = schedule.plan;
    std::string out =
        plan.status == StaffingPlan::Status::Optimal ? "Optimal schedule"
        : std::isnan(plan.gap)
            ? std::string("Best schedule found (not proven optimal)")
            : "Best schedule found (not proven optimal, gap " + formatPercent(plan.gap) + ")";
    out += " for " + scenario.name + ", " + monthText(schedule.start) + " to " +
           monthText(schedule.start.plus(schedule.months - 1)) + ": " + formatMoney(plan.cost) +
           " over the time line (" + formatMoney(schedule.payroll) + " of pay, " +
           formatMoney(plan.oneOffCost) + " once" +
           (plan.recruitingCost > 0 ? ", " + formatMoney(plan.recruitingCost) + " of it recruiting"
                                    : std::string()) +
           "), " + countOf(plan.hires, "hire", "hires") + ", " + formatShare(plan.trainingWeeks) +
           " training weeks.\n";
    std::vector<std::string> targets;
    for (const auto& t : schedule.targets)
        targets.push_back(scheduleTargetText(schedule, t));
    out += (schedule.ownTarget ? "Meets " : "Meets its targets: ") + joinedWithAnd(targets);
    if (schedule.limits.hiresPerQuarter)
        out += "; at most " + countOf(*schedule.limits.hiresPerQuarter, "hire", "hires") +
               " starting a quarter";
    if (schedule.limits.quarterlyBudget)
        out += "; at most " + formatMoney(*schedule.limits.quarterlyBudget) + " a quarter";
    if (schedule.limits.keepCoverage)
        out += "; what is covered today stays covered until then";
    out += ".";
    if (schedule.dip)
        out += "\nBefore then, must-have coverage falls to " +
               formatPercent(schedule.dip->coverage) + " in " + monthText(schedule.dip->month) +
               " (" + formatPercent(schedule.dip->before) +
               " at the start): training takes people away full-time, and people move before "
               "their replacements arrive.";
    return out;
}

std::string sharedRolesLeftOutText() {
    return "Shared roles were not looked at: this project has too many ways to split a person's "
           "time between two roles for the model to take, so each person fills one role.";
}

} // namespace crewplan
