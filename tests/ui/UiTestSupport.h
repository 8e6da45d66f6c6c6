// A main window wired to a temporary project, private settings and file dialogs that answer
// without asking, so that GUI tests drive the real window without any modal dialog.
#pragma once

#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "TestSupport.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <QStringList>
#include <memory>

namespace crewplan::test {

class ScriptedFileDialogs : public FileDialogs {
public:
    QString nextOpen;
    QString nextSave;
    QString nextReport;
    QString openProject(QWidget*) override { return nextOpen; }
    QString saveProject(QWidget*, const QString&) override { return nextSave; }
    QString suggestedReport; // what the window last offered
    QString saveReport(QWidget*, const QString& suggested) override {
        suggestedReport = suggested;
        return nextReport;
    }
    QString nextTable;
    QString openTable(QWidget*) override { return nextTable; }
    QString nextExport;
    QString suggestedExport;
    QString saveExport(QWidget*, const QString&, const QString& suggested,
                       const QString&) override {
        suggestedExport = suggested;
        return nextExport;
    }
};

struct Workbench {
    TempDir dir;
    std::string samplePath = dir.file("sample.crewplan");
    Preferences preferences{QString::fromStdString(dir.file("settings.ini"))};
    ScriptedFileDialogs dialogs;
    ProjectDocument document;
    std::unique_ptr<MainWindow> window;
    QStringList errors;
    QStringList questions;     // what the window asked before a change
    bool confirmAnswer = true; // and what it was answered
    QStringList offers;        // "open the report?" offers after an export (never accepted)

    explicit Workbench(bool openSample = true) {
        auto created = ProjectStore::create(samplePath, *makeProject(ProjectTemplate::Sample));
        (void)created;
        window = std::make_unique<MainWindow>(document, preferences, dialogs);
        window->setErrorReporter(
            [this](const QString&, const QString& message) { errors << message; });
        window->setConfirmer([this](const QString& question) {
            questions << question;
            return confirmAnswer;
        });
        window->setOpenOffer([this](const QString& message) {
            offers << message;
            return false;
        });
        if (openSample)
            window->openFile(QString::fromStdString(samplePath));
    }
};

} // namespace crewplan::test
