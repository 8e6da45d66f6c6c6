// What needs attention, always in view: uncovered must-haves, single points of failure,
// over-allocated people and open slots. Activating an entry goes to where it is fixed.
#pragma once

#include "model/Ids.h"

#include <QTreeWidget>
#include <vector>

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
    struct Entry {
        int section;
        QString text;
        int target;
        std::int64_t id;
        bool operator==(const Entry&) const = default;
    };
    ProjectDocument& document_;
    std::vector<Entry> shown_; // rebuilt only when what it says changes
};

} // namespace crewplan
