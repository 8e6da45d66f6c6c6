#include "StackView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "stack/Stack.h"
#include "stack/ToolCatalog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crewplan {

namespace {

constexpr int kStageRole = Qt::UserRole;
enum Column { StageColumn, ToolColumn, CoversColumn, AddsColumn };

} // namespace

StackView::StackView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    preset_ = new QComboBox(this);
    preset_->setAccessibleName(tr("Stack preset"));
    auto* applyPreset = new QPushButton(tr("Use &preset"), this);
    applyPreset->setToolTip(tr("Pick every stage's tool from the preset (one undo step)"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    catalogLabel_ = new QLabel(this);
    auto* importButton = new QPushButton(tr("&Import catalog…"), this);
    importButton->setToolTip(tr("Use an edited tools catalog (JSON) for this project"));
    auto* exportButton = new QPushButton(tr("E&xport catalog…"), this);
    exportButton->setToolTip(tr("Write the tools catalog in use as JSON, to edit it"));
    auto* resetButton = new QPushButton(tr("Built-in catalog"), this);
    resetButton->setToolTip(tr("Go back to the catalog Crewplan ships with"));

    stages_ = new QTreeWidget(this);
    stages_->setColumnCount(4);
    stages_->setHeaderLabels({tr("Stage"), tr("Tool"), tr("Team covers"), tr("Adds to the roles")});
    stages_->setAccessibleName(tr("The MLOps stack"));
    stages_->setRootIsDecorated(false);
    stages_->setAlternatingRowColors(true);
    stages_->header()->setStretchLastSection(true);
    fit_ = new QTreeWidget(this);
    fit_->setColumnCount(4);
    fit_->setHeaderLabels({tr("Tool"), tr("Team covers"), tr("To close the gap"), tr("Why")});
    fit_->setAccessibleName(tr("Tool fit for the selected stage"));
    fit_->setRootIsDecorated(false);
    fit_->header()->setStretchLastSection(true);
    auto* fitTitle = new QLabel(tr("Tools for the selected stage, best fit first:"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Start from:"), this));
    top->addWidget(preset_);
    top->addWidget(applyPreset);
    top->addWidget(status_, 1);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(fitTitle);
    lowerLayout->addWidget(fit_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(stages_);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(catalogLabel_, 1);
    catalogRow->addWidget(importButton);
    catalogRow->addWidget(exportButton);
    catalogRow->addWidget(resetButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(catalogRow);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(applyPreset, &QPushButton::clicked, this,
            [this] { this->applyPreset(preset_->currentText()); });
    connect(stages_, &QTreeWidget::currentItemChanged, this, [this] { showFit(); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a tools catalog"), {},
                                                          tr("Tools catalog (*.json)"));
        if (!path.isEmpty())
            importCatalog(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the tools catalog"),
                                                          QStringLiteral("mlops-tools.json"),
                                                          tr("Tools catalog (*.json)"));
        if (!path.isEmpty())
            exportCatalog(path);
    });
    connect(resetButton, &QPushButton::clicked, this, [this] { resetCatalog(); });
    const auto refresh = [this] {
        stale_ = true;
        if (isVisible())
            rebuild();
    };
    connect(&document_, &ProjectDocument::edited, this, refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, refresh);
    connect(&document_, &ProjectDocument::projectReplaced, this, refresh);
}

void StackView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        rebuild();
}

void StackView::rebuild() {
    stale_ = false;
    rebuilding_ = true;
    const int current =
        stages_->currentItem() ? stages_->indexOfTopLevelItem(stages_->currentItem()) : 0;
    stages_->clear();
    if (!document_.isOpen()) {
        rebuilding_ = false;
        return;
    }
    const ToolCatalog& catalog = toolCatalogOf(document_.project());
    const Project& project = document_.project();
    catalogLabel_->setText(
        tr("%1: %2 in %3, %4.")
            .arg(project.toolCatalog.empty() ? tr("The built-in tools catalog")
                                             : tr("This project's own tools catalog"),
                 tr("%n tool(s)", nullptr, static_cast<int>(catalog.tools.size())),
                 tr("%n stage(s)", nullptr, static_cast<int>(catalog.stages.size())),
                 tr("%n preset(s)", nullptr, static_cast<int>(catalog.presets.size()))));
    {
        const QString chosen = preset_->currentText();
        preset_->clear();
        for (const auto& preset : catalog.presets)
            preset_->addItem(toQString(preset.name));
        preset_->setCurrentText(chosen);
    }
    const Scenario& scenario = document_.scenario();
    int chosen = 0;
    for (const auto& stage : catalog.stages) {
        auto* item = new QTreeWidgetItem(stages_);
        item->setText(StageColumn, toQString(stage.name));
        item->setData(StageColumn, kStageRole, toQString(stage.id));
        const auto picked = scenario.stack.find(stage.id);
        const Tool* tool =
            picked == scenario.stack.end() ? nullptr : catalog.findTool(picked->second);
        auto* combo = new QComboBox(stages_);
        combo->setAccessibleName(tr("Tool for %1").arg(toQString(stage.name)));
        combo->addItem(tr("— none —"), QString());
        for (const Tool* option : catalog.toolsOf(stage.id)) {
            combo->addItem(toQString(toolLabel(*option)), toQString(option->name));
            if (option == tool)
                combo->setCurrentIndex(combo->count() - 1);
        }
        stages_->setItemWidget(item, ToolColumn, combo);
        const QString stageId = toQString(stage.id);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, stageId] {
            if (!rebuilding_)
                choose(stageId, combo->currentData().toString());
        });
        if (!tool)
            continue;
        ++chosen;
        for (const auto& fit : toolFit(project, scenario, catalog, stage.id)) {
            if (fit.tool == tool) {
                item->setText(CoversColumn, tr("%1 of %2 asks").arg(fit.covered).arg(fit.asks));
                item->setForeground(CoversColumn, fit.covered < fit.asks
                                                      ? QBrush(QColor(0xb0, 0x3a, 0x2e))
                                                      : QBrush(QColor(0x2e, 0x7d, 0x32)));
                item->setToolTip(CoversColumn, toQString(fit.reason));
            }
        }
        QStringList adds;
        for (const auto& made : stackRequirements(scenario, tool->name))
            adds << toQString(stackRequirementText(project, made));
        item->setText(AddsColumn,
                      adds.isEmpty() ? tr("nothing new") : adds.join(QStringLiteral("; ")));
        item->setToolTip(AddsColumn, adds.join(QLatin1Char('\n')));
    }
    stages_->resizeColumnToContents(StageColumn);
    stages_->setColumnWidth(ToolColumn, 30 * fontMetrics().horizontalAdvance(QLatin1Char('m')));
    stages_->setCurrentItem(
        stages_->topLevelItem(std::clamp(current, 0, stages_->topLevelItemCount() - 1)));
    status_->setText(tr("Stages with a tool in %1: %2 of %3.")
                         .arg(toQString(scenario.name))
                         .arg(chosen)
                         .arg(catalog.stages.size()));
    rebuilding_ = false;
    showFit();
}

void StackView::showFit() {
    fit_->clear();
    const QTreeWidgetItem* item = stages_->currentItem();
    if (!item || !document_.isOpen())
        return;
    const std::string stage = toStdString(item->data(StageColumn, kStageRole).toString());
    for (const auto& fit : toolFit(document_.project(), document_.scenario(),
                                   toolCatalogOf(document_.project()), stage)) {
        auto* row = new QTreeWidgetItem(fit_);
        row->setText(0, toQString(toolLabel(*fit.tool)));
        row->setText(1, tr("%1 of %2").arg(fit.covered).arg(fit.asks));
        row->setText(2, fit.cost > 0 ? toQString(formatMoney(fit.cost)) : tr("nothing"));
        row->setText(3, toQString(fit.reason));
        row->setToolTip(3, toQString(fit.reason));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    fit_->resizeColumnToContents(0);
    fit_->resizeColumnToContents(1);
    fit_->resizeColumnToContents(2);
}

bool StackView::setStack(const std::map<std::string, std::string>& stack, const QString& text) {
    auto edit = stackEdit(document_.project(), document_.scenario(),
                          toolCatalogOf(document_.project()), stack);
    if (!edit) {
        status_->setText(toQString(edit.message()));
        return false;
    }
    return !document_.apply(*edit, text).has_value();
}

bool StackView::choose(const QString& stageId, const QString& tool) {
    if (!document_.isOpen())
        return false;
    auto stack = document_.scenario().stack;
    const std::string stage = toStdString(stageId);
    if (tool.isEmpty())
        stack.erase(stage);
    else
        stack[stage] = toStdString(tool);
    const Stage* named = toolCatalogOf(document_.project()).findStage(stage);
    return setStack(stack,
                    tool.isEmpty()
                        ? tr("No tool for %1").arg(toQString(named ? named->name : stage))
                        : tr("Use %1 for %2").arg(tool, toQString(named ? named->name : stage)));
}

bool StackView::applyPreset(const QString& name) {
    const StackPreset* preset = toolCatalogOf(document_.project()).findPreset(toStdString(name));
    if (!preset || !document_.isOpen())
        return false;
    return setStack(preset->tools, tr("Use the preset %1").arg(name));
}

bool StackView::setCatalog(const std::string& json, const QString& text) {
    if (!document_.isOpen())
        return false;
    if (auto status = checkToolCatalog(document_.project(), json, "the catalog"); !status) {
        status_->setText(toQString(status.message()));
        return false;
    }
    // The catalog and every scenario's stack requirements: one edit, one undo step.
    if (const auto refused = document_.apply(SetToolCatalog{json, true}, text)) {
        status_->setText(*refused);
        return false;
    }
    return true;
}

bool StackView::importCatalog(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        status_->setText(tr("%1 could not be read.").arg(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const std::string json(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (auto status = checkImportedToolCatalog(document_.project(), json,
                                               toStdString(QFileInfo(path).fileName()));
        !status) {
        status_->setText(toQString(status.message()));
        return false;
    }
    return setCatalog(json, tr("Import the tools catalog %1").arg(QFileInfo(path).fileName()));
}

bool StackView::exportCatalog(const QString& path) {
    if (!document_.isOpen())
        return false;
    const std::string& own = document_.project().toolCatalog;
    const std::string_view json = own.empty() ? builtInToolCatalogJson() : std::string_view(own);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(json.data(), static_cast<qint64>(json.size())) !=
            static_cast<qint64>(json.size()) ||
        !file.commit()) {
        status_->setText(tr("%1 could not be written.").arg(path));
        return false;
    }
    status_->setText(tr("Wrote %1.").arg(path));
    return true;
}

bool StackView::resetCatalog() {
    if (!document_.isOpen() || document_.project().toolCatalog.empty())
        return false;
    return setCatalog({}, tr("Use the built-in tools catalog"));
}

} // namespace crewplan
