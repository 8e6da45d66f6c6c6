// The schedule optimizer (docs/schedule.md) on generated projects over 8 quarters from 2027-01,
// with two maturity targets — level 2 by 2027-07 and level 3 by 2028-01 — set as the window and
// `crewplan target` set them (what the levels bring added). The goal: 20 people proven
// optimal within 2 s (counter "optimal" = 1 within the default limit of 2 s).
#include "generate/Generator.h"
#include "maturity/Maturity.h"
#include "model/Project.h"
#include "optimize/Schedule.h"
#include "storage/ProjectStore.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <filesystem>

namespace {

crewplan::Project withTargets(int people, crewplan::Month level2 = crewplan::Month::of(2027, 7),
                              crewplan::Month level3 = crewplan::Month::of(2028, 1)) {
    using namespace crewplan;
    Project generated = *generateProject({people, 1});
    generated.scenarios.front().horizonStart = Month::of(2027, 1);
    generated.scenarios.front().horizonMonths = 24;
    const auto path = std::filesystem::temp_directory_path() /
                      ("crewplan-schedule-bench-" + std::to_string(people) + ".crewplan");
    std::filesystem::remove(path);
    auto store = ProjectStore::create(path.string(), std::move(generated));
    if (!store)
        throw std::runtime_error(store.message());
    const auto change = targetChange(store->project(), store->project().scenarios.front(),
                                     {{2, level2}, {3, level3}});
    if (!change)
        throw std::runtime_error(change.message());
    if (auto applied = store->apply(change->edit); !applied)
        throw std::runtime_error(applied.message());
    Project out = store->project();
    std::filesystem::remove(path);
    return out;
}

void BM_Schedule(benchmark::State& state) {
    using namespace crewplan;
    const Project project = withTargets(static_cast<int>(state.range(0)));
    const RecommendOptions options = RecommendOptions::forProject(project);
    Schedule schedule;
    for (auto _ : state) {
        schedule =
            recommendSchedule(project, project.scenarios.front(), options, {}, Month::of(2027, 1));
        benchmark::DoNotOptimize(schedule);
    }
    const StaffingPlan& plan = schedule.plan;
    state.counters["optimal"] = plan.status == StaffingPlan::Status::Optimal ? 1 : 0;
    state.counters["found"] = plan.found() ? 1 : 0;
    state.counters["gap"] = std::isnan(plan.gap) ? -1.0 : plan.gap;
    state.counters["cost"] = plan.cost;
    state.counters["hires"] = plan.hires;
    state.counters["roles"] = static_cast<double>(project.scenarios.front().roles.size());
}

// With a recruiting capacity per quarter: 5 (the targets moved to 2027-12 and 2028-06, so that
// the hires can spread over three quarters), and 2, for which there is no schedule: the time
// to find the binding limit and say it with its figures.
void capped(benchmark::State& state, int perQuarter, crewplan::Month level2,
            crewplan::Month level3) {
    using namespace crewplan;
    const Project project = withTargets(static_cast<int>(state.range(0)), level2, level3);
    const RecommendOptions options = RecommendOptions::forProject(project);
    Schedule schedule;
    for (auto _ : state) {
        schedule = recommendSchedule(project, project.scenarios.front(), options, {perQuarter, {}},
                                     Month::of(2027, 1));
        benchmark::DoNotOptimize(schedule);
    }
    state.counters["optimal"] = schedule.plan.status == StaffingPlan::Status::Optimal ? 1 : 0;
    state.counters["found"] = schedule.plan.found() ? 1 : 0;
    state.counters["hires"] = schedule.plan.hires;
    state.counters["limitSaid"] =
        schedule.plan.message.find("recruiting capacity") != std::string::npos ? 1 : 0;
}

void BM_ScheduleFiveHiresAQuarter(benchmark::State& state) {
    capped(state, 5, crewplan::Month::of(2027, 12), crewplan::Month::of(2028, 6));
}

void BM_ScheduleNoneWithTwoHiresAQuarter(benchmark::State& state) {
    capped(state, 2, crewplan::Month::of(2027, 7), crewplan::Month::of(2028, 1));
}

BENCHMARK(BM_Schedule)->Arg(10)->Arg(20)->Arg(40)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ScheduleFiveHiresAQuarter)->Arg(20)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ScheduleNoneWithTwoHiresAQuarter)
    ->Arg(20)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace
