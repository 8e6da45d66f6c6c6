#include "MainWindow.h"

#include "QtText.h"
#include "coverage/CoverageReport.h"
#include "model/Text.h"
#include "storage/ProjectStore.h"

#include <QAction>
#include <QColor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace crewplan {

namespace {

QString coverageText(const std::optional<double>& value) {
    return value ? toQString(formatPercent(*value)) : MainWindow::tr("n/a");
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* stack = new QStackedWidget(this);
    placeholder_ = new QLabel(tr("Open a project (File › Open) to see its staffing."), stack);
    placeholder_->setAlignment(Qt::AlignCenter);
    summary_ = new QTreeWidget(stack);
    summary_->setHeaderLabels({tr("Team / required skill"), tr("Must-have"), tr("Nice-to-have"),
                               tr("Headcount"), tr("FTE"), tr("Yearly cost"), tr("Open slots"),
                               tr("Depth"), tr("Risk")});
    summary_->setAlternatingRowColors(true);
    summary_->setUniformRowHeights(true);
    summary_->setAccessibleName(tr("Staffing summary"));
    summary_->header()->setStretchLastSection(true);
    summary_->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    summary_->setColumnWidth(0, 320);
    stack->addWidget(placeholder_);
    stack->addWidget(summary_);
    setCentralWidget(stack);
    setWindowTitle(tr("Crewplan"));
    resize(1280, 800);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Crewplan projects (*.crewplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path) {
    auto store = ProjectStore::open(toStdString(path));
    if (!store) {
        reportError_(tr("Cannot open project"), toQString(store.message()));
        return false;
    }
    store_ = std::make_unique<ProjectStore>(std::move(*store));
    refresh();
    return true;
}

void MainWindow::refresh() {
    summary_->clear();
    auto* stack = static_cast<QStackedWidget*>(centralWidget());
    if (!store_) {
        stack->setCurrentWidget(placeholder_);
        return;
    }
    const Project& project = store_->project();
    const Scenario& scenario = project.scenarios.front();
    const CoverageReport report = computeCoverage(project, scenario);
    for (const auto& team : report.teams) {
        const auto& f = team.figures;
        auto* item = new QTreeWidgetItem(summary_);
        item->setText(0, toQString(scenario.findTeam(team.team)->name));
        item->setText(1, coverageText(f.mustHave));
        item->setText(2, coverageText(f.niceToHave));
        item->setText(3, QString::number(f.totalHeadcount()));
        item->setText(4, toQString(formatShare(f.fte)));
        item->setText(5, toQString(formatMoney(f.yearlyCost)));
        item->setText(6, toQString(formatShare(f.openSlots)));
        for (int c = 1; c < 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const auto& depth : team.depths) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, tr("%1 ≥ %2").arg(toQString(project.findSkill(depth.skill)->name),
                                                toQString(skillLevelName(depth.level))));
            child->setText(7, QString::number(depth.depth()));
            child->setTextAlignment(7, Qt::AlignRight | Qt::AlignVCenter);
            if (depth.uncovered()) {
                child->setText(8, tr("Uncovered must-have"));
                child->setForeground(8, QColor(0xc6, 0x28, 0x28));
            } else if (depth.singlePointOfFailure()) {
                child->setText(
                    8, tr("Single point of failure: %1")
                           .arg(toQString(project.findPerson(depth.holders.front())->name)));
                child->setForeground(8, QColor(0xb2, 0x6a, 0x00));
            } else if (!depth.mustHave) {
                child->setText(8, tr("Nice-to-have"));
            }
        }
    }
    summary_->expandAll();
    for (int c = 1; c < 8; ++c) {
        summary_->resizeColumnToContents(c);
        summary_->setColumnWidth(c, summary_->columnWidth(c) + 16); // breathing room
    }
    stack->setCurrentWidget(summary_);
    setWindowTitle(
        tr("%1 — %2 — Crewplan")
            .arg(toQString(project.name), QFileInfo(toQString(store_->path())).fileName()));
    statusBar()->showMessage(tr("Scenario: %1").arg(toQString(scenario.name)));
}

} // namespace crewplan
