#include "io/PlanJson.h"

#include "model/Project.h"
#include "optimize/StaffingOptimizer.h"

#include <nlohmann/json.hpp>

namespace crewplan {

std::string planJson(const Project& project, const Scenario& scenario, const StaffingPlan& plan) {
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
        if (const Role* r = scenario.findRole(step.role))
            entry["role"] = r->name;
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
            entry["yearlyCostEach"] = step.hireYearlyCost;
        }
        steps.push_back(entry);
    }
    nlohmann::ordered_json root{{"scenario", scenario.name},
                                {"status", statuses[static_cast<int>(plan.status)]},
                                {"cost", plan.cost},
                                {"yearlyCost", plan.yearlyCost},
                                {"oneOffCost", plan.oneOffCost},
                                {"gap", plan.gap},
                                {"hires", plan.hires},
                                {"trainingWeeks", plan.trainingWeeks},
                                {"trainingCost", plan.trainingCost},
                                {"mustHavesMet", plan.mustHavesMet},
                                {"mustHaves", plan.mustHaves},
                                {"steps", steps}};
    if (plan.scenarioYearlyBefore)
        root["scenarioYearlyCostBefore"] = *plan.scenarioYearlyBefore;
    if (plan.scenarioYearlyAfter)
        root["scenarioYearlyCostAfter"] = *plan.scenarioYearlyAfter;
    if (plan.coverageBefore)
        root["mustHaveCoverageBefore"] = *plan.coverageBefore;
    if (plan.coverageAfter)
        root["mustHaveCoverageAfter"] = *plan.coverageAfter;
    nlohmann::ordered_json left = nlohmann::ordered_json::array();
    for (const PersonId id : plan.unassigned) {
        if (const Person* p = project.findPerson(id))
            left.push_back(p->name);
    }
    root["notInPlan"] = left;
    if (!plan.message.empty())
        root["message"] = plan.message;
    return root.dump(2);
}

} // namespace crewplan
