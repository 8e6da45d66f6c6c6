// What needs attention, always in view: uncovered must-haves, single points of failure,
// over-allocated people and open slots. Activating an entry goes to where it is fixed.
#pragma once

#include "model/Ids.h"

#include <QTreeWidget>

namespace crewplan {

class ProjectDocument;

class InsightsView : public QTreeWidget {
    Q_OBJECT

public:
    InsightsView(ProjectDocument& document, QWidget* parent = nullptr);
    void refresh();

signals:
    void roleRequested(RoleId role);
    void teamRequested(TeamId team);
    void personRequested(PersonId person);

private:
    ProjectDocument& document_;
};

} // namespace crewplan
