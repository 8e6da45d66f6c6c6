// Two to four scenarios side by side: the figures with their differences from the first, the
// coverage per team per scenario, cost against coverage, and what differs, listed.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;
class QListWidget;
class QTableView;
class QTreeWidget;

namespace crewplan {

namespace charts {
class BarChart;
class CostCoverageChart;
} // namespace charts

class ComparisonModel;
class ProjectDocument;

class CompareView : public QWidget {
    Q_OBJECT

public:
    CompareView(ProjectDocument& document, QWidget* parent = nullptr);

    // Ticks exactly these scenarios (by name), in this order of the project.
    void setCompared(const QStringList& names);
    QStringList compared() const;
    ComparisonModel* comparisonModel() const { return model_; }
    QTreeWidget* differences() const { return differences_; }
    void refresh();
    // The button under the list: the window gives it the export action.
    void setExportAction(QAction* action);

signals:
    void comparedChanged(); // the ticked scenarios changed

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildChoices();
    void redraw();

    ProjectDocument& document_;
    ComparisonModel* model_;
    QListWidget* choices_;
    QLabel* status_;
    QToolButton* export_;
    QTableView* table_;
    charts::BarChart* teams_;
    charts::CostCoverageChart* cost_;
    QTreeWidget* differences_;
    bool stale_ = true;
    bool updatingChoices_ = false;
};

} // namespace crewplan
