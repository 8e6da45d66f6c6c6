// Solve time of the recommendation MIP on generated projects, and whether CBC proved the plan
// optimal within the 2 s default (counter "optimal" = 1) or the gap left.
#include "generate/Generator.h"
#include "optimize/StaffingOptimizer.h"

#include <benchmark/benchmark.h>

namespace {

void BM_Recommend(benchmark::State& state) {
    const auto project = *crewplan::generateProject({static_cast<int>(state.range(0)), 1});
    crewplan::StaffingPlan plan;
    for (auto _ : state) {
        plan = crewplan::recommend(project, project.scenarios.front(), {});
        benchmark::DoNotOptimize(plan);
    }
    if (plan.status == crewplan::StaffingPlan::Status::TooLarge)
        state.SkipWithError(plan.message.c_str());
    state.counters["optimal"] = plan.status == crewplan::StaffingPlan::Status::Optimal ? 1 : 0;
    state.counters["gap"] = plan.gap;
    state.counters["skills"] = static_cast<double>(project.skills.size());
}
BENCHMARK(BM_Recommend)->Arg(10)->Arg(30)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
