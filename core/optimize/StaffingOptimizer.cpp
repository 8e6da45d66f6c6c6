#include "optimize/StaffingOptimizer.h"

#include "coverage/CoverageReport.h"
#include "optimize/BindingReason.h"
#include "optimize/PlanDescription.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingModel.h"

#include <cmath>

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

namespace staffing {

StaffingPlan solvePlan(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options, MipModel::Clock::time_point deadline,
                       std::stop_token stop) {
    StaffingPlan plan;
    plan.firstNewId = project.nextId;
    for (const auto& role : scenario.roles)
        plan.mustHaves += static_cast<int>(mustHaves(role).size());
    const CoverageReport beforeReport = computeCoverage(project, scenario);
    plan.coverageBefore = beforeReport.total.mustHave;
    plan.scenarioYearlyBefore = beforeReport.total.yearlyCost;
    if (options.mode == RecommendOptions::Mode::Coverage && !options.budget) {
        plan.status = StaffingPlan::Status::InvalidOptions;
        plan.message = "The coverage mode needs a budget: it meets as many must-haves as the "
                       "budget allows.";
        return plan;
    }
    if (stop.stop_requested()) {
        plan.status = StaffingPlan::Status::Stopped;
        plan.message = "Stopped before a plan was found.";
        return plan;
    }
    if (MipModel::Clock::now() >= deadline) {
        plan.status = StaffingPlan::Status::NoSolutionInTime;
        plan.message = "No plan was found within the time limit.";
        return plan;
    }
    Model m = build(project, scenario, options);
    if (!m.refusal.empty()) {
        plan.status = StaffingPlan::Status::InvalidOptions;
        plan.message = m.refusal;
        return plan;
    }
    const auto solution = m.mip.solve(deadline, stop);
    using S = MipModel::Solution::Status;
    switch (solution.status) {
    case S::Infeasible:
        plan.status = StaffingPlan::Status::Infeasible;
        plan.message = "No plan meets every must-have within these limits (locks, caps, depth, "
                       "budget).";
        return plan;
    case S::NoSolutionInTime:
        plan.status = StaffingPlan::Status::NoSolutionInTime;
        plan.message = "No plan was found within the time limit.";
        return plan;
    case S::Stopped:
        plan.status = StaffingPlan::Status::Stopped;
        plan.message = "Stopped before a plan was found.";
        return plan;
    case S::Failed:
        plan.status = StaffingPlan::Status::SolverFailed;
        plan.message = solution.message + " No plan was made and nothing was changed.";
        return plan;
    case S::Optimal:
    case S::Feasible:
        break;
    }
    plan.status = solution.status == S::Optimal ? StaffingPlan::Status::Optimal
                                                : StaffingPlan::Status::Feasible;
    describePlan(project, scenario, options, m, solution.values, plan);
    plan.gap = plan.status == StaffingPlan::Status::Optimal || solution.objective <= 0
                   ? 0.0
                   : (solution.objective - solution.bound) / std::abs(solution.objective);
    plan.oneOffCost += plan.trainingCost;
    const Project after = applyPlan(project, scenario, plan);
    const CoverageReport afterReport = computeCoverage(after, *after.findScenario(scenario.id));
    plan.coverageAfter = afterReport.total.mustHave;
    plan.scenarioYearlyAfter = afterReport.total.yearlyCost;
    return plan;
}

} // namespace staffing

StaffingPlan recommend(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options, std::stop_token stop) {
    // The whole call — the solve and, when there is no plan, the search for the binding limit —
    // keeps to the time limit.
    const auto deadline =
        MipModel::Clock::now() + std::chrono::duration_cast<MipModel::Clock::duration>(
                                     std::chrono::duration<double>(std::max(0.0, options.seconds)));
    StaffingPlan plan = staffing::solvePlan(project, scenario, options, deadline, stop);
    if (plan.status == StaffingPlan::Status::Infeasible)
        plan.message = staffing::bindingReason(project, scenario, options, deadline, stop);
    return plan;
}

} // namespace crewplan
