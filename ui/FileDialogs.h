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
};

class SystemFileDialogs : public FileDialogs {
public:
    QString openProject(QWidget* parent) override;
    QString saveProject(QWidget* parent, const QString& title) override;
    QString saveReport(QWidget* parent, const QString& suggested) override;
};

} // namespace crewplan
