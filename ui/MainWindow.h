// The workbench's main window: the team plan beside the people, roles, skills and coverage views,
// with the insights always in view. It is handed its document, preferences and file dialogs.
#pragma once

#include "model/Ids.h"
#include "report/ReportBuilder.h"

#include <QMainWindow>
#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

namespace crewplan {

class ActionRegistry;
class CompareView;
class RecommendationsView;
class StackView;
class TimelineView;
class CoverageView;
class FileDialogs;
class ImportPeopleDialog;
class InsightsView;
class PeopleView;
class Preferences;
class ProjectDocument;
class RoleEditor;
class TeamEditor;
class ScenariosPanel;
class SkillsView;
class TeamPlanView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ProjectDocument& document, Preferences& preferences, FileDialogs& dialogs,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; a refused file is reported and the current project stays open.
    bool openFile(const QString& path);
    // Creates a project from a template ("mlops", "empty") at a path the file dialog gives.
    bool newProject(const QString& templateName);
    // Writes a report to the PDF the file dialog names (a name is suggested: project – scenario
    // – date.pdf), at once, then offers to open it. No scenarios: the current scenario's report;
    // two to four names: their comparison report.
    bool exportPdf(const QStringList& compare = {});
    // File › Import people…: the CSV at `path` previewed in ImportPeopleDialog; what it plans is
    // applied as one undo step when the user presses Import. Unreadable files are reported.
    bool importPeople(const QString& path);
    // File › Export: the current scenario as an XLSX workbook (with the shown plan and the
    // compared scenarios, when there are), its people matrix as CSV, or the project as JSON.
    enum class ExportFormat { Workbook, PeopleCsv, ProjectJson };
    bool exportData(ExportFormat format);
    // The current scenario's report on a printer: in Qt's print preview, or through the print
    // dialog.
    void printReport(bool preview);

    ProjectDocument& document() const { return document_; }
    ActionRegistry& actions() const { return *actions_; }
    TeamPlanView* teamPlan() const { return teamPlan_; }
    PeopleView* peopleView() const { return people_; }
    RoleEditor* roleEditor() const { return roleEditor_; }
    TeamEditor* teamEditor() const { return teamEditor_; }
    SkillsView* skillsView() const { return skills_; }
    InsightsView* insights() const { return insights_; }
    QTabWidget* tabs() const { return tabs_; }
    ScenariosPanel* scenariosPanel() const { return scenarios_; }
    CompareView* compareView() const { return compare_; }
    RecommendationsView* recommendationsView() const { return recommendations_; }
    StackView* stackView() const { return stack_; }
    TimelineView* timelineView() const { return timeline_; }

    // How errors reach the user; a message box by default, replaceable in tests.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;
    void setErrorReporter(ErrorReporter reporter) { reportError_ = std::move(reporter); }
    // Asks before a change that takes much away (a team with its roles); a message box by
    // default, replaceable in tests. Undo brings it back either way.
    using Confirmer = std::function<bool(const QString& question)>;
    void setConfirmer(Confirmer confirm) { confirm_ = std::move(confirm); }
    // After an export: offers to open the file; true opens it. A message box by default.
    using OpenOffer = std::function<bool(const QString& message)>;
    void setOpenOffer(OpenOffer offer) { offerToOpen_ = std::move(offer); }
    // The project is open in another window (its lock file says so): what to do. A message box
    // by default, replaceable in tests.
    enum class InUseChoice { Cancel, ReadOnly, Edit };
    using InUseAsker = std::function<InUseChoice(const QString& message)>;
    void setInUseAsker(InUseAsker ask) { askInUse_ = std::move(ask); }
    // Shows the import preview; true imports. The dialog's exec() by default, replaceable in tests.
    using ImportReviewer = std::function<bool(ImportPeopleDialog& dialog)>;
    void setImportReviewer(ImportReviewer review) { reviewImport_ = std::move(review); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createViews();
    void updateTitleAndState();
    void updateRecentMenu();
    void updateScenarioBox();
    void showRefusal(const QString& reason);

    void saveCopyAs();
    report::ReportOptions reportOptions() const;
    void addPerson();
    void removePeople();
    void addTeam();
    void addRole();
    void removeTeamOrRole();
    void showRole(RoleId role);
    void showPerson(PersonId person);

    ProjectDocument& document_;
    Preferences& preferences_;
    FileDialogs& dialogs_;
    ActionRegistry* actions_;
    ErrorReporter reportError_;
    Confirmer confirm_;
    OpenOffer offerToOpen_;
    ImportReviewer reviewImport_;
    InUseAsker askInUse_;

    TeamPlanView* teamPlan_ = nullptr;
    PeopleView* people_ = nullptr;
    RoleEditor* roleEditor_ = nullptr;
    TeamEditor* teamEditor_ = nullptr;
    QWidget* details_ = nullptr; // the Team and role tab
    SkillsView* skills_ = nullptr;
    CoverageView* coverage_ = nullptr;
    InsightsView* insights_ = nullptr;
    ScenariosPanel* scenarios_ = nullptr;
    CompareView* compare_ = nullptr;
    RecommendationsView* recommendations_ = nullptr;
    StackView* stack_ = nullptr;
    TimelineView* timeline_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QComboBox* scenarioBox_ = nullptr;
    QLabel* coverageLabel_ = nullptr;
};

} // namespace crewplan
