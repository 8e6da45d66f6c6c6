#include "EditCommand.h"

#include "ProjectDocument.h"

namespace crewplan {

EditCommand::EditCommand(ProjectDocument& document, Edit redo, Edit undo, const QString& text,
                         int mergeId)
    : document_(document), redo_(std::move(redo)), undo_(std::move(undo)), mergeId_(mergeId) {
    setText(text);
}

void EditCommand::undo() {
    if (auto again = document_.applyRaw(undo_))
        redo_ = std::move(*again);
    applied_ = false;
}

void EditCommand::redo() {
    if (applied_)
        return;
    if (auto back = document_.applyRaw(redo_))
        undo_ = std::move(*back);
    applied_ = true;
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    // Same merge key: keep our undo (the state before the first keystroke), take their redo.
    const auto* next = static_cast<const EditCommand*>(other);
    redo_ = next->redo_;
    return true;
}

} // namespace crewplan
