#include "optimize/StaffingOptimizer.h"

#include "coverage/CoverageReport.h"
#include "optimize/BindingReason.h"
#include "optimize/PlanDescription.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingModel.h"

#include <algorithm>
#include <cmath>
#include <limits>
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

int StaffingPlan::peopleAssigned() const {
    std::set<std::int64_t> people;
    for (const auto& step : steps) {
        if (step.kind == PlanStep::Kind::Assign)
            people.insert(step.person.value);
    }
    return static_cast<int>(people.size());
}

RecommendOptions RecommendOptions::forProject(const Project& project) {
    RecommendOptions o;
    o.training = project.training;
    o.perSkill = project.trainingPerSkill;
    o.recruitingShare = project.recruitingShare;
    return o;
}

const TrainingRate& RecommendOptions::rateFor(SkillId skill) const {
    const auto it = perSkill.find(skill);
    return it == perSkill.end() ? training : it->second;
}

namespace staffing {

namespace {

MipModel::Clock::time_point partOf(MipModel::Clock::time_point deadline, double share) {
    const auto now = MipModel::Clock::now();
    return deadline <= now ? deadline
                           : now + std::chrono::duration_cast<MipModel::Clock::duration>(
                                       (deadline - now) * share);
}

// Large models first get a better start than the greedy one: the linear relaxation is solved
// (fast: it is nearly a transportation problem), everyone it places whole is fixed there (and
// out of every other role), and the rest — mostly the part-time people and the roles they share
// — is solved with CBC's own preprocessing, which drops the fixed columns. The whole model then
// starts from that plan, with the time left, and its proven bound is at least the relaxation's.
MipModel::Solution solveLarge(Model& m, MipModel::Clock::time_point deadline,
                              std::stop_token stop) {
    constexpr std::size_t kLarge = 5000; // pairs: about 100 people of the generated projects
    if (m.pairs.size() < kLarge)
        return m.mip.solve(deadline, stop);
    using S = MipModel::Solution::Status;
    const auto lp = m.mip.relaxed().solve(partOf(deadline, 0.3), stop);
    if (lp.status == S::Stopped)
        return lp;
    if (lp.status != S::Optimal)
        return m.mip.solve(deadline, stop);
    MipModel fixed = m.mip;
    std::vector<bool> whole(m.people.size(), false);
    for (const auto& pair : m.pairs) {
        if (lp.values[static_cast<std::size_t>(pair.y)] > 1.0 - 1e-6) {
            fixed.setLower(pair.y, 1.0);
            whole[pair.person] = true;
        }
    }
    for (const auto& pair : m.pairs) { // a person fixed in one role is in no other
        if (whole[pair.person] && fixed.lowerOf(pair.y) < 0.5)
            fixed.setUpper(pair.y, 0.0);
    }
    fixed.preferSolverDefaults();
    const auto part = fixed.solve(partOf(deadline, 0.5), stop);
    if (part.status == S::Stopped)
        return part;
    if ((part.status == S::Optimal || part.status == S::Feasible) &&
        (!m.mip.satisfies(m.mip.start()) || part.objective < m.mip.objectiveOf(m.mip.start())))
        m.mip.setStart(part.values);
    auto all = m.mip.solve(deadline, stop);
    if (all.status == S::Feasible)
        all.bound = std::max(all.bound, lp.objective);
    return all;
}

} // namespace

StaffingPlan solvePlan(const Project& project, const Scenario& scenario,
                       const RecommendOptions& options, MipModel::Clock::time_point deadline,
                       std::stop_token stop) {
    StaffingPlan plan;
    plan.firstNewId = project.nextId;
    for (const auto& role : scenario.roles)
        plan.mustHaves += static_cast<int>(mustHaves(role).size());
    const CoverageReport beforeReport = computeCoverage(project, scenario);
    plan.coverageBefore = beforeReport.total.mustHave;
    plan.niceToHaveBefore = beforeReport.total.niceToHave;
    plan.scenarioYearlyBefore = beforeReport.total.yearlyCost;
    using Status = StaffingPlan::Status;
    const auto noPlan = [&plan](Status status, std::string why) {
        plan.status = status;
        plan.message = std::move(why);
        return plan;
    };
    static const std::string stopped = "Stopped before a plan was found.";
    static const std::string late = "No plan was found within the time limit.";
    if (options.mode == RecommendOptions::Mode::Coverage && !options.budget &&
        !options.oneOffBudget)
        return noPlan(Status::InvalidOptions, "The coverage mode needs a budget (yearly, one-off "
                                              "or both): it meets as many must-haves as the "
                                              "budget allows.");
    if (options.recruitingShare < 0 || options.recruitingShare > 10 ||
        !std::isfinite(options.recruitingShare))
        return noPlan(Status::InvalidOptions, "The recruiting cost must be between 0 and 1,000 % "
                                              "of a hire's yearly cost.");
    if (stop.stop_requested())
        return noPlan(Status::Stopped, stopped);
    if (MipModel::Clock::now() >= deadline)
        return noPlan(Status::NoSolutionInTime, late);
    Model m = build(project, scenario, options);
    if (!m.refusal.empty())
        return noPlan(Status::InvalidOptions, m.refusal);
    plan.sharedRolesLeftOut = m.sharedRolesLeftOut;
    // Time is kept back for what follows the solve — reading the plan off, carrying it out on a
    // copy, its coverage after — so that the whole call keeps to the limit: about half a
    // microsecond per pair (1,200 generated people: 0.3 s), at most a quarter of the limit.
    const auto left = std::chrono::duration<double>(deadline - MipModel::Clock::now()).count();
    const double reserve =
        std::min(0.25 * std::max(0.0, left), 0.01 + 5e-7 * static_cast<double>(m.pairs.size()));
    const auto solveBy = deadline - std::chrono::duration_cast<MipModel::Clock::duration>(
                                        std::chrono::duration<double>(reserve));
    // With shared roles, the model with each person in one role is solved first, in part of the
    // time: it is much smaller, and its plan — one of the larger model's — is where that one
    // starts, so a split is taken only where it does better.
    const bool splits = std::any_of(m.pairs.begin(), m.pairs.end(),
                                    [](const Pair& pair) { return pair.shares.size() > 1; });
    if (splits) {
        RecommendOptions one = options;
        one.sharedRoles = false;
        Model single = build(project, scenario, one);
        const auto first = solveLarge(single, partOf(solveBy, 0.4), stop);
        if (first.status == MipModel::Solution::Status::Stopped)
            return noPlan(Status::Stopped, stopped);
        if (first.status == MipModel::Solution::Status::Optimal ||
            first.status == MipModel::Solution::Status::Feasible) {
            auto start = carriedOver(single, first.values, m);
            if (!start.empty() && m.mip.satisfies(start) &&
                (!m.mip.satisfies(m.mip.start()) ||
                 m.mip.objectiveOf(start) < m.mip.objectiveOf(m.mip.start())))
                m.mip.setStart(std::move(start));
        }
    }
    auto solution = solveLarge(m, solveBy, stop);
    using S = MipModel::Solution::Status;
    switch (solution.status) {
    case S::Infeasible:
        return noPlan(Status::Infeasible, "No plan meets every must-have within these limits "
                                          "(locks, caps, depth, budget).");
    case S::NoSolutionInTime:
        return noPlan(Status::NoSolutionInTime, late);
    case S::Stopped:
        return noPlan(Status::Stopped, stopped);
    case S::Failed:
        return noPlan(Status::SolverFailed,
                      solution.message + " No plan was made and nothing was changed.");
    case S::Optimal:
    case S::Feasible:
        break;
    }
    plan.status = solution.status == S::Optimal ? StaffingPlan::Status::Optimal
                                                : StaffingPlan::Status::Feasible;
    // The second stage, once the cost is proven: as many nice-to-haves as that cost allows.
    std::vector<double> values = solution.values;
    const bool anyNice =
        std::any_of(scenario.roles.begin(), scenario.roles.end(), [](const Role& r) {
            return std::any_of(r.requirements.begin(), r.requirements.end(), [](const auto& req) {
                return req.importance == Importance::NiceToHave;
            });
        });
    if (plan.status == StaffingPlan::Status::Optimal && anyNice && !stop.stop_requested() &&
        MipModel::Clock::now() < solveBy) {
        const auto at = [&](int var) { return std::round(values[static_cast<std::size_t>(var)]); };
        SecondStage first;
        for (const auto& [var, coefficient] : m.cost)
            first.cost += coefficient * at(var);
        for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
            if (m.filled[r] >= 0)
                first.mustHavesMet +=
                    static_cast<int>(at(m.filled[r]) * mustHaves(scenario.roles[r]).size());
        }
        const Model second = build(project, scenario, options, first);
        const auto better = second.mip.solve(solveBy, stop);
        if (better.status == S::Optimal || better.status == S::Feasible) {
            values.assign(better.values.begin(),
                          better.values.begin() + static_cast<std::ptrdiff_t>(values.size()));
            plan.niceToHavesProven = better.status == S::Optimal;
        } // stopped or late: the cheapest plan stands, with the nice-to-haves it came with
    }
    describePlan(project, scenario, options, m, values, plan);
    // Not proven: how far the plan may be from the best, against the bound CBC proved; not
    // known when it proved none (the plan is then the greedy one).
    plan.gap = plan.status == StaffingPlan::Status::Optimal ? 0.0
               : std::isfinite(solution.bound) ? std::abs(solution.objective - solution.bound) /
                                                     std::max(1.0, std::abs(solution.objective))
                                               : std::numeric_limits<double>::quiet_NaN();
    const Project after = applyPlan(project, scenario, plan);
    const CoverageReport afterReport = computeCoverage(after, *after.findScenario(scenario.id));
    plan.coverageAfter = afterReport.total.mustHave;
    plan.niceToHaveAfter = afterReport.total.niceToHave;
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
    // A team survives the loss of any K people exactly when each of its must-have skills has
    // K + 1 holders: resilience is a depth target.
    RecommendOptions o = options;
    if (o.resilience > 0)
        o.depth = std::max(o.depth, o.resilience + 1);
    StaffingPlan plan = staffing::solvePlan(project, scenario, o, deadline, stop);
    if (plan.status == StaffingPlan::Status::Infeasible)
        plan.message = staffing::bindingReason(project, scenario, o, deadline, stop);
    return plan;
}

} // namespace crewplan
