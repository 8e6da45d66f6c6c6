#include "EditCommand.h"

#include "ProjectDocument.h"

namespace crewplan {

EditCommand::EditCommand(ProjectDocument& document, Edit redo, Edit undo, const QString& text,
                         QString mergeKey)
    : document_(document), redo_(std::move(redo)), undo_(std::move(undo)),
      mergeKey_(std::move(mergeKey)) {
    // The history shows the text as it is; the Edit menu's "Undo …" reads the part after the
    // newline, where an "&" from a name ("Data & ML") is doubled, or it would be a mnemonic.
    setText(text + QLatin1Char('\n') +
            QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
}

void EditCommand::undo() {
    if (!applied_ || document_.isRepairing())
        return;
    QString error;
    if (auto again = document_.applyRaw(undo_, &error, false)) {
        redo_ = std::move(*again);
        applied_ = false;
    } else {
        document_.stepRefused(this, true, error);
    }
}

void EditCommand::redo() {
    if (applied_ || document_.isRepairing())
        return;
    QString error;
    if (auto back = document_.applyRaw(redo_, &error, false)) {
        undo_ = std::move(*back);
        applied_ = true;
    } else {
        document_.stepRefused(this, false, error);
    }
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    // Only the same field of the same thing: keep our undo (the state before the first
    // keystroke), take their redo. A merge that ends where it began is no step at all.
    const auto* next = static_cast<const EditCommand*>(other);
    if (next->mergeKey_ != mergeKey_ || !applied_ || !next->applied_)
        return false;
    redo_ = next->redo_;
    setObsolete(redo_.variant() == undo_.variant());
    return true;
}

} // namespace crewplan
