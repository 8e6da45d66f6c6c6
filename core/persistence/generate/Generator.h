// Large, realistic and deterministic projects for benchmarks: the MLOps template's teams repeated
// for as many product lines as the headcount needs, a wider skill catalog, and people whose
// profiles follow the role they were hired for. The same (people, seed) always gives the same
// project, on every platform.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <cstdint>

namespace crewplan {

struct GeneratorOptions {
    int people = 100;
    std::uint64_t seed = 1;
};

inline constexpr int kMaxGeneratedPeople = 1'000'000;

Result<Project> generateProject(const GeneratorOptions& options);

} // namespace crewplan
