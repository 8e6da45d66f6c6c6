// The main window's commands on files and on the staffing: open, create, copy, export, and the
// add and remove actions. (The window's construction is in MainWindow.cpp.)
#include "Actions.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "models/PeopleModel.h"
#include "report/PdfReport.h"
#include "report/ReportBuilder.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"
#include "views/CoverageView.h"
#include "views/PeopleView.h"
#include "views/RoleEditor.h"
#include "views/TeamPlanView.h"

#include <QAbstractProxyModel>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUndoStack>

namespace crewplan {

bool MainWindow::openFile(const QString& path) {
    auto store = ProjectStore::open(toStdString(path));
    if (!store) {
        reportError_(tr("Cannot open project"), toQString(store.message()));
        return false;
    }
    const auto backup = store->migrationBackup();
    document_.setStore(std::make_unique<ProjectStore>(std::move(*store)));
    preferences_.addRecentFile(path);
    updateRecentMenu();
    if (backup)
        statusBar()->showMessage(
            tr("Upgraded the file to the current format; the old one is kept as %1")
                .arg(toQString(*backup)));
    return true;
}

bool MainWindow::newProject(const QString& templateName) {
    const QString path = dialogs_.saveProject(this, tr("Where to keep the new project"));
    if (path.isEmpty())
        return false;
    auto project = makeProject(*parseProjectTemplate(toStdString(templateName)));
    if (!project) {
        reportError_(tr("Cannot create project"), toQString(project.message()));
        return false;
    }
    if (templateName == QStringLiteral("empty"))
        project->name = toStdString(QFileInfo(path).completeBaseName());
    auto store = ProjectStore::create(toStdString(path), std::move(*project));
    if (!store) {
        reportError_(tr("Cannot create project"), toQString(store.message()));
        return false;
    }
    document_.setStore(std::make_unique<ProjectStore>(std::move(*store)));
    preferences_.addRecentFile(path);
    updateRecentMenu();
    return true;
}

void MainWindow::saveCopyAs() {
    if (!document_.isOpen())
        return;
    const QString path = dialogs_.saveProject(this, tr("Save a copy of the project"));
    if (path.isEmpty())
        return;
    if (auto status = document_.store()->saveCopyAs(toStdString(path)); !status)
        reportError_(tr("Cannot save a copy"), toQString(status.message()));
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
}

bool MainWindow::exportPdf(bool preview) {
    if (!document_.isOpen())
        return false;
    const QString path = dialogs_.saveReport(this);
    if (path.isEmpty())
        return false;
    report::ReportOptions options;
    options.pageSize =
        QPageSize(preferences_.reportPageSize.get() == QStringLiteral("Letter") ? QPageSize::Letter
                                                                                : QPageSize::A4);
    options.author = preferences_.author.get();
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    auto report = report::buildScenarioReport(project, scenario, options);
    const QString header =
        tr("Crewplan · %1 · %2").arg(toQString(project.name), toQString(scenario.name));
    if (preview) {
        // The preview paints on a printer; the PDF itself is written below, atomically.
        QTemporaryDir scratch;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(scratch.filePath(QStringLiteral("preview.pdf")));
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Staffing report — %1").arg(toQString(scenario.name)));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter* target) { report::paintPages(*report, *target, options, header); });
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (auto error = report::writePdf(*report, path, options, header)) {
        reportError_(tr("Cannot export the report"), *error);
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote the report to %1 (%2 pages)").arg(path).arg(report->pageCount()), 8000);
    return true;
}

void MainWindow::addPerson() {
    const Project& project = document_.project();
    Person person;
    person.id = PersonId{project.nextId};
    person.name = toStdString(tr("New person"));
    person.fte = 1.0;
    if (document_.apply(AddPerson{person, {}, {}}, tr("Add a person")))
        return;
    tabs_->setCurrentWidget(people_);
    people_->selectPerson(person.id);
    people_->table()->edit(people_->table()->currentIndex());
}

void MainWindow::removePeople() {
    std::vector<PersonId> ids;
    for (const auto& index : people_->table()->selectionModel()->selectedRows())
        ids.push_back(people_->peopleModel()->personAt(
            static_cast<const QAbstractProxyModel*>(people_->table()->model())
                ->mapToSource(index)
                .row()));
    if (ids.empty())
        return;
    EditBatch batch;
    for (PersonId id : ids)
        batch.edits.push_back(RemovePerson{id});
    document_.apply(std::move(batch), ids.size() == 1 ? tr("Remove a person")
                                                      : tr("Remove %1 people").arg(ids.size()));
}

void MainWindow::addTeam() {
    const Scenario& scenario = document_.scenario();
    QString name = tr("New team");
    for (int n = 2; scenario.findTeam(toStdString(name)); ++n)
        name = tr("New team %1").arg(n);
    const Team team{TeamId{document_.project().nextId}, toStdString(name), {}};
    // The new team selected with its name editor open: typing names it (one more undo step).
    if (!document_.apply(AddTeam{scenario.id, team, {}, {}, -1}, tr("Add team %1").arg(name)))
        teamPlan_->renameTeam(team.id);
}

void MainWindow::addRole() {
    const Scenario& scenario = document_.scenario();
    TeamId team = teamPlan_->currentTeam();
    if (!team.valid()) {
        if (scenario.teams.empty()) {
            showRefusal(tr("Add a team first: a role belongs to a team."));
            return;
        }
        team = scenario.teams.front().id;
    }
    QString name = tr("New role");
    for (int n = 2; scenario.findRole(team, toStdString(name)); ++n)
        name = tr("New role %1").arg(n);
    Role role;
    role.id = RoleId{document_.project().nextId};
    role.team = team;
    role.name = toStdString(name);
    if (!document_.apply(AddRole{scenario.id, role, {}, -1}, tr("Add role %1").arg(name))) {
        showRole(role.id);
        // Focus on the new role's name, all of it selected: typing replaces it.
        roleEditor_->nameEdit()->setFocus();
        roleEditor_->nameEdit()->selectAll();
    }
}

void MainWindow::removeTeamOrRole() {
    const Scenario& scenario = document_.scenario();
    if (const RoleId role = teamPlan_->currentRole(); role.valid()) {
        const Role* r = scenario.findRole(role);
        document_.apply(RemoveRole{scenario.id, role},
                        tr("Remove role %1").arg(toQString(r->name)));
    } else if (const TeamId team = teamPlan_->currentTeam(); team.valid()) {
        const Team* t = scenario.findTeam(team);
        QStringList roles;
        for (const Role* r : scenario.rolesOf(team))
            roles << toQString(r->name);
        if (!roles.isEmpty() &&
            !confirm_(tr("Remove %1 with its roles (%2), taking everyone out of them? Undo brings "
                         "it back.")
                          .arg(toQString(t->name), roles.join(QStringLiteral(", ")))))
            return;
        document_.apply(RemoveTeam{scenario.id, team},
                        tr("Remove team %1").arg(toQString(t->name)));
    }
}

void MainWindow::showRole(RoleId role) {
    teamPlan_->selectRole(role);
    roleEditor_->setRole(role);
    coverage_->setRole(role);
    tabs_->setCurrentWidget(roleEditor_);
}

void MainWindow::showPerson(PersonId person) {
    tabs_->setCurrentWidget(people_);
    people_->selectPerson(person);
}

} // namespace crewplan
