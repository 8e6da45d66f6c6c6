#include "MainWindow.h"

#include "Actions.h"
#include "FileDialogs.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "views/CompareView.h"
#include "views/CoverageView.h"
#include "views/ImportPeopleDialog.h"
#include "views/InsightsView.h"
#include "views/PeopleView.h"
#include "views/RecommendationsView.h"
#include "views/RoleEditor.h"
#include "views/ScenariosPanel.h"
#include "views/SkillsView.h"
#include "views/StackView.h"
#include "views/TeamEditor.h"
#include "views/TeamPlanView.h"
#include "views/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCursor>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace crewplan {

namespace {
QIcon themed(const char* name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(ProjectDocument& document, Preferences& preferences, FileDialogs& dialogs,
                       QWidget* parent)
    : QMainWindow(parent), document_(document), preferences_(preferences), dialogs_(dialogs),
      actions_(new ActionRegistry(this)) {
    confirm_ = [this](const QString& question) {
        return QMessageBox::question(this, tr("Remove team"), question) == QMessageBox::Yes;
    };
    offerToOpen_ = [this](const QString& message) {
        QMessageBox box(QMessageBox::Information, tr("Exported"), message,
                        QMessageBox::Open | QMessageBox::Close, this);
        box.setDefaultButton(QMessageBox::Close); // Enter does not launch another program
        return box.exec() == QMessageBox::Open;
    };
    reviewImport_ = [](ImportPeopleDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    askInUse_ = [this](const QString& message) {
        QMessageBox box(QMessageBox::Question, tr("Project open in another window"), message,
                        QMessageBox::Cancel, this);
        auto* edit = box.addButton(tr("Open and &Edit Here Too"), QMessageBox::AcceptRole);
        auto* look = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(look);
        box.exec();
        const QAbstractButton* clicked = box.clickedButton();
        if (clicked == static_cast<QAbstractButton*>(edit))
            return InUseChoice::Edit;
        return clicked == static_cast<QAbstractButton*>(look) ? InUseChoice::ReadOnly
                                                              : InUseChoice::Cancel;
    };
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createActions();
    createViews();
    createMenusAndToolBar();

    coverageLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(coverageLabel_);
    connect(&document_, &ProjectDocument::edited, this, [this] {
        if (document_.lastChange().everything)
            updateScenarioBox(); // scenarios may have come, gone or been renamed
        updateTitleAndState();
    });
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] {
        updateScenarioBox();
        updateTitleAndState();
    });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] {
        updateScenarioBox();
        updateTitleAndState();
    });
    connect(&document_, &ProjectDocument::editRefused, this, &MainWindow::showRefusal);
    connect(&document_, &ProjectDocument::changedElsewhere, this, [this](const QString& what) {
        updateScenarioBox();
        updateTitleAndState();
        statusBar()->showMessage(
            tr("Another program changed the project (%1); this window shows it now. Undo "
               "starts afresh from here.")
                .arg(what.isEmpty() ? tr("nothing you can see") : what),
            20000);
    });
    connect(document_.undoStack(), &QUndoStack::indexChanged, this,
            [this] { statusBar()->clearMessage(); });

    resize(1440, 900);
    if (!restoreGeometry(preferences_.windowGeometry.get()))
        resize(1440, 900);
    restoreState(preferences_.windowState.get());
    updateRecentMenu();
    updateScenarioBox();
    updateTitleAndState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    auto& a = *actions_;
    connect(a.add(ActionId::NewProject, tr("&New from MLOps template…"),
                  themed("document-new", QStyle::SP_FileIcon), QKeySequence::New),
            &QAction::triggered, this, [this] { newProject(QStringLiteral("mlops")); });
    connect(a.add(ActionId::NewEmptyProject, tr("New &empty project…"),
                  themed("document-new", QStyle::SP_FileIcon)),
            &QAction::triggered, this, [this] { newProject(QStringLiteral("empty")); });
    connect(a.add(ActionId::Open, tr("&Open…"),
                  themed("document-open", QStyle::SP_DialogOpenButton), QKeySequence::Open),
            &QAction::triggered, this, [this] {
                const QString path = dialogs_.openProject(this);
                if (!path.isEmpty())
                    openFile(path);
            });
    connect(a.add(ActionId::SaveAs, tr("Save a &copy as…"),
                  themed("document-save-as", QStyle::SP_DialogSaveButton), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::saveCopyAs);
    connect(a.add(ActionId::ImportPeople, tr("&Import people from CSV…"),
                  themed("document-import", QStyle::SP_DialogOpenButton),
                  QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, this, [this] { importPeople(dialogs_.openTable(this)); });
    connect(a.add(ActionId::ExportSpreadsheet, tr("Export &spreadsheet (XLSX)…"), QIcon()),
            &QAction::triggered, this, [this] { exportData(ExportFormat::Workbook); });
    connect(a.add(ActionId::ExportPeopleCsv, tr("Export people as CS&V…"), QIcon()),
            &QAction::triggered, this, [this] { exportData(ExportFormat::PeopleCsv); });
    connect(a.add(ActionId::ExportProjectJson, tr("Export project as &JSON…"), QIcon()),
            &QAction::triggered, this, [this] { exportData(ExportFormat::ProjectJson); });
    connect(a.add(ActionId::ExportPdf, tr("E&xport PDF report…"),
                  themed("document-export", QStyle::SP_FileIcon),
                  QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, [this] { exportPdf(); });
    connect(a.add(ActionId::ExportComparison, tr("Export co&mparison report…"), QIcon()),
            &QAction::triggered, this, [this] { exportPdf(compare_->compared()); });
    connect(a.add(ActionId::PrintPreview, tr("Print pre&view…"),
                  themed("document-print-preview", QStyle::SP_FileDialogContentsView)),
            &QAction::triggered, this, [this] { printReport(true); });
    connect(a.add(ActionId::Print, tr("&Print…"), themed("document-print", QStyle::SP_FileIcon),
                  QKeySequence::Print),
            &QAction::triggered, this, [this] { printReport(false); });
    connect(a.add(ActionId::ReportAuthor, tr("Report &author…"), QIcon()), &QAction::triggered,
            this, [this] {
                bool ok = false;
                const QString author = QInputDialog::getText(
                    this, tr("Report author"), tr("Name on the report's title page:"),
                    QLineEdit::Normal, preferences_.author.get(), &ok);
                if (ok)
                    preferences_.author.set(author.trimmed());
            });
    // A choice kept in the preferences: checkable actions, one of them checked.
    using Choice = std::tuple<const char*, QString, QString>; // action, label, value
    const auto choices = [&](Preference<QString>& preference, std::initializer_list<Choice> all) {
        auto* group = new QActionGroup(this);
        for (const auto& [id, label, value] : all) {
            QAction* action = a.add(id, label, QIcon());
            action->setCheckable(true);
            action->setChecked(preference.get() == value);
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                    [&preference, value = value] { preference.set(value); });
        }
    };
    choices(preferences_.reportPageSize,
            {{ActionId::PageA4, tr("Report on A4"), QStringLiteral("A4")},
             {ActionId::PageLetter, tr("Report on US Letter"), QStringLiteral("Letter")}});
    choices(
        preferences_.reportDetail,
        {{ActionId::DetailSummary, tr("S&ummary: a few pages"), QStringLiteral("summary")},
         {ActionId::DetailTeams, tr("&Teams: roles, coverage and gaps"), QStringLiteral("teams")},
         {ActionId::DetailFull, tr("&Full: everyone, heatmaps, training"),
          QStringLiteral("full")}});
    connect(a.add(ActionId::Close, tr("&Close project"),
                  themed("document-close", QStyle::SP_DialogCloseButton), QKeySequence::Close),
            &QAction::triggered, this, [this] { document_.close(); });
    connect(a.add(ActionId::Quit, tr("&Quit"),
                  themed("application-exit", QStyle::SP_DialogCloseButton), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    a.adopt(ActionId::Undo, document_.undoStack()->createUndoAction(this, tr("&Undo")),
            themed("edit-undo", QStyle::SP_ArrowBack), QKeySequence::Undo);
    a.adopt(ActionId::Redo, document_.undoStack()->createRedoAction(this, tr("&Redo")),
            themed("edit-redo", QStyle::SP_ArrowForward), QKeySequence::Redo);
    // Their text names the step ("Undo Assign Hugo…"): in the toolbar, icon only (tooltip says it).
    a.get(ActionId::Undo)->setPriority(QAction::LowPriority);
    a.get(ActionId::Redo)->setPriority(QAction::LowPriority);
    connect(a.add(ActionId::AddPerson, tr("Add &person"),
                  themed("contact-new", QStyle::SP_FileDialogNewFolder),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, &MainWindow::addPerson);
    connect(a.add(ActionId::RemovePerson, tr("Remove selected people"),
                  themed("edit-delete", QStyle::SP_TrashIcon)),
            &QAction::triggered, this, &MainWindow::removePeople);
    connect(a.add(ActionId::AddTeam, tr("Add &team"),
                  themed("list-add", QStyle::SP_FileDialogNewFolder),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)),
            &QAction::triggered, this, &MainWindow::addTeam);
    connect(a.add(ActionId::AddRole, tr("Add &role to the selected team"),
                  themed("list-add", QStyle::SP_FileDialogNewFolder),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, &MainWindow::addRole);
    connect(a.add(ActionId::RemoveTeamOrRole, tr("Remove the selected team or role"),
                  themed("list-remove", QStyle::SP_TrashIcon)),
            &QAction::triggered, this, &MainWindow::removeTeamOrRole);
    connect(a.add(ActionId::AddSkill, tr("Add &skill"),
                  themed("list-add", QStyle::SP_FileDialogNewFolder)),
            &QAction::triggered, this, [this] {
                tabs_->setCurrentWidget(skills_);
                skills_->addSkill();
            });
    connect(a.add(ActionId::RemoveSkill, tr("Delete the selected skill…"),
                  themed("edit-delete", QStyle::SP_TrashIcon)),
            &QAction::triggered, this, [this] { skills_->removeCurrentSkill(); });
    connect(a.add(ActionId::About, tr("&About Crewplan"),
                  themed("help-about", QStyle::SP_MessageBoxInformation)),
            &QAction::triggered, this, [this] {
                QMessageBox::about(
                    this, tr("About Crewplan"),
                    tr("<h3>Crewplan %1</h3><p>Plan and staff an MLOps team: roles, skills, "
                       "coverage and single points of failure.</p>")
                        .arg(QApplication::applicationVersion()));
            });
}

void MainWindow::createViews() {
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    people_ = new PeopleView(document_, tabs_);
    // The Team and role tab: the selected team's details above, its selected role's below.
    auto* details = new QWidget(tabs_);
    teamEditor_ = new TeamEditor(document_, details);
    roleEditor_ = new RoleEditor(document_, details);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(teamEditor_);
    detailsLayout->addWidget(roleEditor_, 1);
    details_ = details;
    skills_ = new SkillsView(document_, tabs_);
    coverage_ = new CoverageView(document_, tabs_);
    tabs_->addTab(people_, tr("&People"));
    tabs_->addTab(details_, tr("Team && r&ole"));
    tabs_->addTab(skills_, tr("S&kills"));
    tabs_->addTab(coverage_, tr("C&overage charts"));
    compare_ = new CompareView(document_, tabs_);
    tabs_->addTab(compare_, tr("Co&mpare scenarios"));
    compare_->setExportAction(actions_->get(ActionId::ExportComparison));
    connect(compare_, &CompareView::comparedChanged, this, [this] {
        actions_->get(ActionId::ExportComparison)
            ->setEnabled(document_.isOpen() && compare_->compared().size() >= 2);
    });
    recommendations_ = new RecommendationsView(document_, tabs_);
    tabs_->addTab(recommendations_, tr("Recommen&dations"));
    stack_ = new StackView(document_, tabs_);
    tabs_->addTab(stack_, tr("S&tack"));
    timeline_ = new TimelineView(document_, tabs_);
    tabs_->addTab(timeline_, tr("Time&line"));
    setCentralWidget(tabs_);

    teamPlan_ = new TeamPlanView(document_, this);
    auto* planDock = new QDockWidget(tr("Team plan"), this);
    planDock->setObjectName(QStringLiteral("TeamPlanDock"));
    planDock->setWidget(teamPlan_);
    planDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, planDock);

    insights_ = new InsightsView(document_, this);
    auto* insightsDock = new QDockWidget(tr("Insights"), this);
    insightsDock->setObjectName(QStringLiteral("InsightsDock"));
    insightsDock->setWidget(insights_);
    // Never squeezed to a sliver when the team plan is widened.
    insights_->setMinimumWidth(16 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    insightsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, insightsDock);

    scenarios_ = new ScenariosPanel(document_, this);
    auto* scenariosDock = new QDockWidget(tr("Scenarios"), this);
    scenariosDock->setObjectName(QStringLiteral("ScenariosDock"));
    scenariosDock->setWidget(scenarios_);
    scenariosDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, scenariosDock);
    splitDockWidget(planDock, scenariosDock, Qt::Vertical);

    auto* history = new QUndoView(document_.undoStack(), this);
    history->setEmptyLabel(tr("Opened"));
    history->setAccessibleName(tr("Undo history"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    resizeDocks({planDock, insightsDock}, {440, 330}, Qt::Horizontal);
    resizeDocks({planDock, scenariosDock}, {620, 180}, Qt::Vertical);

    connect(teamPlan_, &TeamPlanView::teamActivated, this, [this](TeamId team) {
        teamEditor_->setTeam(team);
        // A team row holds no role: the role editor shows none rather than another team's.
        if (const Role* role = document_.scenario().findRole(roleEditor_->role());
            !role || role->team != team)
            roleEditor_->setRole({});
    });
    connect(teamPlan_, &TeamPlanView::roleActivated, this, [this](RoleId role) {
        roleEditor_->setRole(role);
        coverage_->setRole(role);
        if (tabs_->currentWidget() == people_)
            tabs_->setCurrentWidget(details_);
    });
    connect(teamPlan_, &TeamPlanView::personActivated, this, &MainWindow::showPerson);
    connect(insights_, &InsightsView::roleRequested, this, &MainWindow::showRole);
    connect(insights_, &InsightsView::teamRequested, teamPlan_, &TeamPlanView::selectTeam);
    connect(insights_, &InsightsView::personRequested, this, &MainWindow::showPerson);
}

void MainWindow::createMenusAndToolBar() {
    auto& a = *actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.get(ActionId::NewProject));
    file->addAction(a.get(ActionId::NewEmptyProject));
    file->addAction(a.get(ActionId::Open));
    recentMenu_ = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(a.get(ActionId::SaveAs));
    file->addSeparator();
    file->addAction(a.get(ActionId::ImportPeople));
    QMenu* exportMenu = file->addMenu(tr("E&xport data"));
    exportMenu->addAction(a.get(ActionId::ExportSpreadsheet));
    exportMenu->addAction(a.get(ActionId::ExportPeopleCsv));
    exportMenu->addAction(a.get(ActionId::ExportProjectJson));
    file->addSeparator();
    file->addAction(a.get(ActionId::ExportPdf));
    file->addAction(a.get(ActionId::ExportComparison));
    file->addAction(a.get(ActionId::PrintPreview));
    file->addAction(a.get(ActionId::Print));
    QMenu* reportMenu = file->addMenu(tr("Report &settings"));
    reportMenu->addAction(a.get(ActionId::ReportAuthor));
    reportMenu->addSeparator();
    reportMenu->addAction(a.get(ActionId::PageA4));
    reportMenu->addAction(a.get(ActionId::PageLetter));
    reportMenu->addSection(tr("Detail"));
    reportMenu->addAction(a.get(ActionId::DetailSummary));
    reportMenu->addAction(a.get(ActionId::DetailTeams));
    reportMenu->addAction(a.get(ActionId::DetailFull));
    file->addAction(a.get(ActionId::Close));
    file->addSeparator();
    file->addAction(a.get(ActionId::Quit));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.get(ActionId::Undo));
    edit->addAction(a.get(ActionId::Redo));
    edit->addSeparator();
    edit->addAction(a.get(ActionId::AddPerson));
    edit->addAction(a.get(ActionId::RemovePerson));
    edit->addSeparator();
    edit->addAction(a.get(ActionId::AddTeam));
    edit->addAction(a.get(ActionId::AddRole));
    edit->addAction(a.get(ActionId::RemoveTeamOrRole));
    edit->addSeparator();
    edit->addAction(a.get(ActionId::AddSkill));
    edit->addAction(a.get(ActionId::RemoveSkill));

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        viewMenu_->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.get(ActionId::About));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a.get(ActionId::Open));
    bar->addSeparator();
    bar->addAction(a.get(ActionId::Undo));
    bar->addAction(a.get(ActionId::Redo));
    bar->addSeparator();
    bar->addAction(a.get(ActionId::AddPerson));
    bar->addAction(a.get(ActionId::AddTeam));
    bar->addAction(a.get(ActionId::AddRole));
    bar->addSeparator();
    auto* label = new QLabel(tr(" Scenario: "), bar);
    scenarioBox_ = new QComboBox(bar);
    scenarioBox_->setAccessibleName(tr("Scenario"));
    scenarioBox_->setMinimumContentsLength(18);
    label->setBuddy(scenarioBox_);
    bar->addWidget(label);
    bar->addWidget(scenarioBox_);
    connect(scenarioBox_, &QComboBox::activated, this, [this](int index) {
        document_.setScenario(ScenarioId{scenarioBox_->itemData(index).toLongLong()});
    });
}

void MainWindow::updateScenarioBox() {
    scenarioBox_->clear();
    if (!document_.isOpen())
        return;
    for (const auto& s : document_.project().scenarios)
        scenarioBox_->addItem(toQString(s.name), static_cast<qlonglong>(s.id.value));
    scenarioBox_->setCurrentIndex(
        scenarioBox_->findData(static_cast<qlonglong>(document_.scenario().id.value)));
}

void MainWindow::updateTitleAndState() {
    const bool open = document_.isOpen();
    for (const char* id :
         {ActionId::SaveAs, ActionId::ImportPeople, ActionId::ExportSpreadsheet,
          ActionId::ExportPeopleCsv, ActionId::ExportProjectJson, ActionId::ExportPdf,
          ActionId::PrintPreview, ActionId::Print, ActionId::Close, ActionId::AddPerson,
          ActionId::RemovePerson, ActionId::AddTeam, ActionId::AddRole, ActionId::RemoveTeamOrRole,
          ActionId::AddSkill, ActionId::RemoveSkill})
        actions_->get(id)->setEnabled(open);
    actions_->get(ActionId::ExportComparison)->setEnabled(open && compare_->compared().size() >= 2);
    tabs_->setEnabled(open);
    scenarioBox_->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Crewplan"));
        coverageLabel_->clear();
        return;
    }
    setWindowTitle((document_.isReadOnly() ? tr("%1 · %2 — %3 (read-only) — Crewplan")
                                           : tr("%1 · %2 — %3 — Crewplan"))
                       .arg(toQString(document_.project().name),
                            toQString(document_.scenario().name),
                            QFileInfo(document_.filePath()).fileName()));
    const auto& total = document_.coverage().total;
    coverageLabel_->setText(
        tr("Scenario %1 · must-have coverage %2 · nice-to-have %3 · %n people · %4 a year", nullptr,
           total.totalHeadcount())
            .arg(toQString(document_.scenario().name),
                 total.mustHave ? toQString(formatPercent(*total.mustHave)) : tr("n/a"),
                 total.niceToHave ? toQString(formatPercent(*total.niceToHave)) : tr("n/a"),
                 toQString(formatMoney(total.yearlyCost))));
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList files = preferences_.recentFiles.get();
    for (const QString& path : files) {
        recentMenu_->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                   QFileInfo(path).path(),
                               this, [this, path] { openFile(path); });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::showRefusal(const QString& reason) {
    statusBar()->showMessage(reason, 8000);
    QToolTip::showText(QCursor::pos(), reason, this);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Every edit is already in the file: nothing to ask.
    preferences_.windowGeometry.set(saveGeometry());
    preferences_.windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile())
        openFile(urls.front().toLocalFile());
}

} // namespace crewplan
