#include "io/PlanJson.h"

#include "model/Project.h"
#include "optimize/Schedule.h"
#include "optimize/StaffingOptimizer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace crewplan {

namespace {

nlohmann::ordered_json planObject(const Project& project, const Scenario& scenario,
                                  const StaffingPlan& plan) {
    static const char* statuses[] = {
        "optimal",         "feasible", "infeasible",   "no-solution-in-time",
        "invalid-options", "stopped",  "solver-failed"};
    static const char* kinds[] = {"assign", "train", "hire"};
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& step : plan.steps) {
        nlohmann::ordered_json entry{{"kind", kinds[static_cast<int>(step.kind)]},
                                     {"reason", step.reason},
                                     {"cost", step.cost}};
        if (const Person* p = project.findPerson(step.person))
            entry["person"] = p->name;
        if (const Role* r = scenario.findRole(step.role)) {
            entry["role"] = r->name;
            if (const Team* t = scenario.findTeam(r->team))
                entry["team"] = t->name;
        }
        if (step.start)
            entry["start"] = monthText(*step.start);
        if (step.kind == PlanStep::Kind::Assign)
            entry["allocation"] = step.allocation;
        if (step.kind == PlanStep::Kind::Train) {
            entry["skill"] = project.findSkill(step.skill)->name;
            entry["from"] = std::string(skillLevelName(step.from));
            entry["to"] = std::string(skillLevelName(step.to));
            entry["weeks"] = step.weeks;
        }
        if (step.kind == PlanStep::Kind::Assign)
            entry["previousAllocation"] = step.previous;
        if (step.kind == PlanStep::Kind::Hire) {
            entry["count"] = step.count;
            entry["profile"] = std::string(hireProfileName(step.profile));
            entry["fte"] = step.hireFte;
            entry["yearlyCostEach"] = step.hireYearlyCost * step.hireFte;
            entry["fullTimeYearlyCost"] = step.hireYearlyCost;
            entry["recruitingEach"] = step.recruiting;
            entry["weeksToHire"] = step.weeksToHire;
            nlohmann::ordered_json arrival = nlohmann::ordered_json::array();
            for (const auto& t : step.hireTraining)
                arrival.push_back({{"skill", project.findSkill(t.skill)->name},
                                   {"from", std::string(skillLevelName(t.from))},
                                   {"to", std::string(skillLevelName(t.to))},
                                   {"cost", t.cost},
                                   {"weeks", t.weeks}});
            if (!arrival.empty())
                entry["trainingOnArrival"] = arrival;
        }
        steps.push_back(entry);
    }
    nlohmann::ordered_json root{
        {"scenario", scenario.name},
        {"status", statuses[static_cast<int>(plan.status)]},
        {"cost", plan.cost},
        {"yearlyCost", plan.yearlyCost},
        {"oneOffCost", plan.oneOffCost},
        {"recruitingCost", plan.recruitingCost},
        {"gap", std::isnan(plan.gap) ? nlohmann::ordered_json() : nlohmann::ordered_json(plan.gap)},
        {"hires", plan.hires},
        {"trainingWeeks", plan.trainingWeeks},
        {"trainingCost", plan.trainingCost},
        {"mustHavesMet", plan.mustHavesMet},
        {"mustHaves", plan.mustHaves},
        {"sharedRolesLeftOut", plan.sharedRolesLeftOut},
        {"steps", steps}};
    if (plan.scenarioYearlyBefore)
        root["scenarioYearlyCostBefore"] = *plan.scenarioYearlyBefore;
    if (plan.scenarioYearlyAfter)
        root["scenarioYearlyCostAfter"] = *plan.scenarioYearlyAfter;
    if (plan.coverageBefore)
        root["mustHaveCoverageBefore"] = *plan.coverageBefore;
    if (plan.coverageAfter)
        root["mustHaveCoverageAfter"] = *plan.coverageAfter;
    if (plan.niceToHaveBefore)
        root["niceToHaveCoverageBefore"] = *plan.niceToHaveBefore;
    if (plan.niceToHaveAfter)
        root["niceToHaveCoverageAfter"] = *plan.niceToHaveAfter;
    nlohmann::ordered_json available = nlohmann::ordered_json::array();
    for (const auto& free : plan.available) {
        const Person* p = project.findPerson(free.person);
        if (!p)
            continue;
        nlohmann::ordered_json roles = nlohmann::ordered_json::array();
        for (const RoleId id : free.couldFill) {
            if (const Role* r = scenario.findRole(id))
                roles.push_back(scenario.roleLabel(*r));
        }
        available.push_back({{"person", p->name}, {"couldFill", roles}});
    }
    root["available"] = available;
    nlohmann::ordered_json left = nlohmann::ordered_json::array();
    for (const PersonId id : plan.unassigned) {
        if (const Person* p = project.findPerson(id))
            left.push_back(p->name);
    }
    root["notInPlan"] = left;
    if (!plan.removeHires.empty()) {
        nlohmann::ordered_json removed = nlohmann::ordered_json::array();
        for (const PersonId id : plan.removeHires) {
            if (const Person* p = project.findPerson(id))
                removed.push_back(p->name);
        }
        root["removesHires"] = removed;
    }
    if (!plan.message.empty())
        root["message"] = plan.message;
    return root;
}

} // namespace

std::string planJson(const Project& project, const Scenario& scenario, const StaffingPlan& plan) {
    return planObject(project, scenario, plan).dump(2);
}

std::string scheduleJson(const Project& project, const Scenario& scenario,
                         const Schedule& schedule) {
    const nlohmann::ordered_json plan = planObject(project, scenario, schedule.plan);
    nlohmann::ordered_json targets = nlohmann::ordered_json::array();
    for (const auto& t : schedule.targets)
        targets.push_back({{"level", t.level},
                           {"by", monthText(t.month)},
                           {"text", scheduleTargetText(schedule, t)}});
    nlohmann::ordered_json quarters = nlohmann::ordered_json::array();
    for (const auto& q : schedule.quarters)
        quarters.push_back(
            {{"quarter", quarterText(q.first)}, {"hires", q.hires}, {"spend", q.spend}});
    nlohmann::ordered_json root{{"scenario", scenario.name},
                                {"status", plan["status"]},
                                {"start", monthText(schedule.start)},
                                {"months", schedule.months},
                                {"targets", targets},
                                {"ownTarget", schedule.ownTarget},
                                {"cost", schedule.plan.cost},
                                {"payroll", schedule.payroll},
                                {"oneOffCost", schedule.plan.oneOffCost},
                                {"recruitingCost", schedule.plan.recruitingCost},
                                {"gap", plan["gap"]},
                                {"hires", schedule.plan.hires},
                                {"trainingWeeks", schedule.plan.trainingWeeks},
                                {"trainingCost", schedule.plan.trainingCost},
                                {"quarters", quarters},
                                {"steps", plan["steps"]},
                                {"notInPlan", plan["notInPlan"]}};
    if (plan.contains("removesHires"))
        root["removesHires"] = plan["removesHires"];
    if (schedule.dip)
        root["coverageDip"] = {{"month", monthText(schedule.dip->month)},
                               {"mustHave", schedule.dip->coverage},
                               {"atStart", schedule.dip->before}};
    root["keepCoverage"] = schedule.limits.keepCoverage;
    if (schedule.limits.hiresPerQuarter)
        root["hiresPerQuarter"] = *schedule.limits.hiresPerQuarter;
    if (schedule.limits.quarterlyBudget)
        root["quarterlyBudget"] = *schedule.limits.quarterlyBudget;
    if (!schedule.plan.message.empty())
        root["message"] = schedule.plan.message;
    return root.dump(2);
}

} // namespace crewplan
