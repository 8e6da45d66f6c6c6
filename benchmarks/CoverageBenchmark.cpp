// Coverage of a whole scenario on generated projects: the work behind every live refresh.
#include "coverage/CoverageReport.h"
#include "generate/Generator.h"

#include <benchmark/benchmark.h>
#include <map>

namespace {

const crewplan::Project& generated(int people) {
    static std::map<int, crewplan::Project> cache;
    auto it = cache.find(people);
    if (it == cache.end())
        it = cache.emplace(people, std::move(*crewplan::generateProject({people, 1}))).first;
    return it->second;
}

void BM_Coverage(benchmark::State& state) {
    const auto& project = generated(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto report = crewplan::computeCoverage(project, project.scenarios.front());
        benchmark::DoNotOptimize(report);
    }
    state.counters["people"] = static_cast<double>(project.people.size());
    state.counters["teams"] = static_cast<double>(project.scenarios.front().teams.size());
}
BENCHMARK(BM_Coverage)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_Generate(benchmark::State& state) {
    for (auto _ : state) {
        auto project = crewplan::generateProject({static_cast<int>(state.range(0)), 1});
        benchmark::DoNotOptimize(project);
    }
}
BENCHMARK(BM_Generate)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
