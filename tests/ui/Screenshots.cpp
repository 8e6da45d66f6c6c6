// Writes the README's and docs/'s screenshots: the real main window on the sample project,
// one picture per view. Run under Xvfb (see the README); not part of the test suite.
#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "Translations.h"
#include "model/Project.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"
#include "views/CompareView.h"
#include "views/ImportPeopleDialog.h"
#include "views/PeopleView.h"
#include "views/RecommendOptionsForm.h"
#include "views/RecommendationsView.h"
#include "views/RoleEditor.h"
#include "views/SkillsView.h"
#include "views/StackView.h"
#include "views/TeamPlanView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <cstdio>

using namespace crewplan;

namespace {

void settle() {
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

void shoot(QWidget& window, const QString& folder, const QString& name) {
    settle();
    const QString path = QDir(folder).filePath(name);
    if (!window.grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("wrote %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    crewplan::installTranslations(app);
    const QStringList args = QApplication::arguments();
    const QString folder = args.size() > 1 ? args[1] : QStringLiteral("docs/screenshots");
    if (args.contains(QStringLiteral("--dark"))) {
        // What a dark desktop hands the application: check that every view follows it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    QDir().mkpath(folder);
    QTemporaryDir temp;
    const std::string path =
        QDir(temp.path()).filePath(QStringLiteral("mlops-sample.crewplan")).toStdString();
    (void)ProjectStore::create(path, *makeProject(ProjectTemplate::Sample));

    Preferences preferences(QDir(temp.path()).filePath(QStringLiteral("settings.ini")));
    SystemFileDialogs dialogs;
    ProjectDocument document;
    MainWindow window(document, preferences, dialogs);
    window.resize(1500, 900);
    window.show();
    window.openFile(QString::fromStdString(path));

    // People: Bruno selected, his skills beside the table.
    window.peopleView()->selectPerson(document.project().people[1].id);
    shoot(window, folder, QStringLiteral("main-window.png"));

    // Role: the Data Engineer role selected in the team plan.
    window.teamPlan()->selectRole(document.scenario().roles.front().id);
    window.tabs()->setCurrentWidget(window.roleEditor()->parentWidget());
    shoot(window, folder, QStringLiteral("role-editor.png"));

    window.tabs()->setCurrentWidget(window.skillsView());
    shoot(window, folder, QStringLiteral("skills.png"));

    window.tabs()->setCurrentIndex(3);
    shoot(window, folder, QStringLiteral("coverage-charts.png"));

    window.tabs()->setCurrentWidget(window.compareView());
    window.compareView()->setCompared(
        {QStringLiteral("Current staffing"), QStringLiteral("Hire QA and a senior DE")});
    shoot(window, folder, QStringLiteral("compare-scenarios.png"));

    // Recommendations: no single point of failure, solved on its own thread.
    window.tabs()->setCurrentWidget(window.recommendationsView());
    window.recommendationsView()->form()->setDepth(2);
    window.recommendationsView()->recommend();
    while (window.recommendationsView()->isBusy()) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    window.recommendationsView()->steps()->setCurrentItem(
        window.recommendationsView()->steps()->topLevelItem(2)->child(0));
    shoot(window, folder, QStringLiteral("recommendations.png"));
    QTimer::singleShot(400, [&] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            settle();
            dialog->grab().save(QDir(folder).filePath(QStringLiteral("training-per-skill.png")));
            dialog->close();
        }
    });
    window.recommendationsView()->editSkillRates();

    // The history dock after a few edits.
    for (auto* dock : window.findChildren<QDockWidget*>()) {
        if (dock->objectName() == QStringLiteral("HistoryDock"))
            dock->show();
    }
    const auto& p = document.project();
    document.apply(SetSkillLevel{p.people[1].id, p.findSkill("Spark")->id, SkillLevel::Advanced},
                   QStringLiteral("Set Bruno Costa's Spark to Advanced"));
    document.apply(SetAllocation{document.scenario().id, p.people[7].id,
                                 document.scenario().roles.back().id, 1.0},
                   QStringLiteral("Assign Hugo Martin to QA Engineer"));
    window.tabs()->setCurrentIndex(0);
    shoot(window, folder, QStringLiteral("after-edits-with-history.png"));

    // The stack: open source on Kubernetes, and the fit of the orchestration tools.
    window.tabs()->setCurrentWidget(window.stackView());
    settle();
    window.stackView()->applyPreset(QStringLiteral("Open source on Kubernetes"));
    settle();
    window.stackView()->stages()->setCurrentItem(window.stackView()->stages()->topLevelItem(1));
    shoot(window, folder, QStringLiteral("stack.png"));

    // File › Import people…: the preview of a roster with one bad cell and a column that is not
    // a skill yet (docs/examples/roster.csv).
    QFile roster(QStringLiteral(CREWPLAN_SOURCE_DIR "/docs/examples/roster.csv"));
    if (roster.open(QIODevice::ReadOnly)) {
        ImportPeopleDialog preview(document.project(), document.scenario().id,
                                   QStringLiteral("roster.csv"), roster.readAll().toStdString(),
                                   &window);
        preview.show();
        shoot(preview, folder, QStringLiteral("import-preview.png"));
    }
    return 0;
}
