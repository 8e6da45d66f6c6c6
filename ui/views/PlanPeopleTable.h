// Who may be in a recommended plan: each person of the scenario is free, left out, or kept in
// one of its roles — chosen from a combo box only while edited, so that thousands of rows stay
// light. The choices survive a rebuild for the people still there.
#pragma once

#include <QTableWidget>

namespace crewplan {

class ProjectDocument;
struct RecommendOptions;

class PlanPeopleTable : public QTableWidget {
    Q_OBJECT

public:
    explicit PlanPeopleTable(ProjectDocument& document, QWidget* parent = nullptr);

    void rebuild();                             // from the document's current scenario
    void fill(RecommendOptions& options) const; // its locks and exclusions

private:
    ProjectDocument& document_;
};

} // namespace crewplan
