// MLOps maturity (core/analysis/maturity, docs/maturity.md): the shipped levels read whole and
// name only skills, roles and stages Crewplan knows; setting targets adds what their levels
// bring as one undoable step that the file holds; the time line applies a level's roles and
// requirements from the target's month.
#include "maturity/Maturity.h"

#include "core/ProjectBuilder.h"
#include "core/SampleStoreTest.h"
#include "model/KnownSkills.h"
#include "stack/ToolCatalog.h"
#include "timeline/Timeline.h"

#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

const Month kJanuary = Month::of(2027, 1);

const Role* roleNamed(const Scenario& s, std::string_view name) {
    for (const auto& r : s.roles) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const RoleRequirement* requirementOf(const Project& p, const Role& role, std::string_view skill) {
    const Skill* found = p.findSkill(skill);
    for (const auto& r : role.requirements) {
        if (found && r.skill == found->id)
            return &r;
    }
    return nullptr;
}

class Targets : public SampleStoreTest {
protected:
    Result<TargetChange> change(std::vector<MaturityTarget> targets) const {
        return targetChange(project(), baseline(), std::move(targets));
    }
};

} // namespace

TEST(MaturityModel, TheShippedLevelsReadWholeAndNameWhatCrewplanKnows) {
    auto parsed = parseMaturityModel(builtInMaturityJson(), "mlops-maturity.json");
    ASSERT_TRUE(parsed.ok()) << parsed.message();
    const MaturityModel& m = *parsed;
    ASSERT_EQ(m.levels.size(), 5u);
    EXPECT_EQ(m.levels[2].name, "Automated training");
    EXPECT_NE(m.source.find("Microsoft"), std::string::npos);
    const ToolCatalog& catalog = builtInToolCatalog();
    const auto known = [&](const std::string& skill) {
        return m.findSkill(skill) || findKnownSkill(skill) || catalog.findSkill(skill);
    };
    bool mlEngineer = false;
    for (const auto& level : m.levels) {
        for (const auto& stage : level.stages)
            EXPECT_NE(catalog.findStage(stage), nullptr) << stage;
        for (const auto& role : level.roles) {
            mlEngineer = mlEngineer || (role.name == "ML Engineer" && level.level == 2);
            for (const auto& req : role.requirements) {
                EXPECT_TRUE(known(req.skill)) << req.skill;
                EXPECT_FALSE(req.rationale.empty());
            }
        }
        for (const auto& req : level.requirements) {
            EXPECT_TRUE(known(req.skill)) << req.skill;
            EXPECT_FALSE(req.rationale.empty()) << req.role << " " << req.skill;
        }
    }
    EXPECT_TRUE(mlEngineer) << "the issue asks for an ML engineer from level 2";
}

TEST(MaturityModel, AModelWithAProblemIsRefusedSayingWhere) {
    auto bad = parseMaturityModel("{\"format\": \"crewplan-maturity\", \"name\": \"x\", "
                                  "\"source\": \"y\", \"skills\": [], \"levels\": [{\"level\": 0, "
                                  "\"name\": \"No MLOps\", \"summary\": \"\", \"stages\": [], "
                                  "\"roles\": [], \"requirements\": [{\"team\": \"QA\"}]}]}",
                                  "mine.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.message(), "mine.json, levels[0].requirements[0].role: missing.");
    auto notJson = parseMaturityModel("{levels", "mine.json");
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.message().rfind("mine.json", 0), 0u) << notJson.message();
}

TEST_F(Targets, LevelTwoAddsTheMlEngineerAndItsRequirementsAsOneUndoableStep) {
    const Project before = project();
    auto planned = change({{2, Month::of(2027, 6)}});
    ASSERT_TRUE(planned.ok()) << planned.message();
    EXPECT_TRUE(planned->skipped.empty());
    auto inverse = store->apply(Edit{planned->edit});
    ASSERT_TRUE(inverse.ok()) << inverse.message();

    const Scenario& s = baseline();
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0], (MaturityTarget{2, Month::of(2027, 6)}));
    const Role* ml = roleNamed(s, "ML Engineer");
    ASSERT_NE(ml, nullptr);
    EXPECT_EQ(ml->maturity, 2);
    EXPECT_EQ(s.findTeam(ml->team)->name, "Data Science");
    EXPECT_EQ(ml->rampUpMonths, 3);
    const RoleRequirement* orchestration = requirementOf(project(), *ml, "Workflow orchestration");
    ASSERT_NE(orchestration, nullptr);
    EXPECT_EQ(orchestration->minimum, SkillLevel::Advanced);
    EXPECT_EQ(orchestration->maturity, 2);
    // Level 1's requirement of an existing role, and the skill it needed added to the catalog.
    const RoleRequirement* iac =
        requirementOf(project(), *roleNamed(s, "DevOps Engineer"), "Infrastructure as code");
    ASSERT_NE(iac, nullptr);
    EXPECT_EQ(iac->maturity, 1);
    EXPECT_NE(project().findSkill("Experiment tracking"), nullptr);
    // Level 3's are not there yet.
    EXPECT_EQ(requirementOf(project(), *ml, "Model registry"), nullptr);
    // The file holds what the window shows; one undo takes all of it back.
    EXPECT_TRUE(reopened() == project());
    ASSERT_TRUE(store->apply(*inverse).ok());
    EXPECT_TRUE(project() == before);
    EXPECT_TRUE(reopened() == before);
}

TEST_F(Targets, SettingTheSameTargetsAgainChangesNothing) {
    auto first = change({{3, Month::of(2027, 12)}});
    ASSERT_TRUE(first.ok()) << first.message();
    ASSERT_TRUE(store->apply(Edit{first->edit}).ok());
    auto again = change({{3, Month::of(2027, 12)}});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->edit.edits.empty());
    EXPECT_TRUE(again->added.empty());
}

TEST_F(Targets, ALaterLevelAddsToTheRoleAnEarlierOneBroughtAndClearingKeepsWhatWasAdded) {
    ASSERT_TRUE(store->apply(Edit{change({{2, Month::of(2027, 6)}})->edit}).ok());
    auto later = change({{2, Month::of(2027, 6)}, {4, Month::of(2028, 6)}});
    ASSERT_TRUE(later.ok()) << later.message();
    ASSERT_TRUE(store->apply(Edit{later->edit}).ok());
    const Role* ml = roleNamed(baseline(), "ML Engineer");
    ASSERT_NE(ml, nullptr);
    const RoleRequirement* registry = requirementOf(project(), *ml, "Model registry");
    ASSERT_NE(registry, nullptr);
    EXPECT_EQ(registry->maturity, 3);
    EXPECT_EQ(requirementOf(project(), *ml, "Automated retraining")->maturity, 4);

    const std::size_t roles = baseline().roles.size();
    auto cleared = change({});
    ASSERT_TRUE(cleared.ok());
    ASSERT_TRUE(store->apply(Edit{cleared->edit}).ok());
    EXPECT_TRUE(baseline().targets.empty());
    EXPECT_EQ(baseline().roles.size(), roles); // still there, waiting for a target
}

TEST_F(Targets, WhatALevelAsksOfARoleTheScenarioLacksIsLeftOutAndSaid) {
    const Role& qa = roleIn(baseline().id, "QA Engineer");
    ASSERT_TRUE(store->apply(RemoveRole{baseline().id, qa.id}).ok());
    auto planned = change({{3, Month::of(2027, 12)}});
    ASSERT_TRUE(planned.ok()) << planned.message();
    ASSERT_EQ(planned->skipped.size(), 1u);
    EXPECT_EQ(planned->skipped[0], "level 3 asks a QA Engineer in QA for Model registry; this "
                                   "scenario has no such role");
}

TEST_F(Targets, TargetsOutOfOrderAreRefusedInOurWords) {
    auto bad = change({{3, Month::of(2027, 6)}, {2, Month::of(2027, 12)}});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.message().find("each maturity target must come after the one before, at a "
                                 "higher level (level 3 by 2027-06, then level 2 by 2027-12)"),
              std::string::npos)
        << bad.message();
    EXPECT_FALSE(store->apply(SetTargets{baseline().id, {{5, Month::of(2027, 6)}}}).ok());
    EXPECT_TRUE(baseline().targets.empty());
}

TEST_F(Targets, TheTimeToHireIsAnUndoableSettingTheFileKeeps) {
    EXPECT_EQ(project().monthsToHire, 3);
    auto inverse = store->apply(SetMonthsToHire{5});
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    EXPECT_EQ(reopened().monthsToHire, 5);
    EXPECT_FALSE(store->apply(SetMonthsToHire{25}).ok());
    ASSERT_TRUE(store->apply(*inverse).ok());
    EXPECT_EQ(reopened().monthsToHire, 3);
}

// One team over 6 months from 2027-01; a level 2 requirement (Tracking) and a level 2 role
// (ML Engineer, filled by Mo) arrive with the target "level 2 by 2027-04".
TEST(MaturityOverTime, ALevelsRolesAndRequirementsCountFromTheTargetsMonth) {
    ProjectBuilder b;
    b.skill("Airflow").skill("Tracking").team("Platform");
    b.role("Data Engineer", 1,
           {{"Airflow", SkillLevel::Working, Importance::MustHave},
            {"Tracking", SkillLevel::Working, Importance::MustHave}});
    b.role("ML Engineer", 1, {{"Tracking", SkillLevel::Advanced, Importance::MustHave}});
    b.person("Ada", 1.0, 120000, {{"Airflow", SkillLevel::Advanced}});
    b.person("Mo", 1.0, 120000, {{"Tracking", SkillLevel::Expert}});
    b.assign("Ada", "Data Engineer", 1.0);
    b.assign("Mo", "ML Engineer", 1.0);
    Scenario& s = b.scenario();
    s.roles[0].requirements[1].maturity = 2; // Ada lacks it: short once level 2 applies
    s.roles[1].maturity = 2;
    s.horizonStart = kJanuary;
    s.horizonMonths = 6;
    s.targets = {{2, Month::of(2027, 4)}};
    const Project p = b.build();

    const Scenario march = scenarioAt(p.scenarios[0], Month::of(2027, 3));
    EXPECT_EQ(march.roles.size(), 1u); // no ML Engineer before April
    EXPECT_EQ(march.roles[0].requirements.size(), 1u);
    EXPECT_EQ(march.assignments.size(), 1u); // Mo counts nowhere yet
    const Scenario april = scenarioAt(p.scenarios[0], Month::of(2027, 4));
    EXPECT_EQ(april.roles.size(), 2u);
    EXPECT_EQ(april.roles[0].requirements.size(), 2u);

    const Timeline t = timeline(p, p.scenarios[0], kJanuary);
    std::vector<double> mustHave;
    for (const auto& m : t.months)
        mustHave.push_back(*m.coverage.teams[0].figures.mustHave);
    // Until March one requirement, met; from April three, of which Ada's Tracking is not.
    const double twoOfThree = 2.0 / 3.0;
    EXPECT_EQ(mustHave, (std::vector<double>{1, 1, 1, twoOfThree, twoOfThree, twoOfThree}));
    // The target is not met: the team is short in its month, and never covered at level 2.
    ASSERT_EQ(t.targets.size(), 1u);
    EXPECT_FALSE(t.targets[0].met());
    EXPECT_FALSE(t.targets[0].metFrom.has_value());
    EXPECT_EQ(t.targets[0].shortTeams, (std::vector<TeamId>{p.scenarios[0].teams[0].id}));
    // Mo is paid from the start, though the role counts only from April.
    EXPECT_DOUBLE_EQ(t.months[0].payroll, 20000.0);
}

TEST(MaturityOverTime, ATargetIsMetFromTheFirstMonthItsLevelHoldsToTheEnd) {
    ProjectBuilder b;
    b.skill("Tracking").team("Platform");
    b.role("ML Engineer", 1, {{"Tracking", SkillLevel::Advanced, Importance::MustHave}});
    b.person("Mo", 1.0, 120000, {{"Tracking", SkillLevel::Expert}}, PersonStatus::PlannedHire);
    b.assign("Mo", "ML Engineer", 1.0);
    Scenario& s = b.scenario();
    s.roles[0].maturity = 2;
    s.roles[0].rampUpMonths = 0;
    s.horizonStart = kJanuary;
    s.horizonMonths = 8;
    s.tenure[b.personId("Mo")] = {Month::of(2027, 3), std::nullopt};
    s.targets = {{2, Month::of(2027, 5)}};
    const Project p = b.build();
    const Timeline t = timeline(p, p.scenarios[0], kJanuary);
    ASSERT_EQ(t.targets.size(), 1u);
    EXPECT_EQ(t.targets[0].metFrom, Month::of(2027, 3)); // there before the date
    EXPECT_TRUE(t.targets[0].met());
    EXPECT_TRUE(t.targets[0].shortTeams.empty());

    // Joining in July instead: met only from July, two months late; short in May.
    Project late = p;
    late.scenarios[0].tenure[b.personId("Mo")] = {Month::of(2027, 7), std::nullopt};
    const Timeline u = timeline(late, late.scenarios[0], kJanuary);
    EXPECT_EQ(u.targets[0].metFrom, Month::of(2027, 7));
    EXPECT_FALSE(u.targets[0].met());
    EXPECT_EQ(u.targets[0].shortTeams.size(), 1u);
}
