// Scenarios: deep copies, undoable add/remove/rename, comparison figures and differences.
#include "compare/ComparisonTable.h"
#include "compare/ScenarioComparison.h"
#include "core/SampleStoreTest.h"
#include "io/SummaryJson.h"
#include "model/ScenarioCopy.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingOptimizer.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

class Scenarios : public crewplan::test::SampleStoreTest {
protected:
    ScenarioId clone(const char* source, const char* name) {
        std::int64_t next = project().nextId;
        ScenarioCopy copy = copyScenario(project(), project().findScenario(source)->id, name, next);
        const ScenarioId id = copy.scenario.id;
        auto result =
            store->apply(AddScenario{std::move(copy.scenario), std::move(copy.plannedHires), -1});
        EXPECT_TRUE(result.ok()) << result.message();
        return id;
    }
    const Role& role(ScenarioId scenario, const char* name) const { return roleIn(scenario, name); }
};

} // namespace

TEST_F(Scenarios, ACopyIsDeep) {
    const Scenario original = *project().findScenario("Hire QA and a senior DE");
    const ScenarioId copy = clone("Hire QA and a senior DE", "Lean");
    // Edit the copy: its role, its assignment, its planned hire.
    ASSERT_TRUE(store
                    ->apply(UpdateRole{
                        copy, role(copy, "Data Engineer").id, "Data Engineer", 1, {90000, 130000}})
                    .ok());
    const auto& copyScenario = *project().findScenario(copy);
    const Assignment first = copyScenario.assignments.front();
    ASSERT_TRUE(store->apply(SetAllocation{copy, first.person, first.role, 0.0}).ok());
    PersonId copiedHire;
    for (const auto& p : project().people) {
        if (p.scenario == copy)
            copiedHire = p.id;
    }
    ASSERT_TRUE(copiedHire.valid());
    ASSERT_TRUE(store
                    ->apply(SetSkillLevel{copiedHire, project().findSkill("Spark")->id,
                                          SkillLevel::Awareness})
                    .ok());

    // The original, as the file has it, is untouched.
    const Project again = reopened();
    const Scenario* kept = again.findScenario("Hire QA and a senior DE");
    ASSERT_NE(kept, nullptr);
    EXPECT_TRUE(*kept == original);
    for (const auto& p : again.people) {
        if (p.scenario == kept->id) {
            EXPECT_EQ(p.level(again.findSkill("Spark")->id),
                      SkillLevel::Expert); // the original hire
        }
    }
    EXPECT_EQ(again.findScenario("Lean")->findRole(role(copy, "Data Engineer").id)->headcount, 1);
}

TEST_F(Scenarios, UndoingADeleteBringsTheScenarioBackWhole) {
    const Project before = project();
    const ScenarioId hire = project().findScenario("Hire QA and a senior DE")->id;
    auto inverse = store->apply(RemoveScenario{hire});
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    EXPECT_EQ(project().findScenario(hire), nullptr);
    for (const auto& p : reopened().people) {
        EXPECT_NE(p.status, PersonStatus::PlannedHire); // its planned hire went with it
    }
    ASSERT_TRUE(store->apply(*inverse).ok());
    EXPECT_TRUE(project() == before);
    EXPECT_TRUE(reopened() == before);
}

TEST_F(Scenarios, TheLastScenarioStaysAndNamesAreUnique) {
    ASSERT_TRUE(
        store->apply(RemoveScenario{project().findScenario("Hire QA and a senior DE")->id}).ok());
    auto last = store->apply(RemoveScenario{project().scenarios.front().id});
    ASSERT_FALSE(last.ok());
    EXPECT_NE(last.message().find("at least one scenario"), std::string::npos);
    const ScenarioId id = project().scenarios.front().id;
    auto rename = store->apply(UpdateScenario{id, "Today", "Renamed."});
    ASSERT_TRUE(rename.ok());
    EXPECT_EQ(reopened().scenarios.front().name, "Today");
    clone("Today", "Tomorrow");
    auto clash = store->apply(UpdateScenario{id, "Tomorrow", ""});
    ASSERT_FALSE(clash.ok());
    EXPECT_NE(clash.message().find("already has a scenario named 'Tomorrow'"), std::string::npos);
}

TEST_F(Scenarios, ComparisonFiguresEqualEachScenariosOwnSummary) {
    auto comparison = compareScenarios(project(), {"Current staffing", "Hire QA and a senior DE"});
    ASSERT_TRUE(comparison.ok()) << comparison.message();
    for (const auto& column : comparison->columns) {
        const CoverageReport own = computeCoverage(project(), *column.scenario);
        EXPECT_EQ(column.report.total.mustHave, own.total.mustHave);
        EXPECT_EQ(column.report.total.yearlyCost, own.total.yearlyCost);
        EXPECT_EQ(column.report.total.headcount, own.total.headcount);
        for (std::size_t t = 0; t < comparison->teams.size(); ++t) {
            const StaffingFigures* f = comparison->teamFigures(
                static_cast<std::size_t>(&column - &comparison->columns[0]), t);
            ASSERT_NE(f, nullptr);
            EXPECT_EQ(f->mustHave, own.teams[t].figures.mustHave);
        }
    }
    EXPECT_EQ(comparison->columns[0].uncovered, 3);
    EXPECT_EQ(comparison->columns[1].uncovered, 0);
}

TEST_F(Scenarios, DifferencesAreExactlyTheChangesMade) {
    const ScenarioId copy = clone("Current staffing", "Variant");
    // A copy differs in nothing.
    EXPECT_TRUE(differencesBetween(project(), project().scenarios[0], *project().findScenario(copy))
                    .empty());

    const PersonId hugo = [&] {
        for (const auto& p : project().people) {
            if (p.name == "Hugo Martin")
                return p.id;
        }
        return PersonId{};
    }();
    ASSERT_TRUE(store->apply(SetAllocation{copy, hugo, role(copy, "QA Engineer").id, 0.5}).ok());
    ASSERT_TRUE(
        store
            ->apply(UpdateRole{
                copy, role(copy, "Data Scientist").id, "Data Scientist", 3, {95000, 140000}})
            .ok());
    const SkillId docker = project().findSkill("Docker & containers")->id;
    ASSERT_TRUE(
        store
            ->apply(SetRequirement{
                copy, role(copy, "QA Engineer").id, docker,
                RoleRequirement{docker, SkillLevel::Working, Importance::NiceToHave, {}}, -1})
            .ok());
    ASSERT_TRUE(
        store->apply(RemoveTeam{copy, project().findScenario(copy)->findTeam("DevOps")->id}).ok());

    const auto diff =
        differencesBetween(project(), project().scenarios[0], *project().findScenario(copy));
    std::vector<std::string> texts;
    for (const auto& d : diff)
        texts.push_back(d.text);
    const std::vector<std::string> expected{
        "Team removed: DevOps",
        "Data Science / Data Scientist: headcount 2 → 3",
        "Role removed: DevOps / DevOps Engineer",
        "QA / QA Engineer: requires Docker & containers ≥ Working (nice-to-have)",
        "Farid Haddad: no longer in DevOps / DevOps Engineer (was 1 FTE)",
        "Hugo Martin: assigned to QA / QA Engineer (0.5 FTE)",
    };
    EXPECT_EQ(texts, expected);
}

TEST_F(Scenarios, ComparisonRefusesBadSelections) {
    EXPECT_FALSE(compareScenarios(project(), {"Current staffing"}).ok());
    EXPECT_NE(compareScenarios(project(), {"Current staffing", "Nope"})
                  .message()
                  .find("No scenario named 'Nope'"),
              std::string::npos);
    EXPECT_FALSE(compareScenarios(project(), {"Current staffing", "Current staffing"}).ok());
}

// The training a scenario plans shows in the comparison as its cost and weeks, and a copy of the
// scenario carries it.
TEST_F(Scenarios, ComparisonShowsEachScenariosTrainingCost) {
    const Scenario& current = *project().findScenario("Current staffing");
    const StaffingPlan plan = recommend(project(), current, {});
    ASSERT_TRUE(store->apply(planEdit(project(), current, plan)).ok());
    clone("Current staffing", "Planned, copied");
    auto comparison = compareScenarios(
        project(), {"Current staffing", "Hire QA and a senior DE", "Planned, copied"});
    ASSERT_TRUE(comparison.ok()) << comparison.message();
    const auto rows = comparisonRows(*comparison);
    const auto row = std::find_if(rows.begin(), rows.end(), [](const ComparisonRow& r) {
        return r.label == "Training cost (one-off)";
    });
    ASSERT_NE(row, rows.end());
    ASSERT_EQ(row->values.size(), 3u);
    EXPECT_NEAR(*row->values[0], plan.trainingCost, 1e-6);
    EXPECT_NEAR(*row->values[1], 0.0, 1e-6);
    EXPECT_NEAR(*row->values[2], plan.trainingCost, 1e-6);
    EXPECT_GT(plan.trainingCost, 0.0);
}

// Over time: what each time line costs, its dearest quarter, and the months until each team and
// each target is met, against figures worked out from the scenario.
TEST_F(Scenarios, ComparisonShowsTimeToCoverageCostOverTheTimeLineAndPeakQuarter) {
    const Scenario& current = *project().findScenario("Current staffing");
    const ScenarioId id = current.id;
    ASSERT_TRUE(store->apply(SetHorizon{id, Month::of(2027, 1), 12}).ok());
    clone("Current staffing", "Farid later");
    const Scenario& later = *project().findScenario("Farid later");
    PersonId farid;
    for (const auto& p : project().people) {
        if (p.name == "Farid Haddad")
            farid = p.id;
    }
    // Farid, DevOps' only engineer, joins in April: DevOps covered from June (2 months of
    // ramp-up), paid from April.
    ASSERT_TRUE(store->apply(SetTenure{later.id, farid, {Month::of(2027, 4), std::nullopt}}).ok());
    auto comparison = compareScenarios(project(), {"Current staffing", "Farid later"});
    ASSERT_TRUE(comparison.ok()) << comparison.message();
    const auto rows = comparisonRows(*comparison);
    const auto rowOf = [&](const std::string& label) {
        const auto row = std::find_if(rows.begin(), rows.end(),
                                      [&](const ComparisonRow& r) { return r.label == label; });
        return row == rows.end() ? nullptr : &*row;
    };
    const ComparisonRow* devops = rowOf("DevOps: months until covered");
    ASSERT_NE(devops, nullptr);
    EXPECT_EQ(devops->values[0], 0.0);
    EXPECT_EQ(devops->values[1], 5.0);
    EXPECT_EQ(formatValue(devops->unit, 5.0), "5 months");
    const ComparisonRow* qa = rowOf("QA: months until covered");
    ASSERT_NE(qa, nullptr);
    EXPECT_FALSE(qa->values[0].has_value()); // nobody in QA
    EXPECT_EQ(qa->missing, "not by the end");
    const ComparisonRow* cost = rowOf("Cost over the time line");
    ASSERT_NE(cost, nullptr);
    const double faridYearly = static_cast<double>(project().findPerson(farid)->yearlyCost);
    EXPECT_NEAR(*cost->values[0] - *cost->values[1], faridYearly / 12 * 3, 0.01);
    const ComparisonRow* peak = rowOf("Peak quarterly spend");
    ASSERT_NE(peak, nullptr);
    EXPECT_NEAR(*peak->values[0], *cost->values[0] / 4, 0.01); // the same every quarter
    EXPECT_NEAR(*peak->values[1], *peak->values[0], 0.01);     // from the second quarter on
}
