// The main window opens a project, shows its teams, and reports a refused file without a modal.
#include "MainWindow.h"

#include "TestSupport.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace crewplan;

TEST(MainWindow, OpensTheSampleAndShowsItsTeams) {
    test::TempDir dir;
    const auto path = dir.file("sample.crewplan");
    { ASSERT_TRUE(ProjectStore::create(path, *makeProject(ProjectTemplate::Sample)).ok()); }
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(path)));
    auto* tree = window.findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 4);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Data Engineering"));
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("87.5 %"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("sample.crewplan")));
}

TEST(MainWindow, RefusedFileIsReportedAndTheOpenProjectStays) {
    test::TempDir dir;
    const auto good = dir.file("sample.crewplan");
    { ASSERT_TRUE(ProjectStore::create(good, *makeProject(ProjectTemplate::Sample)).ok()); }
    const auto bad = test::copyFixture(dir, "not-sqlite.crewplan");
    MainWindow window;
    QString reported;
    window.setErrorReporter([&](const QString&, const QString& message) { reported = message; });
    ASSERT_TRUE(window.openFile(QString::fromStdString(good)));
    EXPECT_FALSE(window.openFile(QString::fromStdString(bad)));
    EXPECT_TRUE(reported.contains(QStringLiteral("not a Crewplan project")))
        << reported.toStdString();
    ASSERT_NE(window.store(), nullptr);
    EXPECT_EQ(window.store()->path(), good);
}
