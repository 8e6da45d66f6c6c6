// The coverage charts, behind plain data: nothing outside ui/charts/ sees a Qt Charts type, so
// the move to Qt Graphs (Qt Charts is deprecated from Qt 6.10) stays inside this folder.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

namespace crewplan::charts {

// A round step for about `ticks` intervals from 0 up to `top`: 1, 2, 2.5 or 5 times a power of
// ten (axis ticks at 0, 250k, 500k… rather than 0, 280k, 559k…).
double roundStep(double top, int ticks);

// Grouped bars of ratios (0–1, shown as 0–100 %): one group per category, one bar per series.
struct BarSeries {
    QString name;
    std::vector<std::optional<double>> values; // one per category; nullopt = n/a (no bar)
};

class BarChart : public QWidget {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    ~BarChart() override;
    void setData(const QString& title, const QStringList& categories,
                 const std::vector<BarSeries>& series);
    // The category names as the axis shows them, lines joined by spaces ("…" where elided).
    QStringList categoryNames() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Parts;
    Parts* parts_;
    QStringList categoryLabels(int columnWidth) const;
    void fitCategoryNames();
};

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

struct HeatmapData {
    std::vector<QString> people;
    std::vector<QString> skills;
    std::vector<int> required; // per skill: the highest level required (0: none)
    std::vector<std::vector<int>>
        levels; // [person][skill], 0..4: in the scenario, training counted
    std::vector<std::vector<bool>>
        trained;                          // [person][skill]: the level comes from planned training
    std::vector<std::vector<int>> needed; // [person][skill]: what their roles ask (0: nothing)
    std::vector<std::vector<QString>> tips; // [person][skill]: the cell's tooltip
};

// People × skills: each cell coloured by level; each column is marked with the highest level the
// team requires, and a cell below what that person's roles ask is a gap, outlined in red. A level
// that planned training brings carries a green corner.
class SkillHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit SkillHeatmap(QWidget* parent = nullptr);
    void setData(HeatmapData data);
    const HeatmapData& data() const { return data_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {200, 120}; }

    // The cell at a point, as {person, skill}; {-1, -1} outside the cells.
    std::pair<int, int> cellAt(QPoint point) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    HeatmapData data_;
    int labelWidth_ = 140;
    int headerHeight_ = 120;
    int cell_ = 18;
};

} // namespace crewplan::charts
