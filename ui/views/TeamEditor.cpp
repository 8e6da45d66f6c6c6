#include "TeamEditor.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace crewplan {

TeamEditor::TeamEditor(ProjectDocument& document, QWidget* parent)
    : QGroupBox(tr("Team"), parent), document_(document) {
    name_ = new QLineEdit(this);
    name_->setAccessibleName(tr("Team name"));
    description_ = new QPlainTextEdit(this);
    description_->setAccessibleName(tr("Team description"));
    description_->setPlaceholderText(tr("What the team is for; it opens the team's report page."));
    description_->setTabChangesFocus(true);
    // Three lines: room to write, without taking the role editor's room.
    description_->setFixedHeight(description_->fontMetrics().lineSpacing() * 3 +
                                 2 * description_->frameWidth() + 8);
    description_->installEventFilter(this);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Team &name:"), name_);
    form->addRow(tr("&Description:"), description_);
    form->addRow(summary_);

    connect(name_, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("name")); });
    connect(description_, &QPlainTextEdit::textChanged, this, [this] {
        if (!updating_)
            descriptionTyped_ = true;
    });
    connect(&document_, &ProjectDocument::edited, this, &TeamEditor::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] { setTeam({}); });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { setTeam({}); });
    refresh();
}

void TeamEditor::setTeam(TeamId team) {
    if (team == team_)
        return;
    team_ = team;
    refresh();
}

void TeamEditor::refresh() {
    const Scenario& scenario = document_.scenario();
    const Team* team = document_.isOpen() ? scenario.findTeam(team_) : nullptr;
    name_->setEnabled(team);
    description_->setEnabled(team);
    updating_ = true;
    if (!team) {
        descriptionTyped_ = false;
        name_->clear();
        description_->clear();
        summary_->setText(tr("Select a team or a role in the team plan."));
        updating_ = false;
        return;
    }
    // Never over what is being typed: another change must not undo the typing.
    if (!(name_->hasFocus() && name_->isModified()) && name_->text() != toQString(team->name))
        name_->setText(toQString(team->name));
    if (!descriptionTyped_ && description_->toPlainText() != toQString(team->description))
        description_->setPlainText(toQString(team->description));
    const int roles = static_cast<int>(scenario.rolesOf(team->id).size());
    summary_->setText(tr("%n role(s) in this scenario.", nullptr, roles));
    updating_ = false;
}

bool TeamEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == description_) {
        if (event->type() == QEvent::FocusOut)
            commit(QStringLiteral("description"));
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commit(QStringLiteral("description"));
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void TeamEditor::commit(const QString& field) {
    if (updating_ || !document_.isOpen())
        return;
    const Team* team = document_.scenario().findTeam(team_);
    if (!team)
        return;
    const UpdateTeam edit{document_.scenario().id, team->id, toStdString(name_->text().trimmed()),
                          toStdString(description_->toPlainText().trimmed())};
    name_->setModified(false);
    descriptionTyped_ = false; // from here the field shows the file again (an undo, say)
    if (edit.name == team->name && edit.description == team->description)
        return;
    const QString text =
        field == QStringLiteral("name")
            ? tr("Rename team %1 to %2").arg(toQString(team->name), toQString(edit.name))
            : tr("Describe team %1").arg(toQString(team->name));
    if (document_.apply(edit, text))
        refresh(); // refused (an empty or taken name): show the team as it is
}

} // namespace crewplan
