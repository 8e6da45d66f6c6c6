#include "RecommendCommand.h"

#include "CommandLine.h"
#include "io/PlanJson.h"
#include "model/Lookup.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/PlanEdit.h"
#include "optimize/PlanText.h"
#include "optimize/Schedule.h"
#include "optimize/StaffingOptimizer.h"
#include "storage/ProjectStore.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace crewplan {

CLI::App* addRecommendCommand(CLI::App& app, RecommendArguments& a) {
    auto* c = app.add_subcommand(
        "recommend",
        "The cheapest plan (assign, train, hire) that fills every role's must-haves, with reasons");
    c->add_option("FILE", a.file, "The project file")->required();
    c->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c->add_option("--budget", a.budget, "Most the plan may cost a year")
        ->check(CLI::PositiveNumber);
    c->add_option("--one-off-budget", a.oneOffBudget,
                  "Most the plan may cost once (training, recruiting)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--recruiting", a.recruiting,
                  "Recruiting cost of a hire, in % of its yearly cost (default: the project's, 20 "
                  "in a new one)")
        ->check(CLI::Range(0.0, 1000.0));
    c->add_option("--weeks-to-hire", a.weeksToHire,
                  "Weeks to find and hire a person, said in the plan (default 12)")
        ->check(CLI::Range(0.0, 520.0));
    c->add_flag("--full-time-hires", a.fullTimeOnly, "Hire full-time only (no half-time hires)");
    c->add_flag("--one-role-each", a.oneRoleEach,
                "Keep each person to one role (no splitting a person's time between two roles)");
    c->add_option("--mode", a.mode,
                  "cost: the cheapest plan that meets every must-have; coverage: as many "
                  "must-haves as the budgets allow")
        ->check(CLI::IsMember({"cost", "coverage"}));
    c->add_option("--depth", a.depth,
                  "Holders wanted per must-have skill per team (2: no single point of failure)")
        ->check(CLI::Range(0, 10));
    c->add_option("--resilience", a.resilience,
                  "Every team survives the loss of any K people (its bus factor is K + 1)")
        ->check(CLI::Range(0, 9));
    c->add_option("--headcount-cap", a.headcountCap, "Most people in the plan, hires included")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--max-training-weeks", a.maxTrainingWeeks, "Most training weeks per person")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--training-cost", a.trainingCost,
                  "Cost of one level step (default: the project's, 6000 in a new one)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--training-weeks", a.trainingWeeks,
                  "Weeks of one level step (default: the project's, 6 in a new one)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--skill-rate", a.skillRates,
                  "A skill's own cost (and weeks) per level step: SKILL=COST[:WEEKS]");
    c->add_option("--lock", a.locks, "Keep a person in a role: PERSON=ROLE or PERSON=TEAM/ROLE");
    c->add_option("--exclude", a.excluded, "Leave a person out of the plan");
    c->add_flag("--junior-senior", a.profiles,
                "Also hire juniors (band minimum, trained up) and seniors (band maximum)");
    c->add_option("--seconds", a.seconds, "Time limit for the solver (default 2)")
        ->check(CLI::Range(0.1, 600.0));
    c->add_flag("--apply", a.apply,
                "Carry the plan out in the file: assignments, planned training, planned hires");
    c->add_flag("--schedule", a.schedule,
                "The cheapest schedule over the time line that meets every maturity target from "
                "its month (hires with start months, dated training)");
    c->add_option("--hires-per-quarter", a.hiresPerQuarter,
                  "With --schedule: most hires starting in a quarter (recruiting capacity)")
        ->check(CLI::Range(0, 1000));
    c->add_option("--quarterly-budget", a.quarterlyBudget,
                  "With --schedule: most the schedule may add to a quarter's spend")
        ->check(CLI::NonNegativeNumber);
    c->add_flag("--keep-coverage", a.keepCoverage,
                "With --schedule: what is covered today stays covered until the targets ask more");
    c->add_flag("--json", a.json, "Print JSON");
    return c;
}

namespace {

// Options named by the planner, turned into ids; the first name that is not found is the error.
Result<RecommendOptions> resolve(const Project& project, const Scenario& scenario,
                                 const RecommendArguments& a) {
    RecommendOptions o = RecommendOptions::forProject(project); // the rates the file holds
    o.mode = a.mode == "coverage" ? RecommendOptions::Mode::Coverage : RecommendOptions::Mode::Cost;
    o.budget = a.budget;
    o.oneOffBudget = a.oneOffBudget;
    if (a.recruiting)
        o.recruitingShare = *a.recruiting / 100.0;
    if (a.weeksToHire)
        o.weeksToHire = *a.weeksToHire;
    o.partTimeHires = !a.fullTimeOnly;
    o.sharedRoles = !a.oneRoleEach;
    o.depth = a.depth;
    o.resilience = a.resilience;
    o.headcountCap = a.headcountCap;
    o.maxTrainingWeeksPerPerson = a.maxTrainingWeeks;
    o.training.costPerLevel = a.trainingCost.value_or(o.training.costPerLevel);
    o.training.weeksPerLevel = a.trainingWeeks.value_or(o.training.weeksPerLevel);
    o.juniorAndSeniorHires = a.profiles;
    o.seconds = a.seconds;
    for (const auto& rate : a.skillRates) {
        const auto eq = rate.find('=');
        const Skill* skill =
            eq == std::string::npos ? nullptr : project.findSkill(rate.substr(0, eq));
        if (!skill)
            return Error{"--skill-rate '" + rate +
                         "': expected SKILL=COST[:WEEKS] with a skill "
                         "of the project."};
        const std::string figures = rate.substr(eq + 1);
        const auto colon = figures.find(':');
        TrainingRate r = o.rateFor(skill->id);
        try {
            std::size_t used = 0;
            r.costPerLevel = std::stod(figures.substr(0, colon), &used);
            if (colon != std::string::npos)
                r.weeksPerLevel = std::stod(figures.substr(colon + 1));
        } catch (const std::exception&) {
            return Error{"--skill-rate '" + rate + "': the cost and weeks must be numbers."};
        }
        if (r.costPerLevel < 0 || r.weeksPerLevel < 0)
            return Error{"--skill-rate '" + rate + "': the cost and weeks cannot be negative."};
        o.perSkill[skill->id] = r;
    }
    const RoleLookup roles(scenario);
    for (const auto& lock : a.locks) {
        const auto eq = lock.find('=');
        if (eq == std::string::npos)
            return Error{"--lock '" + lock + "': expected PERSON=ROLE (or PERSON=TEAM/ROLE)."};
        const auto person = personNamed(project, lock.substr(0, eq), &scenario);
        if (!person)
            return Error{"--lock '" + lock + "': " + person.error().message};
        const auto role = roles.find(lock.substr(eq + 1));
        if (!role)
            return Error{"--lock '" + lock + "': " + role.error().message};
        o.locks.push_back({(*person)->id, (*role)->id});
    }
    for (const auto& name : a.excluded) {
        const auto person = personNamed(project, name, &scenario);
        if (!person)
            return Error{"--exclude: " + person.error().message};
        o.excluded.push_back((*person)->id);
    }
    return o;
}

int runSchedule(const RecommendArguments& a, ProjectStore& store, const Scenario& scenario,
                const RecommendOptions& options, std::ostream& out, std::ostream& err) {
    if (a.weeksToHire)
        return failWith(err, "--weeks-to-hire is for the plan of today; a schedule uses the "
                             "project's time to hire (crewplan hire-time).");
    if (a.recruiting)
        return failWith(err, "--recruiting is for the plan of today; a schedule uses the "
                             "project's recruiting cost, as the time line charges it.");
    const Project& project = store.project();
    const ScheduleOptions limits{a.hiresPerQuarter, a.quarterlyBudget, a.keepCoverage};
    const Schedule schedule = recommendSchedule(project, scenario, options, limits, currentMonth());
    const StaffingPlan& plan = schedule.plan;
    if (plan.status == StaffingPlan::Status::InvalidOptions ||
        plan.status == StaffingPlan::Status::SolverFailed)
        return failWith(err, a.file + ": " + plan.message);
    if (a.json)
        out << scheduleJson(project, scenario, schedule) << '\n';
    else
        out << scheduleText(project, scenario, schedule);
    if (a.apply && plan.found()) {
        if (auto applied = store.apply(planEdit(project, scenario, plan)); !applied)
            return failWith(
                err, a.file + ": the schedule could not be carried out: " + applied.message());
        if (!a.json)
            out << "Carried out in " << a.file << ".\n";
    }
    return kExitOk;
}

} // namespace

int runRecommend(const RecommendArguments& a, std::ostream& out, std::ostream& err) {
    auto store = ProjectStore::open(a.file);
    if (!store)
        return failWith(err, store.message());
    const Project& project = store->project();
    const auto found = project.scenarioOrFirst(a.scenario);
    if (!found)
        return failWith(err, a.file + ": " + found.message());
    const Scenario& scenario = **found;
    const auto options = resolve(project, scenario, a);
    if (!options)
        return failWith(err, options.message());
    if (a.schedule)
        return runSchedule(a, *store, scenario, *options, out, err);
    if (a.hiresPerQuarter || a.quarterlyBudget || a.keepCoverage)
        return failWith(err, std::string(a.hiresPerQuarter   ? "--hires-per-quarter"
                                         : a.quarterlyBudget ? "--quarterly-budget"
                                                             : "--keep-coverage") +
                                 " is for a schedule: add --schedule.");
    const StaffingPlan plan = recommend(project, scenario, *options);
    if (plan.status == StaffingPlan::Status::InvalidOptions ||
        plan.status == StaffingPlan::Status::SolverFailed)
        return failWith(err, a.file + ": " + plan.message);
    // Said first, while the scenario is as the plan found it; then carried out if asked.
    if (a.json)
        out << planJson(project, scenario, plan) << '\n';
    else if (!plan.found())
        out << "No plan: " << plan.message << '\n';
    else
        out << planText(project, scenario, plan);
    if (a.apply && plan.found()) {
        if (auto applied = store->apply(planEdit(project, scenario, plan)); !applied)
            return failWith(err,
                            a.file + ": the plan could not be carried out: " + applied.message());
        if (!a.json)
            out << "Carried out in " << a.file << ".\n";
    }
    return kExitOk;
}

} // namespace crewplan
