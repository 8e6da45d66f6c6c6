// The sample project in memory, for the core tests that start from it.
#pragma once

#include "templates/Templates.h"

#include <gtest/gtest.h>

namespace crewplan::test {

inline Project sample() {
    auto p = makeProject(ProjectTemplate::Sample);
    EXPECT_TRUE(p.ok());
    return std::move(*p);
}

} // namespace crewplan::test
