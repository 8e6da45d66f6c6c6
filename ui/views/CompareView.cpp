#include "CompareView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "charts/BarChart.h"
#include "charts/CostCoverageChart.h"
#include "compare/ScenarioComparison.h"
#include "model/Project.h"
#include "models/ComparisonModel.h"
#include "stack/ToolCatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crewplan {

CompareView::CompareView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new ComparisonModel(this)) {
    choices_ = new QListWidget(this);
    choices_->setAccessibleName(tr("Scenarios to compare"));
    choices_->setMaximumWidth(20 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    auto* pick = new QWidget(this);
    auto* pickLayout = new QVBoxLayout(pick);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->addWidget(new QLabel(tr("Compare (2 to 4):"), pick));
    pickLayout->addWidget(choices_);
    pickLayout->addWidget(status_);
    export_ = new QToolButton(pick);
    export_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    pickLayout->addWidget(export_);

    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setAccessibleName(tr("Comparison"));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    teams_ = new charts::BarChart(this);
    teams_->setAccessibleName(tr("Must-have coverage per team and scenario"));
    cost_ = new charts::CostCoverageChart(this);
    differences_ = new QTreeWidget(this);
    differences_->setHeaderLabel(tr("What differs from the first scenario"));
    differences_->setAccessibleName(tr("Differences between the scenarios"));

    auto* chartsRow = new QSplitter(Qt::Horizontal, this);
    chartsRow->addWidget(teams_);
    chartsRow->addWidget(cost_);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(table_);
    right->addWidget(chartsRow);
    right->addWidget(differences_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(pick);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(choices_, &QListWidget::itemChanged, this, [this] {
        if (!updatingChoices_)
            refresh();
    });
    connect(&document_, &ProjectDocument::edited, this, [this] {
        if (!document_.lastChange().everything) {
            refresh();
            return;
        }
        rebuildChoices(); // scenarios may have come, gone or been renamed
        refresh();
    });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] {
        rebuildChoices();
        refresh();
    });
    rebuildChoices();
}

void CompareView::rebuildChoices() {
    const QStringList ticked = compared();
    updatingChoices_ = true;
    choices_->clear();
    if (document_.isOpen()) {
        for (const auto& s : document_.project().scenarios) {
            auto* item = new QListWidgetItem(toQString(s.name), choices_);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        // Nothing ticked yet (or what was ticked is gone): the first two, to start with.
        if (compared().size() < 2) {
            for (int i = 0; i < choices_->count() && i < 2; ++i)
                choices_->item(i)->setCheckState(Qt::Checked);
        }
    }
    updatingChoices_ = false;
}

void CompareView::setCompared(const QStringList& names) {
    updatingChoices_ = true;
    for (int i = 0; i < choices_->count(); ++i)
        choices_->item(i)->setCheckState(names.contains(choices_->item(i)->text()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    updatingChoices_ = false;
    refresh();
}

QStringList CompareView::compared() const {
    QStringList names;
    for (int i = 0; i < choices_->count(); ++i) {
        if (choices_->item(i)->checkState() == Qt::Checked)
            names << choices_->item(i)->text();
    }
    return names;
}

void CompareView::setExportAction(QAction* action) {
    export_->setDefaultAction(action);
}

void CompareView::refresh() {
    emit comparedChanged();
    stale_ = true;
    if (isVisible())
        redraw();
}

void CompareView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        redraw();
}

void CompareView::redraw() {
    stale_ = false;
    std::vector<std::string> names;
    for (const auto& name : compared())
        names.push_back(toStdString(name));
    auto comparison = compareScenarios(document_.project(), names);
    differences_->clear();
    if (!comparison) {
        status_->setText(document_.project().scenarios.size() < 2
                             ? tr("This project has one scenario. Duplicate it in the Scenarios "
                                  "panel to compare.")
                             : tr("Tick two to four scenarios."));
        model_->setComparison({});
        teams_->setData(QString(), {}, {});
        cost_->setPoints({});
        return;
    }
    status_->setText(
        tr("Differences are from %1; green is better, red is worse.").arg(compared().front()));
    model_->setComparison(*comparison);

    QStringList teams;
    for (const auto& t : comparison->teams)
        teams << toQString(t);
    std::vector<charts::BarSeries> series;
    std::vector<charts::CostPoint> points;
    for (std::size_t c = 0; c < comparison->columns.size(); ++c) {
        const ScenarioColumn& column = comparison->columns[c];
        charts::BarSeries s{toQString(column.scenario->name), {}};
        for (std::size_t t = 0; t < comparison->teams.size(); ++t) {
            const StaffingFigures* f = comparison->teamFigures(c, t);
            s.values.push_back(f ? f->mustHave : std::nullopt);
        }
        series.push_back(std::move(s));
        points.push_back({toQString(column.scenario->name), column.report.total.yearlyCost,
                          column.report.total.mustHave});
    }
    teams_->setData(tr("Must-have coverage per team"), teams, series);
    cost_->setPoints(points);

    for (std::size_t c = 1; c < comparison->columns.size(); ++c) {
        const ScenarioColumn& column = comparison->columns[c];
        auto* top = new QTreeWidgetItem(differences_);
        top->setText(0, tr("%1, compared with %2: %3")
                            .arg(toQString(column.scenario->name), compared().front())
                            .arg(column.differences.empty()
                                     ? tr("no difference")
                                     : tr("%n difference(s)", nullptr,
                                          static_cast<int>(column.differences.size()))));
        for (const auto& d : column.differences)
            (new QTreeWidgetItem(top))->setText(0, toQString(d.text));
    }
    // Each scenario's MLOps stack, stage by stage, where any of them has one.
    const ToolCatalog& catalog = toolCatalogOf(document_.project());
    QTreeWidgetItem* stacks = nullptr;
    for (const auto& stage : catalog.stages) {
        QStringList tools;
        bool any = false;
        for (const auto& column : comparison->columns) {
            const auto it = column.scenario->stack.find(stage.id);
            any = any || it != column.scenario->stack.end();
            tools << (it == column.scenario->stack.end() ? QStringLiteral("—")
                                                         : toQString(it->second));
        }
        if (!any)
            continue;
        if (!stacks) {
            stacks = new QTreeWidgetItem(differences_);
            stacks->setText(0, tr("MLOps stack (%1)").arg(compared().join(QStringLiteral(" · "))));
        }
        (new QTreeWidgetItem(stacks))
            ->setText(0,
                      tr("%1: %2").arg(toQString(stage.name), tools.join(QStringLiteral(" · "))));
    }
    differences_->expandAll();
}

} // namespace crewplan
