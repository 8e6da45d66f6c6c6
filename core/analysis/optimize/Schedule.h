// The schedule optimizer (docs/schedule.md): the cheapest plan over a scenario's time line —
// who is assigned, who is trained in what and when, whom to hire and when they start — such
// that every maturity target's must-haves are met from its month on, within a recruiting
// capacity per quarter and a quarterly budget, with the time to hire, ramp-up and training time
// as the time line counts them. Solved exactly as a mixed-integer program, like the plan of
// today (StaffingOptimizer.h), and carried out with the same planEdit().
#pragma once

#include "model/Month.h"
#include "model/Scenario.h"
#include "optimize/StaffingOptimizer.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace crewplan {

struct Project;

struct ScheduleOptions {
    std::optional<int> hiresPerQuarter;    // recruiting capacity: hires starting in a quarter
    std::optional<double> quarterlyBudget; // the most the schedule adds to a quarter's spend
    // What is covered today stays covered until the targets ask more: each must-have keeps at
    // least the FTE of holders it has at the start, every month before it is due.
    bool keepCoverage = false;
};

struct ScheduleQuarter {
    Month first;        // its first month on the time line
    int hires = 0;      // hires starting in it
    double spend = 0.0; // what the schedule adds: pay of its hires and candidates, one-off costs
};

struct Schedule {
    // The steps, Train and Hire each with its month (PlanStep::start). Its cost, yearlyCost
    // and oneOffCost are over the time line: payroll the schedule adds, and what it pays once.
    StaffingPlan plan;
    Month start;
    int months = 0;
    // What it meets: the scenario's targets or, when it sets none, the scenario as it is asked
    // today from the first month a hire can count in full (ownTarget; level 0).
    std::vector<MaturityTarget> targets;
    bool ownTarget = false;
    std::vector<ScheduleQuarter> quarters;
    ScheduleOptions limits; // what it was asked to keep within
    // Before the first target's month the schedule asks nothing of coverage: training takes
    // people away and people move before their replacements arrive. The lowest must-have
    // coverage of the scenario then, carried out, when it is below the start's as the scenario
    // stands: the month and both figures (docs/schedule.md).
    struct Dip {
        Month month;
        double coverage = 0.0, before = 0.0;
    };
    std::optional<Dip> dip;
    double payroll = 0.0; // over the time line: what the schedule adds
};

// Keeps to options.seconds in all; `today` is the start of a time line that sets none. Options
// the schedule does not plan (the coverage mode, depth, resilience, a headcount cap, yearly and
// one-off budgets, junior and senior hires) are refused (Status::InvalidOptions). When no
// schedule exists, plan.message names the binding limit with its figures.
Schedule recommendSchedule(const Project& project, const Scenario& scenario,
                           const RecommendOptions& options, const ScheduleOptions& limits,
                           Month today, std::stop_token stop = {});

// "level 2 (Automated training) by 2027-06", or for ownTarget "the roles as they are by 2027-06".
std::string scheduleTargetText(const Schedule& schedule, const MaturityTarget& target);

} // namespace crewplan
