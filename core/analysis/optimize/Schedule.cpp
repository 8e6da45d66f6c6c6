#include "optimize/Schedule.h"

#include "maturity/Maturity.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/MipSolver.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingModel.h"
#include "timeline/Timeline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace crewplan {

namespace {

using staffing::Terms;
using Sense = MipModel::Sense;

// A must-have of a role, from the maturity level it counts at (the role's or its own, the
// higher; 0: always).
struct Need {
    std::size_t role;
    SkillId skill;
    SkillLevel level;
    int maturity;
};

// A month from which the targets ask something: the level in force then, and the target that
// brought it. Every month from the first target's to the end of the time line is one.
struct Check {
    Month month;
    int level;
    std::size_t target;
};

// Person `person` in role `role` with all their time (up to 1 FTE) for the whole time line,
// trained to its must-haves from the month they are first there, one course after the other.
struct Placement {
    std::size_t person, role;
    double share = 1.0;
    std::vector<PlannedTraining> training; // the new courses, each with its start
    std::vector<staffing::Training> courses;
    std::vector<std::vector<double>> counts; // per need of the role, per check: the FTE it gives
    std::vector<double> spend;               // per month of the time line
    double payroll = 0.0, oneOff = 0.0;
    bool current = false;
    int y = -1;
};

// `count` hires of a role's standard profile starting in a month of the time line.
struct HireStart {
    std::size_t role;
    int month; // from the start of the time line
    double fte, salary, recruiting;
    std::vector<double> spend;
    double payroll = 0.0;
    int var = -1;
};

struct Model {
    MipModel mip;
    std::vector<const Person*> people;
    std::vector<Placement> placements;
    std::vector<HireStart> hires;
    std::vector<Need> needs;
    std::vector<std::vector<std::size_t>> roleNeeds; // per role: its needs
    std::vector<Check> checks;
    std::vector<int> quarterOf; // per month of the time line
    int quarters = 0;
    bool impossible = false; // a need no one and no hire can meet in some month
    std::string refusal;
};

struct Limits {
    bool capacity = true;
    bool budget = true;
};

double hireStrength(const Scenario& scenario, const HireStart& h, Month start, Month month) {
    const Month joins = start.plus(h.month);
    if (month < joins)
        return 0.0;
    return month < joins.plus(scenario.roles[h.role].rampUpMonths) ? 0.5 * h.fte : h.fte;
}

Model build(const Project& project, const Scenario& scenario, const RecommendOptions& o,
            const ScheduleOptions& limits, Limits use, Month start, int months,
            const std::vector<Check>& checks) {
    Model m;
    m.checks = checks;
    int top = 0;
    for (const auto& c : checks)
        top = std::max(top, c.level);
    for (const auto& p : project.people) {
        if (project.isVisibleIn(p, scenario.id) &&
            std::find(o.excluded.begin(), o.excluded.end(), p.id) == o.excluded.end())
            m.people.push_back(&p);
    }
    m.roleNeeds.resize(scenario.roles.size());
    for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
        const Role& role = scenario.roles[r];
        if (role.maturity > top)
            continue;
        for (const auto& req : role.requirements) {
            if (req.importance != Importance::MustHave || req.maturity > top)
                continue;
            m.roleNeeds[r].push_back(m.needs.size());
            m.needs.push_back({r, req.skill, req.minimum, std::max(role.maturity, req.maturity)});
        }
    }
    for (int k = 0; k < months; ++k)
        m.quarterOf.push_back(start.plus(k).index / 3 - start.index / 3);
    m.quarters = months > 0 ? m.quarterOf.back() + 1 : 0;
    const auto monthIndex = [&](Month month) { return month.index - start.index; };

    // Tie-breaks worth less than a tenth of a money unit in all: keep people where they are,
    // and prefer fewer hires between equally cheap schedules.
    const double epsilon = 0.05 / static_cast<double>(m.people.size() + 1);
    std::map<std::pair<std::int64_t, std::int64_t>, double> current;
    for (const auto& a : scenario.assignments)
        current[{a.person.value, a.role.value}] += a.allocation;
    const auto isLocked = [&](const Person& p, const Role& role) {
        return std::find(o.locks.begin(), o.locks.end(), std::pair{p.id, role.id}) != o.locks.end();
    };

    const Month last = start.plus(months - 1);
    // The first month a need is asked (the end of the time line for one never asked).
    const auto dueOf = [&](const Need& need) {
        for (const auto& c : m.checks) {
            if (need.maturity <= c.level)
                return c.month;
        }
        return last;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Terms> lockedTerms; // per locked pair
    std::vector<Terms> roleOf(m.people.size());
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        const Person& p = *m.people[i];
        const auto tenureIt = scenario.tenure.find(p.id);
        const Tenure* tenure = tenureIt == scenario.tenure.end() ? nullptr : &tenureIt->second;
        const bool paid = p.status != PersonStatus::Employee;
        std::vector<const PlannedTraining*> planned;
        for (const auto& t : scenario.training) {
            if (t.person == p.id)
                planned.push_back(&t);
        }
        Month first = start;
        if (tenure && tenure->start && first < *tenure->start)
            first = *tenure->start;
        // The month of the time line a planned hire joins in (-1: not within it).
        int recruitedAt = -1;
        if (p.status == PersonStatus::PlannedHire) {
            const Month joins = tenure && tenure->start ? *tenure->start : start;
            if (!(joins < start) && monthIndex(joins) < months && presentIn(scenario, p.id, joins))
                recruitedAt = monthIndex(joins);
        }
        for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
            const Role& role = scenario.roles[r];
            Placement base;
            base.person = i;
            base.role = r;
            base.share = std::min(1.0, p.fte);
            base.current = current.count({p.id.value, role.id.value}) > 0;
            const bool locked = isLocked(p, role);
            if (m.roleNeeds[r].empty() && !base.current && !locked)
                continue; // fills nothing the targets ask
            // Per skill, the highest level the role asks; a skill with a training planned
            // already is not trained again (its level counts from that training's end).
            std::vector<std::pair<SkillId, SkillLevel>> wanted;
            for (const std::size_t q : m.roleNeeds[r]) {
                const Need& need = m.needs[q];
                auto same = std::find_if(wanted.begin(), wanted.end(),
                                         [&](const auto& w) { return w.first == need.skill; });
                if (same == wanted.end())
                    wanted.push_back({need.skill, need.level});
                else
                    same->second = std::max(same->second, need.level);
            }
            // The courses: per skill short of what the role asks (a skill with a training
            // planned already is not trained again), each due by the first month a target asks
            // for it.
            struct Course {
                SkillLevel level;
                staffing::Training training;
                Month due;
            };
            std::vector<Course> courses;
            double weeks = 0.0;
            for (const auto& [skill, level] : wanted) {
                const SkillLevel held = p.level(skill);
                if (held >= level || scenario.findTraining(p.id, skill))
                    continue;
                Month due = last;
                for (const std::size_t q : m.roleNeeds[r]) {
                    if (m.needs[q].skill == skill && dueOf(m.needs[q]) < due)
                        due = dueOf(m.needs[q]);
                }
                courses.push_back({level, staffing::trainingTo(skill, held, level, o), due});
                weeks += courses.back().training.weeks;
            }
            if (o.maxTrainingWeeksPerPerson && weeks > *o.maxTrainingWeeksPerPerson + 1e-9 &&
                !locked)
                continue;
            // Two ways to time them: one after the other from the month the person is first
            // there; and each as late as its due month allows (the last due first), which keeps
            // the person at work until then.
            std::vector<std::vector<Month>> timings(1);
            Month next = first;
            for (const auto& course : courses) {
                timings[0].push_back(next);
                next = trainingEnd(next, course.training.weeks);
            }
            if (!courses.empty()) {
                std::vector<std::size_t> order(courses.size());
                for (std::size_t j = 0; j < order.size(); ++j)
                    order[j] = j;
                std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t z) {
                    return courses[z].due < courses[x].due;
                });
                std::vector<Month> late(courses.size());
                Month cursor = last.plus(1);
                bool fits = true;
                for (const std::size_t j : order) {
                    const Month end = courses[j].due < cursor ? courses[j].due : cursor;
                    const int length = trainingEnd(Month{0}, courses[j].training.weeks).index;
                    late[j] = end.plus(-length);
                    cursor = late[j];
                    fits = fits && !(late[j] < first);
                }
                if (fits && late != timings[0])
                    timings.push_back(std::move(late));
                // Or not trained at all: in the role for what they hold (others, or hires, meet
                // the rest).
                timings.emplace_back();
            }
            for (const auto& starts : timings) {
                // Between equally cheap schedules, training as late as it may: the person stays
                // at work until then.
                const double later =
                    &starts == &timings.front() && timings.size() > 2 ? 0.25 * epsilon : 0.0;
                Placement pl = base;
                for (std::size_t j = 0; j < starts.size(); ++j) {
                    if (monthIndex(starts[j]) >= months)
                        continue; // past the time line: it helps nothing within it
                    const auto& course = courses[j];
                    pl.courses.push_back(course.training);
                    pl.training.push_back({p.id, course.training.skill, course.level,
                                           course.training.cost, course.training.weeks, starts[j]});
                }
                std::vector<const PlannedTraining*> all = planned;
                for (const auto& t : pl.training)
                    all.push_back(&t);
                const auto recordOf = [&](SkillId skill) -> const PlannedTraining* {
                    for (const PlannedTraining* t : all) {
                        if (t->skill == skill)
                            return t;
                    }
                    return nullptr;
                };
                bool gives = false;
                for (const std::size_t q : m.roleNeeds[r]) {
                    const Need& need = m.needs[q];
                    const PlannedTraining* record = recordOf(need.skill);
                    std::vector<double> per;
                    for (const auto& c : m.checks) {
                        double fte = 0.0;
                        if (presentIn(scenario, p.id, c.month) &&
                            heldIn(p.level(need.skill), record, c.month) >= need.level)
                            fte = strengthIn(tenure, role.rampUpMonths, pl.share, all, c.month);
                        gives = gives || fte > 0.0;
                        per.push_back(fte);
                    }
                    pl.counts.push_back(std::move(per));
                }
                if (!gives && !pl.current && !locked)
                    continue;
                pl.spend.assign(static_cast<std::size_t>(months), 0.0);
                for (int k = 0; k < months; ++k) {
                    if (paid && presentIn(scenario, p.id, start.plus(k))) {
                        const double pay = static_cast<double>(p.yearlyCost) / 12.0 * pl.share;
                        pl.spend[static_cast<std::size_t>(k)] += pay;
                        pl.payroll += pay;
                    }
                }
                for (const auto& t : pl.training) {
                    pl.spend[static_cast<std::size_t>(monthIndex(*t.start))] += t.cost;
                    pl.oneOff += t.cost;
                }
                // A planned hire of the scenario is recruited in the month they join (the time
                // line charges it while they are in the scenario; left out, they are removed).
                if (p.status == PersonStatus::PlannedHire && recruitedAt >= 0) {
                    const double recruiting =
                        std::round(project.recruitingShare * static_cast<double>(p.yearlyCost)) *
                        p.fte;
                    pl.spend[static_cast<std::size_t>(recruitedAt)] += recruiting;
                    pl.oneOff += recruiting;
                }
                pl.y = m.mip.addVariable(
                    0, 1, pl.payroll + pl.oneOff + (pl.current ? -epsilon : epsilon) + later, true);
                if (locked)
                    lockedTerms[{p.id.value, role.id.value}].push_back({pl.y, 1.0});
                roleOf[i].push_back({pl.y, 1.0});
                m.placements.push_back(std::move(pl));
            }
        }
    }
    for (const auto& lock : o.locks) {
        const bool found =
            std::any_of(m.placements.begin(), m.placements.end(), [&](const auto& pl) {
                return m.people[pl.person]->id == lock.first &&
                       scenario.roles[pl.role].id == lock.second;
            });
        if (!found) {
            const Person* p = project.findPerson(lock.first);
            const Role* role = scenario.findRole(lock.second);
            m.refusal = (p ? p->name : std::string("A person")) + " cannot be kept in " +
                        (role ? scenario.roleLabel(*role) : std::string("that role")) +
                        ": they are left out of the plan.";
            return m;
        }
    }
    for (const auto& [pair, terms] : lockedTerms) // in the role, whichever way trained
        m.mip.addConstraint(terms, Sense::GreaterEqual, 1.0);
    for (const auto& terms : roleOf) {
        if (terms.size() > 1)
            m.mip.addConstraint(terms, Sense::LessEqual, 1.0);
    }

    // Hires of the standard profile, full- and half-time, from the first month the time to
    // hire allows, never more FTE than the role's headcount.
    double mostHires = 0.0;
    for (const auto& role : scenario.roles)
        mostHires += 2.0 * role.headcount * months;
    const double perHire = 0.05 / (mostHires + 1.0);
    for (std::size_t r = 0; r < scenario.roles.size(); ++r) {
        if (m.roleNeeds[r].empty())
            continue;
        const Role& role = scenario.roles[r];
        Terms fte;
        for (int k = project.monthsToHire; k < months; ++k) {
            for (const double share : {1.0, 0.5}) {
                if (share < 1.0 && !o.partTimeHires)
                    continue;
                HireStart h{r, k, share, staffing::standardSalary(role), 0.0, {}, 0.0, -1};
                h.recruiting = staffing::whole(o.recruitingShare * h.salary) * share;
                h.spend.assign(static_cast<std::size_t>(months), 0.0);
                for (int j = k; j < months; ++j) {
                    h.spend[static_cast<std::size_t>(j)] += h.salary / 12.0 * share;
                    h.payroll += h.salary / 12.0 * share;
                }
                h.spend[static_cast<std::size_t>(k)] += h.recruiting;
                const double most = std::floor(role.headcount / share + 1e-9);
                if (most < 1.0)
                    continue;
                h.var = m.mip.addVariable(0, most, h.payroll + h.recruiting + perHire, true);
                fte.push_back({h.var, share});
                m.hires.push_back(std::move(h));
            }
        }
        if (fte.size() > 1)
            m.mip.addConstraint(fte, Sense::LessEqual, role.headcount);
    }

    // What each need has today, in FTE of holders (up to the headcount), when it is to be kept.
    std::vector<double> today(m.needs.size(), 0.0);
    if (limits.keepCoverage) {
        const CoverageReport now = computeCoverage(project, scenarioAt(scenario, start));
        for (const auto& team : now.teams) {
            for (const auto& rc : team.requirements) {
                for (std::size_t q = 0; q < m.needs.size(); ++q) {
                    const Need& need = m.needs[q];
                    if (rc.importance == Importance::MustHave &&
                        scenario.roles[need.role].id == rc.role && need.skill == rc.skill &&
                        need.maturity == 0)
                        today[q] = rc.met * rc.headcount;
                }
            }
        }
    }
    // Every need in force, every month from its target's on: the role's headcount in FTE of
    // people who hold it then; before, with keepCoverage, what it has today.
    for (std::size_t c = 0; c < m.checks.size(); ++c) {
        for (std::size_t q = 0; q < m.needs.size(); ++q) {
            const Need& need = m.needs[q];
            double wanted = scenario.roles[need.role].headcount;
            if (need.maturity > m.checks[c].level) {
                if (today[q] <= 1e-9 || !(m.checks[c].month < dueOf(need)))
                    continue;
                wanted = today[q];
            }
            Terms terms;
            for (const auto& pl : m.placements) {
                if (pl.role != need.role)
                    continue;
                const auto at =
                    std::find(m.roleNeeds[pl.role].begin(), m.roleNeeds[pl.role].end(), q) -
                    m.roleNeeds[pl.role].begin();
                const double fte = pl.counts[static_cast<std::size_t>(at)][c];
                if (fte > 0.0)
                    terms.push_back({pl.y, fte});
            }
            for (const auto& h : m.hires) {
                const double fte =
                    h.role == need.role ? hireStrength(scenario, h, start, m.checks[c].month) : 0.0;
                if (fte > 0.0)
                    terms.push_back({h.var, fte});
            }
            if (terms.empty() && wanted > 1e-9)
                m.impossible = true;
            else if (!terms.empty())
                m.mip.addConstraint(std::move(terms), Sense::GreaterEqual, wanted - 1e-7);
        }
    }

    // Per quarter: the recruiting capacity and the budget.
    for (int quarter = 0; quarter < m.quarters; ++quarter) {
        if (use.capacity && limits.hiresPerQuarter) {
            Terms starting;
            for (const auto& h : m.hires) {
                if (m.quarterOf[static_cast<std::size_t>(h.month)] == quarter)
                    starting.push_back({h.var, 1.0});
            }
            if (!starting.empty())
                m.mip.addConstraint(std::move(starting), Sense::LessEqual, *limits.hiresPerQuarter);
        }
        if (use.budget && limits.quarterlyBudget) {
            Terms spend;
            const auto add = [&](int var, const std::vector<double>& perMonth) {
                double sum = 0.0;
                for (int k = 0; k < months; ++k) {
                    if (m.quarterOf[static_cast<std::size_t>(k)] == quarter)
                        sum += perMonth[static_cast<std::size_t>(k)];
                }
                if (sum > 0.0)
                    spend.push_back({var, sum});
            };
            for (const auto& pl : m.placements)
                add(pl.y, pl.spend);
            for (const auto& h : m.hires)
                add(h.var, h.spend);
            if (!spend.empty())
                m.mip.addConstraint(std::move(spend), Sense::LessEqual, *limits.quarterlyBudget);
        }
    }
    m.mip.setAbsoluteGap(0.2);
    return m;
}

// The checks for these targets: from the first target's month (or the start, for one before
// it) to the end of the time line, each month at the highest level whose target is due by then;
// a target after the time line is asked in its last month.
std::vector<Check> checksFor(const std::vector<MaturityTarget>& targets, Month start, int months,
                             bool keep) {
    std::vector<Check> out;
    for (int k = 0; k < months; ++k) {
        const Month month = start.plus(k);
        const bool last = k == months - 1;
        std::optional<Check> check;
        for (std::size_t t = 0; t < targets.size(); ++t) {
            if ((targets[t].month <= month || last) && (!check || targets[t].level >= check->level))
                check = Check{month, targets[t].level, t};
        }
        if (check)
            out.push_back(*check);
        else if (keep) // before any target: only what is covered today is asked (level -1)
            out.push_back(Check{month, -1, 0});
    }
    return out;
}

MipModel::Solution solveWithin(const Model& m, MipModel::Clock::time_point deadline,
                               std::stop_token stop) {
    if (m.impossible) {
        MipModel::Solution none;
        none.status = MipModel::Solution::Status::Infeasible;
        return none;
    }
    return m.mip.solve(deadline, stop);
}

bool found(const MipModel::Solution& s) {
    using S = MipModel::Solution::Status;
    return s.status == S::Optimal || s.status == S::Feasible;
}

class Describer {
public:
    Describer(const Project& project, const Scenario& scenario, const Model& m,
              const std::vector<double>& values, Schedule& out)
        : project_(project), scenario_(scenario), m_(m), values_(values), out_(out) {}

    void run() {
        StaffingPlan& plan = out_.plan;
        plan.firstNewId = project_.nextId;
        out_.quarters.clear();
        for (int q = 0; q < m_.quarters; ++q) {
            const auto k = static_cast<int>(std::find(m_.quarterOf.begin(), m_.quarterOf.end(), q) -
                                            m_.quarterOf.begin());
            out_.quarters.push_back({out_.start.plus(k), 0, 0.0});
        }
        const auto spend = [&](const std::vector<double>& perMonth, double times) {
            for (std::size_t k = 0; k < perMonth.size(); ++k)
                out_.quarters[static_cast<std::size_t>(m_.quarterOf[k])].spend +=
                    perMonth[k] * times;
        };
        for (const auto& pl : m_.placements) {
            if (value(pl.y) < 1)
                continue;
            spend(pl.spend, 1.0);
            assign(pl);
        }
        for (const auto& pl : m_.placements) {
            if (value(pl.y) >= 1)
                train(pl);
        }
        for (const auto& h : m_.hires) {
            const int count = value(h.var);
            if (count < 1)
                continue;
            spend(h.spend, count);
            out_.quarters[static_cast<std::size_t>(m_.quarterOf[static_cast<std::size_t>(h.month)])]
                .hires += count;
            hire(h, count);
        }
        for (const auto& a : scenario_.assignments) {
            const bool kept = std::any_of(plan.steps.begin(), plan.steps.end(), [&](const auto& s) {
                return s.kind == PlanStep::Kind::Assign && s.person == a.person;
            });
            if (!kept && std::find(plan.unassigned.begin(), plan.unassigned.end(), a.person) ==
                             plan.unassigned.end())
                plan.unassigned.push_back(a.person);
        }
        // The scenario's planned hires it leaves out go when it is carried out: the time line
        // would recruit them otherwise.
        for (const auto& p : project_.people) {
            if (p.status != PersonStatus::PlannedHire || p.scenario != scenario_.id)
                continue;
            const bool placed =
                std::any_of(plan.steps.begin(), plan.steps.end(), [&](const auto& s) {
                    return s.kind == PlanStep::Kind::Assign && s.person == p.id;
                });
            if (!placed) {
                plan.removeHires.push_back(p.id);
                std::erase(plan.unassigned, p.id);
            }
        }
        // In the order they happen; at the same month, assignments, then training, then hires.
        std::stable_sort(plan.steps.begin(), plan.steps.end(), [&](const auto& a, const auto& b) {
            return a.start.value_or(out_.start) < b.start.value_or(out_.start);
        });
        plan.cost = plan.yearlyCost + plan.oneOffCost;
        out_.payroll = plan.yearlyCost;
        for (const auto& role : scenario_.roles)
            plan.mustHaves += static_cast<int>(staffing::mustHaves(role).size());
    }

private:
    int value(int var) const {
        return static_cast<int>(std::lround(values_[static_cast<std::size_t>(var)]));
    }

    // What asks a need of a team or role by a month: "level 2 (Automated training) needs
    // Workflow orchestration ≥ Advanced in Data Science by 2027-06", or without targets "Data
    // Science needs … by 2027-06".
    std::string asks(const Check& c, const Need& need, const std::string& where) const {
        const std::string skill =
            project_.findSkill(need.skill)->name + " ≥ " + std::string(skillLevelName(need.level));
        if (out_.ownTarget)
            return where + " needs " + skill + " by " + monthText(c.month);
        // A requirement the role had before any level asks it from the first target on; only
        // one a level brought is that level's.
        if (need.maturity == 0)
            return where + " needs " + skill + " by " + monthText(c.month) + ", when " +
                   maturityLevelText(c.level) + " is due";
        return maturityLevelText(need.maturity) + " needs " + skill + " in " + where + " by " +
               monthText(c.month);
    }

    // The first month of the time line a need of the role is asked, and what asks it.
    std::string neededBy(std::size_t role, SkillId skill, SkillLevel level) const {
        for (const auto& c : m_.checks) {
            for (const std::size_t q : m_.roleNeeds[role]) {
                const Need& need = m_.needs[q];
                if (need.skill == skill && need.level >= level && need.maturity <= c.level)
                    return asks(c, need, scenario_.roleLabel(scenario_.roles[role]));
            }
        }
        return {};
    }

    void assign(const Placement& pl) {
        const Person& p = *m_.people[pl.person];
        const Role& role = scenario_.roles[pl.role];
        PlanStep step;
        step.kind = PlanStep::Kind::Assign;
        step.person = p.id;
        step.role = role.id;
        step.allocation = pl.share;
        for (const auto& a : scenario_.assignments) {
            if (a.person == p.id && a.role == role.id)
                step.previous += a.allocation;
        }
        const bool same = std::abs(step.previous - step.allocation) < 1e-9;
        const std::string verb = step.previous == 0.0 ? "Assign " + p.name + " to "
                                 : same               ? "Keep " + p.name + " in "
                                                      : "Move " + p.name + " in ";
        step.reason =
            verb + scenario_.roleLabel(role) + " at " + formatShare(step.allocation) + " FTE";
        const auto tenure = scenario_.tenure.find(p.id);
        if (tenure != scenario_.tenure.end() && tenure->second.start &&
            out_.start < *tenure->second.start)
            step.reason += " from " + monthText(*tenure->second.start);
        if (tenure != scenario_.tenure.end() && tenure->second.end)
            step.reason += ", gone from " + monthText(*tenure->second.end);
        // Whether they hold all its must-haves by the end (once trained), or only some.
        bool all = true;
        for (const auto& counts : pl.counts)
            all = all && !counts.empty() && counts.back() > 0.0;
        step.reason += !all                  ? ": meets some of its must-haves."
                       : pl.training.empty() ? ": meets its must-haves."
                                             : ": meets its must-haves once trained.";
        if (pl.payroll > 0) {
            step.cost = pl.payroll;
            step.reason += " " + std::string(personStatusLabel(p.status)) + ", " +
                           formatMoney(pl.payroll) + " over the time line.";
        }
        out_.plan.yearlyCost += pl.payroll;
        out_.plan.steps.push_back(std::move(step));
    }

    void train(const Placement& pl) {
        const Person& p = *m_.people[pl.person];
        for (std::size_t j = 0; j < pl.training.size(); ++j) {
            const PlannedTraining& t = pl.training[j];
            const auto& course = pl.courses[j];
            PlanStep step;
            step.kind = PlanStep::Kind::Train;
            step.person = p.id;
            step.skill = t.skill;
            step.from = course.from;
            step.to = course.to;
            step.cost = t.cost;
            step.weeks = t.weeks;
            step.start = t.start;
            const Month ends = trainingEnd(*t.start, t.weeks);
            step.reason = "Train " + p.name + " in " + project_.findSkill(t.skill)->name +
                          " from " + std::string(skillLevelName(course.from)) + " to " +
                          std::string(skillLevelName(course.to)) + " from " + monthText(*t.start) +
                          " (" + formatShare(t.weeks) + " weeks, " + formatMoney(t.cost) +
                          "; held from " + monthText(ends) + ")";
            const std::string need = neededBy(pl.role, t.skill, t.target);
            step.reason += need.empty() ? "." : ": " + need + ".";
            out_.plan.trainingWeeks += t.weeks;
            out_.plan.trainingCost += t.cost;
            out_.plan.oneOffCost += t.cost;
            out_.plan.steps.push_back(std::move(step));
        }
    }

    // The first check at which the schedule would fall short of a need of the role without one
    // of these hires: what the hire is for.
    std::optional<std::pair<std::size_t, std::size_t>> shortWithout(const HireStart& h) const {
        for (std::size_t c = 0; c < m_.checks.size(); ++c) {
            const double own = hireStrength(scenario_, h, out_.start, m_.checks[c].month);
            if (own <= 0.0)
                continue;
            for (const std::size_t q : m_.roleNeeds[h.role]) {
                if (m_.needs[q].maturity > m_.checks[c].level)
                    continue;
                double fte = 0.0;
                for (const auto& pl : m_.placements) {
                    if (pl.role != h.role || value(pl.y) < 1)
                        continue;
                    const auto at =
                        std::find(m_.roleNeeds[h.role].begin(), m_.roleNeeds[h.role].end(), q) -
                        m_.roleNeeds[h.role].begin();
                    fte += pl.counts[static_cast<std::size_t>(at)][c];
                }
                for (const auto& other : m_.hires) {
                    if (other.role == h.role)
                        fte += value(other.var) *
                               hireStrength(scenario_, other, out_.start, m_.checks[c].month);
                }
                if (fte - own < scenario_.roles[h.role].headcount - 1e-9)
                    return std::pair{c, q};
            }
        }
        return std::nullopt;
    }

    void hire(const HireStart& h, int count) {
        const Role& role = scenario_.roles[h.role];
        const Month starts = out_.start.plus(h.month);
        PlanStep step;
        step.kind = PlanStep::Kind::Hire;
        step.role = role.id;
        step.count = count;
        step.hireFte = h.fte;
        step.recruiting = h.recruiting;
        step.hireYearlyCost = h.salary;
        step.weeksToHire = project_.monthsToHire * kWeeksPerMonth;
        step.start = starts;
        for (const auto& need : staffing::mustHaves(role))
            step.hireLevels[need.skill] = need.level;
        step.cost = count * (h.payroll + h.recruiting);
        const std::string time = h.fte < 1.0 ? "half-time " : "";
        step.reason = "Hire " + std::to_string(count) + " " + time + role.name +
                      (count > 1 ? "s" : "") + " in " + scenario_.findTeam(role.team)->name +
                      " to start " + monthText(starts) + " (" + formatMoney(h.salary * h.fte) +
                      " a year" + (count > 1 ? " each" : "") +
                      (h.recruiting > 0 ? ", " + formatMoney(h.recruiting) + " once to recruit" +
                                              (count > 1 ? " each" : "")
                                        : std::string()) +
                      ")";
        const auto why = shortWithout(h);
        if (why) {
            const Check& c = m_.checks[why->first];
            const Need& need = m_.needs[why->second];
            step.reason += ": " + asks(c, need, scenario_.findTeam(role.team)->name);
            const Month latest = c.month.plus(-role.rampUpMonths);
            const Month earliest = out_.start.plus(project_.monthsToHire);
            const std::string timing = "with " + countOf(project_.monthsToHire, "month", "months") +
                                       " to hire and " + std::to_string(role.rampUpMonths) +
                                       " to ramp up";
            if (starts == latest)
                step.reason += "; " + timing + ", " + monthText(starts) + " is the latest start";
            else if (latest < starts)
                step.reason += "; " + timing + ", it counts at half until " +
                               monthText(starts.plus(role.rampUpMonths)) +
                               ", which is enough with the others";
            else if (starts == earliest)
                step.reason += "; " + timing + ", " + monthText(starts) + " is the earliest start";
            else if (out_.limits.hiresPerQuarter || out_.limits.quarterlyBudget)
                step.reason +=
                    "; it starts before " + monthText(latest) +
                    ", the latest start, to keep within " +
                    (out_.limits.hiresPerQuarter && out_.limits.quarterlyBudget
                         ? countOf(*out_.limits.hiresPerQuarter, "hire", "hires") +
                               " a quarter and the quarterly budget"
                     : out_.limits.hiresPerQuarter
                         ? countOf(*out_.limits.hiresPerQuarter, "hire", "hires") + " a quarter"
                         : std::string("the quarterly budget"));
            else
                step.reason += "; it starts before " + monthText(latest) + ", the latest start";
        }
        if (!why && out_.limits.keepCoverage)
            step.reason += ": covers for the people in training meanwhile, so that what is "
                           "covered today stays covered";
        step.reason += ".";
        out_.plan.hires += count;
        out_.plan.yearlyCost += count * h.payroll;
        out_.plan.oneOffCost += count * h.recruiting;
        out_.plan.recruitingCost += count * h.recruiting;
        out_.plan.steps.push_back(std::move(step));
    }

    const Project& project_;
    const Scenario& scenario_;
    const Model& m_;
    const std::vector<double>& values_;
    Schedule& out_;
};

using Clock = MipModel::Clock;

// A model whose objective is the peak of the limit over quarters: the fewest hires starting in
// the busiest quarter, or the least spend in the dearest one. Returns the peak and its quarter.
std::optional<std::pair<double, int>> leastPeak(Model m, bool hires, Clock::time_point deadline,
                                                std::stop_token stop) {
    for (int var = 0; var < m.mip.variableCount(); ++var)
        m.mip.setCost(var, 0.0);
    const int peak = m.mip.addVariable(0, 1e12, 1.0, hires);
    std::vector<Terms> per(static_cast<std::size_t>(m.quarters));
    for (const auto& h : m.hires) {
        auto& terms = per[static_cast<std::size_t>(m.quarterOf[static_cast<std::size_t>(h.month)])];
        if (hires) {
            terms.push_back({h.var, 1.0});
            continue;
        }
        for (std::size_t k = 0; k < h.spend.size(); ++k) {
            if (h.spend[k] > 0)
                per[static_cast<std::size_t>(m.quarterOf[k])].push_back({h.var, h.spend[k]});
        }
    }
    if (!hires) {
        for (const auto& pl : m.placements) {
            for (std::size_t k = 0; k < pl.spend.size(); ++k) {
                if (pl.spend[k] > 0)
                    per[static_cast<std::size_t>(m.quarterOf[k])].push_back({pl.y, pl.spend[k]});
            }
        }
    }
    for (auto& terms : per) {
        if (terms.empty())
            continue;
        terms.push_back({peak, -1.0});
        m.mip.addConstraint(terms, Sense::LessEqual, 0.0);
    }
    m.mip.setAbsoluteGap(hires ? 0.5 : 0.2);
    const auto s = solveWithin(m, deadline, stop);
    if (!found(s))
        return std::nullopt;
    const double most = s.values[static_cast<std::size_t>(peak)];
    for (std::size_t q = 0; q < per.size(); ++q) {
        double sum = 0.0;
        for (const auto& [var, coefficient] : per[q]) {
            if (var != peak)
                sum += coefficient * s.values[static_cast<std::size_t>(var)];
        }
        if (sum >= most - (hires ? 0.5 : 1.0))
            return std::pair{hires ? std::round(sum) : sum, static_cast<int>(q)};
    }
    return std::pair{most, 0};
}

// Why no schedule exists, with the figures: a target the time to hire, ramp-up and training do
// not allow by its month (and from when they would), or the per-quarter limit that binds.
std::string bindingLimit(const Project& project, const Scenario& scenario,
                         const RecommendOptions& o, const Schedule& out, Clock::time_point deadline,
                         std::stop_token stop) {
    const ScheduleOptions& limits = out.limits;
    const auto feasible = [&](const std::vector<MaturityTarget>& targets, Limits use) {
        const Model m = build(project, scenario, o, limits, use, out.start, out.months,
                              checksFor(targets, out.start, out.months, limits.keepCoverage));
        return solveWithin(m, deadline, stop).status;
    };
    using S = MipModel::Solution::Status;
    const auto ok = [](S s) { return s == S::Optimal || s == S::Feasible; };
    static const std::string late = "No schedule meets the targets within these limits, and the "
                                    "time ran out before the limit that binds was found.";
    const Month last = out.start.plus(out.months - 1);
    const Month earliest = out.start.plus(project.monthsToHire);
    if (limits.keepCoverage) {
        ScheduleOptions loose;
        const Model m = build(project, scenario, o, loose, Limits{false, false}, out.start,
                              out.months, checksFor(out.targets, out.start, out.months, false));
        const S status = solveWithin(m, deadline, stop).status;
        if (ok(status))
            return "Keeping what is covered today covered until the targets leaves no schedule: "
                   "training takes away people nobody else covers for meanwhile, and a hire "
                   "starts from " +
                   monthText(earliest) + " (" + countOf(project.monthsToHire, "month", "months") +
                   " to hire) and counts in full only after their role's ramp-up. Without that "
                   "rule there is one.";
        if (status != S::Infeasible)
            return late;
    }
    for (std::size_t k = 0; k < out.targets.size(); ++k) {
        std::vector<MaturityTarget> upTo(out.targets.begin(),
                                         out.targets.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        const S status = feasible(upTo, Limits{false, false});
        if (ok(status))
            continue;
        if (status != S::Infeasible)
            return late;
        // From when it could be met: the first month that works (later never works less).
        std::optional<Month> from;
        int lo = upTo.back().month.index + 1, hi = last.index;
        while (lo <= hi) {
            const int mid = lo + (hi - lo) / 2;
            upTo.back().month = Month{mid};
            const S tried = feasible(upTo, Limits{false, false});
            if (ok(tried)) {
                from = Month{mid};
                hi = mid - 1;
            } else if (tried == S::Infeasible) {
                lo = mid + 1;
            } else {
                return late;
            }
        }
        const std::string hires =
            last < earliest
                ? "no hire can start within the time line (" +
                      countOf(project.monthsToHire, "month", "months") +
                      " to hire, a time line of " + countOf(out.months, "month", "months") + ")"
                : "hires can start from " + monthText(earliest) + " (" +
                      countOf(project.monthsToHire, "month", "months") +
                      " to hire) and count in full only after their role's ramp-up";
        return "No schedule meets " + scheduleTargetText(out, out.targets[k]) + ": " + hires +
               ", and training takes its weeks before a level counts" +
               (from ? "; it can be met from " + monthText(*from) + " at the earliest"
                     : "; it cannot be met within the time line (to " + monthText(last) + ")") +
               ".";
    }
    const auto peakText = [&](bool hires) -> std::string {
        const Model m =
            build(project, scenario, o, limits, Limits{!hires, hires}, out.start, out.months,
                  checksFor(out.targets, out.start, out.months, limits.keepCoverage));
        const auto peak = leastPeak(m, hires, deadline, stop);
        if (!peak)
            return {};
        const Month quarter = out.start.plus(static_cast<int>(
            std::find(m.quarterOf.begin(), m.quarterOf.end(), peak->second) - m.quarterOf.begin()));
        const MaturityTarget* due = &out.targets.back();
        for (const auto& t : out.targets) {
            if (!(t.month.index / 3 < quarter.index / 3)) {
                due = &t;
                break;
            }
        }
        const std::string need = scheduleTargetText(out, *due) + " needs ";
        if (hires)
            return need + countOf(std::llround(peak->first), "hire", "hires") + " in " +
                   quarterText(quarter) +
                   " even spread as widely as the time to hire allows; "
                   "the recruiting capacity is " +
                   countOf(*limits.hiresPerQuarter, "hire", "hires") + " a quarter.";
        return need + formatMoney(peak->first) + " of spend in " + quarterText(quarter) +
               " at the least; the quarterly budget is " + formatMoney(*limits.quarterlyBudget) +
               ".";
    };
    std::vector<std::string> binding;
    if (limits.hiresPerQuarter && !ok(feasible(out.targets, Limits{true, false})))
        binding.push_back(peakText(true));
    if (limits.quarterlyBudget && !ok(feasible(out.targets, Limits{false, true})))
        binding.push_back(peakText(false));
    std::erase_if(binding, [](const std::string& text) { return text.empty(); });
    if (!binding.empty()) {
        std::string text;
        for (const auto& b : binding)
            text += (text.empty() ? "" : " ") + b;
        return text;
    }
    if (limits.hiresPerQuarter && limits.quarterlyBudget)
        return "The recruiting capacity of " + countOf(*limits.hiresPerQuarter, "hire", "hires") +
               " a quarter and the quarterly budget of " + formatMoney(*limits.quarterlyBudget) +
               " leave no schedule together, though each alone does.";
    return "No schedule meets the targets within these limits (locks, training weeks).";
}

} // namespace

Schedule recommendSchedule(const Project& project, const Scenario& scenario,
                           const RecommendOptions& options, const ScheduleOptions& limits,
                           Month today, std::stop_token stop) {
    const auto deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(std::max(0.0, options.seconds)));
    Schedule out;
    out.start = scenario.horizonStart.value_or(today);
    out.months = scenario.horizonMonths;
    out.limits = limits;
    StaffingPlan& plan = out.plan;
    plan.firstNewId = project.nextId;
    using Status = StaffingPlan::Status;
    const auto noPlan = [&](Status status, std::string why) {
        plan.status = status;
        plan.message = std::move(why);
        return out;
    };
    if (options.mode == RecommendOptions::Mode::Coverage)
        return noPlan(Status::InvalidOptions,
                      "A schedule meets every must-have its targets ask; meeting as many as a "
                      "budget allows is for the plan of today.");
    std::vector<std::string> unplanned;
    if (options.depth > 0)
        unplanned.push_back("depth");
    if (options.resilience > 0)
        unplanned.push_back("resilience");
    if (options.headcountCap)
        unplanned.push_back("a headcount cap");
    if (options.budget)
        unplanned.push_back("a yearly budget");
    if (options.oneOffBudget)
        unplanned.push_back("a one-off budget");
    if (options.juniorAndSeniorHires)
        unplanned.push_back("junior and senior hires");
    if (!unplanned.empty())
        return noPlan(Status::InvalidOptions,
                      "A schedule does not plan " + joinedWithAnd(unplanned) +
                          " yet: leave it out, or ask for the plan of today.");
    if (limits.hiresPerQuarter && *limits.hiresPerQuarter < 0)
        return noPlan(Status::InvalidOptions, "The hires per quarter cannot be negative.");
    if (limits.quarterlyBudget &&
        (!std::isfinite(*limits.quarterlyBudget) || *limits.quarterlyBudget < 0))
        return noPlan(Status::InvalidOptions, "The quarterly budget must be a positive amount.");
    if (options.recruitingShare < 0 || options.recruitingShare > 10 ||
        !std::isfinite(options.recruitingShare))
        return noPlan(Status::InvalidOptions, "The recruiting cost must be between 0 and 1,000 % "
                                              "of a hire's yearly cost.");
    const Month last = out.start.plus(out.months - 1);
    // What recruiting costs as the time line charges it: the project's share.
    RecommendOptions o = options;
    o.recruitingShare = project.recruitingShare;
    out.targets = scenario.targets;
    if (out.targets.empty()) {
        // The roles as they are, from the first month a hire can count in full.
        int rampUp = 0;
        for (const auto& role : scenario.roles) {
            if (role.maturity == 0 && !staffing::mustHaves(role).empty())
                rampUp = std::max(rampUp, role.rampUpMonths);
        }
        Month by = out.start.plus(project.monthsToHire + rampUp);
        out.targets.push_back({0, last < by ? last : by});
        out.ownTarget = true;
    }
    for (const auto& target : out.targets) {
        if (target.month < out.start)
            return noPlan(Status::Infeasible, "No schedule meets " +
                                                  scheduleTargetText(out, target) +
                                                  ": it is before the time line starts (" +
                                                  monthText(out.start) + ").");
    }
    if (stop.stop_requested())
        return noPlan(Status::Stopped, "Stopped before a schedule was found.");
    const Model m = build(project, scenario, o, limits, Limits{}, out.start, out.months,
                          checksFor(out.targets, out.start, out.months, limits.keepCoverage));
    if (!m.refusal.empty())
        return noPlan(Status::InvalidOptions, m.refusal);
    const auto solution = solveWithin(m, deadline, stop);
    using S = MipModel::Solution::Status;
    switch (solution.status) {
    case S::Infeasible:
        return noPlan(Status::Infeasible, bindingLimit(project, scenario, o, out, deadline, stop));
    case S::NoSolutionInTime:
        return noPlan(Status::NoSolutionInTime, "No schedule was found within the time limit.");
    case S::Stopped:
        return noPlan(Status::Stopped, "Stopped before a schedule was found.");
    case S::Failed:
        return noPlan(Status::SolverFailed,
                      solution.message + " No schedule was made and nothing was changed.");
    case S::Optimal:
    case S::Feasible:
        break;
    }
    plan.status = solution.status == S::Optimal ? Status::Optimal : Status::Feasible;
    Describer(project, scenario, m, solution.values, out).run();
    // What the time line says of the months before the first target, carried out.
    {
        const Project after = applyPlan(project, scenario, plan);
        const Scenario& carried = *after.findScenario(scenario.id);
        const Timeline now = timeline(project, scenario, out.start);
        const Timeline then = timeline(after, carried, out.start);
        const double before = now.months.front().coverage.total.mustHave.value_or(1.0);
        for (const auto& month : then.months) {
            if (!(month.month < out.targets.front().month))
                break;
            const double coverage = month.coverage.total.mustHave.value_or(1.0);
            if (coverage < before - 1e-9 && (!out.dip || coverage < out.dip->coverage))
                out.dip = Schedule::Dip{month.month, coverage, before};
        }
    }
    plan.gap = plan.status == Status::Optimal  ? 0.0
               : std::isfinite(solution.bound) ? std::abs(solution.objective - solution.bound) /
                                                     std::max(1.0, std::abs(solution.objective))
                                               : std::numeric_limits<double>::quiet_NaN();
    return out;
}

std::string scheduleTargetText(const Schedule& schedule, const MaturityTarget& target) {
    if (schedule.ownTarget)
        return "the roles as they are by " + monthText(target.month);
    return maturityLevelText(target.level) + " by " + monthText(target.month);
}

} // namespace crewplan
