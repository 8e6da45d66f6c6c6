#include "PlanPeopleTable.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "optimize/StaffingOptimizer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <map>

namespace crewplan {

namespace {

constexpr int kChoiceRole = Qt::UserRole;     // "In the plan": 0, kLeftOut or a role id
constexpr int kPersonRole = Qt::UserRole + 1; // name column: the person's id
constexpr qint64 kLeftOut = -1;
constexpr int kChoiceColumn = 2;

class ChoiceDelegate : public QStyledItemDelegate {
public:
    ChoiceDelegate(ProjectDocument& document, QObject* parent)
        : QStyledItemDelegate(parent), document_(document) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        combo->addItem(PlanPeopleTable::tr("Free"), qint64(0));
        combo->addItem(PlanPeopleTable::tr("Leave out"), kLeftOut);
        for (const auto& role : document_.scenario().roles)
            combo->addItem(PlanPeopleTable::tr("Keep in %1").arg(toQString(role.name)),
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

} // namespace

PlanPeopleTable::PlanPeopleTable(ProjectDocument& document, QWidget* parent)
    : QTableWidget(0, 3, parent), document_(document) {
    setHorizontalHeaderLabels({tr("Person"), tr("Status"), tr("In the plan")});
    setAccessibleName(tr("Locks and exclusions"));
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(kChoiceColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setItemDelegateForColumn(kChoiceColumn, new ChoiceDelegate(document_, this));
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void PlanPeopleTable::rebuild() {
    // Keep the choices already made for people who are still there.
    std::map<qint64, std::pair<qint64, QString>> kept;
    for (int row = 0; row < rowCount(); ++row) {
        const auto* choice = item(row, kChoiceColumn);
        kept[item(row, 0)->data(kPersonRole).toLongLong()] = {
            choice->data(kChoiceRole).toLongLong(), choice->text()};
    }
    setRowCount(0);
    if (!document_.isOpen())
        return;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    int row = 0;
    for (const auto& person : project.people) {
        if (!project.isVisibleIn(person, scenario.id))
            continue;
        insertRow(row);
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
        setItem(row, 0, name);
        setItem(row, 1, status);
        setItem(row, kChoiceColumn, choice);
        ++row;
    }
}

void PlanPeopleTable::fill(RecommendOptions& o) const {
    for (int row = 0; row < rowCount(); ++row) {
        const PersonId person{item(row, 0)->data(kPersonRole).toLongLong()};
        const qint64 choice = item(row, kChoiceColumn)->data(kChoiceRole).toLongLong();
        if (choice == kLeftOut)
            o.excluded.push_back(person);
        else if (choice > 0)
            o.locks.push_back({person, RoleId{choice}});
    }
}

} // namespace crewplan
