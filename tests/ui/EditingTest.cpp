// Typing in the role editor as a person does (QTest key clicks on the real window): text is
// stored as typed, a typed number arrives whole, and the skill picker stays where it was.
#include "UiTestSupport.h"
#include "model/Project.h"
#include "views/RoleEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
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
