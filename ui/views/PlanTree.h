// A recommended plan as a tree: its training, who fills which role and its hires, each group
// with its totals, each step with its cost, weeks and reason; steps the scenario holds already
// are ticked and greyed.
#pragma once

#include <QTreeWidget>

namespace crewplan {

struct PlanProgress;
struct Project;
struct Scenario;
struct StaffingPlan;

class PlanTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit PlanTree(QWidget* parent = nullptr);

    void showPlan(const Project& project, const Scenario& scenario, const StaffingPlan& plan);
    void showProgress(const PlanProgress& progress);
    int currentStep() const;      // -1: none, or a group
    QString currentLabel() const; // the current step's label, without its tick
};

} // namespace crewplan
