// The team plan: teams, roles and their slots in a tree. People are assigned by dropping them
// on a role or through the context menu, and unassigned the same ways.
#pragma once

#include "model/Ids.h"

#include <QTreeView>
#include <set>

namespace crewplan {

class ProjectDocument;
class TeamPlanModel;

class TeamPlanView : public QTreeView {
    Q_OBJECT

public:
    TeamPlanView(ProjectDocument& document, QWidget* parent = nullptr);

    TeamPlanModel* planModel() const { return model_; }
    void selectRole(RoleId role);
    void selectTeam(TeamId team);
    void renameTeam(TeamId team); // selects it and opens its name editor
    // The team of the selection (for "add role"), and the role, when one is selected.
    TeamId currentTeam() const;
    RoleId currentRole() const;

signals:
    void teamActivated(TeamId team); // the team of the current row, whatever its kind
    void roleActivated(RoleId role);
    void personActivated(PersonId person);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rememberExpansion();
    void restoreExpansion();
    void unassign(PersonId person, RoleId role);

    ProjectDocument& document_;
    TeamPlanModel* model_;
    std::set<std::int64_t> collapsed_; // team and role ids the user folded
    RoleId selectedRole_;
    PersonId selectedPerson_;
};

} // namespace crewplan
