// The constraints of a recommendation: goal, budget, depth, caps, the project's training rates
// (edited here, kept in the file, undone like any edit), hire profiles and the time limit.
#pragma once

#include "optimize/Schedule.h"

#include <QGroupBox>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace crewplan {

class ProjectDocument;
struct RecommendOptions;

class RecommendOptionsForm : public QGroupBox {
    Q_OBJECT

public:
    explicit RecommendOptionsForm(ProjectDocument& document, QWidget* parent = nullptr);

    // Everything but who is locked or left out.
    void fill(RecommendOptions& options) const;
    void syncRates(); // the training rate boxes show the project's

    QDoubleSpinBox* trainingCost() const { return trainingCost_; }
    QDoubleSpinBox* recruiting() const { return recruiting_; } // % of a hire's yearly cost
    void setDepth(int depth);
    void setResilience(int people);
    void setSharedRoles(bool shared);
    void setBudget(double budget);             // 0: no cap
    void setRecruitingPercent(double percent); // of a hire's yearly cost
    void setCoverageMode(bool coverage);
    // The Schedule goal (docs/schedule.md): hires per quarter and a quarterly budget, 0 for none.
    void setScheduleGoal(int hiresPerQuarter, double quarterlyBudget, bool keepCoverage = false);
    // With the Schedule goal, its limits; otherwise none (the plan of today).
    std::optional<ScheduleOptions> schedule() const;
    void setTimeLimit(double seconds);

signals:
    void perSkillRequested();

private:
    ProjectDocument& document_;
    void showGoal(); // what the goal takes enabled, the rest not
    QComboBox* goal_;
    QSpinBox* hiresPerQuarter_ = nullptr;
    QDoubleSpinBox* quarterlyBudget_ = nullptr;
    QCheckBox* keepCoverage_ = nullptr;
    QDoubleSpinBox* budget_;
    QDoubleSpinBox* oneOffBudget_ = nullptr;
    QDoubleSpinBox* recruiting_ = nullptr;
    QCheckBox* halfTime_ = nullptr;
    QSpinBox* depth_;
    QSpinBox* resilience_ = nullptr;
    QCheckBox* sharedRoles_ = nullptr;
    QSpinBox* headcount_;
    QDoubleSpinBox* weeksCap_;
    QDoubleSpinBox* trainingCost_;
    QDoubleSpinBox* trainingWeeks_;
    QCheckBox* profiles_;
    QPushButton* perSkill_;
    QDoubleSpinBox* seconds_;
    bool syncing_ = false;

    // The recruiting box shows the project's share (to its tenth of a percent).
    bool showsProjectRecruiting() const;
};

} // namespace crewplan
