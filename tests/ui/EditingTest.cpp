// Typing in the role editor as a person does (QTest key clicks on the real window): text is
// stored as typed, a typed number arrives whole, and the skill picker stays where it was.
#include "Actions.h"
#include "UiTestSupport.h"
#include "model/Project.h"
#include "models/PeopleModel.h"
#include "models/PersonSkillsModel.h"
#include "models/TeamPlanModel.h"
#include "views/InsightsView.h"
#include "views/PeopleView.h"
#include "views/RoleEditor.h"
#include "views/TeamEditor.h"
#include "views/TeamPlanView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

const Role& firstRole(const ProjectDocument& document) {
    return document.scenario().roles.front();
}

} // namespace

TEST(Editing, ARoleNameIsStoredAsTypedSpacesIncluded) {
    Workbench w;
    RoleEditor& editor = *w.window->roleEditor();
    const RoleId role = firstRole(w.document).id;
    editor.setRole(role);
    QLineEdit* name = editor.nameEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("ML Engineer"));
    // Nothing is stored while typing…
    EXPECT_EQ(w.document.undoStack()->count(), 0);
    QTest::keyClick(name, Qt::Key_Return);
    // …and all of it, as typed, when the field is done: one undo step.
    EXPECT_EQ(w.document.scenario().findRole(role)->name, "ML Engineer");
    EXPECT_EQ(name->text(), QStringLiteral("ML Engineer"));
    EXPECT_EQ(w.document.undoStack()->count(), 1);
}

TEST(Editing, ATypedCostArrivesWholeAndAnImpossibleOneIsRefused) {
    Workbench w;
    RoleEditor& editor = *w.window->roleEditor();
    const Role& role = firstRole(w.document);
    const RoleId id = role.id;
    const CostBand before = role.costBand;
    editor.setRole(id);
    auto boxes = editor.findChildren<QSpinBox*>();
    QSpinBox* minimum = nullptr;
    for (QSpinBox* box : boxes) {
        if (box->value() == static_cast<int>(before.minimum))
            minimum = box;
    }
    ASSERT_NE(minimum, nullptr);
    // 200000 above the band's maximum: refused whole, never stored as 2, 20, 200, 2000 or 20000.
    minimum->selectAll();
    QTest::keyClicks(minimum, QStringLiteral("200000"));
    QTest::keyClick(minimum, Qt::Key_Return);
    EXPECT_EQ(w.document.scenario().findRole(id)->costBand, before);
    // A possible one is stored as typed.
    minimum->selectAll();
    const std::int64_t wanted = before.minimum + 1000;
    QTest::keyClicks(minimum, QString::number(wanted));
    QTest::keyClick(minimum, Qt::Key_Return);
    EXPECT_EQ(w.document.scenario().findRole(id)->costBand.minimum, wanted);
    EXPECT_EQ(w.document.undoStack()->count(), 1);
}

TEST(Editing, TheSkillPickerStaysWhereItWasAfterRequire) {
    Workbench w;
    RoleEditor& editor = *w.window->roleEditor();
    editor.setRole(firstRole(w.document).id);
    QComboBox* picker = editor.skillPicker();
    ASSERT_GT(picker->count(), 3);
    picker->setCurrentIndex(2);
    const QString next = picker->itemText(3);
    QPushButton* require = nullptr;
    for (QPushButton* button : editor.findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Require"))
            require = button;
    }
    ASSERT_NE(require, nullptr);
    QTest::mouseClick(require, Qt::LeftButton);
    EXPECT_EQ(picker->currentIndex(), 2);
    EXPECT_EQ(picker->currentText(), next); // the one after the skill just required
}

TEST(Editing, AddTeamOpensItsNameEditorAndTypingNamesIt) {
    Workbench w;
    w.window->show();
    // Focus was in a role's name field before: typing must not go there.
    RoleEditor& editor = *w.window->roleEditor();
    const Role& before = firstRole(w.document);
    const RoleId role = before.id;
    const std::string roleName = before.name;
    editor.setRole(role);
    editor.nameEdit()->setFocus();
    w.window->actions().get(ActionId::AddTeam)->trigger();
    QApplication::processEvents();
    auto* plan = w.window->teamPlan();
    QLineEdit* name = plan->findChild<QLineEdit*>();
    ASSERT_NE(name, nullptr);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("ML Platform"));
    QTest::keyClick(name, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(w.document.scenario().teams.back().name, "ML Platform");
    EXPECT_EQ(w.document.scenario().findRole(role)->name, roleName);
    EXPECT_EQ(w.document.undoStack()->count(), 2); // add, rename
    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.scenario().teams.back().name, "New team");
}

TEST(Editing, ATeamIsRenamedInPlaceAndAnEmptyNameIsRefused) {
    Workbench w;
    auto* model = w.window->teamPlan()->planModel();
    const TeamId team = w.document.scenario().teams.front().id;
    const QModelIndex index = model->indexOfTeam(team);
    ASSERT_TRUE(model->flags(index) & Qt::ItemIsEditable);
    EXPECT_TRUE(model->setData(index, QStringLiteral("Data Platform")));
    EXPECT_EQ(w.document.scenario().findTeam(team)->name, "Data Platform");
    EXPECT_FALSE(model->setData(model->indexOfTeam(team), QStringLiteral("   ")));
    EXPECT_EQ(w.document.scenario().findTeam(team)->name, "Data Platform");
    EXPECT_EQ(w.document.undoStack()->count(), 1);
}

TEST(Editing, AnFteOfOneAndAHalfIsRefusedWithTheReasonNotClamped) {
    Workbench w;
    PeopleView& people = *w.window->peopleView();
    QTableView* table = people.table();
    // Someone assigned nowhere, so that any FTE in (0, 1] is possible for them.
    int row = 0;
    while (w.document.scenario().allocationOf(people.peopleModel()->personAt(row)) > 0)
        ++row;
    const QModelIndex fte = table->model()->index(row, PeopleModel::Fte);
    const PersonId id = people.peopleModel()->personAt(row);
    const double before = w.document.person(id)->fte;
    QStringList refusals;
    QObject::connect(&w.document, &ProjectDocument::editRefused,
                     [&](const QString& why) { refusals << why; });
    // The cell's own editor, as a double-click opens it.
    QAbstractItemDelegate* delegate = table->itemDelegateForIndex(fte);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), {}, fte));
    auto* line = qobject_cast<QLineEdit*>(editor.get());
    ASSERT_NE(line, nullptr);
    delegate->setEditorData(line, fte);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("1.5"));
    delegate->setModelData(line, table->model(), fte);
    EXPECT_DOUBLE_EQ(w.document.person(id)->fte, before); // not 1, not anything: refused
    ASSERT_FALSE(refusals.isEmpty());
    EXPECT_TRUE(refusals.back().contains(QStringLiteral("1.5 given")))
        << refusals.back().toStdString();
    // Not a number at all: said so.
    line->setText(QStringLiteral("lots"));
    delegate->setModelData(line, table->model(), fte);
    EXPECT_TRUE(refusals.back().contains(QStringLiteral("is not a number")));
    // A possible one is stored as typed, group separators and all (the yearly cost column).
    const QModelIndex cost = table->model()->index(row, PeopleModel::YearlyCost);
    std::unique_ptr<QWidget> costEditor(
        table->itemDelegateForIndex(cost)->createEditor(table->viewport(), {}, cost));
    auto* costLine = qobject_cast<QLineEdit*>(costEditor.get());
    ASSERT_NE(costLine, nullptr);
    costLine->setText(QStringLiteral("123,456"));
    table->itemDelegateForIndex(cost)->setModelData(costLine, table->model(), cost);
    EXPECT_EQ(w.document.person(id)->yearlyCost, 123456)
        << refusals.join(QStringLiteral(" | ")).toStdString();
}

TEST(Editing, TheStatusEditorIsNotClipped) {
    Workbench w;
    QTableView* table = w.window->peopleView()->table();
    const QModelIndex status = table->model()->index(0, PeopleModel::Status);
    std::unique_ptr<QWidget> editor(
        table->itemDelegateForIndex(status)->createEditor(table->viewport(), {}, status));
    auto* combo = qobject_cast<QComboBox*>(editor.get());
    ASSERT_NE(combo, nullptr);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    EXPECT_GE(table->columnWidth(PeopleModel::Status), combo->sizeHint().width());
}

TEST(Editing, RemovingATeamWithRolesAsksFirst) {
    Workbench w;
    const Team team = w.document.scenario().teams.front();
    w.window->teamPlan()->selectTeam(team.id);
    w.confirmAnswer = false;
    w.window->actions().get(ActionId::RemoveTeamOrRole)->trigger();
    ASSERT_EQ(w.questions.size(), 1);
    EXPECT_TRUE(w.questions.front().contains(QStringLiteral("Data Engineer")))
        << w.questions.front().toStdString();
    EXPECT_NE(w.document.scenario().findTeam(team.id), nullptr); // "No": nothing removed
    w.confirmAnswer = true;
    w.window->actions().get(ActionId::RemoveTeamOrRole)->trigger();
    EXPECT_EQ(w.document.scenario().findTeam(team.id), nullptr);
    w.document.undoStack()->undo();
    EXPECT_NE(w.document.scenario().findTeam(team.id), nullptr);
    // An empty team goes without a question.
    w.window->actions().get(ActionId::AddTeam)->trigger();
    QApplication::processEvents();
    w.window->teamPlan()->setFocus(); // the name editor closes unchanged
    const TeamId empty = w.document.scenario().teams.back().id;
    w.window->teamPlan()->selectTeam(empty);
    w.window->actions().get(ActionId::RemoveTeamOrRole)->trigger();
    EXPECT_EQ(w.questions.size(), 2); // the two above only
    EXPECT_EQ(w.document.scenario().findTeam(empty), nullptr);
}

TEST(Editing, DownAndUpInTheSkillProfileGoFromSkillToSkill) {
    Workbench w;
    PeopleView& people = *w.window->peopleView();
    const PersonId id = w.document.project().people.front().id;
    people.selectPerson(id);
    QTreeView* tree = people.skillTree();
    auto* model = static_cast<PersonSkillsModel*>(tree->model());
    ASSERT_GT(model->rowCount(), 1);
    // The last skill of the first category: Down leads to the next category's first skill.
    const QModelIndex firstGroup = model->index(0, 0);
    const QModelIndex lastOfFirst = model->index(model->rowCount(firstGroup) - 1, 0, firstGroup);
    const QModelIndex firstOfSecond = model->index(0, 0, model->index(1, 0));
    tree->setCurrentIndex(lastOfFirst);
    QTest::keyClick(tree, Qt::Key_Down);
    EXPECT_EQ(tree->currentIndex().row(), firstOfSecond.row());
    EXPECT_EQ(model->skillAt(tree->currentIndex()), model->skillAt(firstOfSecond));
    // Typing a level there sets it: the cursor is on a skill, not on a category row.
    const SkillId skill = model->skillAt(firstOfSecond);
    const int other = (static_cast<int>(w.document.person(id)->level(skill)) + 1) % 5;
    QTest::keyClick(tree, static_cast<Qt::Key>(Qt::Key_0 + other));
    EXPECT_EQ(static_cast<int>(w.document.person(id)->level(skill)), other);
    QTest::keyClick(tree, Qt::Key_Up);
    EXPECT_EQ(model->skillAt(tree->currentIndex()), model->skillAt(lastOfFirst));
    // Up from the very first skill stays there.
    tree->setCurrentIndex(model->index(0, 0, firstGroup));
    QTest::keyClick(tree, Qt::Key_Up);
    EXPECT_EQ(model->skillAt(tree->currentIndex()), model->skillAt(model->index(0, 0, firstGroup)));
}

TEST(Editing, TeamPlanColumnsAreAsWideAsTheirTextAndInsightsKeepAWidth) {
    Workbench w;
    TeamPlanView& plan = *w.window->teamPlan();
    // Rename a role to something long, as a user does: the column follows.
    const Role& role = firstRole(w.document);
    ASSERT_FALSE(
        w.document.apply(UpdateRole{w.document.scenario().id, role.id,
                                    "Senior subject-matter expert", role.headcount, role.costBand},
                         QStringLiteral("rename")));
    QApplication::processEvents();
    const int em = plan.fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column : {int(TeamPlanModel::Name), int(TeamPlanModel::Staffing)}) {
        const int shown = plan.header()->sectionSize(column);
        plan.resizeColumnToContents(column); // what the text needs
        EXPECT_GE(shown, std::min(plan.header()->sectionSize(column), 24 * em))
            << "column " << column << " cuts its text";
    }
    EXPECT_GE(w.window->insights()->minimumWidth(), 10 * em);
}

TEST(Editing, TheTeamEditorRenamesAndDescribesATeamEachAsOneUndoStep) {
    Workbench w;
    const TeamId team = w.document.scenario().teams.front().id;
    const std::string description = w.document.scenario().teams.front().description;
    w.window->teamPlan()->selectTeam(team);
    TeamEditor& editor = *w.window->teamEditor();
    ASSERT_EQ(editor.team(), team) << "selecting a team in the plan shows it in the editor";
    EXPECT_EQ(editor.nameEdit()->text(),
              QString::fromStdString(w.document.scenario().teams.front().name));
    EXPECT_FALSE(w.window->roleEditor()->role().valid()) << "a team row holds no role";

    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("ML Platform"));
    EXPECT_EQ(w.document.undoStack()->count(), 0) << "nothing stored while typing";
    QTest::keyClick(editor.nameEdit(), Qt::Key_Return);
    EXPECT_EQ(w.document.scenario().findTeam(team)->name, "ML Platform");
    EXPECT_EQ(w.document.undoStack()->count(), 1);

    editor.descriptionEdit()->selectAll();
    QTest::keyClicks(editor.descriptionEdit(), QStringLiteral("Runs the feature store and CI"));
    QTest::keyClick(editor.descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(w.document.scenario().findTeam(team)->description, "Runs the feature store and CI");
    EXPECT_EQ(w.document.undoStack()->count(), 2);

    // A name another team has is refused, and the field shows the name the team keeps.
    const std::string other = w.document.scenario().teams[1].name;
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QString::fromStdString(other));
    QTest::keyClick(editor.nameEdit(), Qt::Key_Return);
    EXPECT_EQ(w.document.scenario().findTeam(team)->name, "ML Platform");
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("ML Platform"));

    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.scenario().findTeam(team)->description, description);
    EXPECT_EQ(w.document.scenario().findTeam(team)->name, "ML Platform");
    EXPECT_EQ(editor.descriptionEdit()->toPlainText(),
              QString::fromStdString(w.document.scenario().findTeam(team)->description));
}

TEST(Editing, ANewPersonsYearlyCostOfZeroIsFlaggedUntilEntered) {
    Workbench w;
    w.window->actions().get(ActionId::AddPerson)->trigger();
    PeopleView& people = *w.window->peopleView();
    const PersonId id = people.currentPerson();
    ASSERT_TRUE(id.valid());
    ASSERT_EQ(w.document.person(id)->yearlyCost, 0);
    PeopleModel& model = *people.peopleModel();
    int row = 0;
    while (model.personAt(row) != id)
        ++row;
    const QModelIndex cost = model.index(row, PeopleModel::YearlyCost);
    EXPECT_EQ(model.data(cost, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    EXPECT_TRUE(
        model.data(cost, Qt::ToolTipRole).toString().contains(QStringLiteral("No yearly cost")));
    EXPECT_FALSE(model.data(cost, Qt::DecorationRole).isNull());
    ASSERT_TRUE(model.setData(cost, QStringLiteral("85000"), Qt::EditRole));
    EXPECT_EQ(w.document.person(id)->yearlyCost, 85000);
    EXPECT_FALSE(model.data(cost, Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.data(cost, Qt::ToolTipRole).isValid());
}

TEST(Editing, UndoShowsTheDescriptionBackEvenWhileItsFieldHasFocus) {
    Workbench w;
    const TeamId team = w.document.scenario().teams.front().id;
    const std::string before = w.document.scenario().teams.front().description;
    w.window->teamPlan()->selectTeam(team);
    w.window->tabs()->setCurrentWidget(w.window->teamEditor()->parentWidget());
    w.window->show();
    QApplication::setActiveWindow(w.window.get());
    TeamEditor& editor = *w.window->teamEditor();
    editor.descriptionEdit()->setFocus();
    QApplication::processEvents();
    ASSERT_TRUE(editor.descriptionEdit()->hasFocus());
    editor.descriptionEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.descriptionEdit(), QStringLiteral(" More."));
    QTest::keyClick(editor.descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(w.document.scenario().findTeam(team)->description, before + " More.");
    // Undo (as the Edit menu does) while the cursor is still in the description: the field
    // shows what the file holds again, and leaving it stores nothing new.
    w.document.undoStack()->undo();
    EXPECT_EQ(editor.descriptionEdit()->toPlainText(), QString::fromStdString(before));
    const int steps = w.document.undoStack()->count();
    w.window->teamPlan()->setFocus();
    QApplication::processEvents();
    EXPECT_EQ(w.document.scenario().findTeam(team)->description, before);
    EXPECT_EQ(w.document.undoStack()->index(), steps - 1) << "the redo is still there";
}

TEST(Editing, AnAmpersandInANameIsShownInTheUndoMenuNotTakenForAShortcut) {
    Workbench w;
    const Team& team = w.document.scenario().teams.front();
    ASSERT_FALSE(w.document.apply(
        UpdateTeam{w.document.scenario().id, team.id, "Data & ML", team.description},
        QStringLiteral("Rename team Data & ML")));
    const QUndoCommand* command = w.document.undoStack()->command(0);
    EXPECT_EQ(command->text(), QStringLiteral("Rename team Data & ML"));        // the history
    EXPECT_EQ(command->actionText(), QStringLiteral("Rename team Data && ML")); // the menu
}
