#include "Workbench.h"

#include "MainWindow.h"

#include <QApplication>

namespace crewplan {

int runWorkbench(int& argc, char** argv, const std::optional<std::string>& file) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crewplan"));
    QApplication::setOrganizationName(QStringLiteral("Crewplan"));
    QApplication::setApplicationVersion(QStringLiteral(CREWPLAN_VERSION));

    MainWindow window;
    window.show();
    if (file)
        window.openFile(QString::fromStdString(*file));
    return QApplication::exec();
}

} // namespace crewplan
