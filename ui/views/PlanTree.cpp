#include "PlanTree.h"

#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/PlanProgress.h"
#include "optimize/StaffingOptimizer.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <cmath>

namespace crewplan {

namespace {

constexpr int kStepRole = Qt::UserRole;      // the step's index (-1: a group)
constexpr int kLabelRole = Qt::UserRole + 1; // the label without its tick

QString stepLabelOf(const Project& project, const Scenario& scenario, const PlanStep& step);

// A schedule's step says its month ("Hire 1 QA Engineer, from 2027-07").
QString stepLabel(const Project& project, const Scenario& scenario, const PlanStep& step) {
    const QString label = stepLabelOf(project, scenario, step);
    return step.start ? PlanTree::tr("%1, from %2").arg(label, toQString(monthText(*step.start)))
                      : label;
}

QString stepLabelOf(const Project& project, const Scenario& scenario, const PlanStep& step) {
    const Person* person = project.findPerson(step.person);
    const Role* role = scenario.findRole(step.role);
    const QString who = person ? toQString(person->name) : QString();
    const QString where = role ? toQString(scenario.roleLabel(*role)) : QString();
    switch (step.kind) {
    case PlanStep::Kind::Train: {
        const Skill* skill = project.findSkill(step.skill);
        return PlanTree::tr("Train %1 in %2: %3 → %4")
            .arg(who, skill ? toQString(skill->name) : PlanTree::tr("(a removed skill)"),
                 toQString(skillLevelName(step.from)), toQString(skillLevelName(step.to)));
    }
    case PlanStep::Kind::Assign: {
        const QString fte = toQString(formatShare(step.allocation));
        if (step.previous == 0.0)
            return PlanTree::tr("Assign %1 to %2 (%3 FTE)").arg(who, where, fte);
        if (std::abs(step.previous - step.allocation) < 1e-9)
            return PlanTree::tr("Keep %1 in %2 (%3 FTE)").arg(who, where, fte);
        return PlanTree::tr("%1 in %2: %3 FTE (was %4)")
            .arg(who, where, fte, toQString(formatShare(step.previous)));
    }
    case PlanStep::Kind::Hire: {
        const QString profile = step.profile == HireProfile::Standard
                                    ? QString()
                                    : toQString(hireProfileName(step.profile)) + QLatin1Char(' ');
        return step.hireFte < 1.0
                   ? PlanTree::tr("Hire %1 half-time %2%3").arg(step.count).arg(profile, where)
                   : PlanTree::tr("Hire %1 %2%3").arg(step.count).arg(profile, where);
    }
    }
    return {};
}

} // namespace

PlanTree::PlanTree(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Step"), tr("Cost"), tr("Weeks"), tr("Why")});
    setAccessibleName(tr("The recommended plan"));
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
}

void PlanTree::showPlan(const Project& project, const Scenario& scenario,
                        const StaffingPlan& plan) {
    clear();
    auto* training = new QTreeWidgetItem(this);
    auto* assignments = new QTreeWidgetItem(this);
    auto* hires = new QTreeWidgetItem(this);
    int trainingSteps = 0;
    double hiring = 0.0, staffing = 0.0, trained = 0.0, trainedWeeks = 0.0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        QTreeWidgetItem* group = step.kind == PlanStep::Kind::Train    ? training
                                 : step.kind == PlanStep::Kind::Assign ? assignments
                                                                       : hires;
        auto* item = new QTreeWidgetItem(group);
        const QString label = stepLabel(project, scenario, step);
        item->setText(0, label);
        item->setData(0, kLabelRole, label);
        item->setText(1, step.cost > 0 ? toQString(formatMoney(step.cost)) : QString());
        item->setText(2, step.weeks > 0 ? toQString(formatShare(step.weeks)) : QString());
        item->setText(3, toQString(step.reason));
        item->setToolTip(3, toQString(step.reason));
        item->setToolTip(0, toQString(step.reason));
        item->setData(0, kStepRole, static_cast<int>(i));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        trainingSteps += step.kind == PlanStep::Kind::Train;
        hiring += step.kind == PlanStep::Kind::Hire ? step.cost : 0.0;
        staffing += step.kind == PlanStep::Kind::Assign ? step.cost : 0.0;
        trained += step.kind == PlanStep::Kind::Train ? step.cost : 0.0;
        trainedWeeks += step.kind == PlanStep::Kind::Train ? step.weeks : 0.0;
    }
    // Employees the plan does not need, with what they could fill as they are: not steps.
    QTreeWidgetItem* available = nullptr;
    for (const auto& free : plan.available) {
        const Person* p = project.findPerson(free.person);
        if (!p)
            continue;
        if (!available)
            available = new QTreeWidgetItem(this);
        QStringList roles;
        for (const RoleId id : free.couldFill) {
            if (const Role* r = scenario.findRole(id))
                roles << toQString(scenario.roleLabel(*r));
        }
        auto* item = new QTreeWidgetItem(available);
        item->setText(0, toQString(p->name));
        item->setText(
            3, roles.isEmpty()
                   ? tr("Meets no role's must-haves as they are.")
                   : tr("Could fill %1 as they are.").arg(QLocale().createSeparatedList(roles)));
        item->setData(0, kStepRole, -1);
        item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    }
    if (available)
        available->setText(0, tr("Available: %n employee(s) not needed", nullptr,
                                 static_cast<int>(available->childCount())));
    training->setText(0, tr("Training: %n step(s)", nullptr, trainingSteps));
    training->setText(1, toQString(formatMoney(trained)));
    training->setText(2, toQString(formatShare(trainedWeeks)));
    assignments->setText(0, tr("Who fills which role: %n people", nullptr, plan.peopleAssigned()));
    if (staffing > 0)
        assignments->setText(1, toQString(formatMoney(staffing)));
    hires->setText(0, tr("Hires: %1").arg(plan.hires));
    hires->setText(1, toQString(formatMoney(hiring)));
    for (auto* group : {training, assignments, hires, available}) {
        if (!group)
            continue;
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
    resizeColumnToContents(0);
    setColumnWidth(
        0, std::min(columnWidth(0), 44 * fontMetrics().horizontalAdvance(QLatin1Char('m'))));
    resizeColumnToContents(1);
    resizeColumnToContents(2);
}

void PlanTree::showProgress(const PlanProgress& progress) {
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const int index = (*it)->data(0, kStepRole).toInt();
        if (index < 0 || index >= static_cast<int>(progress.done.size()))
            continue;
        const bool done = progress.done[static_cast<std::size_t>(index)];
        const QString label = (*it)->data(0, kLabelRole).toString();
        (*it)->setText(0, done ? tr("✓ %1").arg(label) : label);
        (*it)->setDisabled(done);
    }
}

int PlanTree::currentStep() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, kStepRole).toInt() : -1;
}

QString PlanTree::currentLabel() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, kLabelRole).toString() : QString();
}

} // namespace crewplan
