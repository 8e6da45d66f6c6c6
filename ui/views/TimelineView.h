// The Timeline tab: the current scenario over its time line (docs/timeline.md). Its horizon,
// the project's time to hire and the scenario's maturity targets, each set as one undo step;
// must-have coverage per team month by month with the targets' months marked and whether each
// is met; headcount per team and spend per quarter; and a Gantt of hires, training and leavers
// whose bars are dragged to another month as an undoable edit that moves the curves at once.
#pragma once

#include "model/Ids.h"
#include "model/Month.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace crewplan {

class GanttChart;
class ProjectDocument;
namespace charts {
class CoverageOverTimeChart;
class StackedBarChart;
} // namespace charts

class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(ProjectDocument& document, QWidget* parent = nullptr);

    GanttChart* gantt() const { return gantt_; }
    QLabel* summary() const { return summary_; }
    // As the planner does through the controls, each one undo step; false when refused (the
    // reason is said in the status line).
    bool setHorizon(std::optional<Month> start, int months);
    bool setMonthsToHire(int months);
    bool setTarget(int level, Month by); // replaces the target of that level
    bool clearTargets();
    bool moveItem(int index, int months); // a Gantt row, as dragging it does
    QLabel* status() const { return status_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();

    struct Row {
        enum class Kind { Joins, Training, Leaves } kind;
        PersonId person;
        SkillId skill;
    };

    ProjectDocument& document_;
    QDateEdit* start_;
    QSpinBox* months_;
    QSpinBox* hireTime_;
    QComboBox* level_;
    QDateEdit* by_;
    QLabel* targets_;
    QLabel* summary_;
    QLabel* status_;
    charts::CoverageOverTimeChart* coverage_;
    charts::StackedBarChart* headcount_;
    charts::StackedBarChart* spend_;
    GanttChart* gantt_;
    std::vector<Row> rows_;
    Month first_;
    bool stale_ = true;
    bool rebuilding_ = false;
};

} // namespace crewplan
