// The coverage charts: every team's must-have and nice-to-have coverage, the selected role's
// required against present levels, and the people × skills heatmap of the selected team.
#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;

namespace crewplan {

namespace charts {
class BarChart;
class RoleRadarChart;
class SkillHeatmap;
} // namespace charts

class ProjectDocument;

class CoverageView : public QWidget {
    Q_OBJECT

public:
    CoverageView(ProjectDocument& document, QWidget* parent = nullptr);

    void setRole(RoleId role);
    // Redraws now when shown; otherwise when next shown (charts are costly to rebuild).
    void refresh();

    static constexpr int kMaxTeamBars = 24;

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProjectDocument& document_;
    RoleId role_;
    charts::BarChart* teams_;
    charts::RoleRadarChart* radar_;
    charts::SkillHeatmap* heatmap_;
    QLabel* heatmapTitle_;
    bool stale_ = true;

    void redraw();
};

} // namespace crewplan
