// People by skills, coloured by level, gaps outlined; painted by hand (no Qt Charts).
#pragma once

#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

namespace crewplan::charts {

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
