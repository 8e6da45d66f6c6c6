// A team's name and description, above the role editor: each committed when its field is done
// (Enter or leaving the name; leaving the description, or Ctrl+Enter in it), one undo step each.
#pragma once

#include "model/Ids.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace crewplan {

class ProjectDocument;

class TeamEditor : public QGroupBox {
    Q_OBJECT

public:
    TeamEditor(ProjectDocument& document, QWidget* parent = nullptr);

    void setTeam(TeamId team);
    TeamId team() const { return team_; }
    QLineEdit* nameEdit() const { return name_; }
    QPlainTextEdit* descriptionEdit() const { return description_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void commit(const QString& field);

    ProjectDocument& document_;
    TeamId team_;
    QLineEdit* name_;
    QPlainTextEdit* description_;
    QLabel* summary_;
    bool updating_ = false;
    bool descriptionTyped_ = false; // typed since the last commit: not overwritten by a refresh
};

} // namespace crewplan
