// One undo step: a core Edit already applied, and the Edit that undoes it.
#pragma once

#include "edits/Edit.h"

#include <QUndoCommand>

namespace crewplan {

class ProjectDocument;

class EditCommand : public QUndoCommand {
public:
    EditCommand(ProjectDocument& document, Edit redo, Edit undo, const QString& text, int mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument& document_;
    Edit redo_;
    Edit undo_;
    int mergeId_;
    bool applied_ = true; // pushed after the edit was applied: the first redo() is a no-op
};

} // namespace crewplan
