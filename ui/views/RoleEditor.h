// A role's details and requirements: name, headcount target, cost band, and what it asks of
// each skill (minimum level, must-have or nice-to-have, and why).
#pragma once

#include "model/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace crewplan {

class ProjectDocument;
class RequirementsModel;

class RoleEditor : public QWidget {
    Q_OBJECT

public:
    RoleEditor(ProjectDocument& document, QWidget* parent = nullptr);

    void setRole(RoleId role);
    RoleId role() const;
    RequirementsModel* requirementsModel() const { return requirements_; }
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* skillPicker() const { return newSkill_; }

private:
    void refresh();
    void commitDetails(const QString& key);
    void addRequirement();
    void removeRequirement();

    ProjectDocument& document_;
    RequirementsModel* requirements_;
    QLabel* title_;
    QLineEdit* name_;
    QSpinBox* headcount_;
    QSpinBox* costMin_;
    QSpinBox* costMax_;
    QTableView* table_;
    QComboBox* newSkill_;
    QComboBox* newLevel_;
    QComboBox* newImportance_;
    QPushButton* add_;
    QPushButton* remove_;
    bool updating_ = false;
};

} // namespace crewplan
