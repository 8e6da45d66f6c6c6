#include "Workbench.h"

#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "Translations.h"

#include <QApplication>
#include <clocale>
#include <cstdio>

namespace crewplan {

int runWorkbench(int& argc, char** argv, const std::optional<std::string>& file) {
#if defined(Q_OS_LINUX)
    // Without a display Qt aborts; say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("crewplan: there is no display to open the window on. Run 'crewplan --help' "
                   "for the commands that need none.\n",
                   stderr);
        return 1;
    }
#endif
    QApplication app(argc, argv);
    // Qt takes the desktop's locale for the C library too; the core reads and writes numbers
    // as "0.8" whatever the desktop (files, CSV, JSON), so C numbers stay C.
    std::setlocale(LC_NUMERIC, "C");
    crewplan::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("Crewplan"));
    QApplication::setOrganizationName(QStringLiteral("Crewplan"));
    QApplication::setApplicationVersion(QStringLiteral(CREWPLAN_VERSION));

    Preferences preferences;
    SystemFileDialogs dialogs;
    ProjectDocument document;
    MainWindow window(document, preferences, dialogs);
    window.show();
    if (file)
        window.openFile(QString::fromStdString(*file));
    return QApplication::exec();
}

} // namespace crewplan
