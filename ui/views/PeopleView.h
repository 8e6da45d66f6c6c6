// People: a filterable table with inline editing beside the selected person's skill profile.
#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace crewplan {

class PeopleModel;
class PersonSkillsModel;
class ProjectDocument;

class PeopleView : public QWidget {
    Q_OBJECT

public:
    PeopleView(ProjectDocument& document, QWidget* parent = nullptr);

    PeopleModel* peopleModel() const { return people_; }
    PersonSkillsModel* skillsModel() const { return skills_; }
    QTableView* table() const { return table_; }
    QTreeView* skillTree() const { return skillTree_; }
    void selectPerson(PersonId person);
    PersonId currentPerson() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPerson(PersonId person);

    ProjectDocument& document_;
    PeopleModel* people_;
    QSortFilterProxyModel* proxy_;
    PersonSkillsModel* skills_;
    QLineEdit* filter_;
    QTableView* table_;
    QLabel* personTitle_;
    QTreeView* skillTree_;
};

} // namespace crewplan
