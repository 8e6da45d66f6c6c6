// The main window's commands on files and on the staffing: open, create, copy, export, and the
// add and remove actions. (The window's construction is in MainWindow.cpp.)
#include "Actions.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "QtText.h"
#include "compare/ScenarioComparison.h"
#include "io/AtomicFile.h"
#include "io/PeopleImport.h"
#include "io/ProjectJson.h"
#include "io/TextFile.h"
#include "io/Workbook.h"
#include "model/Project.h"
#include "models/PeopleModel.h"
#include "report/PdfReport.h"
#include "report/ReportBuilder.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"
#include "views/CompareView.h"
#include "views/CoverageView.h"
#include "views/ImportPeopleDialog.h"
#include "views/PeopleView.h"
#include "views/RecommendationsView.h"
#include "views/RoleEditor.h"
#include "views/TeamPlanView.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QLockFile>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QUndoStack>
#include <QUrl>

namespace crewplan {

namespace {

// Beside the project, hidden: ".team.crewplan.lock".
QString lockPathFor(const QString& path) {
    const QFileInfo file(path);
    return file.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(file.fileName()));
}

} // namespace

bool MainWindow::openFile(const QString& path) {
    // Another Crewplan window on the same file is told so. Both may edit (each edit applies to
    // what the file holds then, and each window shows the other's within seconds), or this one
    // may only look.
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // a crashed window's lock is stale when its process is gone
    bool readOnly = false;
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, application;
            lock->getLockInfo(&pid, &host, &application);
            const QString message =
                tr("%1 is open in another Crewplan window (process %2 on %3).\n\nYou can open "
                   "it here too: each window shows what the other changes within seconds, and a "
                   "change made on something the other has just changed is refused, never "
                   "lost. Or open it read-only here, to look without changing it.")
                    .arg(QFileInfo(path).fileName())
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("this computer") : host);
            const InUseChoice choice = askInUse_(message);
            if (choice == InUseChoice::Cancel)
                return false;
            readOnly = choice == InUseChoice::ReadOnly;
        }
        lock.reset(); // not ours: the other window keeps it
    }
    auto store = ProjectStore::open(toStdString(path));
    if (!store) {
        reportError_(tr("Cannot open project"), toQString(store.message()));
        return false;
    }
    const auto backup = store->migrationBackup();
    document_.setStore(std::make_unique<ProjectStore>(std::move(*store)), readOnly,
                       std::move(lock));
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

namespace {

// A report ready to paint: its document, running header and suggested file name.
struct BuiltReport {
    std::unique_ptr<QTextDocument> document;
    QString header;
    QString fileName;
};

// A file name from names the user chose: no characters a file system refuses.
QString safeFileName(QString name) {
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified();
    return name.left(180);
}

} // namespace

report::ReportOptions MainWindow::reportOptions() const {
    report::ReportOptions options;
    options.pageSize =
        QPageSize(preferences_.reportPageSize.get() == QStringLiteral("Letter") ? QPageSize::Letter
                                                                                : QPageSize::A4);
    options.author = preferences_.author.get();
    options.detail = report::reportDetailNamed(preferences_.reportDetail.get());
    return options;
}

bool MainWindow::exportPdf(const QStringList& compare) {
    if (!document_.isOpen())
        return false;
    const Project& project = document_.project();
    const report::ReportOptions options = reportOptions();
    BuiltReport built;
    if (compare.isEmpty()) {
        const Scenario& scenario = document_.scenario();
        built = {report::buildScenarioReport(project, scenario, options),
                 tr("Crewplan · %1 · %2").arg(toQString(project.name), toQString(scenario.name)),
                 toQString(scenario.name)};
    } else {
        std::vector<std::string> names;
        for (const QString& name : compare)
            names.push_back(toStdString(name));
        auto comparison = compareScenarios(project, names);
        if (!comparison) {
            reportError_(tr("Cannot export the comparison"), toQString(comparison.message()));
            return false;
        }
        built = {report::buildComparisonReport(project, *comparison, options),
                 tr("Crewplan · %1 · comparison").arg(toQString(project.name)),
                 compare.join(tr(" vs "))};
    }
    // "Project – Scenario – 2026-12-01.pdf", where the last report went (or beside the project).
    QString folder = preferences_.reportFolder.get();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(toQString(document_.store()->path())).absolutePath();
    const QString suggested =
        QDir(folder).filePath(safeFileName(QStringLiteral("%1 – %2 – %3")
                                               .arg(toQString(project.name), built.fileName,
                                                    QDate::currentDate().toString(Qt::ISODate))) +
                              QStringLiteral(".pdf"));
    const QString path = dialogs_.saveReport(this, suggested);
    if (path.isEmpty())
        return false;
    int pages = 0;
    if (auto error = report::writePdf(*built.document, path, options, built.header, &pages)) {
        reportError_(tr("Cannot export the report"), *error);
        return false;
    }
    preferences_.reportFolder.set(QFileInfo(path).absolutePath());
    const QString wrote =
        tr("Wrote %1 (%n pages).", nullptr, pages).arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(wrote, 8000);
    if (offerToOpen_(wrote))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

bool MainWindow::importPeople(const QString& path) {
    if (!document_.isOpen() || path.isEmpty())
        return false;
    auto bytes = readTextFile(toStdString(path));
    if (!bytes) {
        reportError_(tr("Cannot import people"), toQString(bytes.message()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    ImportPeopleDialog dialog(document_.project(), document_.scenario().id, name, std::move(*bytes),
                              this);
    if (!reviewImport_(dialog) || !dialog.canImport())
        return false;
    const ImportPlan& plan = dialog.plan();
    const QString step = tr("Import from %1: %2 added, %3 updated")
                             .arg(name)
                             .arg(plan.added.size())
                             .arg(plan.updated.size());
    if (auto refused = document_.apply(plan.edit, step)) {
        reportError_(tr("Cannot import people"), *refused);
        return false;
    }
    statusBar()->showMessage(tr("Imported from %1: %2 added, %3 updated. Undo takes it back.")
                                 .arg(name)
                                 .arg(plan.added.size())
                                 .arg(plan.updated.size()),
                             8000);
    return true;
}

bool MainWindow::exportData(ExportFormat format) {
    if (!document_.isOpen())
        return false;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    struct Kind {
        QString title, filter, extension, name;
    };
    const Kind kind =
        format == ExportFormat::Workbook
            ? Kind{tr("Export a spreadsheet (XLSX)"), tr("Excel workbooks (*.xlsx)"),
                   QStringLiteral(".xlsx"), toQString(scenario.name)}
        : format == ExportFormat::PeopleCsv
            ? Kind{tr("Export people as CSV"), tr("CSV tables (*.csv)"), QStringLiteral(".csv"),
                   tr("%1 – people").arg(toQString(scenario.name))}
            : Kind{tr("Export project as JSON"), tr("Crewplan project JSON (*.json)"),
                   QStringLiteral(".json"), tr("project")};
    QString folder = preferences_.reportFolder.get();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(toQString(document_.store()->path())).absolutePath();
    const QString suggested =
        QDir(folder).filePath(safeFileName(QStringLiteral("%1 – %2 – %3")
                                               .arg(toQString(project.name), kind.name,
                                                    QDate::currentDate().toString(Qt::ISODate))) +
                              kind.extension);
    const QString path = dialogs_.saveExport(this, kind.title, suggested, kind.filter);
    if (path.isEmpty())
        return false;
    Status written;
    if (format == ExportFormat::Workbook) {
        // The plan shown is this scenario's (another scenario drops it).
        WorkbookContent content{&project, &scenario, recommendations_->plan(), nullptr};
        std::optional<ScenarioComparison> comparison;
        if (compare_->compared().size() >= 2) {
            std::vector<std::string> names;
            for (const QString& n : compare_->compared())
                names.push_back(toStdString(n));
            if (auto compared = compareScenarios(project, names))
                comparison = std::move(*compared);
        }
        content.comparison = comparison ? &*comparison : nullptr;
        written = writeWorkbook(toStdString(path), content);
    } else {
        const std::string text = format == ExportFormat::PeopleCsv
                                     ? peopleCsv(project, scenario, false)
                                     : writeProjectJson(project);
        written = writeFileAtomically(toStdString(path), text);
    }
    if (!written) {
        reportError_(kind.title, toQString(written.message()));
        return false;
    }
    preferences_.reportFolder.set(QFileInfo(path).absolutePath());
    const QString wrote = tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(wrote, 8000);
    if (offerToOpen_(wrote))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

void MainWindow::printReport(bool preview) {
    if (!document_.isOpen())
        return;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    const report::ReportOptions options = reportOptions();
    auto document = report::buildScenarioReport(project, scenario, options);
    const QString header =
        tr("Crewplan · %1 · %2").arg(toQString(project.name), toQString(scenario.name));
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(header);
    const auto paint = [&](QPrinter* target) {
        report::paintPages(*document, *target, options, header);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print preview — %1").arg(toQString(scenario.name)));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the staffing report"));
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
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
    document_.apply(RemovePeople{ids}, ids.size() == 1 ? tr("Remove a person")
                                                       : tr("Remove %n people", nullptr,
                                                            static_cast<int>(ids.size())));
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
    tabs_->setCurrentWidget(details_);
}

void MainWindow::showPerson(PersonId person) {
    tabs_->setCurrentWidget(people_);
    people_->selectPerson(person);
}

} // namespace crewplan
