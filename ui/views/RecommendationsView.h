// Recommendations in the workbench: the constraints at the top (goal, budget, depth, caps,
// training rates, who is locked to a role or left out), the plan with its totals and each step
// with its reason, and Apply per step or Apply all as one undo step. The solver runs on its own
// thread; the window stays live, shows that it is busy, and Cancel drops the run.
#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <set>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace crewplan {

class ProjectDocument;
struct RecommendOptions;
struct StaffingPlan;

class RecommendationsView : public QWidget {
    Q_OBJECT

public:
    explicit RecommendationsView(ProjectDocument& document, QWidget* parent = nullptr);
    ~RecommendationsView() override;

    bool isBusy() const { return busy_; }
    const StaffingPlan* plan() const { return plan_.get(); }
    QTreeWidget* steps() const { return steps_; }
    QTableWidget* people(); // who may be in the plan, brought up to date
    QLabel* headline() const { return headline_; }
    QDoubleSpinBox* trainingCost() const { return trainingCost_; }

    void setDepth(int depth);
    void setBudget(double budget); // 0: no cap
    void setCoverageMode(bool coverage);

public slots:
    void recommend();
    void cancel();
    void applySelected();
    void applyAll();
    void editSkillRates(); // the per-skill dialog

signals:
    void finished(); // a plan (or the reason there is none) is shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildPeople();
    RecommendOptions options(); // brings the people table up to date first
    void setBusy(bool busy);
    void showPlan(std::unique_ptr<StaffingPlan> plan);
    void updateButtons();
    void markStale();
    void syncRates(); // the training rate boxes show the project's

    ProjectDocument& document_;
    QComboBox* goal_;
    QDoubleSpinBox* budget_;
    QSpinBox* depth_;
    QSpinBox* headcount_;
    QDoubleSpinBox* weeksCap_;
    QDoubleSpinBox* trainingCost_;
    QDoubleSpinBox* trainingWeeks_;
    QCheckBox* profiles_;
    QPushButton* perSkill_;
    QDoubleSpinBox* seconds_;
    QTableWidget* people_;
    QPushButton* recommend_;
    QPushButton* cancel_;
    QProgressBar* busyBar_;
    QLabel* headline_;
    QTreeWidget* steps_;
    QLabel* reason_;
    QPushButton* applyStep_;
    QPushButton* applyAll_;

    std::unique_ptr<StaffingPlan> plan_;
    std::set<int> applied_;                // steps already carried out
    std::vector<Assignment> hiredAlready_; // hires of steps carried out one by one
    bool busy_ = false;
    bool peopleStale_ = true;
    bool syncingRates_ = false;
    bool applying_ = false;
    int generation_ = 0; // a finished run counts only when it is still the latest
    QList<QThread*> running_;
};

} // namespace crewplan
