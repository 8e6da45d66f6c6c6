// A role's required, present and planned levels, skill by skill, on a polar chart.
#pragma once

#include <QString>
#include <QWidget>
#include <vector>

namespace crewplan::charts {

struct RadarAxis {
    QString skill;
    int required = 0; // 0..4
    int present = 0;  // 0..4: the best level among the role's people
    int planned = 0;  // 0..4: the same, counting the scenario's planned training
};

// A role's required levels against the best present ones, skill by skill, on a polar chart; where
// training is planned, a third line shows the levels after it.
class RoleRadarChart : public QWidget {
    Q_OBJECT
public:
    explicit RoleRadarChart(QWidget* parent = nullptr);
    ~RoleRadarChart() override;
    void setRole(const QString& title, const std::vector<RadarAxis>& axes);

private:
    struct Parts;
    Parts* parts_;
};

} // namespace crewplan::charts
