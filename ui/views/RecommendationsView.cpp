#include "RecommendationsView.h"

#include "PlanPeopleTable.h"
#include "PlanTree.h"
#include "ProjectDocument.h"
#include "QtText.h"
#include "RecommendOptionsForm.h"
#include "SolveRunner.h"
#include "TrainingRatesDialog.h"
#include "model/Project.h"
#include "optimize/PlanEdit.h"
#include "optimize/PlanProgress.h"
#include "optimize/PlanText.h"
#include "optimize/Schedule.h"
#include "optimize/StaffingOptimizer.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace crewplan {

RecommendationsView::RecommendationsView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    form_ = new RecommendOptionsForm(document_, this);
    people_ = new PlanPeopleTable(document_, this);
    steps_ = new PlanTree(this);
    runner_ = new SolveRunner(this);

    recommend_ = new QPushButton(tr("&Recommend"), this);
    recommend_->setDefault(true);
    cancel_ = new QPushButton(tr("Cancel"), this);
    busyBar_ = new QProgressBar(this);
    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(160);
    busyBar_->setTextVisible(false);
    headline_ = new QLabel(tr("Set the constraints, then Recommend."), this);
    headline_->setWordWrap(true);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason_ = new QLabel(this);
    reason_->setWordWrap(true);
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason_->setMinimumHeight(3 * fontMetrics().height());
    reason_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    applyStep_ = new QPushButton(tr("&Apply step"), this);
    applyAll_ = new QPushButton(tr("Apply a&ll"), this);
    applyStep_->setToolTip(tr("Carry out the selected step in this scenario (one undo step)"));
    applyAll_->setToolTip(tr("Carry out the whole plan in this scenario (one undo step)"));

    auto* run = new QHBoxLayout;
    run->addWidget(recommend_);
    run->addWidget(cancel_);
    run->addWidget(busyBar_);
    run->addWidget(headline_, 1);
    auto* apply = new QHBoxLayout;
    apply->addStretch();
    apply->addWidget(applyStep_);
    apply->addWidget(applyAll_);
    auto* planPane = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planPane);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(run);
    planLayout->addWidget(steps_, 1);
    planLayout->addWidget(reason_);
    planLayout->addLayout(apply);
    auto* peoplePane = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(new QLabel(tr("Who may be in the plan:"), peoplePane));
    peopleLayout->addWidget(people_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(peoplePane);
    split->addWidget(planPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({28 * fontMetrics().horizontalAdvance(QLatin1Char('M')),
                     70 * fontMetrics().horizontalAdvance(QLatin1Char('M'))});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(split, 1);

    connect(form_, &RecommendOptionsForm::perSkillRequested, this,
            &RecommendationsView::editSkillRates);
    connect(recommend_, &QPushButton::clicked, this, &RecommendationsView::recommend);
    connect(cancel_, &QPushButton::clicked, this, &RecommendationsView::cancel);
    connect(applyStep_, &QPushButton::clicked, this, &RecommendationsView::applySelected);
    connect(applyAll_, &QPushButton::clicked, this, &RecommendationsView::applyAll);
    connect(steps_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        reason_->setText(item ? item->toolTip(3) : QString());
        showProgress();
    });
    connect(steps_, &QTreeWidget::itemDoubleClicked, this, [this] { applySelected(); });
    connect(runner_, &SolveRunner::solved, this, &RecommendationsView::showPlan);
    connect(runner_, &SolveRunner::ended, this, [this] { setBusy(false); });
    connect(&document_, &ProjectDocument::edited, this, [this] {
        ++revision_;
        if (document_.lastChange().everything)
            refreshPeople(); // people, roles or scenarios may have changed
        form_->syncRates();
        if (!applying_)
            markStale();
        showProgress();
    });
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] {
        dropPlan(tr("Set the constraints, then Recommend.")); // a plan is for its scenario
        people_->setRowCount(0); // other scenario, other people and roles
        refreshPeople();
    });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] {
        dropPlan(tr("Set the constraints, then Recommend."));
        people_->setRowCount(0);
        refreshPeople();
        form_->syncRates();
        setBusy(isBusy()); // Recommend is for an open project: opening one enables it
    });
    form_->syncRates();
    setBusy(false);
}

RecommendationsView::~RecommendationsView() = default; // the runner stops its solve

bool RecommendationsView::isBusy() const {
    return runner_->isRunning();
}
QTreeWidget* RecommendationsView::steps() const {
    return steps_;
}
QDoubleSpinBox* RecommendationsView::trainingCost() const {
    return form_->trainingCost();
}

void RecommendationsView::editSkillRates() {
    if (!document_.isOpen())
        return;
    TrainingRatesDialog dialog(document_.project(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto changes = dialog.changes(&error);
    if (!error.isEmpty()) {
        reason_->setText(tr("Not saved: %1").arg(error));
        return;
    }
    if (changes.empty())
        return;
    // Every changed row, as one edit and one undo step.
    std::vector<Edit> edits(changes.begin(), changes.end());
    if (const auto refused =
            document_.apply(EditBatch{std::move(edits)}, tr("Set training per skill")))
        reason_->setText(tr("Not saved: %1").arg(*refused));
}

void RecommendationsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (peopleStale_) {
        peopleStale_ = false;
        people_->rebuild();
    }
}

void RecommendationsView::refreshPeople() {
    peopleStale_ = true;
    if (isVisible()) {
        peopleStale_ = false;
        people_->rebuild();
    }
}

QTableWidget* RecommendationsView::people() {
    if (peopleStale_) {
        peopleStale_ = false;
        people_->rebuild();
    }
    return people_;
}

RecommendOptions RecommendationsView::options() {
    RecommendOptions o;
    form_->fill(o);
    people(); // brought up to date
    people_->fill(o);
    return o;
}

void RecommendationsView::recommend() {
    if (!document_.isOpen() || isBusy())
        return;
    // The solver gets its own copy of the project: edits go on while it works.
    const RecommendOptions o = options();
    planRevision_ = revision_;
    const auto schedule = form_->schedule();
    runner_->start(std::make_shared<const Project>(document_.project()), document_.scenario().id, o,
                   schedule);
    setBusy(true);
    headline_->setText((schedule ? tr("Looking for the best schedule (at most %1 s)…")
                                 : tr("Looking for the best plan (at most %1 s)…"))
                           .arg(o.seconds));
}

void RecommendationsView::cancel() {
    if (!isBusy())
        return;
    runner_->cancel(); // the solve itself stops; its thread ends within milliseconds
    headline_->setText(tr("Cancelled. The constraints are as you left them."));
}

void RecommendationsView::setBusy(bool busy) {
    busyBar_->setVisible(busy);
    cancel_->setEnabled(busy);
    recommend_->setEnabled(!busy && document_.isOpen());
    showProgress();
}

void RecommendationsView::dropPlan(const QString& headline) {
    runner_->cancel();
    plan_.reset();
    schedule_.reset();
    steps_->clear();
    reason_->clear();
    headline_->setText(headline);
    showProgress();
}

void RecommendationsView::showPlan(std::shared_ptr<const StaffingPlan> plan,
                                   std::shared_ptr<const Schedule> schedule) {
    plan_ = std::move(plan);
    schedule_ = std::move(schedule);
    steps_->clear();
    reason_->clear();
    if (!plan_->found()) {
        headline_->setText(
            (schedule_ ? tr("No schedule: %1") : tr("No plan: %1")).arg(toQString(plan_->message)));
    } else {
        QString headline = toQString(schedule_ ? scheduleHeadline(document_.scenario(), *schedule_)
                                               : planHeadline(document_.scenario(), *plan_));
        if (plan_->sharedRolesLeftOut)
            headline += QLatin1Char(' ') + toQString(sharedRolesLeftOutText());
        headline_->setText(headline);
        steps_->showPlan(document_.project(), document_.scenario(), *plan_);
        if (planRevision_ != revision_)
            markStale(); // edited while it was being solved
    }
    showProgress();
    emit finished();
}

void RecommendationsView::showProgress() {
    const bool ready = plan_ && plan_->found() && !isBusy() && document_.isOpen();
    if (!ready) {
        applyStep_->setEnabled(false);
        applyAll_->setEnabled(false);
        return;
    }
    const PlanProgress progress = planProgress(document_.project(), document_.scenario(), *plan_);
    steps_->showProgress(progress);
    const int index = steps_->currentStep();
    applyStep_->setEnabled(index >= 0 && !progress.done[static_cast<std::size_t>(index)]);
    applyAll_->setEnabled(!progress.whole);
}

void RecommendationsView::markStale() {
    if (plan_ && plan_->found() && !headline_->text().endsWith(QLatin1Char(')')))
        headline_->setText(headline_->text() +
                           tr(" (The scenario has changed since: Recommend again for a fresh "
                              "plan.)"));
}

void RecommendationsView::applyEdit(bool wholePlan) {
    const int index = steps_->currentStep();
    if (!plan_ || !plan_->found() || isBusy() || (!wholePlan && index < 0))
        return;
    const auto step = wholePlan ? std::optional<std::size_t>{}
                                : std::optional<std::size_t>{static_cast<std::size_t>(index)};
    const ReplaceStaffing change =
        planEdit(document_.project(), document_.scenario(), *plan_, step);
    const QString text =
        wholePlan ? tr("Apply the recommended plan") : tr("Apply: %1").arg(steps_->currentLabel());
    applying_ = true;
    const auto refused = document_.apply(change, text);
    applying_ = false;
    if (refused)
        reason_->setText(tr("Not applied: %1").arg(*refused));
    showProgress();
}

void RecommendationsView::applySelected() {
    const int index = steps_->currentStep();
    if (plan_ && index >= 0 &&
        planProgress(document_.project(), document_.scenario(), *plan_)
            .done[static_cast<std::size_t>(index)])
        return; // done already
    applyEdit(false);
}

void RecommendationsView::applyAll() {
    applyEdit(true);
}

} // namespace crewplan
