// The project file: opening (checks, load, validation) and one edit committed in its transaction.
#include "generate/Generator.h"
#include "storage/ProjectStore.h"

#include <benchmark/benchmark.h>
#include <filesystem>

namespace {

std::string generatedFile(int people) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("crewplan-bench-" + std::to_string(people) + ".crewplan");
    if (!std::filesystem::exists(path)) {
        auto created =
            crewplan::ProjectStore::create(path.string(), *crewplan::generateProject({people, 1}));
        if (!created)
            throw std::runtime_error(created.message());
    }
    return path.string();
}

void BM_Open(benchmark::State& state) {
    const auto path = generatedFile(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto store = crewplan::ProjectStore::open(path);
        if (!store)
            state.SkipWithError(store.message().c_str());
        benchmark::DoNotOptimize(store);
    }
}
BENCHMARK(BM_Open)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// One skill-level edit and its undo: each a transaction with synchronous=FULL (fsync included).
void BM_EditAndUndo(benchmark::State& state) {
    auto store = crewplan::ProjectStore::open(generatedFile(static_cast<int>(state.range(0))));
    const auto& project = store->project();
    const crewplan::SetSkillLevel edit{project.people.front().id, project.skills.front().id,
                                       crewplan::SkillLevel::Expert};
    for (auto _ : state) {
        auto inverse = store->apply(edit);
        auto back = store->apply(*inverse);
        benchmark::DoNotOptimize(back);
    }
}
BENCHMARK(BM_EditAndUndo)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
