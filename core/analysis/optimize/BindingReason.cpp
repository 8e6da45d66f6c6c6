#include "optimize/BindingReason.h"

#include "model/Text.h"

namespace crewplan::staffing {

std::string bindingReason(const Project& project, const Scenario& scenario,
                          const RecommendOptions& options, MipModel::Clock::time_point deadline,
                          std::stop_token stop) {
    // One plain solve per limit, never a diagnosis of its own: linear in the number of limits.
    const auto without = [&](auto relax) {
        RecommendOptions relaxed = options;
        relax(relaxed);
        return solvePlan(project, scenario, relaxed, deadline, stop);
    };
    if ((options.budget || options.oneOffBudget) && options.mode == RecommendOptions::Mode::Cost) {
        const StaffingPlan cheapest = without([](RecommendOptions& o) {
            o.budget.reset();
            o.oneOffBudget.reset();
        });
        if (cheapest.status == StaffingPlan::Status::Optimal) {
            std::string limits;
            if (options.budget)
                limits = formatMoney(*options.budget) + " a year";
            if (options.oneOffBudget)
                limits +=
                    (limits.empty() ? "" : " and ") + formatMoney(*options.oneOffBudget) + " once";
            return "No plan meets every must-have within the budget (" + limits +
                   "); the cheapest plan costs " + formatMoney(cheapest.yearlyCost) +
                   " a year and " + formatMoney(cheapest.oneOffCost) + " once.";
        }
    }
    if (options.headcountCap) {
        const StaffingPlan free = without([](RecommendOptions& o) { o.headcountCap.reset(); });
        if (free.found()) {
            const int people = free.peopleAssigned() + free.hires;
            return "No plan fills every role with at most " +
                   countOf(*options.headcountCap, "person", "people") +
                   " (the headcount cap); without the cap the cheapest plan has " +
                   countOf(people, "person", "people") + ".";
        }
    }
    if (options.maxTrainingWeeksPerPerson) {
        const StaffingPlan free =
            without([](RecommendOptions& o) { o.maxTrainingWeeksPerPerson.reset(); });
        if (free.found()) {
            std::map<std::int64_t, double> weeks;
            double most = 0.0;
            for (const auto& step : free.steps) {
                if (step.kind == PlanStep::Kind::Train)
                    most = std::max(most, weeks[step.person.value] += step.weeks);
            }
            return "No plan fills every role with at most " +
                   formatShare(*options.maxTrainingWeeksPerPerson) +
                   " training weeks per person; without that cap the cheapest plan trains one "
                   "person for " +
                   formatShare(most) + " weeks.";
        }
    }
    for (const auto& lock : options.locks) {
        const StaffingPlan free = without([&](RecommendOptions& o) {
            std::erase_if(o.locks, [&](const auto& l) { return l == lock; });
        });
        if (free.found()) {
            const Person* p = project.findPerson(lock.first);
            const Role* r = scenario.findRole(lock.second);
            return "Keeping " + (p ? p->name : std::string("a person")) + " in " +
                   (r ? scenario.roleLabel(*r) : std::string("a role")) +
                   " (a lock) leaves no plan within the other limits.";
        }
    }
    if (options.depth > 0) {
        const StaffingPlan free = without([](RecommendOptions& o) { o.depth = 0; });
        if (free.found())
            return "No plan gives every must-have skill of every team " +
                   countOf(options.depth, "holder", "holders") +
                   " within the other limits: hires never take a role past its headcount (two "
                   "half-time hires give two holders in one slot), so a team needs at least " +
                   countOf(options.depth, "half-time slot", "half-time slots") +
                   " that its skills can be spread over; without the depth target the cheapest "
                   "plan costs " +
                   formatMoney(free.yearlyCost) + " a year and " + formatMoney(free.oneOffCost) +
                   " once.";
    }
    if (stop.stop_requested() || MipModel::Clock::now() >= deadline)
        return "No plan meets every must-have within these limits (locks, caps, depth, budget); "
               "which of them binds was not found within the time limit.";
    return "No plan meets every must-have within these limits (locks, caps, depth, budget).";
}

} // namespace crewplan::staffing
