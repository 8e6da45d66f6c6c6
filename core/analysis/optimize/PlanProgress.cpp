#include "optimize/PlanProgress.h"

#include "model/Project.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace crewplan {

int PlanProgress::stepsDone() const {
    return static_cast<int>(std::count(done.begin(), done.end(), true));
}

namespace {

bool holdsRoleAlone(const Scenario& scenario, const PlanStep& step) {
    int held = 0;
    bool match = false;
    for (const auto& a : scenario.assignments) {
        if (a.person != step.person)
            continue;
        ++held;
        match = a.role == step.role && std::abs(a.allocation - step.allocation) < 1e-9;
    }
    return held == 1 && match;
}

bool isHireOf(const Scenario& scenario, const Person& p, const PlanStep& step,
              std::int64_t firstNewId) {
    if (p.status != PersonStatus::PlannedHire || p.scenario != scenario.id ||
        p.id.value < firstNewId || p.skills != step.hireLevels ||
        std::abs(p.fte - step.hireFte) > 1e-9 ||
        p.yearlyCost != static_cast<std::int64_t>(std::llround(step.hireYearlyCost)))
        return false;
    return std::any_of(
        scenario.assignments.begin(), scenario.assignments.end(),
        [&](const Assignment& a) { return a.person == p.id && a.role == step.role; });
}

} // namespace

PlanProgress planProgress(const Project& project, const Scenario& scenario,
                          const StaffingPlan& plan) {
    PlanProgress progress;
    progress.done.assign(plan.steps.size(), false);
    progress.hires.assign(plan.steps.size(), {});
    std::set<std::int64_t> matched; // each hire counts for one step only
    std::set<std::int64_t> placed;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        switch (step.kind) {
        case PlanStep::Kind::Assign:
            progress.done[i] = holdsRoleAlone(scenario, step);
            placed.insert(step.person.value);
            break;
        case PlanStep::Kind::Train: {
            const Person* p = project.findPerson(step.person);
            progress.done[i] = p && scenario.levelOf(*p, step.skill) >= step.to;
            break;
        }
        case PlanStep::Kind::Hire:
            for (const auto& p : project.people) {
                if (static_cast<int>(progress.hires[i].size()) == step.count)
                    break;
                if (!matched.count(p.id.value) && isHireOf(scenario, p, step, plan.firstNewId)) {
                    matched.insert(p.id.value);
                    progress.hires[i].push_back(p.id);
                }
            }
            progress.done[i] = static_cast<int>(progress.hires[i].size()) == step.count;
            break;
        }
    }
    const bool othersOut = std::all_of(
        scenario.assignments.begin(), scenario.assignments.end(), [&](const Assignment& a) {
            return placed.count(a.person.value) || matched.count(a.person.value);
        });
    progress.whole = othersOut && std::all_of(progress.done.begin(), progress.done.end(),
                                              [](bool d) { return d; });
    return progress;
}

} // namespace crewplan
