// The Timeline tab's Gantt: a row per dated thing of the scenario — a hire joining (its ramp-up
// drawn lighter), a planned training running, a leaver until they go — over the months of the
// time line. A bar dragged to another month (or moved with Ctrl+Left/Right) asks for the move
// through moved(); the view makes it an undoable edit.
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace crewplan {

struct GanttItem {
    enum class Kind { Hire, Training, Leaver };
    Kind kind = Kind::Hire;
    QString label;
    int start = 0;  // month from the time line's start (before it: negative)
    int end = 0;    // exclusive; a leaver's: the first month they are gone
    int rampUp = 0; // a hire's months at half strength
    QString tip;
};

class GanttChart : public QWidget {
    Q_OBJECT

public:
    explicit GanttChart(QWidget* parent = nullptr);

    void setData(const QStringList& months, std::vector<GanttItem> items);
    const std::vector<GanttItem>& items() const { return items_; }
    int currentItem() const { return current_; }
    void setCurrentItem(int index);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Where a row's bar is drawn (for tests that drag it as a user would).
    QRect barRect(int index) const;

signals:
    // The planner moved item `index` by `months` (a hire's start, a training's start, a leaver's
    // last month).
    void moved(int index, int months);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    double columnWidth() const;
    int rowAt(QPoint point) const;

    QStringList months_;
    std::vector<GanttItem> items_;
    int current_ = -1;
    int dragging_ = -1;
    int dragFrom_ = 0;   // x where the drag began
    int dragMonths_ = 0; // months moved so far
};

} // namespace crewplan
