#include "ScenariosPanel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/ScenarioCopy.h"
#include "models/ScenariosModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crewplan {

namespace {
// "Lean", "Lean 2", "Lean 3"…: the first name the project does not use yet.
QString freeName(const Project& project, const QString& base) {
    QString name = base;
    for (int n = 2; project.findScenario(toStdString(name)); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}
} // namespace

ScenariosPanel::ScenariosPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new ScenariosModel(document, this)) {
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setAccessibleName(tr("Scenarios"));
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->horizontalHeader()->setSectionResizeMode(ScenariosModel::Name, QHeaderView::Stretch);
    for (int c = ScenariosModel::MustHave; c < ScenariosModel::ColumnCount; ++c)
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table_->setToolTip(tr("Click a scenario to work on it; double-click or F2 to rename it."));

    auto* add = new QPushButton(tr("&New"), this);
    add->setToolTip(tr("A new, empty scenario"));
    auto* duplicate = new QPushButton(tr("&Duplicate"), this);
    duplicate->setToolTip(tr("A copy of the current scenario, to change without touching it"));
    auto* remove = new QPushButton(tr("De&lete"), this);
    remove->setToolTip(tr("Delete the current scenario (Undo brings it back)"));
    connect(add, &QPushButton::clicked, this, &ScenariosPanel::addEmpty);
    connect(duplicate, &QPushButton::clicked, this, &ScenariosPanel::duplicateCurrent);
    connect(remove, &QPushButton::clicked, this, &ScenariosPanel::removeCurrent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addLayout(buttons);

    // Queued: the current row also moves while the model is changing (a scenario removed), and
    // switching the scenario then would change the model again in the middle of that.
    connect(
        table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (const ScenarioId id = model_->idAt(current.row()); id.valid())
                document_.setScenario(id);
        },
        Qt::QueuedConnection);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &ScenariosPanel::selectCurrent);
    connect(&document_, &ProjectDocument::projectReplaced, this, &ScenariosPanel::selectCurrent);
    connect(&document_, &ProjectDocument::edited, this, &ScenariosPanel::selectCurrent);
    // With no project open there is nothing to add to, copy or delete; the last scenario stays.
    const auto enable = [this, add, duplicate, remove] {
        const bool open = document_.isOpen();
        add->setEnabled(open);
        duplicate->setEnabled(open);
        remove->setEnabled(open && document_.project().scenarios.size() > 1);
    };
    connect(&document_, &ProjectDocument::projectReplaced, this, enable);
    connect(&document_, &ProjectDocument::edited, this, enable);
    enable();
}

void ScenariosPanel::selectCurrent() {
    const int row = model_->rowOf(document_.scenario().id);
    if (row >= 0 && table_->currentIndex().row() != row)
        table_->setCurrentIndex(model_->index(row, ScenariosModel::Name));
}

void ScenariosPanel::addEmpty() {
    const Project& project = document_.project();
    Scenario fresh;
    fresh.id = ScenarioId{project.nextId};
    fresh.name = toStdString(freeName(project, tr("New scenario")));
    if (!document_.apply(AddScenario{fresh, {}, -1},
                         tr("Add scenario %1").arg(toQString(fresh.name))))
        document_.setScenario(fresh.id);
}

void ScenariosPanel::duplicateCurrent() {
    const Project& project = document_.project();
    const Scenario& current = document_.scenario();
    std::int64_t next = project.nextId;
    ScenarioCopy copy = copyScenario(
        project, current.id,
        toStdString(freeName(project, tr("%1 (copy)").arg(toQString(current.name)))), next);
    const ScenarioId id = copy.scenario.id;
    const QString text = tr("Duplicate scenario %1").arg(toQString(current.name));
    if (!document_.apply(AddScenario{std::move(copy.scenario), std::move(copy.plannedHires), -1},
                         text))
        document_.setScenario(id);
}

void ScenariosPanel::removeCurrent() {
    const Scenario& current = document_.scenario();
    document_.apply(RemoveScenario{current.id},
                    tr("Delete scenario %1").arg(toQString(current.name)));
}

} // namespace crewplan
