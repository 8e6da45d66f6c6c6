// The sample project in memory, for the core tests that start from it.
#pragma once

#include "optimize/StaffingOptimizer.h"
#include "templates/Templates.h"

#include <gtest/gtest.h>

namespace crewplan::test {

inline Project sample() {
    auto p = makeProject(ProjectTemplate::Sample);
    EXPECT_TRUE(p.ok());
    return std::move(*p);
}

// Options under which the sample's cheapest plan has a step of each kind: without recruiting
// costs, QA is filled by a hire (85,000 a year) rather than the candidate Grace Liu (88,000).
inline RecommendOptions hiringOptions() {
    RecommendOptions o;
    o.recruitingShare = 0.0;
    return o;
}

} // namespace crewplan::test
