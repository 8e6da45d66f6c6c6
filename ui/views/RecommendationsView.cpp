#include "RecommendationsView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "TrainingRatesDialog.h"
#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/PlanEdit.h"
#include "optimize/PlanText.h"
#include "optimize/StaffingOptimizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crewplan {

namespace {

constexpr int kStepRole = Qt::UserRole;       // steps_: the step's index (-1: a group)
constexpr int kChoiceRole = Qt::UserRole;     // people_ "In the plan": 0, kLeftOut or a role id
constexpr int kPersonRole = Qt::UserRole + 1; // people_ name column: the person's id
constexpr qint64 kLeftOut = -1;
constexpr int kChoiceColumn = 2;

// The "In the plan" column: free, left out, or kept in one of the scenario's roles, chosen from
// a combo box only while it is edited (a table of thousands of people stays light).
class ChoiceDelegate : public QStyledItemDelegate {
public:
    ChoiceDelegate(ProjectDocument& document, QObject* parent)
        : QStyledItemDelegate(parent), document_(document) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        combo->addItem(RecommendationsView::tr("Free"), qint64(0));
        combo->addItem(RecommendationsView::tr("Leave out"), kLeftOut);
        for (const auto& role : document_.scenario().roles)
            combo->addItem(RecommendationsView::tr("Keep in %1").arg(toQString(role.name)),
                           qint64(role.id.value));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        const int at = combo->findData(index.data(kChoiceRole).toLongLong());
        combo->setCurrentIndex(std::max(0, at));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), kChoiceRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    ProjectDocument& document_;
};

QString stepLabel(const Project& project, const Scenario& scenario, const PlanStep& step) {
    const Person* person = project.findPerson(step.person);
    const Role* role = scenario.findRole(step.role);
    const QString who = person ? toQString(person->name) : QString();
    const QString where = role ? toQString(role->name) : QString();
    switch (step.kind) {
    case PlanStep::Kind::Train:
        return RecommendationsView::tr("Train %1 in %2: %3 → %4")
            .arg(who, toQString(project.findSkill(step.skill)->name),
                 toQString(skillLevelName(step.from)), toQString(skillLevelName(step.to)));
    case PlanStep::Kind::Assign: {
        const QString fte = toQString(formatShare(step.allocation));
        if (step.previous == 0.0)
            return RecommendationsView::tr("Assign %1 to %2 (%3 FTE)").arg(who, where, fte);
        if (std::abs(step.previous - step.allocation) < 1e-9)
            return RecommendationsView::tr("Keep %1 in %2 (%3 FTE)").arg(who, where, fte);
        return RecommendationsView::tr("%1 in %2: %3 FTE (was %4)")
            .arg(who, where, fte, toQString(formatShare(step.previous)));
    }
    case PlanStep::Kind::Hire:
        return step.profile == HireProfile::Standard
                   ? RecommendationsView::tr("Hire %1 %2").arg(step.count).arg(where)
                   : RecommendationsView::tr("Hire %1 %2 %3")
                         .arg(step.count)
                         .arg(toQString(hireProfileName(step.profile)), where);
    }
    return {};
}

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

RecommendationsView::RecommendationsView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    // Constraints.
    goal_ = new QComboBox(this);
    goal_->addItem(tr("The cheapest plan that meets every must-have"));
    goal_->addItem(tr("The most must-haves within the budget"));
    budget_ = moneyBox(this, 1e10, 10000, tr("No cap"));
    budget_->setSuffix(tr(" a year"));
    depth_ = new QSpinBox(this);
    depth_->setRange(0, 5);
    depth_->setSpecialValueText(tr("No target"));
    depth_->setToolTip(tr("People holding each must-have skill of a team, at the level its roles "
                          "ask. 2: no single point of failure."));
    headcount_ = new QSpinBox(this);
    headcount_->setRange(0, 1000000);
    headcount_->setSpecialValueText(tr("No cap"));
    weeksCap_ = moneyBox(this, 520, 1, tr("No cap"));
    weeksCap_->setSuffix(tr(" weeks"));
    const TrainingRate defaults;
    perSkill_ = nullptr;
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

    auto* constraints = new QGroupBox(tr("Constraints"), this);
    auto* left = new QFormLayout;
    left->addRow(tr("&Goal:"), goal_);
    left->addRow(tr("&Budget:"), budget_);
    left->addRow(tr("&Depth per must-have skill:"), depth_);
    left->addRow(tr("&Headcount cap:"), headcount_);
    auto* right = new QFormLayout;
    perSkill_ = new QPushButton(tr("Per &skill…"), this);
    perSkill_->setToolTip(tr("Skills whose training costs more or less than this"));
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(trainingCost_, 1);
    costRow->addWidget(perSkill_);
    auto* costLabel = new QLabel(tr("Training, per &level step:"), this);
    costLabel->setBuddy(trainingCost_); // a row holding a layout gets no buddy of its own
    right->addRow(costLabel, costRow);
    right->addRow(tr("Training &time per level step:"), trainingWeeks_);
    right->addRow(tr("Most training per &person:"), weeksCap_);
    right->addRow(tr("Solver time &limit:"), seconds_);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right);
    auto* constraintsLayout = new QVBoxLayout(constraints);
    constraintsLayout->addLayout(columns);
    constraintsLayout->addWidget(profiles_);

    // Who may be in the plan.
    people_ = new QTableWidget(0, 3, this);
    people_->setHorizontalHeaderLabels({tr("Person"), tr("Status"), tr("In the plan")});
    people_->setAccessibleName(tr("Locks and exclusions"));
    people_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    people_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    people_->horizontalHeader()->setSectionResizeMode(kChoiceColumn, QHeaderView::Stretch);
    people_->verticalHeader()->hide();
    people_->setItemDelegateForColumn(kChoiceColumn, new ChoiceDelegate(document_, people_));
    people_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    people_->setSelectionBehavior(QAbstractItemView::SelectRows);

    // The plan.
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
    steps_ = new QTreeWidget(this);
    steps_->setColumnCount(4);
    steps_->setHeaderLabels({tr("Step"), tr("Cost"), tr("Weeks"), tr("Why")});
    steps_->setAccessibleName(tr("The recommended plan"));
    steps_->setAlternatingRowColors(true);
    steps_->header()->setStretchLastSection(true);
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
    people_->setWordWrap(false);
    people_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(constraints);
    layout->addWidget(split, 1);

    // The training rates are the project's: edited here, kept in the file, undone like any edit.
    const auto saveRate = [this] {
        if (!document_.isOpen() || syncingRates_)
            return;
        const TrainingRate rate{trainingCost_->value(), trainingWeeks_->value()};
        if (rate == document_.project().training)
            return;
        document_.apply(SetTrainingRate{{}, rate}, tr("Set the training rate"),
                        QStringLiteral("training-rate"));
    };
    connect(trainingCost_, &QDoubleSpinBox::editingFinished, this, saveRate);
    connect(trainingWeeks_, &QDoubleSpinBox::editingFinished, this, saveRate);
    connect(perSkill_, &QPushButton::clicked, this, &RecommendationsView::editSkillRates);
    connect(recommend_, &QPushButton::clicked, this, &RecommendationsView::recommend);
    connect(cancel_, &QPushButton::clicked, this, &RecommendationsView::cancel);
    connect(applyStep_, &QPushButton::clicked, this, &RecommendationsView::applySelected);
    connect(applyAll_, &QPushButton::clicked, this, &RecommendationsView::applyAll);
    connect(steps_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        reason_->setText(item ? item->toolTip(3) : QString());
        updateButtons();
    });
    connect(steps_, &QTreeWidget::itemDoubleClicked, this, [this] { applySelected(); });
    connect(&document_, &ProjectDocument::edited, this, [this] {
        if (document_.lastChange().everything)
            peopleStale_ = true; // people, roles or scenarios may have changed
        syncRates();
        if (!applying_)
            markStale();
    });
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] {
        plan_.reset(); // a plan belongs to the scenario it was made for
        ++generation_;
        setBusy(false);
        steps_->clear();
        reason_->clear();
        headline_->setText(tr("Set the constraints, then Recommend."));
        peopleStale_ = true;
        people_->setRowCount(0); // other scenario, other people and roles
        updateButtons();
    });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] {
        plan_.reset();
        ++generation_;
        setBusy(false);
        steps_->clear();
        reason_->clear();
        peopleStale_ = true;
        people_->setRowCount(0);
        syncRates();
        updateButtons();
    });
    syncRates();
    setBusy(false);
}

RecommendationsView::~RecommendationsView() {
    // A cancelled run may still be solving (up to its time limit); it owns copies only, but its
    // thread must end before the process does.
    for (QThread* thread : running_) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
}

void RecommendationsView::syncRates() {
    if (!document_.isOpen())
        return;
    syncingRates_ = true;
    trainingCost_->setValue(document_.project().training.costPerLevel);
    trainingWeeks_->setValue(document_.project().training.weeksPerLevel);
    const auto own = document_.project().trainingPerSkill.size();
    perSkill_->setText(own == 0 ? tr("Per &skill…") : tr("Per &skill (%1)…").arg(own));
    syncingRates_ = false;
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
    // Every changed row, as one undo step.
    document_.undoStack()->beginMacro(tr("Set training per skill"));
    for (const auto& change : changes)
        document_.apply(change, tr("Set a skill's training rate"));
    document_.undoStack()->endMacro();
}

void RecommendationsView::setDepth(int depth) {
    depth_->setValue(depth);
}
void RecommendationsView::setBudget(double budget) {
    budget_->setValue(budget);
}
void RecommendationsView::setCoverageMode(bool coverage) {
    goal_->setCurrentIndex(coverage ? 1 : 0);
}

void RecommendationsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (peopleStale_)
        buildPeople();
}

QTableWidget* RecommendationsView::people() {
    if (peopleStale_)
        buildPeople();
    return people_;
}

void RecommendationsView::buildPeople() {
    peopleStale_ = false;
    // Keep the choices already made for people who are still there.
    std::map<qint64, std::pair<qint64, QString>> kept;
    for (int row = 0; row < people_->rowCount(); ++row) {
        const auto* choice = people_->item(row, kChoiceColumn);
        kept[people_->item(row, 0)->data(kPersonRole).toLongLong()] = {
            choice->data(kChoiceRole).toLongLong(), choice->text()};
    }
    people_->setRowCount(0);
    if (!document_.isOpen())
        return;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    int row = 0;
    for (const auto& person : project.people) {
        if (!project.isVisibleIn(person, scenario.id))
            continue;
        people_->insertRow(row);
        auto* name = new QTableWidgetItem(toQString(person.name));
        name->setData(kPersonRole, qint64(person.id.value));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto* status = new QTableWidgetItem(toQString(personStatusLabel(person.status)));
        status->setFlags(status->flags() & ~Qt::ItemIsEditable);
        auto* choice = new QTableWidgetItem(tr("Free"));
        choice->setData(kChoiceRole, qint64(0));
        if (const auto it = kept.find(person.id.value); it != kept.end()) {
            const qint64 value = it->second.first;
            if (value == kLeftOut || (value > 0 && scenario.findRole(RoleId{value}))) {
                choice->setData(kChoiceRole, value);
                choice->setText(it->second.second);
            }
        }
        people_->setItem(row, 0, name);
        people_->setItem(row, 1, status);
        people_->setItem(row, kChoiceColumn, choice);
        ++row;
    }
}

RecommendOptions RecommendationsView::options() {
    if (peopleStale_)
        buildPeople();
    RecommendOptions o;
    o.mode = goal_->currentIndex() == 1 ? RecommendOptions::Mode::Coverage
                                        : RecommendOptions::Mode::Cost;
    if (budget_->value() > 0)
        o.budget = budget_->value();
    o.depth = depth_->value();
    if (headcount_->value() > 0)
        o.headcountCap = headcount_->value();
    if (weeksCap_->value() > 0)
        o.maxTrainingWeeksPerPerson = weeksCap_->value();
    o.perSkill = document_.project().trainingPerSkill;
    o.training.costPerLevel = trainingCost_->value();
    o.training.weeksPerLevel = trainingWeeks_->value();
    o.juniorAndSeniorHires = profiles_->isChecked();
    o.seconds = seconds_->value();
    for (int row = 0; row < people_->rowCount(); ++row) {
        const PersonId person{people_->item(row, 0)->data(kPersonRole).toLongLong()};
        const qint64 choice = people_->item(row, kChoiceColumn)->data(kChoiceRole).toLongLong();
        if (choice == kLeftOut)
            o.excluded.push_back(person);
        else if (choice > 0)
            o.locks.push_back({person, RoleId{choice}});
    }
    return o;
}

void RecommendationsView::recommend() {
    if (!document_.isOpen() || busy_)
        return;
    // The solver gets its own copy of the project: edits go on while it works.
    auto project = std::make_shared<const Project>(document_.project());
    const ScenarioId scenario = document_.scenario().id;
    const RecommendOptions o = options();
    auto result = std::make_shared<std::unique_ptr<StaffingPlan>>();
    const int run = ++generation_;
    QThread* thread = QThread::create([project, scenario, o, result] {
        *result = std::make_unique<StaffingPlan>(
            crewplan::recommend(*project, *project->findScenario(scenario), o));
    });
    connect(thread, &QThread::finished, this, [this, thread, result, run] {
        running_.removeOne(thread);
        thread->deleteLater();
        if (run == generation_)
            showPlan(std::move(*result));
    });
    running_.append(thread);
    setBusy(true);
    headline_->setText(tr("Looking for the best plan (at most %1 s)…").arg(o.seconds));
    thread->start();
}

void RecommendationsView::cancel() {
    if (!busy_)
        return;
    ++generation_; // whatever the running solve finds is dropped
    setBusy(false);
    headline_->setText(tr("Cancelled. The constraints are as you left them."));
}

void RecommendationsView::setBusy(bool busy) {
    busy_ = busy;
    busyBar_->setVisible(busy);
    cancel_->setEnabled(busy);
    recommend_->setEnabled(!busy && document_.isOpen());
    updateButtons();
}

void RecommendationsView::showPlan(std::unique_ptr<StaffingPlan> plan) {
    setBusy(false);
    plan_ = std::move(plan);
    applied_.clear();
    hiredAlready_.clear();
    steps_->clear();
    reason_->clear();
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    if (!plan_->found()) {
        headline_->setText(tr("No plan: %1").arg(toQString(plan_->message)));
        updateButtons();
        emit finished();
        return;
    }
    headline_->setText(toQString(planHeadline(scenario, *plan_)));
    auto* training = new QTreeWidgetItem(steps_);
    auto* assignments = new QTreeWidgetItem(steps_);
    auto* hires = new QTreeWidgetItem(steps_);
    int trainingSteps = 0, people = 0;
    double hiring = 0.0, staffing = 0.0;
    for (std::size_t i = 0; i < plan_->steps.size(); ++i) {
        const PlanStep& step = plan_->steps[i];
        QTreeWidgetItem* group = step.kind == PlanStep::Kind::Train    ? training
                                 : step.kind == PlanStep::Kind::Assign ? assignments
                                                                       : hires;
        auto* item = new QTreeWidgetItem(group);
        item->setText(0, stepLabel(project, scenario, step));
        item->setText(1, step.cost > 0 ? toQString(formatMoney(step.cost)) : QString());
        item->setText(2, step.weeks > 0 ? toQString(formatShare(step.weeks)) : QString());
        item->setText(3, toQString(step.reason));
        item->setToolTip(3, toQString(step.reason));
        item->setToolTip(0, toQString(step.reason));
        item->setData(0, kStepRole, static_cast<int>(i));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        trainingSteps += step.kind == PlanStep::Kind::Train;
        people += step.kind == PlanStep::Kind::Assign;
        hiring += step.kind == PlanStep::Kind::Hire ? step.cost : 0.0;
        staffing += step.kind == PlanStep::Kind::Assign ? step.cost : 0.0;
    }
    training->setText(0, tr("Training: %1 steps").arg(trainingSteps));
    training->setText(1, toQString(formatMoney(plan_->trainingCost)));
    training->setText(2, toQString(formatShare(plan_->trainingWeeks)));
    assignments->setText(0, tr("Who fills which role: %1 people").arg(people));
    if (staffing > 0)
        assignments->setText(1, toQString(formatMoney(staffing)));
    hires->setText(0, tr("Hires: %1").arg(plan_->hires));
    hires->setText(1, toQString(formatMoney(hiring)));
    for (auto* group : {training, assignments, hires}) {
        group->setData(0, kStepRole, -1);
        QFont bold = group->font(0);
        bold.setBold(true);
        for (int c = 0; c < 3; ++c)
            group->setFont(c, bold);
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        group->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        group->setExpanded(true);
        if (group->childCount() == 0)
            delete group;
    }
    // The step wide enough to read; the reason takes the rest (and is shown whole below).
    steps_->resizeColumnToContents(0);
    steps_->setColumnWidth(0, std::min(steps_->columnWidth(0),
                                       44 * fontMetrics().horizontalAdvance(QLatin1Char('m'))));
    steps_->resizeColumnToContents(1);
    steps_->resizeColumnToContents(2);
    updateButtons();
    emit finished();
}

void RecommendationsView::updateButtons() {
    const QTreeWidgetItem* item = steps_->currentItem();
    const int index = item ? item->data(0, kStepRole).toInt() : -1;
    const bool ready = plan_ && plan_->found() && !busy_;
    applyStep_->setEnabled(ready && index >= 0 && !applied_.count(index));
    applyAll_->setEnabled(ready && applied_.size() < plan_->steps.size());
}

void RecommendationsView::markStale() {
    if (plan_ && plan_->found() && !headline_->text().endsWith(QLatin1Char(')')))
        headline_->setText(headline_->text() +
                           tr(" (The scenario has changed since: Recommend again for a fresh "
                              "plan.)"));
}

void RecommendationsView::applySelected() {
    QTreeWidgetItem* item = steps_->currentItem();
    const int index = item ? item->data(0, kStepRole).toInt() : -1;
    if (!plan_ || index < 0 || applied_.count(index) || busy_)
        return;
    const ReplaceStaffing change = planEdit(document_.project(), document_.scenario(), *plan_,
                                            static_cast<std::size_t>(index));
    applying_ = true;
    const auto refused = document_.apply(change, tr("Apply: %1").arg(item->text(0)));
    applying_ = false;
    if (refused) {
        reason_->setText(tr("Not applied: %1").arg(*refused));
        return;
    }
    applied_.insert(index);
    for (const auto& hire : change.addHires) {
        for (const auto& a : change.assignments) {
            if (a.person == hire.id)
                hiredAlready_.push_back(a);
        }
    }
    item->setText(0, tr("✓ %1").arg(item->text(0)));
    item->setDisabled(true);
    updateButtons();
}

void RecommendationsView::applyAll() {
    if (!plan_ || busy_)
        return;
    // Assignments and training are the same whether applied before or not; hires are not.
    StaffingPlan rest = *plan_;
    rest.steps.clear();
    for (std::size_t i = 0; i < plan_->steps.size(); ++i) {
        if (plan_->steps[i].kind != PlanStep::Kind::Hire || !applied_.count(static_cast<int>(i)))
            rest.steps.push_back(plan_->steps[i]);
    }
    ReplaceStaffing change = planEdit(document_.project(), document_.scenario(), rest);
    // The plan's assignments replace the scenario's, but the hires made step by step stay in
    // their roles (if they are still there).
    for (const auto& a : hiredAlready_) {
        if (document_.project().findPerson(a.person))
            change.assignments.push_back(a);
    }
    applying_ = true;
    const auto refused = document_.apply(change, tr("Apply the recommended plan"));
    applying_ = false;
    if (refused) {
        reason_->setText(tr("Not applied: %1").arg(*refused));
        return;
    }
    for (std::size_t i = 0; i < plan_->steps.size(); ++i)
        applied_.insert(static_cast<int>(i));
    for (QTreeWidgetItemIterator it(steps_); *it; ++it) {
        if ((*it)->data(0, kStepRole).toInt() >= 0 && !(*it)->isDisabled()) {
            (*it)->setText(0, tr("✓ %1").arg((*it)->text(0)));
            (*it)->setDisabled(true);
        }
    }
    headline_->setText(headline_->text() + tr(" Applied."));
    updateButtons();
}

} // namespace crewplan
