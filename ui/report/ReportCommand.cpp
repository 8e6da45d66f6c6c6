#include "ReportCommand.h"

#include "Preferences.h"
#include "QtText.h"
#include "Translations.h"
#include "compare/ScenarioComparison.h"
#include "model/Project.h"
#include "report/PdfReport.h"
#include "report/ReportBuilder.h"
#include "storage/ProjectStore.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <cstdio>

namespace crewplan::report {

namespace {
int fail(const QString& message) {
    std::fprintf(stderr, "crewplan: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int runReport(int& argc, char** argv, const ReportRequest& request) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a report needs fonts, not a display
    // Headless sessions (cron, CI, ssh) often have no runtime folder; Qt warns and falls back.
    // Give it a private one, as the XDG spec wants, so the command line stays quiet.
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
        QFile::setPermissions(runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    QApplication app(argc, argv);
    crewplan::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("Crewplan"));
    QApplication::setOrganizationName(QStringLiteral("Crewplan"));

    auto store = ProjectStore::open(request.file);
    if (!store)
        return fail(toQString(store.message()));
    const Project& project = store->project();

    ReportOptions options;
    options.pageSize = QPageSize(request.pageSize == "Letter" ? QPageSize::Letter : QPageSize::A4);
    Preferences preferences;
    options.author = request.author.empty() ? preferences.author.get() : toQString(request.author);
    if (!request.detail.empty() && !request.compare.empty())
        return fail(QStringLiteral("--detail is for a scenario's report; a comparison report has "
                                   "one level of detail."));
    options.detail = reportDetailNamed(request.detail.empty() ? preferences.reportDetail.get()
                                                              : toQString(request.detail));
    // Reproducible reports (https://reproducible-builds.org/specs/source-date-epoch/): the
    // title page's date from SOURCE_DATE_EPOCH, in UTC, where it is set.
    if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH")) {
        bool ok = false;
        const qint64 seconds = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
        if (!ok || seconds < 0)
            return fail(QStringLiteral("SOURCE_DATE_EPOCH must be a number of seconds since "
                                       "1970-01-01 (\"%1\" given)")
                            .arg(qEnvironmentVariable("SOURCE_DATE_EPOCH")));
        options.date = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
    }

    std::unique_ptr<QTextDocument> document;
    QString header;
    if (!request.compare.empty()) {
        auto comparison = compareScenarios(project, request.compare);
        if (!comparison)
            return fail(toQString(request.file + ": " + comparison.message()));
        document = buildComparisonReport(project, *comparison, options);
        header = QStringLiteral("Crewplan · %1 · scenario comparison").arg(toQString(project.name));
    } else {
        const auto found = project.scenarioOrFirst(request.scenario);
        if (!found)
            return fail(toQString(request.file + ": " + found.message()));
        const Scenario* scenario = *found;
        document = buildScenarioReport(project, *scenario, options);
        header = QStringLiteral("Crewplan · %1 · %2")
                     .arg(toQString(project.name), toQString(scenario->name));
    }
    int pages = 0;
    if (auto error = writePdf(*document, toQString(request.output), options, header, &pages))
        return fail(*error);
    if (request.output == "-") // standard output holds the PDF alone
        return 0;
    if (request.json) {
        // As the other commands print JSON: keys in this order, two spaces.
        const QByteArray path =
            QJsonDocument(QJsonArray{toQString(request.output)}).toJson(QJsonDocument::Compact);
        std::printf("{\n  \"written\": %s,\n  \"pages\": %d\n}\n",
                    path.mid(1, path.size() - 2).constData(), pages);
    } else {
        std::printf("Wrote %s (%d pages).\n", request.output.c_str(), pages);
    }
    return 0;
}

} // namespace crewplan::report
