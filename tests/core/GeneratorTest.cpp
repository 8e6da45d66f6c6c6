// The generator: deterministic, valid, and the size asked for.
#include "generate/Generator.h"

#include "TestSupport.h"
#include "coverage/CoverageReport.h"
#include "storage/ProjectStore.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace crewplan;

TEST(Generator, SameSeedSameProjectOtherSeedOtherProject) {
    auto a = generateProject({200, 42});
    auto b = generateProject({200, 42});
    auto c = generateProject({200, 43});
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_TRUE(*a == *b);
    EXPECT_FALSE(*a == *c);
}

TEST(Generator, ThousandPeopleAreValidAndRealistic) {
    auto p = generateProject({1000, 1});
    ASSERT_TRUE(p.ok()) << p.message();
    EXPECT_EQ(p->people.size(), 1000u);
    EXPECT_GE(p->skills.size(), 80u);
    EXPECT_TRUE(validate(*p).ok());
    const auto report = computeCoverage(*p, p->scenarios.front());
    EXPECT_EQ(report.teams.size(), 4u * 91u); // (1000 + 5) / 11 = 91 product lines of 4 teams
    ASSERT_TRUE(report.total.mustHave.has_value());
    EXPECT_GT(*report.total.mustHave, 0.2); // staffed, with gaps: neither empty nor perfect
    EXPECT_LT(*report.total.mustHave, 0.95);
    int statuses[3] = {};
    for (const auto& person : p->people)
        ++statuses[static_cast<int>(person.status)];
    EXPECT_GT(statuses[0], 700); // mostly employees
    EXPECT_GT(statuses[1], 50);  // some candidates
    EXPECT_GT(statuses[2], 5);   // a few planned hires
    // Most employees have a role; some roles stay open.
    EXPECT_GT(report.total.headcountOf(PersonStatus::Employee), statuses[0] * 3 / 4);
    EXPECT_GT(report.total.openSlots, 10.0);
}

TEST(Generator, AllocationsAreWholeHundredthsAsAPlannerWouldEnterThem) {
    auto p = generateProject({1000, 1});
    ASSERT_TRUE(p.ok());
    for (const auto& a : p->scenarios.front().assignments) {
        EXPECT_GE(a.allocation, 0.05);
        EXPECT_NEAR(a.allocation * 100.0, std::round(a.allocation * 100.0), 1e-6) << a.allocation;
    }
}

TEST(Generator, WritesAndReopens) {
    crewplan::test::TempDir dir;
    auto p = generateProject({300, 9});
    ASSERT_TRUE(p.ok());
    const Project original = *p;
    { ASSERT_TRUE(ProjectStore::create(dir.file("g.crewplan"), std::move(*p)).ok()); }
    auto store = ProjectStore::open(dir.file("g.crewplan"));
    ASSERT_TRUE(store.ok()) << store.message();
    EXPECT_TRUE(store->project() == original);
}

TEST(Generator, RefusesImpossibleSizes) {
    EXPECT_FALSE(generateProject({0, 1}).ok());
    EXPECT_FALSE(generateProject({-5, 1}).ok());
}
