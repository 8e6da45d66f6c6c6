#include "RecommendOptionsForm.h"

#include "ProjectDocument.h"
#include "model/Project.h"
#include "optimize/StaffingOptimizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace crewplan {

namespace {

QDoubleSpinBox* moneyBox(QWidget* parent, double maximum, double step, const QString& special) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, maximum);
    box->setDecimals(0);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    return box;
}

} // namespace

RecommendOptionsForm::RecommendOptionsForm(ProjectDocument& document, QWidget* parent)
    : QGroupBox(tr("Constraints"), parent), document_(document) {
    goal_ = new QComboBox(this);
    goal_->addItem(tr("The cheapest plan that meets every must-have"));
    goal_->addItem(tr("The most must-haves within the budget"));
    goal_->addItem(tr("A schedule that meets the maturity targets in time"));
    goal_->setToolTip(tr("A schedule plans over the scenario's time line: hires with the month "
                         "they start, training with its start (the Timeline tab shows it)"));
    hiresPerQuarter_ = new QSpinBox(this);
    hiresPerQuarter_->setRange(0, 1000);
    hiresPerQuarter_->setSpecialValueText(tr("No cap"));
    hiresPerQuarter_->setToolTip(tr("Recruiting capacity: the most hires starting in a quarter"));
    quarterlyBudget_ = moneyBox(this, 1e10, 10000, tr("No cap"));
    quarterlyBudget_->setSuffix(tr(" a quarter"));
    keepCoverage_ = new QCheckBox(tr("Schedule: keep what is covered today covered until the "
                                     "targets (no one trained or moved before a replacement "
                                     "counts)"),
                                  this);
    quarterlyBudget_->setToolTip(tr("The most the schedule may add to a quarter's spend: pay of "
                                    "hires and candidates, training, recruiting"));
    budget_ = moneyBox(this, 1e10, 10000, tr("No cap"));
    budget_->setSuffix(tr(" a year"));
    oneOffBudget_ = moneyBox(this, 1e10, 10000, tr("No cap"));
    oneOffBudget_->setSuffix(tr(" once"));
    oneOffBudget_->setToolTip(tr("Most the plan may cost once: training and recruiting"));
    recruiting_ = moneyBox(this, 1000, 5, {});
    recruiting_->setDecimals(1);
    recruiting_->setSuffix(tr(" % of the yearly cost"));
    recruiting_->setValue(RecommendOptions{}.recruitingShare * 100.0);
    recruiting_->setToolTip(tr("What finding and hiring one person costs once (kept in the "
                               "project)"));
    halfTime_ = new QCheckBox(tr("Half-time hires (0.5 FTE at half the yearly cost)"), this);
    halfTime_->setChecked(RecommendOptions{}.partTimeHires);
    depth_ = new QSpinBox(this);
    depth_->setRange(0, 5);
    depth_->setSpecialValueText(tr("No target"));
    depth_->setToolTip(tr("People holding each must-have skill of a team, at the level its roles "
                          "ask. 2: no single point of failure."));
    resilience_ = new QSpinBox(this);
    resilience_->setRange(0, 9);
    resilience_->setSpecialValueText(tr("No target"));
    resilience_->setSuffix(tr(" people"));
    resilience_->setToolTip(tr("Every team keeps all its must-haves when any this many of its "
                               "people leave (its bus factor is one more)."));
    sharedRoles_ = new QCheckBox(tr("Shared roles (a person's time split between two roles, in "
                                    "quarter-FTE steps)"),
                                 this);
    sharedRoles_->setChecked(RecommendOptions{}.sharedRoles);
    headcount_ = new QSpinBox(this);
    headcount_->setRange(0, 1000000);
    headcount_->setSpecialValueText(tr("No cap"));
    weeksCap_ = moneyBox(this, 520, 1, tr("No cap"));
    weeksCap_->setSuffix(tr(" weeks"));
    const TrainingRate defaults;
    trainingCost_ = moneyBox(this, 1e7, 500, {});
    trainingCost_->setValue(defaults.costPerLevel);
    trainingWeeks_ = moneyBox(this, 52, 1, {});
    trainingWeeks_->setDecimals(1);
    trainingWeeks_->setSuffix(tr(" weeks"));
    trainingWeeks_->setValue(defaults.weeksPerLevel);
    profiles_ = new QCheckBox(tr("Also junior (band minimum, trained up) and senior (band "
                                 "maximum) hires"),
                              this);
    seconds_ = moneyBox(this, 600, 1, {});
    seconds_->setDecimals(1);
    seconds_->setMinimum(0.5);
    seconds_->setValue(RecommendOptions{}.seconds);
    seconds_->setSuffix(tr(" s"));
    perSkill_ = new QPushButton(tr("Per &skill…"), this);
    perSkill_->setToolTip(tr("Skills whose training costs more or less than this"));

    auto* left = new QFormLayout;
    left->addRow(tr("&Goal:"), goal_);
    left->addRow(tr("&Budget:"), budget_);
    left->addRow(tr("&One-off budget:"), oneOffBudget_);
    left->addRow(tr("&Depth per must-have skill:"), depth_);
    left->addRow(tr("Sur&vives the loss of:"), resilience_);
    left->addRow(tr("&Headcount cap:"), headcount_);
    left->addRow(tr("Hires a quarter (&capacity):"), hiresPerQuarter_);
    left->addRow(tr("&Quarterly budget:"), quarterlyBudget_);
    auto* right = new QFormLayout;
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(trainingCost_, 1);
    costRow->addWidget(perSkill_);
    auto* costLabel = new QLabel(tr("Training, per &level step:"), this);
    costLabel->setBuddy(trainingCost_); // a row holding a layout gets no buddy of its own
    right->addRow(costLabel, costRow);
    right->addRow(tr("Training &time per level step:"), trainingWeeks_);
    right->addRow(tr("Most training per &person:"), weeksCap_);
    right->addRow(tr("&Recruiting a hire:"), recruiting_);
    right->addRow(tr("Solver time &limit:"), seconds_);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(profiles_);
    layout->addWidget(halfTime_);
    layout->addWidget(sharedRoles_);
    layout->addWidget(keepCoverage_);

    const auto saveRate = [this] {
        if (!document_.isOpen() || syncing_)
            return;
        const TrainingRate rate{trainingCost_->value(), trainingWeeks_->value()};
        if (rate == document_.project().training)
            return;
        document_.apply(SetTrainingRate{{}, rate}, tr("Set the training rate"),
                        QStringLiteral("training-rate"));
    };
    connect(recruiting_, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!document_.isOpen() || syncing_)
            return;
        if (showsProjectRecruiting())
            return; // as the project has it, to the box's tenth of a percent: nothing to save
        const double share = recruiting_->value() / 100.0;
        document_.apply(SetRecruitingShare{share}, tr("Set the recruiting cost"),
                        QStringLiteral("recruiting"));
    });
    connect(trainingCost_, &QDoubleSpinBox::editingFinished, this, saveRate);
    connect(trainingWeeks_, &QDoubleSpinBox::editingFinished, this, saveRate);
    connect(perSkill_, &QPushButton::clicked, this, &RecommendOptionsForm::perSkillRequested);
    connect(goal_, &QComboBox::currentIndexChanged, this, &RecommendOptionsForm::showGoal);
    showGoal();
}

void RecommendOptionsForm::showGoal() {
    const bool schedule = goal_->currentIndex() == 2;
    for (QWidget* w : std::initializer_list<QWidget*>{budget_, oneOffBudget_, depth_, resilience_,
                                                      headcount_, profiles_, sharedRoles_})
        w->setEnabled(!schedule);
    hiresPerQuarter_->setEnabled(schedule);
    quarterlyBudget_->setEnabled(schedule);
    keepCoverage_->setEnabled(schedule);
}

std::optional<ScheduleOptions> RecommendOptionsForm::schedule() const {
    if (goal_->currentIndex() != 2)
        return std::nullopt;
    ScheduleOptions limits;
    if (hiresPerQuarter_->value() > 0)
        limits.hiresPerQuarter = hiresPerQuarter_->value();
    if (quarterlyBudget_->value() > 0)
        limits.quarterlyBudget = quarterlyBudget_->value();
    limits.keepCoverage = keepCoverage_->isChecked();
    return limits;
}

void RecommendOptionsForm::setScheduleGoal(int hiresPerQuarter, double quarterlyBudget,
                                           bool keepCoverage) {
    goal_->setCurrentIndex(2);
    keepCoverage_->setChecked(keepCoverage);
    hiresPerQuarter_->setValue(hiresPerQuarter);
    quarterlyBudget_->setValue(quarterlyBudget);
}

void RecommendOptionsForm::fill(RecommendOptions& o) const {
    o.mode = goal_->currentIndex() == 1 ? RecommendOptions::Mode::Coverage
                                        : RecommendOptions::Mode::Cost;
    const bool schedule = goal_->currentIndex() == 2; // takes no budget, depth or caps
    if (budget_->value() > 0 && !schedule)
        o.budget = budget_->value();
    if (oneOffBudget_->value() > 0 && !schedule)
        o.oneOffBudget = oneOffBudget_->value();
    o.recruitingShare = document_.isOpen() && showsProjectRecruiting()
                            ? document_.project().recruitingShare
                            : recruiting_->value() / 100.0;
    o.partTimeHires = halfTime_->isChecked();
    o.depth = schedule ? 0 : depth_->value();
    o.resilience = schedule ? 0 : resilience_->value();
    o.sharedRoles = sharedRoles_->isChecked();
    if (headcount_->value() > 0 && !schedule)
        o.headcountCap = headcount_->value();
    if (weeksCap_->value() > 0)
        o.maxTrainingWeeksPerPerson = weeksCap_->value();
    o.perSkill = document_.project().trainingPerSkill;
    o.training.costPerLevel = trainingCost_->value();
    o.training.weeksPerLevel = trainingWeeks_->value();
    o.juniorAndSeniorHires = profiles_->isChecked() && !schedule;
    o.seconds = seconds_->value();
}

bool RecommendOptionsForm::showsProjectRecruiting() const {
    const double shown = std::round(document_.project().recruitingShare * 1000.0) / 10.0;
    return std::abs(recruiting_->value() - shown) < 1e-9;
}

void RecommendOptionsForm::syncRates() {
    if (!document_.isOpen())
        return;
    syncing_ = true;
    trainingCost_->setValue(document_.project().training.costPerLevel);
    trainingWeeks_->setValue(document_.project().training.weeksPerLevel);
    recruiting_->setValue(document_.project().recruitingShare * 100.0);
    const auto own = document_.project().trainingPerSkill.size();
    perSkill_->setText(own == 0 ? tr("Per &skill…") : tr("Per &skill (%1)…").arg(own));
    syncing_ = false;
}

void RecommendOptionsForm::setDepth(int depth) {
    depth_->setValue(depth);
}
void RecommendOptionsForm::setResilience(int people) {
    resilience_->setValue(people);
}
void RecommendOptionsForm::setSharedRoles(bool shared) {
    sharedRoles_->setChecked(shared);
}
void RecommendOptionsForm::setBudget(double budget) {
    budget_->setValue(budget);
}
void RecommendOptionsForm::setRecruitingPercent(double percent) {
    recruiting_->setValue(percent);
}
void RecommendOptionsForm::setTimeLimit(double seconds) {
    seconds_->setValue(seconds);
}
void RecommendOptionsForm::setCoverageMode(bool coverage) {
    goal_->setCurrentIndex(coverage ? 1 : 0);
}

} // namespace crewplan
