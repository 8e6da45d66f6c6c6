// Edits: each is in the file at once, each hands back its inverse, impossible ones change nothing.
#include "TestSupport.h"
#include "coverage/CoverageReport.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

struct Fixture {
    TempDir dir;
    std::string path = dir.file("sample.crewplan");
    ProjectStore store = [&] {
        auto created = ProjectStore::create(path, *makeProject(ProjectTemplate::Sample));
        EXPECT_TRUE(created.ok()) << created.message();
        return std::move(*created);
    }();

    const Person& person(const char* name) const {
        for (const auto& p : store.project().people) {
            if (p.name == name)
                return p;
        }
        throw std::runtime_error("no such person");
    }
    const Role& role(const char* name, std::size_t scenario = 0) const {
        for (const auto& r : store.project().scenarios[scenario].roles) {
            if (r.name == name)
                return r;
        }
        throw std::runtime_error("no such role");
    }
    ScenarioId scenario(std::size_t index = 0) const { return store.project().scenarios[index].id; }
    Project reopened() const {
        auto again = ProjectStore::open(path);
        EXPECT_TRUE(again.ok()) << again.message();
        return again->project();
    }
};

} // namespace

TEST(Edits, AllocationBeyondFteIsRefusedAndNothingChanges) {
    Fixture f;
    const std::string before = readBytes(f.path);
    // Aisha (FTE 1) already gives 1.0 to Data Engineer; 0.25 to DevOps Engineer would be 1.25.
    auto result = f.store.apply(
        SetAllocation{f.scenario(), f.person("Aisha Khan").id, f.role("DevOps Engineer").id, 0.25});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.message(), "'Aisha Khan' has 1 FTE and already gives 1 to other roles: 0.25 "
                                "more to 'DevOps Engineer' would exceed it.");
    EXPECT_EQ(readBytes(f.path), before);
    EXPECT_EQ(f.store.project().scenarios[0].allocationOf(f.person("Aisha Khan").id), 1.0);
}

TEST(Edits, AssignIsSavedAtOnceAndItsInverseUndoesIt) {
    Fixture f;
    const Project before = f.store.project();
    const auto hugo = f.person("Hugo Martin").id;
    auto inverse = f.store.apply(SetAllocation{f.scenario(), hugo, f.role("QA Engineer").id, 0.5});
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    EXPECT_EQ(f.reopened().scenarios[0].allocationOf(hugo), 0.5); // in the file, no save step
    EXPECT_FALSE(f.store.project() == before);

    auto redo = f.store.apply(*inverse);
    ASSERT_TRUE(redo.ok());
    EXPECT_TRUE(f.store.project() == before);
    EXPECT_TRUE(f.reopened() == before);
    ASSERT_TRUE(f.store.apply(*redo).ok()); // and redo again
    EXPECT_EQ(f.reopened().scenarios[0].allocationOf(hugo), 0.5);
}

TEST(Edits, SkillLevelChangesCoverageAndReverts) {
    Fixture f;
    const Project& p = f.store.project();
    const auto bruno = f.person("Bruno Costa").id;
    const auto spark = p.findSkill("Spark")->id;
    const double before = *computeCoverage(p, p.scenarios[0]).teams[0].figures.mustHave; // 0.875
    auto inverse = f.store.apply(SetSkillLevel{bruno, spark, SkillLevel::Advanced});
    ASSERT_TRUE(inverse.ok());
    // Spark>=Advanced now met by both (met 0.5 -> 1): (2*(10*1 + 2*0.5)) / 24 = 22 / 24
    EXPECT_DOUBLE_EQ(*computeCoverage(p, p.scenarios[0]).teams[0].figures.mustHave, 22.0 / 24.0);
    EXPECT_EQ(f.reopened().findPerson(bruno)->level(spark), SkillLevel::Advanced);
    ASSERT_TRUE(f.store.apply(*inverse).ok());
    EXPECT_DOUBLE_EQ(*computeCoverage(p, p.scenarios[0]).teams[0].figures.mustHave, before);
    EXPECT_EQ(f.reopened().findPerson(bruno)->level(spark), SkillLevel::Working);
}

TEST(Edits, RemovePersonAndItsInverseRestoreAssignmentsEverywhere) {
    Fixture f;
    const Project before = f.store.project();
    const auto aisha = f.person("Aisha Khan").id;
    auto inverse = f.store.apply(RemovePerson{aisha});
    ASSERT_TRUE(inverse.ok());
    EXPECT_EQ(f.store.project().findPerson(aisha), nullptr);
    EXPECT_EQ(f.reopened().findPerson(aisha), nullptr);
    ASSERT_TRUE(f.store.apply(*inverse).ok());
    EXPECT_TRUE(f.store.project() == before);
    EXPECT_TRUE(f.reopened() == before);
}

TEST(Edits, AddPersonWithAFreshId) {
    Fixture f;
    Person ivy;
    ivy.id = PersonId{f.store.project().nextId};
    ivy.name = "Ivy Chen";
    ivy.fte = 0.5;
    ivy.yearlyCost = 70000;
    ivy.skills[f.store.project().findSkill("Test design")->id] = SkillLevel::Expert;
    AddPerson add{ivy, {{f.scenario(), {ivy.id, f.role("QA Engineer").id, 0.5}}}, {}};
    auto inverse = f.store.apply(add);
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    const Project again = f.reopened();
    ASSERT_NE(again.findPerson(ivy.id), nullptr);
    EXPECT_EQ(*again.findPerson(ivy.id), ivy);
    EXPECT_EQ(again.scenarios[0].allocationOf(ivy.id), 0.5);
    EXPECT_FALSE(f.store.apply(add).ok()); // the id is taken now
}

TEST(Edits, ImpossiblePersonDetailsAreRefused) {
    Fixture f;
    const Person& dana = f.person("Dana Novak"); // FTE 0.8, all of it given to Data Scientist
    const std::string before = readBytes(f.path);
    auto refuse = [&](UpdatePerson edit, const char* expected) {
        auto result = f.store.apply(edit);
        ASSERT_FALSE(result.ok()) << expected;
        EXPECT_NE(result.message().find(expected), std::string::npos) << result.message();
    };
    refuse({dana.id, "", dana.status, 0.8, 1000}, "needs a name");
    refuse({dana.id, dana.name, dana.status, 1.2, 1000}, "FTE must be more than 0 and at most 1");
    refuse({dana.id, dana.name, dana.status, 0.0, 1000}, "FTE must be more than 0 and at most 1");
    refuse({dana.id, dana.name, dana.status, 0.8, -1}, "cannot be negative");
    refuse({dana.id, dana.name, dana.status, 0.5, 1000},
           "is allocated 0.8 FTE in scenario 'Current staffing'");
    refuse({dana.id, dana.name, PersonStatus::PlannedHire, 0.8, 1000},
           "A planned hire belongs to one scenario");
    auto allocation =
        f.store.apply(SetAllocation{f.scenario(), dana.id, f.role("QA Engineer").id, 1.5});
    EXPECT_FALSE(allocation.ok());
    EXPECT_EQ(readBytes(f.path), before);
}

TEST(Edits, PlannedHireOfAnotherScenarioCannotBeAssigned) {
    Fixture f;
    const Person& senior = f.person("Senior data engineer (to hire)");
    auto result =
        f.store.apply(SetAllocation{f.scenario(0), senior.id, f.role("QA Engineer").id, 0.1});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.message().find("planned hire of another scenario"), std::string::npos);
}
