#include "timeline/Timeline.h"

#include "model/Project.h"

#include <algorithm>
#include <cmath>

namespace crewplan {

double Timeline::payroll() const {
    double sum = 0.0;
    for (const auto& m : months)
        sum += m.payroll;
    return sum;
}

double Timeline::oneOff() const {
    double sum = 0.0;
    for (const auto& m : months)
        sum += m.oneOff;
    return sum;
}

double Timeline::peakQuarter() const {
    double peak = 0.0, quarter = 0.0;
    for (std::size_t k = 0; k < months.size(); ++k) {
        if (k > 0 && months[k].month.monthOfYear() % 3 == 1)
            quarter = 0.0;
        quarter += months[k].payroll + months[k].oneOff;
        peak = std::max(peak, quarter);
    }
    return peak;
}

std::vector<TimelineEvent> timelineEvents(const Project& project, const Scenario& scenario,
                                          Month start, int months) {
    std::vector<TimelineEvent> joins, training, leaves;
    for (const auto& [id, tenure] : scenario.tenure) {
        if (!project.findPerson(id))
            continue;
        const int end = tenure.end ? tenure.end->index - start.index : months;
        if (tenure.start) {
            TimelineEvent e{TimelineEvent::Kind::Joins,        id,  {}, nullptr,
                            tenure.start->index - start.index, end, 0};
            for (const auto& a : scenario.assignments) {
                if (a.person == id && !e.role)
                    e.role = scenario.findRole(a.role);
            }
            e.rampUp = e.role ? e.role->rampUpMonths : 0;
            joins.push_back(e);
        } else if (tenure.end) {
            leaves.push_back({TimelineEvent::Kind::Leaves, id, {}, nullptr, 0, end, 0});
        }
    }
    for (const auto& t : scenario.training) {
        if (t.start && project.findPerson(t.person) && project.findSkill(t.skill))
            training.push_back({TimelineEvent::Kind::Training, t.person, t.skill, nullptr,
                                t.start->index - start.index,
                                trainingEnd(*t.start, t.weeks).index - start.index, 0});
    }
    const auto byStart = [](const auto& a, const auto& b) { return a.start < b.start; };
    std::stable_sort(joins.begin(), joins.end(), byStart);
    std::stable_sort(training.begin(), training.end(), byStart);
    std::stable_sort(leaves.begin(), leaves.end(),
                     [](const auto& a, const auto& b) { return a.end < b.end; });
    joins.insert(joins.end(), training.begin(), training.end());
    joins.insert(joins.end(), leaves.begin(), leaves.end());
    return joins;
}

Month trainingEnd(Month start, double weeks) {
    return start.plus(static_cast<int>(std::ceil(weeks / kWeeksPerMonth - 1e-9)));
}

bool presentIn(const Scenario& scenario, PersonId person, Month month) {
    const auto it = scenario.tenure.find(person);
    if (it == scenario.tenure.end())
        return true;
    const Tenure& t = it->second;
    return (!t.start || !(month < *t.start)) && (!t.end || month < *t.end);
}

namespace {

// The share of `month` a training that starts at `start` and lasts `weeks` takes.
double trainingShare(Month start, double weeks, Month month) {
    const double before = (month.index - start.index) * kWeeksPerMonth; // weeks done before it
    const double during = std::clamp(weeks - before, 0.0, kWeeksPerMonth);
    return month < start ? 0.0 : during / kWeeksPerMonth;
}

bool mustHavesMet(const TeamCoverage& team) {
    return !team.figures.mustHave || *team.figures.mustHave >= 1.0 - 1e-9;
}

} // namespace

double strengthIn(const Tenure* tenure, int rampUpMonths, double allocation,
                  const std::vector<const PlannedTraining*>& training, Month month) {
    if (tenure && tenure->start && month < tenure->start->plus(rampUpMonths))
        allocation *= 0.5; // ramping up (whenever they joined: before the time line too)
    double away = 0.0;
    for (const PlannedTraining* t : training) {
        if (t->start)
            away += trainingShare(*t->start, t->weeks, month);
    }
    return allocation * std::max(0.0, 1.0 - away);
}

SkillLevel heldIn(SkillLevel own, const PlannedTraining* training, Month month) {
    if (!training || (training->start && month < trainingEnd(*training->start, training->weeks)))
        return own;
    return std::max(own, training->target);
}

Scenario scenarioAt(const Scenario& scenario, Month month, std::optional<int> level) {
    const int reached = level.value_or(scenario.maturityAt(month));
    Scenario out = scenario;
    out.assignments.clear();
    std::erase_if(out.roles, [&](const Role& r) { return r.maturity > reached; });
    for (auto& role : out.roles)
        std::erase_if(role.requirements,
                      [&](const RoleRequirement& r) { return r.maturity > reached; });
    for (Assignment a : scenario.assignments) {
        if (!presentIn(scenario, a.person, month))
            continue;
        const Role* role = out.findRole(a.role);
        if (!role)
            continue; // its level is not reached yet
        const auto tenure = scenario.tenure.find(a.person);
        std::vector<const PlannedTraining*> training;
        for (const auto& t : scenario.training) {
            if (t.person == a.person)
                training.push_back(&t);
        }
        a.allocation = strengthIn(tenure == scenario.tenure.end() ? nullptr : &tenure->second,
                                  role->rampUpMonths, a.allocation, training, month);
        if (a.allocation > 0.0)
            out.assignments.push_back(a);
    }
    std::erase_if(out.training, [&](const PlannedTraining& t) {
        return t.start && month < trainingEnd(*t.start, t.weeks);
    });
    return out;
}

namespace {

Timeline::TargetReach reach(const Project& project, const Scenario& scenario, const Timeline& t,
                            const MaturityTarget& target) {
    Timeline::TargetReach out{target, std::nullopt, {}};
    const Month last = t.start.plus(static_cast<int>(t.months.size()) - 1);
    const Month shortAt = last < target.month ? last : target.month;
    for (const auto& m : t.months) {
        const CoverageReport report =
            computeCoverage(project, scenarioAt(scenario, m.month, target.level));
        const bool met = std::all_of(report.teams.begin(), report.teams.end(), mustHavesMet);
        if (met && !out.metFrom)
            out.metFrom = m.month;
        if (!met)
            out.metFrom.reset();
        if (m.month == shortAt) {
            for (const auto& team : report.teams) {
                if (!mustHavesMet(team))
                    out.shortTeams.push_back(team.team);
            }
        }
    }
    return out;
}

} // namespace

Timeline timeline(const Project& project, const Scenario& scenario, Month today) {
    Timeline out;
    out.start = scenario.horizonStart.value_or(today);
    // A scenario without dates is the same every month: its coverage is computed once.
    const bool undated = scenario.tenure.empty() && scenario.targets.empty() &&
                         std::none_of(scenario.training.begin(), scenario.training.end(),
                                      [](const PlannedTraining& t) { return t.start.has_value(); });
    for (int k = 0; k < scenario.horizonMonths; ++k) {
        const Month month = out.start.plus(k);
        TimelineMonth m;
        m.month = month;
        m.coverage = undated && k > 0 ? out.months.front().coverage
                                      : computeCoverage(project, scenarioAt(scenario, month));
        for (const auto& a : scenario.assignments) {
            const Person* p = project.findPerson(a.person);
            if (p && presentIn(scenario, a.person, month))
                m.payroll += static_cast<double>(p->yearlyCost) / 12.0 * a.allocation;
        }
        for (const auto& t : scenario.training) {
            // In the month it starts (none before the time line counts: it was paid then);
            // without a start, in the first.
            if (t.start ? *t.start == month : k == 0)
                m.oneOff += t.cost;
        }
        for (const auto& p : project.people) {
            if (p.status != PersonStatus::PlannedHire || p.scenario != scenario.id)
                continue;
            const auto tenure = scenario.tenure.find(p.id);
            const Month joins = tenure != scenario.tenure.end() && tenure->second.start
                                    ? *tenure->second.start
                                    : out.start;
            if (joins == month && presentIn(scenario, p.id, month))
                m.oneOff +=
                    std::round(project.recruitingShare * static_cast<double>(p.yearlyCost)) * p.fte;
        }
        out.months.push_back(std::move(m));
    }
    for (std::size_t team = 0; team < scenario.teams.size(); ++team) {
        std::optional<Month> since;
        bool any = false;
        for (const auto& m : out.months) {
            const auto& figure = m.coverage.teams[team].figures.mustHave;
            any = any || figure.has_value();
            if (figure && *figure >= 1.0 - 1e-9) {
                if (!since)
                    since = m.month;
            } else {
                since.reset();
            }
        }
        out.coveredBy.push_back({scenario.teams[team].id, any ? since : std::nullopt});
    }
    for (const auto& target : scenario.targets)
        out.targets.push_back(reach(project, scenario, out, target));
    return out;
}

} // namespace crewplan
