// Solve time of the recommendation MIP on generated projects (80 skills), and whether CBC proved
// the plan optimal within the 2 s default (counter "optimal" = 1) or the gap it left.
#include "generate/Generator.h"
#include "optimize/StaffingOptimizer.h"

#include <benchmark/benchmark.h>

namespace {

void run(benchmark::State& state, const crewplan::RecommendOptions& options) {
    const auto project = *crewplan::generateProject({static_cast<int>(state.range(0)), 1});
    crewplan::StaffingPlan plan;
    for (auto _ : state) {
        plan = crewplan::recommend(project, project.scenarios.front(), options);
        benchmark::DoNotOptimize(plan);
    }
    state.counters["optimal"] = plan.status == crewplan::StaffingPlan::Status::Optimal ? 1 : 0;
    state.counters["gap"] = plan.gap;
    state.counters["cost"] = plan.cost;
    state.counters["hires"] = plan.hires;
    state.counters["roles"] = static_cast<double>(project.scenarios.front().roles.size());
    state.counters["skills"] = static_cast<double>(project.skills.size());
}

void BM_RecommendCheapest(benchmark::State& state) {
    run(state, {});
}

void BM_RecommendDepth2(benchmark::State& state) {
    crewplan::RecommendOptions options;
    options.depth = 2;
    run(state, options);
}

BENCHMARK(BM_RecommendCheapest)
    ->Arg(10)
    ->Arg(50)
    ->Arg(200)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_RecommendDepth2)
    ->Arg(10)
    ->Arg(50)
    ->Arg(200)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace
