// File › Import people and File › Export data in the window: the preview, one undo step, and
// what is written.
#include "UiTestSupport.h"
#include "io/Csv.h"
#include "io/PeopleImport.h"
#include "io/ProjectJson.h"
#include "views/ImportPeopleDialog.h"

#include <QComboBox>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

QString importFixture(const char* name) {
    return QString::fromStdString(fixture(std::string("import/") + name));
}

} // namespace

TEST(ImportPeople, TheHardFileIsPreviewedThenImportedAsOneUndoStep) {
    Workbench w;
    const auto peopleBefore = w.document.project().people.size();
    const int stepsBefore = w.document.undoStack()->count();
    QString summary;
    w.window->setImportReviewer([&](ImportPeopleDialog& dialog) {
        summary = dialog.summary();
        EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join(u'\n').toStdString();
        EXPECT_TRUE(dialog.canImport());
        return true;
    });
    ASSERT_TRUE(w.window->importPeople(importFixture("people-semicolon-bom.csv")));
    EXPECT_TRUE(w.errors.isEmpty()) << w.errors.join(u'\n').toStdString();
    EXPECT_EQ(summary.toStdString(),
              "Import adds 3 people, updates 0 and leaves 0 unchanged; "
              "sets 7 levels and 2 new assignments. It is one step to undo.\n"
              "Past their headcount afterwards: Data Engineering/Data "
              "Engineer: 2.8 FTE for a headcount of 2.");
    EXPECT_EQ(w.document.project().people.size(), peopleBefore + 3);
    EXPECT_EQ(w.document.undoStack()->count(), stepsBefore + 1);
    EXPECT_EQ(w.document.undoStack()->undoText().toStdString(),
              "Import from people-semicolon-bom.csv: 3 added, 0 updated");
    // What the window shows is what the file holds.
    auto reopened = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->project() == w.document.project());

    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.project().people.size(), peopleBefore);
}

TEST(ImportPeople, AColumnCanBeReadAsAnotherSkillOrANewOne) {
    Workbench w;
    auto bytes = readBytes(fixture("import/people-tabs.csv"));
    ImportPeopleDialog dialog(w.document.project(), w.document.scenario().id,
                              QStringLiteral("people-tabs.csv"), bytes);
    ASSERT_TRUE(dialog.canImport());
    EXPECT_EQ(dialog.plan().levelChanges, 3);
    // "SQL" read as Spark instead, through the combo box as a user would pick it.
    QComboBox* box = dialog.columnBox(2);
    ASSERT_NE(box, nullptr);
    const int spark = box->findText(QStringLiteral("Skill: Spark"));
    ASSERT_GE(spark, 0);
    box->setCurrentIndex(spark);
    const auto& add = std::get<AddPeople>(dialog.plan().edit.edits[0].variant()).people.at(0);
    EXPECT_EQ(add.person.level(w.document.project().findSkill("Spark")->id), SkillLevel::Advanced);
    EXPECT_EQ(add.person.level(w.document.project().findSkill("SQL")->id), SkillLevel::None);
    // Ignoring the name column leaves nothing to import, and says why.
    dialog.columnBox(0)->setCurrentIndex(0);
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.problems().size(), 1);
}

TEST(ImportPeople, BadRowsStopTheImportUntilTheyAreSkipped) {
    Workbench w;
    ImportPeopleDialog dialog(w.document.project(), w.document.scenario().id,
                              QStringLiteral("people-bad.csv"),
                              readBytes(fixture("import/people-bad.csv")));
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.problems().size(), 4);
    EXPECT_TRUE(dialog.problems().at(0).startsWith(
        QStringLiteral("people-bad.csv, line 3, column 'Spark'")));
    dialog.setSkipBadRows(true);
    EXPECT_TRUE(dialog.canImport());
    EXPECT_EQ(dialog.plan().added.size(), 1u);
}

TEST(ImportPeople, AFileThatCannotBeReadIsReportedAndNothingChanges) {
    Workbench w;
    const Project before = w.document.project();
    w.window->setImportReviewer([](ImportPeopleDialog&) { return true; });
    EXPECT_FALSE(w.window->importPeople(QString::fromStdString(w.dir.file("missing.csv"))));
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors[0].endsWith(QStringLiteral("missing.csv: no such file.")));
    // An unclosed quote: the preview says where, and Import cannot be pressed.
    bool couldImport = true;
    w.window->setImportReviewer([&](ImportPeopleDialog& dialog) {
        couldImport = dialog.canImport();
        EXPECT_TRUE(dialog.problems().at(0).contains(QStringLiteral("line 3")));
        return true;
    });
    EXPECT_FALSE(w.window->importPeople(importFixture("people-unclosed.csv")));
    EXPECT_FALSE(couldImport);
    EXPECT_TRUE(w.document.project() == before);
}

TEST(ExportData, TheThreeFormatsAreWrittenWhereTheUserSaid) {
    Workbench w;
    const Project& project = w.document.project();
    w.dialogs.nextExport = QString::fromStdString(w.dir.file("out.json"));
    ASSERT_TRUE(w.window->exportData(MainWindow::ExportFormat::ProjectJson));
    EXPECT_EQ(readBytes(w.dir.file("out.json")), writeProjectJson(project));
    EXPECT_TRUE(w.dialogs.suggestedExport.endsWith(QStringLiteral(".json")));
    EXPECT_EQ(w.offers.size(), 1);

    w.dialogs.nextExport = QString::fromStdString(w.dir.file("people.csv"));
    ASSERT_TRUE(w.window->exportData(MainWindow::ExportFormat::PeopleCsv));
    auto table = readCsv(readBytes(w.dir.file("people.csv")), "people.csv");
    ASSERT_TRUE(table.ok());
    const auto columns = guessImportColumns(project, table->rows[0].fields, false);
    EXPECT_TRUE(planPeopleImport(project, *table, columns, {}, "people.csv").edit.edits.empty());

    w.dialogs.nextExport = QString::fromStdString(w.dir.file("team.xlsx"));
    ASSERT_TRUE(w.window->exportData(MainWindow::ExportFormat::Workbook));
    EXPECT_EQ(readBytes(w.dir.file("team.xlsx")).substr(0, 2), "PK"); // a zip, as XLSX is
    EXPECT_TRUE(w.errors.isEmpty()) << w.errors.join(u'\n').toStdString();

    w.dialogs.nextExport = QString::fromStdString(w.dir.file("no-such-folder/x.xlsx"));
    EXPECT_FALSE(w.window->exportData(MainWindow::ExportFormat::Workbook));
    EXPECT_EQ(w.errors.size(), 1);
}
