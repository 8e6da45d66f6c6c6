// The open project as the UI sees it: the store, the undo stack, the current scenario and its
// coverage. Every change goes through apply(), which applies a core Edit and pushes an undo
// step; views and models listen to edited() and never write on their own.
#pragma once

#include "coverage/CoverageReport.h"
#include "edits/Edit.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>

class QLockFile;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace crewplan {

class ProjectStore;
struct Project;
struct Role;
struct Team;

class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    // Takes over an open store (the undo history starts afresh). With `readOnly`, every edit is
    // refused: the window shows the file and what others change in it, and changes nothing.
    // `lock` marks the file as open in this window for the others (QLockFile); held until the
    // project is closed.
    void setStore(std::unique_ptr<ProjectStore> store, bool readOnly = false,
                  std::unique_ptr<QLockFile> lock = nullptr);
    bool isReadOnly() const { return readOnly_; }
    void close();
    bool isOpen() const { return store_ != nullptr; }
    const ProjectStore* store() const { return store_.get(); }
    ProjectStore* store() { return store_.get(); }
    const Project& project() const;
    QString filePath() const;

    const Scenario& scenario() const;
    void setScenario(ScenarioId id);
    const CoverageReport& coverage() const;

    // Index of a person in project().people, in O(1).
    const Person* person(PersonId id) const;
    // A team or role of the current scenario, in O(1).
    const Team* team(TeamId id) const;
    const Role* role(RoleId id) const;

    QUndoStack* undoStack() const { return undoStack_; }

    // What the last edit touched, so that views can update only that: one person (their
    // details, or one of their skills), or one person in one role; anything else changes
    // "everything".
    struct ChangeScope {
        bool everything = true;
        PersonId person;
        RoleId role;
        SkillId skill; // a level of this skill
    };
    const ChangeScope& lastChange() const { return lastChange_; }

    // Applies an edit as one undo step named `text`. Consecutive edits with the same merge key
    // become one step (typing into one field). On refusal, returns the reason and changes nothing.
    std::optional<QString> apply(const Edit& edit, const QString& text,
                                 const QString& mergeKey = {});
    // Used by the undo commands: applies without recording; returns the inverse.
    // `announce`: say a refusal through editRefused (the undo commands say it their own way).
    std::optional<Edit> applyRaw(const Edit& edit, QString* error = nullptr, bool announce = true);
    // An undo or redo the store refused: the rest of that sweep is skipped and the stack is put
    // back where the file is, so that it never claims a state the file does not hold.
    void stepRefused(const QUndoCommand* command, bool undoing, const QString& reason);
    bool isRepairing() const { return repairTo_ >= 0; }

    // Reads the file again if another program (a second window, the command line) committed to
    // it; the views show what it holds then. Called on a timer and before each edit (by the
    // store); a test may call it directly.
    void checkFile();

signals:
    void projectReplaced(); // another file, or none
    void scenarioChanged();
    void edited(); // anything in the project changed (coverage included)
    void editRefused(const QString& reason);
    // Another program changed the file; this is what ("2 people and the stack of 'Baseline'").
    // The undo history started afresh: its steps were planned on the project before.
    void changedElsewhere(const QString& what);

private:
    void reindex();
    // After the store read the file again: the views follow, the undo history starts afresh.
    void takeOutsideChanges(bool now);

    std::unique_ptr<ProjectStore> store_;
    QUndoStack* undoStack_;
    ScenarioId scenario_;
    mutable std::optional<CoverageReport> coverage_;
    std::unordered_map<PersonId, std::size_t> personIndex_;
    std::unordered_map<TeamId, std::size_t> teamIndex_; // of the current scenario
    std::unordered_map<RoleId, std::size_t> roleIndex_;
    ChangeScope lastChange_;
    void finishRepair();

    int repairTo_ = -1; // the stack index the file holds, after a refused undo or redo
    bool repairing_ = false;
    QString pendingRefusal_;
    bool readOnly_ = false;
    std::uint64_t reloadsSeen_ = 0;
    bool outsidePending_ = false; // a reload to announce once the current action returns
    bool clearPending_ = false;   // the history to clear once the undo step has returned
    bool inApply_ = false;        // inside apply(): a push follows, the history is cleared now
    QTimer* fileWatch_;
    std::unique_ptr<QLockFile> lock_;
};

} // namespace crewplan
