// Scenarios as points of yearly cost and must-have coverage, in the comparison.
#pragma once

#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace crewplan::charts {

struct CostPoint {
    QString name;
    double yearlyCost = 0.0;
    std::optional<double> coverage; // 0..1
};

// Each scenario as a point: yearly cost across, must-have coverage up.
class CostCoverageChart : public QWidget {
    Q_OBJECT
public:
    explicit CostCoverageChart(QWidget* parent = nullptr);
    ~CostCoverageChart() override;
    void setPoints(const std::vector<CostPoint>& points);

private:
    struct Parts;
    Parts* parts_;
};

} // namespace crewplan::charts
