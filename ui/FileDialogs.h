// The file choosers the main window asks; tests replace them so that no modal dialog opens.
#pragma once

#include <QString>

class QWidget;

namespace crewplan {

class FileDialogs {
public:
    virtual ~FileDialogs() = default;
    virtual QString openProject(QWidget* parent) = 0;
    // Where to write a new project or a copy; the caller refuses an existing file where needed.
    virtual QString saveProject(QWidget* parent, const QString& title) = 0;
    // Where to write a PDF report; `suggested` is the full path offered (folder and file name).
    virtual QString saveReport(QWidget* parent, const QString& suggested) = 0;
    // A CSV roster to import.
    virtual QString openTable(QWidget* parent) = 0;
    // Where to write an export: `filter` as QFileDialog takes it ("Workbooks (*.xlsx)"), whose
    // extension is added when the name has none.
    virtual QString saveExport(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter) = 0;
};

class SystemFileDialogs : public FileDialogs {
public:
    QString openProject(QWidget* parent) override;
    QString saveProject(QWidget* parent, const QString& title) override;
    QString saveReport(QWidget* parent, const QString& suggested) override;
    QString openTable(QWidget* parent) override;
    QString saveExport(QWidget* parent, const QString& title, const QString& suggested,
                       const QString& filter) override;
};

} // namespace crewplan
