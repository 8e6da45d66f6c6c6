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

// The person holds exactly the time the plan gives them: its roles (two for a split), at its
// allocations, and no other.
bool holdsWhatThePlanGives(const Scenario& scenario, const StaffingPlan& plan, PersonId person) {
    std::vector<std::pair<std::int64_t, double>> held, given;
    for (const auto& a : scenario.assignments) {
        if (a.person == person)
            held.push_back({a.role.value, a.allocation});
    }
    for (const auto& step : plan.steps) {
        if (step.kind == PlanStep::Kind::Assign && step.person == person)
            given.push_back({step.role.value, step.allocation});
    }
    std::sort(held.begin(), held.end());
    std::sort(given.begin(), given.end());
    return std::equal(held.begin(), held.end(), given.begin(), given.end(),
                      [](const auto& a, const auto& b) {
                          return a.first == b.first && std::abs(a.second - b.second) < 1e-9;
                      });
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
            progress.done[i] = holdsWhatThePlanGives(scenario, plan, step.person);
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
