// Undo never drifts from the file: a refused undo or redo leaves command, stack and file as they
// were and says so; merging compares the merge key itself; a change that ends where it began is
// no undo step.
#include "UiTestSupport.h"
#include "coverage/CoverageReport.h"
#include "edits/Edit.h"
#include "model/Project.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

// Another process's writer: holds the file's write lock while it lives.
class WriteLock {
public:
    explicit WriteLock(const std::string& path) {
        sqlite3_open(path.c_str(), &db_);
        locked_ = sqlite3_exec(db_, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~WriteLock() {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db_);
    }
    bool locked() const { return locked_; }

private:
    sqlite3* db_ = nullptr;
    bool locked_ = false;
};

SkillLevel levelInFile(const std::string& path, PersonId person, SkillId skill) {
    auto store = ProjectStore::open(path);
    return store ? store->project().findPerson(person)->level(skill) : SkillLevel::None;
}

struct Edited {
    PersonId person;
    SkillId skill;
    SkillLevel before, after;
};

Edited setALevel(Workbench& w) {
    const Person& p = w.document.project().people.front();
    const SkillId skill = w.document.project().skills.front().id;
    const SkillLevel before = p.level(skill);
    const SkillLevel after = before == SkillLevel::Expert ? SkillLevel::None : SkillLevel::Expert;
    EXPECT_FALSE(w.document.apply(SetSkillLevel{p.id, skill, after}, QStringLiteral("Set level")));
    return {p.id, skill, before, after};
}

} // namespace

TEST(Undo, ARefusedUndoLeavesStackAndFileAsTheyWereAndSaysSo) {
    Workbench w;
    const Edited e = setALevel(w);
    QUndoStack& stack = *w.document.undoStack();
    ASSERT_EQ(stack.index(), 1);
    QStringList refusals;
    QObject::connect(&w.document, &ProjectDocument::editRefused,
                     [&](const QString& why) { refusals << why; });
    {
        WriteLock lock(w.samplePath);
        ASSERT_TRUE(lock.locked());
        stack.undo(); // refused: the file is locked
        QCoreApplication::processEvents();
        EXPECT_EQ(stack.index(), 1);
        EXPECT_TRUE(stack.canUndo());
        EXPECT_EQ(w.document.project().findPerson(e.person)->level(e.skill), e.after);
        ASSERT_FALSE(refusals.isEmpty());
        EXPECT_TRUE(refusals.back().startsWith(QStringLiteral("Could not undo “Set level”")))
            << refusals.back().toStdString();
    }
    EXPECT_EQ(levelInFile(w.samplePath, e.person, e.skill), e.after);
    // Once the file can be written, the same step undoes.
    stack.undo();
    EXPECT_EQ(stack.index(), 0);
    EXPECT_EQ(w.document.project().findPerson(e.person)->level(e.skill), e.before);
    EXPECT_EQ(levelInFile(w.samplePath, e.person, e.skill), e.before);
}

TEST(Undo, ARefusedRedoLeavesStackAndFileAsTheyWere) {
    Workbench w;
    const Edited e = setALevel(w);
    QUndoStack& stack = *w.document.undoStack();
    stack.undo();
    {
        WriteLock lock(w.samplePath);
        stack.redo();
        QCoreApplication::processEvents();
        EXPECT_EQ(stack.index(), 0);
        EXPECT_TRUE(stack.canRedo());
        EXPECT_EQ(w.document.project().findPerson(e.person)->level(e.skill), e.before);
    }
    EXPECT_EQ(levelInFile(w.samplePath, e.person, e.skill), e.before);
    stack.redo();
    EXPECT_EQ(stack.index(), 1);
    EXPECT_EQ(levelInFile(w.samplePath, e.person, e.skill), e.after);
}

TEST(Undo, ARefusalInTheMiddleOfAHistoryJumpStopsWhereTheFileIs) {
    // Three steps; the History panel jumps back to none. The first undo passes, then the file is
    // locked: the stack must end at the second step, as the file does.
    Workbench w;
    const Project& project = w.document.project();
    const PersonId person = project.people.front().id;
    QUndoStack& stack = *w.document.undoStack();
    for (int i = 0; i < 3; ++i) {
        const SkillId skill = project.skills[static_cast<std::size_t>(i)].id;
        const SkillLevel to = project.findPerson(person)->level(skill) == SkillLevel::Expert
                                  ? SkillLevel::Awareness
                                  : SkillLevel::Expert;
        ASSERT_FALSE(
            w.document.apply(SetSkillLevel{person, skill, to}, QStringLiteral("Step %1").arg(i)));
    }
    ASSERT_EQ(stack.count(), 3);
    std::unique_ptr<WriteLock> lock;
    QObject::connect(&w.document, &ProjectDocument::edited, [&] {
        if (!lock)
            lock = std::make_unique<WriteLock>(w.samplePath); // after the first undo
    });
    QStringList refusals;
    QObject::connect(&w.document, &ProjectDocument::editRefused,
                     [&](const QString& why) { refusals << why; });
    stack.setIndex(0);
    QCoreApplication::processEvents(); // the stack is put back right after the sweep
    EXPECT_TRUE(lock && lock->locked());
    EXPECT_EQ(stack.index(), 2) << refusals.join(QStringLiteral(" | ")).toStdString();
    lock.reset();
    auto reopened = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->project() == w.document.project());
    stack.setIndex(0); // and, unlocked, the rest undoes
    EXPECT_EQ(stack.index(), 0);
}

TEST(Undo, OnlyTheSameMergeKeyMergesAndABackToTheStartIsNoStep) {
    Workbench w;
    const Person& p = w.document.project().people.front();
    const PersonId id = p.id;
    const std::string name = p.name;
    QUndoStack& stack = *w.document.undoStack();
    const auto rename = [&](const std::string& to, const QString& key) {
        const Person& now = *w.document.project().findPerson(id);
        return w.document.apply(UpdatePerson{id, to, now.status, now.fte, now.yearlyCost},
                                QStringLiteral("Rename"), key);
    };
    EXPECT_FALSE(rename(name + "x", QStringLiteral("person-name-1")));
    EXPECT_FALSE(rename(name + "xy", QStringLiteral("person-name-1")));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_FALSE(rename(name + "z", QStringLiteral("person-name-2"))); // another field
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    stack.undo();
    EXPECT_EQ(w.document.project().findPerson(id)->name, name);
    stack.clear();
    // Typed away and back again: nothing changed, nothing to undo.
    EXPECT_FALSE(rename(name + "q", QStringLiteral("person-name-1")));
    EXPECT_FALSE(rename(name, QStringLiteral("person-name-1")));
    EXPECT_EQ(stack.count(), 0);
    // And an edit that changes nothing at all is no step either.
    EXPECT_FALSE(rename(name, {}));
    EXPECT_EQ(stack.count(), 0);
}

TEST(Undo, ABatchIsOneTransactionAllOrNothing) {
    Workbench w;
    const Project before = w.document.project();
    const Person& p = before.people.front();
    const SkillId skill = before.skills.front().id;
    // The second edit is impossible: the whole batch is refused and nothing changes.
    const auto refused =
        w.document.apply(EditBatch{{SetSkillLevel{p.id, skill, SkillLevel::Expert},
                                    UpdatePerson{p.id, p.name, p.status, 1.5, p.yearlyCost}}},
                         QStringLiteral("Both"));
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->contains(QStringLiteral("FTE"))) << refused->toStdString();
    EXPECT_TRUE(w.document.project() == before);
    auto reopened = ProjectStore::open(w.samplePath);
    EXPECT_TRUE(reopened->project() == before);
    EXPECT_EQ(w.document.undoStack()->count(), 0);
    // Possible: one step, undone whole.
    ASSERT_FALSE(w.document.apply(
        EditBatch{{SetSkillLevel{p.id, skill, SkillLevel::Expert},
                   UpdatePerson{p.id, p.name, p.status, p.fte, p.yearlyCost + 1000}}},
        QStringLiteral("Both")));
    EXPECT_EQ(w.document.undoStack()->count(), 1);
    EXPECT_EQ(w.document.project().findPerson(p.id)->yearlyCost, p.yearlyCost + 1000);
    w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.project() == before);
}

// The window computes again only the teams an edit touched; what it shows is what the file gives
// computed whole, after edits of levels, details and allocations, their undos and their redos.
TEST(Undo, TheCoverageShownAfterEditsUndosAndRedosIsTheFilesComputedWhole) {
    Workbench w;
    ProjectDocument& doc = w.document;
    QUndoStack& stack = *doc.undoStack();
    const auto asInTheFile = [&](const char* step) {
        auto store = ProjectStore::open(doc.filePath().toStdString());
        ASSERT_TRUE(store.ok()) << store.message();
        const Scenario& scenario = *store->project().findScenario(doc.scenario().id);
        const CoverageReport whole = computeCoverage(store->project(), scenario);
        EXPECT_EQ(doc.coverage(), whole) << step;
        for (std::size_t t = 0; t < whole.teams.size(); ++t) {
            const auto& a = doc.coverage().teams[t];
            const auto& b = whole.teams[t];
            EXPECT_EQ(a.figures, b.figures) << step << t;
            EXPECT_EQ(a.requirements, b.requirements) << step << t;
            EXPECT_EQ(a.depths, b.depths) << step << t;
            EXPECT_EQ(a.people, b.people) << step << t;
            EXPECT_EQ(a.nearMisses, b.nearMisses) << step << t;
        }
        EXPECT_EQ(doc.coverage().total, whole.total) << step;
    };
    asInTheFile("opened"); // and kept from here on
    const Scenario& scenario = doc.scenario();
    const Assignment assigned = scenario.assignments.front();
    const Person person = *doc.person(assigned.person);
    const Role& other = scenario.roles.back();
    ASSERT_NE(other.id, assigned.role);
    for (const auto& skill : doc.project().skills) {
        const SkillLevel now = person.level(skill.id);
        ASSERT_FALSE(doc.apply(
            SetSkillLevel{person.id, skill.id,
                          now == SkillLevel::Expert ? SkillLevel::None : SkillLevel::Expert},
            QStringLiteral("level")));
    }
    asInTheFile("levels");
    ASSERT_FALSE(doc.apply(SetAllocation{scenario.id, person.id, assigned.role, 0.0},
                           QStringLiteral("unassign")));
    asInTheFile("unassigned");
    ASSERT_FALSE(
        doc.apply(SetAllocation{scenario.id, person.id, other.id, 0.5}, QStringLiteral("assign")));
    asInTheFile("assigned elsewhere");
    ASSERT_FALSE(doc.apply(UpdatePerson{person.id, person.name, PersonStatus::Candidate, 1.0,
                                        person.yearlyCost + 20'000},
                           QStringLiteral("details")));
    asInTheFile("details");
    while (stack.canUndo()) {
        stack.undo();
        asInTheFile("undo");
    }
    while (stack.canRedo()) {
        stack.redo();
        asInTheFile("redo");
    }
}
