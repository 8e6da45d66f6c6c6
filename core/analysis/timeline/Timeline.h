// The scenario over time (docs/timeline.md): month by month, who is there and at what strength,
// what they hold, how the teams are covered, what is paid. A scenario without dates is the same
// every month, and its first month is the scenario as coverage sees it today.
#pragma once

#include "coverage/CoverageReport.h"
#include "model/Month.h"
#include "model/SkillLevel.h"

#include <optional>
#include <vector>

namespace crewplan {

struct Project;
struct Scenario;
struct Tenure;
struct Role;
struct PlannedTraining;

// Weeks in a month, on average: training of w weeks runs w / this months.
inline constexpr double kWeeksPerMonth = 52.0 / 12.0;

struct TimelineMonth {
    Month month;
    CoverageReport coverage; // of the scenario as it stands that month
    double payroll = 0.0;    // paid that month: yearly cost / 12 × allocation of everyone there
    double oneOff = 0.0;     // training starting, and planned hires joining (recruiting)
};

struct Timeline {
    Month start;
    std::vector<TimelineMonth> months;
    // Per team, in the scenario's order: the first month from which its must-haves are all met
    // to the end of the horizon (none: not by then, or the team has no must-have).
    std::vector<std::pair<TeamId, std::optional<Month>>> coveredBy;
    // Per maturity target, in the scenario's order: the first month from which every team's
    // must-haves at the target's level are met to the end of the horizon (none: not by then),
    // and the teams short in the target's month (or at the end, for a target after the horizon).
    struct TargetReach {
        MaturityTarget target;
        std::optional<Month> metFrom;
        std::vector<TeamId> shortTeams;
        bool met() const { return metFrom && *metFrom <= target.month; }
    };
    std::vector<TargetReach> targets;

    double payroll() const;
    double oneOff() const;
    // The most paid in a calendar quarter of the time line (payroll and one-off).
    double peakQuarter() const;
};

// The scenario as it stands in `month`: people not there that month are out of their roles; a
// person with a month they join counts at half their allocation for their role's ramp-up months
// from then; planned training counts once it has ended, and while it runs the person's
// allocation gives up the share of the month it takes. Roles and requirements of a maturity level
// count from the month the scenario's targets reach it (docs/maturity.md); `level` asks for that
// level instead, whatever the month.
Scenario scenarioAt(const Scenario& scenario, Month month, std::optional<int> level = {});

// `today` is the start when the scenario sets none.
Timeline timeline(const Project& project, const Scenario& scenario, Month today);

// What happens on the time line, for its Gantt (the window's and the report's): who joins (in the
// role they are first assigned to, with its ramp-up), whose training runs, who leaves; joiners
// first, then training, then leavers, each by month. Months are counted from `start` (before
// it: negative); an end is exclusive (a leaver's: the first month they are gone).
struct TimelineEvent {
    enum class Kind { Joins, Training, Leaves };
    Kind kind = Kind::Joins;
    PersonId person;
    SkillId skill;              // Training
    const Role* role = nullptr; // Joins: the role they are in (none: not assigned)
    int start = 0, end = 0;
    int rampUp = 0; // Joins
};
std::vector<TimelineEvent> timelineEvents(const Project& project, const Scenario& scenario,
                                          Month start, int months);

// When a planned training ends: its start plus its weeks, in whole months (rounded up).
Month trainingEnd(Month start, double weeks);

// The rules scenarioAt() applies to one person, for the schedule optimizer to count with them:
// whether their tenure has them there in `month`; what of an allocation to a role counts then
// (ramping up: half; their planned training with a start takes its share of the month); what
// they hold of a skill then (a planned training's level from the month it ends).
bool presentIn(const Scenario& scenario, PersonId person, Month month);
double strengthIn(const Tenure* tenure, int rampUpMonths, double allocation,
                  const std::vector<const PlannedTraining*>& training, Month month);
SkillLevel heldIn(SkillLevel own, const PlannedTraining* training, Month month);

} // namespace crewplan
