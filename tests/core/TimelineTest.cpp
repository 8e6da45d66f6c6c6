// The time line (core/analysis/timeline): coverage and cost month by month, against cases worked
// out by hand — a hire in month 4 with 2 months of ramp-up, a training that ends in month 3, a
// leaver in month 6 — and a scenario without dates, the same every month.
#include "timeline/Timeline.h"

#include "core/ProjectBuilder.h"

#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::ProjectBuilder;

namespace {

const Month kJanuary = Month::of(2027, 1);

// One team, one role (a slot needing Airflow at Working, ramp-up 2 months), over 8 months from
// 2027-01.
ProjectBuilder oneSlot() {
    ProjectBuilder b;
    b.skill("Airflow").team("Platform");
    b.role("Data Engineer", 1, {{"Airflow", SkillLevel::Working, Importance::MustHave}});
    b.scenario().horizonStart = kJanuary;
    b.scenario().horizonMonths = 8;
    return b;
}

std::vector<double> mustHaveByMonth(const Timeline& t) {
    std::vector<double> out;
    for (const auto& m : t.months)
        out.push_back(m.coverage.teams.front().figures.mustHave.value_or(-1.0));
    return out;
}

} // namespace

TEST(Timeline, AHireInMonthFourCountsAtHalfForTwoMonthsOfRampUp) {
    ProjectBuilder b = oneSlot();
    b.person("Hira", 1.0, 96000, {{"Airflow", SkillLevel::Advanced}}, PersonStatus::PlannedHire);
    b.assign("Hira", "Data Engineer", 1.0);
    b.scenario().tenure[b.personId("Hira")] = {Month::of(2027, 4), std::nullopt};
    const Project p = b.build();
    const Timeline t = timeline(p, p.scenarios.front(), Month::of(2030, 1));
    ASSERT_EQ(t.months.size(), 8u);
    EXPECT_EQ(t.start, kJanuary); // the scenario's own start, not "today"
    EXPECT_EQ(mustHaveByMonth(t), (std::vector<double>{0, 0, 0, 0.5, 0.5, 1, 1, 1}));
    ASSERT_EQ(t.coveredBy.size(), 1u);
    EXPECT_EQ(t.coveredBy.front().second, Month::of(2027, 6));
    // Paid from the month they join; recruiting (20 % of the yearly cost) once, then.
    EXPECT_DOUBLE_EQ(t.months[2].payroll, 0.0);
    EXPECT_DOUBLE_EQ(t.months[3].payroll, 8000.0);
    EXPECT_DOUBLE_EQ(t.months[3].oneOff, 19200.0);
    EXPECT_DOUBLE_EQ(t.oneOff(), 19200.0);
    EXPECT_DOUBLE_EQ(t.payroll(), 5 * 8000.0);
}

TEST(Timeline, ATrainingCountsFromTheMonthItEndsAndTakesItsTimeWhileItRuns) {
    ProjectBuilder b = oneSlot();
    b.person("Emil", 1.0, 120000, {{"Airflow", SkillLevel::Awareness}});
    b.assign("Emil", "Data Engineer", 1.0);
    // 8 weeks from January: all of January (4.33 weeks), 3.67 weeks of February; held from March.
    b.scenario().training.push_back(
        {b.personId("Emil"), b.skillId("Airflow"), SkillLevel::Working, 6000.0, 8.0, kJanuary});
    const Project p = b.build();
    const Timeline t = timeline(p, p.scenarios.front(), kJanuary);
    EXPECT_EQ(trainingEnd(kJanuary, 8.0), Month::of(2027, 3));
    EXPECT_EQ(mustHaveByMonth(t), (std::vector<double>{0, 0, 1, 1, 1, 1, 1, 1}));
    EXPECT_EQ(t.coveredBy.front().second, Month::of(2027, 3));
    EXPECT_DOUBLE_EQ(t.months[0].coverage.total.fte, 0.0); // away all month
    EXPECT_NEAR(t.months[1].coverage.total.fte, 1.0 - (8.0 - 52.0 / 12.0) / (52.0 / 12.0), 1e-12);
    EXPECT_DOUBLE_EQ(t.months[2].coverage.total.fte, 1.0);
    // Paid throughout; the training's cost in the month it starts.
    EXPECT_DOUBLE_EQ(t.months[1].payroll, 10000.0);
    EXPECT_DOUBLE_EQ(t.months[0].oneOff, 6000.0);
    EXPECT_DOUBLE_EQ(t.oneOff(), 6000.0);
}

TEST(Timeline, ALeaverInMonthSixUncoversTheTeamFromThen) {
    ProjectBuilder b = oneSlot();
    b.person("Lena", 1.0, 120000, {{"Airflow", SkillLevel::Expert}});
    b.assign("Lena", "Data Engineer", 1.0);
    b.scenario().tenure[b.personId("Lena")] = {std::nullopt, Month::of(2027, 6)};
    const Project p = b.build();
    const Timeline t = timeline(p, p.scenarios.front(), kJanuary);
    EXPECT_EQ(mustHaveByMonth(t), (std::vector<double>{1, 1, 1, 1, 1, 0, 0, 0}));
    EXPECT_FALSE(t.coveredBy.front().second.has_value()); // met, then not: not covered
    EXPECT_DOUBLE_EQ(t.months[4].payroll, 10000.0);
    EXPECT_DOUBLE_EQ(t.months[5].payroll, 0.0);
    EXPECT_EQ(t.months[4].coverage.total.totalHeadcount(), 1);
    EXPECT_EQ(t.months[5].coverage.total.totalHeadcount(), 0);
}

TEST(Timeline, AScenarioWithoutDatesIsTheSameEveryMonthAsCoverageSeesItToday) {
    ProjectBuilder b;
    b.skill("SQL").skill("Python").team("Data");
    b.role("Analyst", 2,
           {{"SQL", SkillLevel::Advanced, Importance::MustHave},
            {"Python", SkillLevel::Working, Importance::NiceToHave}});
    b.person("Ann", 1.0, 90000, {{"SQL", SkillLevel::Expert}});
    b.person("Bo", 0.5, 80000, {{"SQL", SkillLevel::Working}, {"Python", SkillLevel::Advanced}});
    b.assign("Ann", "Analyst", 1.0).assign("Bo", "Analyst", 0.5);
    const Project p = b.build();
    const Scenario& s = p.scenarios.front();
    const Timeline t = timeline(p, s, Month::of(2026, 12)); // no start of its own: today
    ASSERT_EQ(t.months.size(), static_cast<std::size_t>(Scenario::kDefaultHorizonMonths));
    EXPECT_EQ(t.start, Month::of(2026, 12));
    const CoverageReport today = computeCoverage(p, s);
    for (const auto& m : t.months) {
        EXPECT_EQ(m.coverage.total.mustHave, today.total.mustHave);
        EXPECT_EQ(m.coverage.total.niceToHave, today.total.niceToHave);
        EXPECT_DOUBLE_EQ(m.coverage.total.fte, today.total.fte);
        EXPECT_DOUBLE_EQ(m.payroll, today.total.yearlyCost / 12.0);
    }
}

TEST(Timeline, MonthsAreWrittenAndReadAsYearAndMonth) {
    EXPECT_EQ(monthText(Month::of(2027, 3)), "2027-03");
    EXPECT_EQ(monthText(Month::of(2027, 12)), "2027-12");
    EXPECT_EQ(parseMonth("2027-03"), Month::of(2027, 3));
    EXPECT_EQ(parseMonth("2027-3"), Month::of(2027, 3));
    EXPECT_FALSE(parseMonth("2027-13"));
    EXPECT_FALSE(parseMonth("2027-00"));
    EXPECT_FALSE(parseMonth("27-03"));
    EXPECT_FALSE(parseMonth("2027-03-01"));
    EXPECT_FALSE(parseMonth("3100-01")); // past what a file holds
    EXPECT_EQ(quarterText(Month::of(2027, 5)), "2027 Q2");
    EXPECT_EQ(Month::of(2027, 11).plus(3), Month::of(2028, 2));
}

TEST(Timeline, WhoJoinedBeforeTheTimeLineRampsUpAndCostsNoRecruitingInIt) {
    ProjectBuilder b = oneSlot();
    b.person("Hira", 1.0, 96000, {{"Airflow", SkillLevel::Advanced}}, PersonStatus::PlannedHire);
    b.assign("Hira", "Data Engineer", 1.0);
    b.scenario().tenure[b.personId("Hira")] = {Month::of(2026, 12), std::nullopt}; // a month before
    b.scenario().training.push_back({b.personId("Hira"), b.skillId("Airflow"), SkillLevel::Expert,
                                     6000.0, 2.0, Month::of(2026, 11)});
    const Project p = b.build();
    const Timeline t = timeline(p, p.scenarios.front(), kJanuary);
    EXPECT_EQ(mustHaveByMonth(t), (std::vector<double>{0.5, 1, 1, 1, 1, 1, 1, 1}));
    EXPECT_DOUBLE_EQ(t.oneOff(), 0.0); // recruited and trained before it began
    EXPECT_DOUBLE_EQ(t.months[0].payroll, 8000.0);
}
