// The window and another program on one file: the window shows the other's commits, an edit
// planned on what changed under it is refused naming it (never applied over it), one on
// something else applies to the file as it is, and a second window is told the file is open.
#include "UiTestSupport.h"
#include "edits/Edit.h"
#include "model/Project.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

// The other program: opens the file on its own and commits one edit.
void elsewhere(const std::string& path, const std::function<Edit(const Project&)>& edit) {
    auto other = ProjectStore::open(path);
    ASSERT_TRUE(other) << other.message();
    ASSERT_TRUE(other->apply(edit(other->project())));
}

const Person& personNamed(const Project& p, const std::string& name) {
    return *std::find_if(p.people.begin(), p.people.end(),
                         [&](const Person& x) { return x.name == name; });
}

} // namespace

TEST(SeveralWriters, TheWindowShowsAnotherProgramsChangeAndUndoStartsAfresh) {
    Workbench w;
    const PersonId aisha = personNamed(w.document.project(), "Aisha Khan").id;
    const SkillId python = w.document.project().findSkill("Python")->id;
    ASSERT_FALSE(w.document.apply(SetSkillLevel{aisha, python, SkillLevel::Awareness},
                                  QStringLiteral("Set a level")));
    ASSERT_EQ(w.document.undoStack()->count(), 1);
    QStringList told;
    QObject::connect(&w.document, &ProjectDocument::changedElsewhere,
                     [&](const QString& what) { told << what; });

    elsewhere(w.samplePath, [](const Project& p) {
        const Person& bruno = personNamed(p, "Bruno Costa");
        return UpdatePerson{bruno.id, "Bruno C. Costa", bruno.status, bruno.fte, bruno.yearlyCost};
    });
    // Not yet: the window reads the file again on its timer, or before its next edit.
    EXPECT_EQ(
        w.document.project().findPerson(personNamed(w.document.project(), "Bruno Costa").id)->name,
        "Bruno Costa");
    w.document.checkFile();
    QCoreApplication::processEvents();
    EXPECT_EQ(w.document.project(), ProjectStore::open(w.samplePath)->project());
    ASSERT_EQ(told, QStringList{QStringLiteral("1 person")});
    EXPECT_EQ(w.document.undoStack()->count(), 0); // planned on the project before
    EXPECT_TRUE(w.window->statusBar()->currentMessage().contains(
        QStringLiteral("Another program changed the project (1 person)")))
        << w.window->statusBar()->currentMessage().toStdString();
}

TEST(SeveralWriters, AnEditOnWhatChangedUnderItIsRefusedNamingIt) {
    Workbench w;
    const Project& seen = w.document.project();
    const Person& aisha = personNamed(seen, "Aisha Khan");
    const PersonId id = aisha.id;
    // Another program lowers her FTE before this window's edit reaches the file.
    elsewhere(w.samplePath, [&](const Project& p) {
        const Person& her = personNamed(p, "Aisha Khan");
        return UpdatePerson{her.id, her.name, her.status, her.fte, 123456};
    });
    const Person mine = personNamed(w.document.project(), "Aisha Khan");
    const auto refused =
        w.document.apply(UpdatePerson{id, "Aisha K.", mine.status, mine.fte, mine.yearlyCost},
                         QStringLiteral("Edit"));
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->startsWith(
        QStringLiteral("While you worked, another program changed 'Aisha Khan'")))
        << refused->toStdString();
    // The window now holds the file's project: the other's cost, not this window's rename.
    EXPECT_EQ(w.document.project().findPerson(id)->yearlyCost, 123456);
    EXPECT_EQ(w.document.project().findPerson(id)->name, "Aisha Khan");

    // An edit of something else applies to the file as it is, keeping the other's change.
    elsewhere(w.samplePath, [&](const Project& p) {
        const Person& her = personNamed(p, "Aisha Khan");
        return UpdatePerson{her.id, her.name, her.status, her.fte, 99000};
    });
    const PersonId bruno = personNamed(w.document.project(), "Bruno Costa").id;
    const SkillId sql = w.document.project().findSkill("SQL")->id;
    EXPECT_FALSE(w.document.apply(SetSkillLevel{bruno, sql, SkillLevel::Expert},
                                  QStringLiteral("Set a level")));
    auto file = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->project().findPerson(id)->yearlyCost, 99000);
    EXPECT_EQ(file->project().findPerson(bruno)->level(sql), SkillLevel::Expert);
    EXPECT_EQ(w.document.project(), file->project());
}

TEST(SeveralWriters, ASecondWindowIsToldAndMayOpenReadOnly) {
    Workbench first;
    Workbench second(false);
    QStringList asked;
    second.window->setInUseAsker([&](const QString& message) {
        asked << message;
        return MainWindow::InUseChoice::ReadOnly;
    });
    ASSERT_TRUE(second.window->openFile(QString::fromStdString(first.samplePath)));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.front().contains(QStringLiteral("is open in another Crewplan window")));
    EXPECT_TRUE(second.window->windowTitle().contains(QStringLiteral("(read-only)")));
    const Person& p = second.document.project().people.front();
    const auto refused = second.document.apply(
        SetSkillLevel{p.id, second.document.project().skills.front().id, SkillLevel::Expert},
        QStringLiteral("Set a level"));
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->contains(QStringLiteral("read-only")));

    // Once the first window lets go, the file opens without a question.
    first.document.close();
    Workbench third(false);
    third.window->setInUseAsker([&](const QString& message) {
        asked << message;
        return MainWindow::InUseChoice::Cancel;
    });
    second.document.close();
    ASSERT_TRUE(third.window->openFile(QString::fromStdString(first.samplePath)));
    EXPECT_EQ(asked.size(), 1);
}
