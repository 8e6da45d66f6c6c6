// The workbench's main window. For now it opens a project and shows its staffing summary per
// team; the editing views arrive with the workbench issue.
#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

class QTreeWidget;
class QLabel;

namespace crewplan {

class ProjectStore;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; a refused file is reported in a dialog and the current project stays.
    bool openFile(const QString& path);
    const ProjectStore* store() const { return store_.get(); }

    // How errors reach the user; a message box by default, replaceable in tests.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;
    void setErrorReporter(ErrorReporter reporter) { reportError_ = std::move(reporter); }

private:
    void chooseFile();
    void refresh();

    std::unique_ptr<ProjectStore> store_;
    ErrorReporter reportError_;
    QTreeWidget* summary_ = nullptr;
    QLabel* placeholder_ = nullptr;
};

} // namespace crewplan
