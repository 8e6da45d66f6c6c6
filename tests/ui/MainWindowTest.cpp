// The workbench end to end: open the sample, add a person, set skills, assign them, watch
// coverage follow the formulas, undo, redo, and find it all in the file after reopening.
#include "Actions.h"
#include "UiTestSupport.h"
#include "coverage/NearMisses.h"
#include "models/ComparisonModel.h"
#include "models/PeopleModel.h"
#include "models/PersonSkillsModel.h"
#include "models/ScenariosModel.h"
#include "models/TeamPlanModel.h"
#include "views/CompareView.h"
#include "views/InsightsView.h"
#include "views/PeopleView.h"
#include "views/RoleEditor.h"
#include "views/ScenariosPanel.h"
#include "views/TeamPlanView.h"

#include <QAction>
#include <QColor>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

const Role& roleNamed(const Scenario& scenario, const char* name) {
    for (const auto& role : scenario.roles) {
        if (role.name == name)
            return role;
    }
    throw std::runtime_error("no role");
}

double qaMustHave(const ProjectDocument& document) {
    return document.coverage().teams[3].figures.mustHave.value_or(-1.0);
}

} // namespace

TEST(Workbench, OpensTheSampleWithTitleTeamsAndRecentFile) {
    Workbench w;
    EXPECT_TRUE(w.errors.isEmpty());
    EXPECT_TRUE(w.window->windowTitle().contains(QStringLiteral("sample.crewplan")));
    EXPECT_TRUE(w.window->windowTitle().contains(QStringLiteral("MLOps team (sample)")));
    EXPECT_EQ(w.window->teamPlan()->planModel()->rowCount(), 4);
    EXPECT_EQ(w.window->peopleView()->peopleModel()->rowCount(), 8);
    // Insights: the near misses section counts what the core finds (Bruno: Spark, Data lakes, ML
    // workflow; Dana: ML workflow; …), one entry each.
    const auto misses = nearMisses(w.document.coverage());
    ASSERT_EQ(w.window->insights()->topLevelItemCount(), 6);
    EXPECT_EQ(w.window->insights()->topLevelItem(2)->text(0),
              QStringLiteral("%1 near misses: one level short").arg(misses.size()));
    EXPECT_EQ(w.window->insights()->topLevelItem(2)->childCount(), static_cast<int>(misses.size()));
    EXPECT_GE(misses.size(), 4u);
    ASSERT_FALSE(w.preferences.recentFiles.get().isEmpty());
    EXPECT_TRUE(
        w.preferences.recentFiles.get().front().endsWith(QStringLiteral("sample.crewplan")));
}

TEST(Workbench, AddPersonSetSkillsAssignUndoRedoAndReopen) {
    Workbench w;
    ProjectDocument& doc = w.document;
    auto* people = w.window->peopleView()->peopleModel();
    const int before = people->rowCount();
    EXPECT_DOUBLE_EQ(qaMustHave(doc), 0.0); // QA has nobody

    // Add a person and name them: two undo steps.
    w.window->actions().get(ActionId::AddPerson)->trigger();
    ASSERT_EQ(people->rowCount(), before + 1);
    const PersonId ivy = w.window->peopleView()->currentPerson();
    ASSERT_TRUE(ivy.valid());
    ASSERT_TRUE(people->setData(people->index(people->rowOf(ivy), PeopleModel::Name),
                                QStringLiteral("Ivy Chen"), Qt::EditRole));

    // Her levels, through the skill editor's model.
    auto* skills = w.window->peopleView()->skillsModel();
    ASSERT_EQ(skills->person(), ivy);
    const Project& project = doc.project();
    for (const auto& [skill, level] : {std::pair("Test design", 4), std::pair("Test automation", 3),
                                       std::pair("Data & model testing", 2)}) {
        const QModelIndex cell =
            skills->indexOfSkill(project.findSkill(skill)->id, PersonSkillsModel::Level);
        ASSERT_TRUE(skills->setData(cell, level, Qt::EditRole)) << skill;
    }
    EXPECT_EQ(doc.person(ivy)->level(project.findSkill("Test design")->id), SkillLevel::Expert);
    EXPECT_DOUBLE_EQ(qaMustHave(doc), 0.0); // skills alone cover nothing: she is not assigned

    // Drop her on the QA Engineer role, as a drag from the people table would.
    auto* plan = w.window->teamPlan()->planModel();
    const RoleId qa = roleNamed(doc.scenario(), "QA Engineer").id;
    std::unique_ptr<QMimeData> drag(people->mimeData({people->index(people->rowOf(ivy), 0)}));
    ASSERT_TRUE(plan->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, plan->indexOfRole(qa)));
    EXPECT_DOUBLE_EQ(doc.scenario().allocationOf(ivy), 1.0);
    // met = min(1, 1.0 / 1) for each of QA's three must-haves, all held: (1 + 1 + 1) / 3 = 100 %
    EXPECT_DOUBLE_EQ(qaMustHave(doc), 1.0);
    EXPECT_EQ(w.window->insights()->topLevelItem(0)->text(0),
              QStringLiteral("0 uncovered must-haves"));

    QUndoStack* stack = doc.undoStack();
    EXPECT_EQ(stack->count(), 6); // add, rename, three levels, assign
    w.window->actions().get(ActionId::Undo)->trigger();
    EXPECT_DOUBLE_EQ(qaMustHave(doc), 0.0); // unassigned again
    EXPECT_DOUBLE_EQ(doc.scenario().allocationOf(ivy), 0.0);
    w.window->actions().get(ActionId::Redo)->trigger();
    EXPECT_DOUBLE_EQ(qaMustHave(doc), 1.0);

    // Everything is in the file already: reopen it elsewhere.
    auto again = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(again.ok()) << again.message();
    const Person* stored = again->project().findPerson(ivy);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->name, "Ivy Chen");
    EXPECT_EQ(stored->level(again->project().findSkill("Test automation")->id),
              SkillLevel::Advanced);
    EXPECT_DOUBLE_EQ(again->project().scenarios[0].allocationOf(ivy), 1.0);

    // Undo all of it: the person is gone, from the view and from the file.
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(people->rowCount(), before);
    EXPECT_EQ(ProjectStore::open(w.samplePath)->project().findPerson(ivy), nullptr);
}

TEST(Workbench, TypingIntoOneFieldIsOneUndoStep) {
    Workbench w;
    auto* people = w.window->peopleView()->peopleModel();
    const QModelIndex name = people->index(0, PeopleModel::Name);
    const QString original = name.data().toString();
    for (const char* text : {"A", "Ai", "Ais", "Aish"})
        ASSERT_TRUE(people->setData(name, QString::fromLatin1(text), Qt::EditRole));
    EXPECT_EQ(w.document.undoStack()->count(), 1);
    w.document.undoStack()->undo();
    EXPECT_EQ(people->index(0, PeopleModel::Name).data().toString(), original);
}

TEST(Workbench, ImpossibleValuesAreRefusedWithTheReason) {
    Workbench w;
    auto* people = w.window->peopleView()->peopleModel();
    QStringList refusals;
    QObject::connect(&w.document, &ProjectDocument::editRefused,
                     [&](const QString& why) { refusals << why; });
    const int row = 0; // Aisha: FTE 1, fully allocated
    EXPECT_FALSE(people->setData(people->index(row, PeopleModel::Fte), 1.5, Qt::EditRole));
    EXPECT_TRUE(
        people->lastError().contains(QStringLiteral("FTE must be more than 0 and at most 1")));
    EXPECT_FALSE(people->setData(people->index(row, PeopleModel::Fte), 0.5, Qt::EditRole));
    EXPECT_TRUE(
        people->lastError().contains(QStringLiteral("lower the allocations before the FTE")));
    EXPECT_FALSE(people->setData(people->index(row, PeopleModel::YearlyCost), -10, Qt::EditRole));
    EXPECT_TRUE(people->lastError().contains(QStringLiteral("cannot be negative")));
    EXPECT_FALSE(people->setData(people->index(row, PeopleModel::Name), QStringLiteral("   "),
                                 Qt::EditRole));
    EXPECT_TRUE(people->lastError().contains(QStringLiteral("needs a name")));
    // Assigning someone with no FTE left says so.
    auto* plan = w.window->teamPlan()->planModel();
    const PersonId aisha = people->personAt(row);
    const auto reason = plan->assign(aisha, roleNamed(w.document.scenario(), "QA Engineer").id);
    ASSERT_TRUE(reason.has_value());
    EXPECT_TRUE(reason->contains(QStringLiteral("has no FTE left")));
    EXPECT_EQ(refusals.size(), 5);
    EXPECT_EQ(w.document.undoStack()->count(), 0);
}

TEST(Workbench, RefusedFileIsReportedAndTheOpenProjectStays) {
    Workbench w;
    const auto bad = test::copyFixture(w.dir, "not-sqlite.crewplan");
    EXPECT_FALSE(w.window->openFile(QString::fromStdString(bad)));
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors.front().contains(QStringLiteral("not a Crewplan project")));
    ASSERT_TRUE(w.document.isOpen());
    EXPECT_EQ(w.document.filePath(), QString::fromStdString(w.samplePath));
}

TEST(Workbench, NewProjectFromTheTemplateRefusesAnExistingFile) {
    Workbench w(false);
    w.dialogs.nextSave = QString::fromStdString(w.dir.file("new.crewplan"));
    ASSERT_TRUE(w.window->newProject(QStringLiteral("mlops")));
    EXPECT_EQ(w.document.scenario().teams.size(), 4u);
    EXPECT_EQ(w.window->teamPlan()->planModel()->rowCount(), 4);
    EXPECT_FALSE(w.window->newProject(QStringLiteral("mlops"))); // the same path again
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors.front().contains(QStringLiteral("already exists")));
}

TEST(Workbench, AddTeamAndRoleThenUndo) {
    Workbench w;
    w.window->actions().get(ActionId::AddTeam)->trigger();
    EXPECT_EQ(w.document.scenario().teams.size(), 5u);
    EXPECT_EQ(w.window->teamPlan()->currentTeam(), w.document.scenario().teams.back().id);
    w.window->actions().get(ActionId::AddRole)->trigger();
    EXPECT_EQ(w.document.scenario().rolesOf(w.document.scenario().teams.back().id).size(), 1u);
    w.document.undoStack()->undo();
    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.scenario().teams.size(), 4u);
}

TEST(Workbench, DraggingAnAssignmentMovesOrUnassignsIt) {
    Workbench w;
    ProjectDocument& doc = w.document;
    auto* plan = w.window->teamPlan()->planModel();
    auto* people = w.window->peopleView()->peopleModel();
    const Scenario& scenario = doc.scenario();
    const RoleId de = roleNamed(scenario, "Data Engineer").id;
    const RoleId qa = roleNamed(scenario, "QA Engineer").id;
    const QModelIndex deIndex = plan->indexOfRole(de);
    const QModelIndex aisha = plan->index(0, 0, deIndex); // Aisha Khan, 1.0
    ASSERT_EQ(plan->kindOf(aisha), TeamPlanModel::Kind::Assignment);
    const PersonId person = plan->personOf(aisha);

    // Onto the QA Engineer role: moved, in one undo step.
    std::unique_ptr<QMimeData> drag(plan->mimeData({aisha}));
    ASSERT_NE(drag, nullptr);
    ASSERT_TRUE(plan->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, plan->indexOfRole(qa)));
    EXPECT_EQ(doc.scenario().findRole(qa)->id, qa);
    double inDe = 0, inQa = 0;
    for (const auto& a : doc.scenario().assignments) {
        inDe += a.person == person && a.role == de ? a.allocation : 0.0;
        inQa += a.person == person && a.role == qa ? a.allocation : 0.0;
    }
    EXPECT_DOUBLE_EQ(inDe, 0.0);
    EXPECT_DOUBLE_EQ(inQa, 1.0);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_DOUBLE_EQ(doc.scenario().allocationOf(person), 1.0);

    // Onto the people table: unassigned. (Undo put her back last among the role's people.)
    QModelIndex back;
    for (int r = 0; r < plan->rowCount(plan->indexOfRole(de)); ++r) {
        const QModelIndex slot = plan->index(r, 0, plan->indexOfRole(de));
        if (plan->personOf(slot) == person)
            back = slot;
    }
    ASSERT_TRUE(back.isValid());
    std::unique_ptr<QMimeData> again(plan->mimeData({back}));
    ASSERT_TRUE(people->canDropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    ASSERT_TRUE(people->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_DOUBLE_EQ(doc.scenario().allocationOf(person), 0.0);
}

TEST(Workbench, ScenariosPanelDuplicatesRenamesSwitchesAndDeletes) {
    Workbench w;
    ProjectDocument& doc = w.document;
    ScenariosPanel* panel = w.window->scenariosPanel();
    auto* model = panel->scenariosModel();
    ASSERT_EQ(model->rowCount(), 2);

    panel->duplicateCurrent();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(doc.scenario().name, "Current staffing (copy)"); // the copy becomes current
    EXPECT_TRUE(w.window->windowTitle().contains(QStringLiteral("Current staffing (copy)")));
    ASSERT_TRUE(model->setData(model->index(2, ScenariosModel::Name), QStringLiteral("Lean"),
                               Qt::EditRole));
    EXPECT_EQ(doc.scenario().name, "Lean");

    // Editing the copy leaves the original alone.
    const RoleId qa = roleNamed(doc.scenario(), "QA Engineer").id;
    ASSERT_FALSE(doc.apply(UpdateRole{doc.scenario().id, qa, "QA Engineer", 2, {70000, 100000}},
                           QStringLiteral("x")));
    EXPECT_EQ(roleNamed(*doc.project().findScenario("Current staffing"), "QA Engineer").headcount,
              1);

    // Switching by selecting a row (the switch is queued: let it run).
    panel->table()->setCurrentIndex(model->index(0, 0));
    QCoreApplication::processEvents();
    EXPECT_EQ(doc.scenario().name, "Current staffing");

    // Delete Lean and undo: it comes back whole.
    doc.setScenario(doc.project().findScenario("Lean")->id);
    const Scenario lean = doc.scenario();
    panel->removeCurrent();
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(doc.project().findScenario("Lean"), nullptr);
    doc.undoStack()->undo();
    ASSERT_NE(doc.project().findScenario("Lean"), nullptr);
    EXPECT_TRUE(*doc.project().findScenario("Lean") == lean);
    EXPECT_EQ(ProjectStore::open(w.samplePath)->project().scenarios.size(), 3u);
}

TEST(Workbench, CompareViewShowsTheFiguresAndTheDifferences) {
    Workbench w;
    w.window->tabs()->setCurrentWidget(w.window->compareView());
    w.window->show();
    CompareView* view = w.window->compareView();
    view->setCompared(
        {QStringLiteral("Current staffing"), QStringLiteral("Hire QA and a senior DE")});
    ComparisonModel* model = view->comparisonModel();
    ASSERT_EQ(model->columnCount(), 2);
    int mustHaveRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() ==
            QStringLiteral("Must-have coverage"))
            mustHaveRow = r;
    }
    ASSERT_GE(mustHaveRow, 0);
    EXPECT_EQ(model->index(mustHaveRow, 0).data().toString(), QStringLiteral("79.2 %"));
    EXPECT_EQ(model->index(mustHaveRow, 1).data().toString(), QStringLiteral("90.0 %  (+10.8 pp)"));
    EXPECT_EQ(model->index(mustHaveRow, 1).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0x2e, 0x7d, 0x32));
    ASSERT_EQ(view->differences()->topLevelItemCount(), 1);
    EXPECT_EQ(view->differences()->topLevelItem(0)->childCount(), 4);
}

TEST(Workbench, ClosingTheProjectEmptiesEveryViewAndAsksNothing) {
    Workbench w;
    w.window->roleEditor()->setRole(w.document.scenario().roles.front().id);
    ASSERT_FALSE(w.window->roleEditor()->nameEdit()->text().isEmpty());
    w.window->actions().get(ActionId::Close)->trigger();
    EXPECT_FALSE(w.document.isOpen());
    EXPECT_EQ(w.window->windowTitle(), QStringLiteral("Crewplan"));
    EXPECT_EQ(w.window->peopleView()->peopleModel()->rowCount(), 0);
    EXPECT_EQ(w.window->teamPlan()->planModel()->rowCount(), 0);
    EXPECT_EQ(w.window->scenariosPanel()->scenariosModel()->rowCount(), 0);
    EXPECT_FALSE(w.window->actions().get(ActionId::AddPerson)->isEnabled());
    EXPECT_FALSE(w.window->tabs()->isEnabled());
    // The role editor shows no role (not the closed project's), and the scenario buttons are off.
    EXPECT_TRUE(w.window->roleEditor()->nameEdit()->text().isEmpty());
    for (QPushButton* button : w.window->scenariosPanel()->findChildren<QPushButton*>())
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    // Reopening from the recent files works as before.
    ASSERT_TRUE(w.window->openFile(w.preferences.recentFiles.get().front()));
    EXPECT_EQ(w.window->teamPlan()->planModel()->rowCount(), 4);
}
