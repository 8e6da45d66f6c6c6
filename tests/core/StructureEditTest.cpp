// Structural edits (teams, roles, requirements, skills): each is in the file at once, and its
// inverse restores the project exactly, in memory and in the file.
#include "core/SampleProject.h"
#include "core/SampleStoreTest.h"
#include "coverage/CoverageReport.h"
#include "model/ScenarioCopy.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingOptimizer.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

class StructureEdits : public crewplan::test::SampleStoreTest {
protected:
    const Role& role(const char* name) const { return roleIn(baseline().id, name); }

    // Applies the edit, checks the file has it, undoes it, checks everything is as before.
    void roundTrip(const Edit& edit) {
        const Project before = project();
        auto inverse = store->apply(edit);
        ASSERT_TRUE(inverse.ok()) << inverse.message();
        EXPECT_FALSE(project() == before) << "the edit changed nothing";
        EXPECT_TRUE(reopened() == project()) << "the file differs from the model after the edit";
        auto redo = store->apply(*inverse);
        ASSERT_TRUE(redo.ok()) << redo.message();
        EXPECT_TRUE(project() == before) << "undo did not restore the model";
        EXPECT_TRUE(reopened() == before) << "undo did not restore the file";
        ASSERT_TRUE(store->apply(*redo).ok()); // redo works too
        EXPECT_TRUE(reopened() == project());
    }
};

} // namespace

TEST_F(StructureEdits, AddAndRemoveTeam) {
    Team platform{TeamId{store->project().nextId}, "ML Platform", "Runs the shared platform."};
    Role engineer;
    engineer.id = RoleId{platform.id.value + 1};
    engineer.team = platform.id;
    engineer.name = "MLOps Engineer";
    engineer.headcount = 2;
    engineer.costBand = {100000, 140000};
    engineer.requirements.push_back({project().findSkill("Docker & containers")->id,
                                     SkillLevel::Advanced, Importance::MustHave, "Platform work."});
    roundTrip(AddTeam{baseline().id, platform, {engineer}, {}, 1});
    EXPECT_EQ(baseline().teams[1].name, "ML Platform");
    EXPECT_EQ(reopened().scenarios[0].teams[1].name, "ML Platform");
}

TEST_F(StructureEdits, RemoveTeamTakesItsRolesAndAssignmentsAndUndoBringsThemBack) {
    const TeamId ds = baseline().findTeam("Data Science")->id;
    roundTrip(RemoveTeam{baseline().id, ds}); // ends with the removal redone
    EXPECT_EQ(baseline().findTeam("Data Science"), nullptr);
    EXPECT_EQ(baseline().roles.size(), 3u);       // DE, DevOps, QA
    EXPECT_EQ(baseline().assignments.size(), 3u); // Aisha, Bruno, Farid
}

TEST_F(StructureEdits, RenameTeamAndRefuseADuplicateName) {
    const TeamId qa = baseline().findTeam("QA")->id;
    roundTrip(UpdateTeam{baseline().id, qa, "Quality", "Tests everything."});
    auto clash = store->apply(UpdateTeam{baseline().id, qa, "DevOps", ""});
    ASSERT_FALSE(clash.ok());
    EXPECT_NE(clash.message().find("already has a team named 'DevOps'"), std::string::npos);
}

TEST_F(StructureEdits, AddRemoveAndUpdateRole) {
    Role lead;
    lead.id = RoleId{project().nextId};
    lead.team = baseline().findTeam("Data Engineering")->id;
    lead.name = "Lead Data Engineer";
    lead.headcount = 1;
    lead.costBand = {120000, 160000};
    roundTrip(AddRole{baseline().id, lead, {}, -1});
    roundTrip(RemoveRole{baseline().id, role("Data Scientist").id});
    roundTrip(UpdateRole{baseline().id, role("QA Engineer").id, "QA Lead", 2, {80000, 110000}});
}

TEST_F(StructureEdits, NewRoleGoesAfterItsTeamsLastRole) {
    Role lead;
    lead.id = RoleId{project().nextId};
    lead.team = baseline().findTeam("Data Science")->id;
    lead.name = "ML Lead";
    lead.headcount = 1;
    lead.costBand = {1, 2};
    ASSERT_TRUE(store->apply(AddRole{baseline().id, lead, {}, -1}).ok());
    // DE, Data Scientist, SME, ML Lead, DevOps, QA
    EXPECT_EQ(baseline().roles[3].name, "ML Lead");
    EXPECT_EQ(reopened().scenarios[0].roles[3].name, "ML Lead");
}

TEST_F(StructureEdits, ImpossibleRoleValuesAreRefused) {
    const RoleId qa = role("QA Engineer").id;
    const std::string before = readBytes(path);
    EXPECT_NE(
        store->apply(UpdateRole{baseline().id, qa, "", 1, {1, 2}}).message().find("needs a name"),
        std::string::npos);
    EXPECT_NE(
        store->apply(UpdateRole{baseline().id, qa, "QA", 0, {1, 2}}).message().find("at least 1"),
        std::string::npos);
    EXPECT_NE(
        store->apply(UpdateRole{baseline().id, qa, "QA", 1, {-1, 2}}).message().find("below 0"),
        std::string::npos);
    EXPECT_NE(
        store->apply(UpdateRole{baseline().id, qa, "QA", 1, {5, 2}}).message().find("maximum"),
        std::string::npos);
    EXPECT_EQ(readBytes(path), before);
}

TEST_F(StructureEdits, SetChangeAndRemoveARequirement) {
    const RoleId qa = role("QA Engineer").id;
    const SkillId docker = project().findSkill("Docker & containers")->id;
    const SkillId design = project().findSkill("Test design")->id;
    roundTrip(SetRequirement{
        baseline().id, qa, docker,
        RoleRequirement{docker, SkillLevel::Working, Importance::NiceToHave, ""}, -1});
    roundTrip(SetRequirement{
        baseline().id, qa, design,
        RoleRequirement{design, SkillLevel::Expert, Importance::MustHave, "Lead."}, -1});
    roundTrip(SetRequirement{baseline().id, qa, design, std::nullopt, -1});
    // Changing a requirement keeps its place in the list.
    const SkillId automation = project().findSkill("Test automation")->id;
    const auto placeOf = [&](SkillId skill) {
        const auto& reqs = role("QA Engineer").requirements;
        for (std::size_t i = 0; i < reqs.size(); ++i) {
            if (reqs[i].skill == skill)
                return static_cast<int>(i);
        }
        return -1;
    };
    const int place = placeOf(automation);
    ASSERT_GE(place, 0);
    ASSERT_TRUE(
        store
            ->apply(SetRequirement{
                baseline().id, qa, automation,
                RoleRequirement{automation, SkillLevel::Expert, Importance::MustHave, ""}, -1})
            .ok());
    EXPECT_EQ(placeOf(automation), place);
    EXPECT_EQ(role("QA Engineer").requirements[static_cast<std::size_t>(place)].minimum,
              SkillLevel::Expert);
}

TEST_F(StructureEdits, AddUpdateAndRemoveASkill) {
    Skill k8s{SkillId{project().nextId}, "Kubernetes", SkillCategory::PlatformDevOps,
              "Orchestrates containers."};
    roundTrip(AddSkill{k8s, -1, {}, {}, {}, {}});
    const SkillId sql = project().findSkill("SQL")->id;
    roundTrip(UpdateSkill{sql, "SQL & databases", SkillCategory::DataEngineering, "Queries."});
    auto clash = store->apply(UpdateSkill{sql, "python", SkillCategory::Programming, ""});
    ASSERT_FALSE(clash.ok());
    EXPECT_NE(clash.message().find("already has a skill named 'python'"), std::string::npos);
}

TEST_F(StructureEdits, RemovingASkillInUseAndUndoRestoresEveryUse) {
    const SkillId python = project().findSkill("Python")->id;
    roundTrip(RemoveSkill{python}); // ends with the removal redone
    for (const auto& person : project().people)
        EXPECT_EQ(person.level(python), SkillLevel::None);
    for (const auto& r : baseline().roles) {
        for (const auto& q : r.requirements)
            EXPECT_NE(q.skill, python);
    }
}

// Carrying out a recommendation is one edit: assignments, planned training and planned hires
// change together, reach the file, and undo restores all three.
TEST_F(StructureEdits, CarryingOutAPlanIsOneUndoableEdit) {
    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal);
    ASSERT_GT(plan.hires, 0);
    ASSERT_GT(plan.trainingCost, 0.0);
    roundTrip(planEdit(project(), baseline(), plan)); // ends with the plan carried out
    EXPECT_NEAR(baseline().trainingCost(), plan.trainingCost, 1e-6);
    EXPECT_NEAR(reopened().scenarios[0].trainingCost(), plan.trainingCost, 1e-6);
    const auto report = computeCoverage(project(), baseline());
    EXPECT_NEAR(*report.total.mustHave, 1.0, 1e-9);
    // The same staffing as the plan computed on a copy of the project before it.
    EXPECT_NEAR(*plan.coverageAfter, 1.0, 1e-9);
}

TEST_F(StructureEdits, OneStepOfAPlanAtATime) {
    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    const auto train = std::find_if(plan.steps.begin(), plan.steps.end(), [](const PlanStep& s) {
        return s.kind == PlanStep::Kind::Train;
    });
    ASSERT_NE(train, plan.steps.end());
    const auto index = static_cast<std::size_t>(train - plan.steps.begin());
    roundTrip(planEdit(project(), baseline(), plan, index));
    ASSERT_EQ(baseline().training.size(), 1u);
    const Person* trainee = project().findPerson(train->person);
    EXPECT_EQ(baseline().levelOf(*trainee, train->skill), train->to);
    EXPECT_LT(trainee->level(train->skill), train->to); // the profile itself is unchanged
}

TEST_F(StructureEdits, RemovingAPersonOrSkillTakesTheirPlannedTrainingAndUndoRestoresIt) {
    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    ASSERT_TRUE(store->apply(planEdit(project(), baseline(), plan)).ok());
    const PlannedTraining first = baseline().training.front();
    roundTrip(RemovePerson{first.person});
    EXPECT_EQ(baseline().findTraining(first.person, first.skill), nullptr);
}

// Training rates belong to the project: its default and a skill's own, in the file, undoable,
// used by the recommendations.
TEST_F(StructureEdits, TrainingRatesAreTheProjectsAndUndoable) {
    roundTrip(SetTrainingRate{{}, TrainingRate{7500, 4}});
    EXPECT_EQ(project().training, (TrainingRate{7500, 4}));
    EXPECT_EQ(reopened().training, (TrainingRate{7500, 4}));

    const SkillId spark = project().findSkill("Spark")->id;
    roundTrip(SetTrainingRate{spark, TrainingRate{20000, 10}});
    EXPECT_EQ(reopened().trainingPerSkill.at(spark), (TrainingRate{20000, 10}));
    const RecommendOptions options = RecommendOptions::forProject(project());
    EXPECT_EQ(options.rateFor(spark).costPerLevel, 20000);
    EXPECT_EQ(options.rateFor(project().findSkill("SQL")->id).costPerLevel, 7500);

    // Removing the skill takes its rate; undo brings it back.
    roundTrip(RemoveSkill{spark});
    EXPECT_TRUE(project().trainingPerSkill.empty());

    EXPECT_FALSE(store->apply(SetTrainingRate{{}, TrainingRate{-1, 2}}).ok());
    EXPECT_FALSE(store->apply(SetTrainingRate{{}, {}}).ok());
}

TEST_F(StructureEdits, ASkillsOwnRateGoesBackToTheDefault) {
    const SkillId sql = project().findSkill("SQL")->id;
    ASSERT_TRUE(store->apply(SetTrainingRate{sql, TrainingRate{1000, 1}}).ok());
    roundTrip(SetTrainingRate{sql, {}});
    EXPECT_EQ(project().trainingPerSkill.count(sql), 0u);
}

// The recruiting cost of a hire belongs to the project too: in the file, undoable, used by the
// recommendations; a share past 1,000 % (or not a number) is refused in our words.
TEST_F(StructureEdits, TheRecruitingCostIsTheProjectsAndUndoable) {
    EXPECT_DOUBLE_EQ(project().recruitingShare, 0.2); // a new project's
    roundTrip(SetRecruitingShare{0.35});
    EXPECT_DOUBLE_EQ(project().recruitingShare, 0.35);
    EXPECT_DOUBLE_EQ(reopened().recruitingShare, 0.35);
    EXPECT_DOUBLE_EQ(RecommendOptions::forProject(project()).recruitingShare, 0.35);

    const auto tooMuch = store->apply(SetRecruitingShare{10.5});
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.message(),
              "The recruiting cost must be between 0 and 1,000 % of a hire's yearly cost.");
    EXPECT_FALSE(store->apply(SetRecruitingShare{-0.1}).ok());
    EXPECT_FALSE(store->apply(SetRecruitingShare{std::nan("")}).ok());
    EXPECT_DOUBLE_EQ(reopened().recruitingShare, 0.35); // nothing saved was lost

    // With no recruiting cost, a plan's hires cost their salary alone.
    ASSERT_TRUE(store->apply(SetRecruitingShare{0.0}).ok());
    const StaffingPlan plan =
        recommend(project(), baseline(), RecommendOptions::forProject(project()));
    ASSERT_TRUE(plan.found());
    ASSERT_GT(plan.hires, 0); // as with test::hiringOptions(), which sets the same share
    EXPECT_DOUBLE_EQ(plan.recruitingCost, 0.0);
}

// The time line's dates (schema 5): a scenario's horizon, a person's tenure, a training's start
// and a role's ramp-up are each one edit, in the file, undoable; impossible dates are refused in
// our words and leave the file as it was.
TEST_F(StructureEdits, TimeLineDatesAreEditsInTheFileAndUndoable) {
    const Month march = Month::of(2027, 3);
    roundTrip(SetHorizon{baseline().id, Month::of(2027, 1), 12});
    EXPECT_EQ(reopened().scenarios.front().horizonStart, Month::of(2027, 1));
    EXPECT_EQ(reopened().scenarios.front().horizonMonths, 12);

    const PersonId leaver = project().people.front().id;
    const std::string name = project().people.front().name;
    roundTrip(SetTenure{baseline().id, leaver, {std::nullopt, Month::of(2027, 6)}});
    EXPECT_EQ(reopened().scenarios.front().tenure.at(leaver).end, Month::of(2027, 6));
    roundTrip(SetTenure{baseline().id, leaver, {}}); // back to "there throughout"
    EXPECT_TRUE(project().scenarios.front().tenure.empty());

    const Role qa = role("QA Engineer"); // a copy: edits replace the scenario's roles
    roundTrip(UpdateRole{baseline().id, qa.id, qa.name, qa.headcount, qa.costBand, 4});
    EXPECT_EQ(roleIn(baseline().id, "QA Engineer").rampUpMonths, 4);

    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    ASSERT_TRUE(store->apply(planEdit(project(), baseline(), plan)).ok());
    const PlannedTraining first = baseline().training.front();
    roundTrip(SetTrainingStart{baseline().id, first.person, first.skill, march});
    EXPECT_EQ(reopened().scenarios.front().findTraining(first.person, first.skill)->start, march);

    const Project before = project();
    const auto backwards =
        store->apply(SetTenure{baseline().id, leaver, {Month::of(2027, 6), Month::of(2027, 6)}});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.message(), name + ": the month they leave (2027-06, the first they are "
                                          "gone) must come after the month they join (2027-06).");
    EXPECT_FALSE(store->apply(SetHorizon{baseline().id, march, 0}).ok());
    EXPECT_FALSE(store->apply(SetHorizon{baseline().id, Month::of(3100, 1), 12}).ok());
    EXPECT_FALSE(
        store->apply(UpdateRole{baseline().id, qa.id, qa.name, qa.headcount, qa.costBand, 25})
            .ok());
    EXPECT_TRUE(reopened() == before);
}

// Removing a person with dates (alone, or with others), or a planned hire with the staffing,
// takes the dates with them; undo puts them back.
TEST_F(StructureEdits, RemovingAPersonTakesTheirDatesAndUndoRestoresThem) {
    const PersonId first = project().people.front().id;
    const PersonId second = project().people[1].id;
    ASSERT_TRUE(
        store->apply(SetTenure{baseline().id, first, {Month::of(2027, 2), Month::of(2027, 8)}})
            .ok());
    ASSERT_TRUE(
        store->apply(SetTenure{baseline().id, second, {std::nullopt, Month::of(2027, 5)}}).ok());
    roundTrip(RemovePerson{first});
    EXPECT_EQ(project().scenarios.front().tenure.count(first), 0u);
    roundTrip(RemovePeople{{second}});
    EXPECT_TRUE(project().scenarios.front().tenure.empty());

    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    ASSERT_GT(plan.hires, 0);
    ASSERT_TRUE(store->apply(planEdit(project(), baseline(), plan)).ok());
    PersonId hire;
    for (const auto& p : project().people) {
        if (p.status == PersonStatus::PlannedHire && p.scenario == baseline().id)
            hire = p.id;
    }
    ASSERT_TRUE(
        store->apply(SetTenure{baseline().id, hire, {Month::of(2027, 6), std::nullopt}}).ok());
    ReplaceStaffing without{baseline().id, {}, baseline().training, {}, {hire}};
    std::erase_if(without.training, [&](const PlannedTraining& t) { return t.person == hire; });
    roundTrip(without);
    EXPECT_EQ(project().scenarios.front().tenure.count(hire), 0u);
}

// An edit that changes nothing equals its inverse (the window then makes no undo step of it),
// and carrying out a plan keeps the start month of training it plans again.
TEST_F(StructureEdits, UnchangedRolesAndReplannedTrainingKeepWhatTheyHad) {
    const Role qa = role("QA Engineer");
    const UpdateRole same{baseline().id, qa.id, qa.name, qa.headcount, qa.costBand};
    const auto inverse = store->apply(same);
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    EXPECT_TRUE(*inverse == Edit{same});

    const StaffingPlan plan = recommend(project(), baseline(), test::hiringOptions());
    ASSERT_TRUE(store->apply(planEdit(project(), baseline(), plan)).ok());
    const PlannedTraining first = baseline().training.front();
    ASSERT_TRUE(
        store->apply(SetTrainingStart{baseline().id, first.person, first.skill, Month::of(2027, 5)})
            .ok());
    ASSERT_TRUE(store->apply(planEdit(project(), baseline(), plan)).ok()); // Apply all again
    EXPECT_EQ(baseline().findTraining(first.person, first.skill)->start, Month::of(2027, 5));
}

// A copied scenario keeps its dates, its own planned hires' included.
TEST_F(StructureEdits, ACopiedScenarioKeepsItsTimeLine) {
    const Person& someone = project().people.front();
    ASSERT_TRUE(store->apply(SetHorizon{baseline().id, Month::of(2027, 1), 18}).ok());
    ASSERT_TRUE(
        store->apply(SetTenure{baseline().id, someone.id, {Month::of(2027, 4), std::nullopt}})
            .ok());
    Project copy = project();
    const ScenarioId id = cloneScenario(copy, baseline().id, "Copy");
    const Scenario& cloned = *copy.findScenario(id);
    EXPECT_EQ(cloned.horizonStart, Month::of(2027, 1));
    EXPECT_EQ(cloned.horizonMonths, 18);
    EXPECT_EQ(cloned.tenure.at(someone.id).start, Month::of(2027, 4));
}
