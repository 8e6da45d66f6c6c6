// Recommendations in the workbench: the constraints at the top, who may be in the plan, and the
// plan with its totals and each step's reason; Apply per step or Apply all, each one undo step.
// What of the plan is carried out is read from the scenario after every change (planProgress),
// so undo and redo cannot make the view and the file disagree. The solve runs on its own thread
// (SolveRunner); Cancel stops it.
#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QDoubleSpinBox;

namespace crewplan {

class PlanPeopleTable;
class PlanTree;
class ProjectDocument;
class RecommendOptionsForm;
class SolveRunner;
struct RecommendOptions;
struct StaffingPlan;
struct Schedule;

class RecommendationsView : public QWidget {
    Q_OBJECT

public:
    explicit RecommendationsView(ProjectDocument& document, QWidget* parent = nullptr);
    ~RecommendationsView() override;

    bool isBusy() const;
    const StaffingPlan* plan() const { return plan_.get(); }
    const Schedule* schedule() const { return schedule_.get(); } // when the goal was one
    QTreeWidget* steps() const;
    QPushButton* recommendButton() const { return recommend_; }
    QTableWidget* people(); // who may be in the plan, brought up to date
    QLabel* headline() const { return headline_; }
    QDoubleSpinBox* trainingCost() const;
    SolveRunner* runner() const { return runner_; }
    RecommendOptionsForm* form() const { return form_; } // the constraints, to set them

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
    void refreshPeople(); // now if shown, else when next shown
    RecommendOptions options();
    void setBusy(bool busy);
    void showPlan(std::shared_ptr<const StaffingPlan> plan,
                  std::shared_ptr<const Schedule> schedule);
    void dropPlan(const QString& headline);
    void showProgress(); // ticks and buttons, from the scenario
    void markStale();
    void applyEdit(bool wholePlan);

    ProjectDocument& document_;
    RecommendOptionsForm* form_;
    PlanPeopleTable* people_;
    PlanTree* steps_;
    SolveRunner* runner_;
    QPushButton* recommend_;
    QPushButton* cancel_;
    QProgressBar* busyBar_;
    QLabel* headline_;
    QLabel* reason_;
    QPushButton* applyStep_;
    QPushButton* applyAll_;

    std::shared_ptr<const StaffingPlan> plan_;
    std::shared_ptr<const Schedule> schedule_;
    bool peopleStale_ = true;
    int revision_ = 0;     // edits seen; a plan made before the last one is stale
    int planRevision_ = 0; // the revision the running (or shown) plan was made from
    bool applying_ = false;
};

} // namespace crewplan
