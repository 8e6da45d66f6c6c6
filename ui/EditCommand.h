// One undo step: a core Edit already applied, and the Edit that undoes it.
//
// Ownership and state: the command owns both edits; `applied_` says which of them the file
// holds. undo() and redo() only ever move it when the store accepts the edit: a refused undo or
// redo (another process holds the file, say) leaves the command as it was, and the document
// puts the stack back where the file is (ProjectDocument::stepRefused).
#pragma once

#include "edits/Edit.h"

#include <QString>
#include <QUndoCommand>

namespace crewplan {

class ProjectDocument;

class EditCommand : public QUndoCommand {
public:
    // Every mergeable command shares one id; mergeWith compares the merge keys themselves.
    static constexpr int kMergeable = 1;

    EditCommand(ProjectDocument& document, Edit redo, Edit undo, const QString& text,
                QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_.isEmpty() ? -1 : kMergeable; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument& document_;
    Edit redo_;
    Edit undo_;
    QString mergeKey_;
    bool applied_ = true; // pushed after the edit was applied: the first redo() is a no-op
};

} // namespace crewplan
