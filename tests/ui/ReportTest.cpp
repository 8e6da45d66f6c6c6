// The PDF report from the workbench: text from the file stays text, and the file is written
// atomically. (The command line's report is tested end to end in CommandLineTest.)
#include "UiTestSupport.h"
#include "Actions.h"
#include "report/ReportBuilder.h"
#include "views/CompareView.h"

#include <QAction>
#include <QDate>
#include <QFileInfo>
#include <QTextDocument>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

std::string pdfText(const crewplan::test::TempDir& dir, const std::string& pdf) {
    const std::string text = dir.file("report.txt");
    const std::string command = "pdftotext -enc UTF-8 '" + pdf + "' '" + text + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << "pdftotext (poppler-utils) is needed";
    return crewplan::test::readBytes(text);
}

} // namespace

TEST(Report, TextFromTheFileIsNeverMarkup) {
    Workbench w;
    ProjectDocument& doc = w.document;
    Person eve;
    eve.id = PersonId{doc.project().nextId};
    eve.name = "<b>Eve</b> & \"co\"";
    eve.fte = 1.0;
    const RoleId qa = doc.scenario().roles.back().id;
    ASSERT_FALSE(
        doc.apply(AddPerson{eve, {{doc.scenario().id, {eve.id, qa, 1.0}}}, {}}, QStringLiteral("add")));

    auto document = report::buildScenarioReport(doc.project(), doc.scenario(), {});
    EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("<b>Eve</b> & \"co\"")));

    w.dialogs.nextReport = QString::fromStdString(w.dir.file("report.pdf"));
    ASSERT_TRUE(w.window->exportPdf()) << w.errors.join(QLatin1Char('\n')).toStdString();
    const std::string text = pdfText(w.dir, w.dir.file("report.pdf"));
    EXPECT_NE(text.find("<b>Eve</b> & \"co\""), std::string::npos);
}

TEST(Report, AFailedExportLeavesNoFileBehind) {
    Workbench w;
    const std::string folder = w.dir.file("reports");
    std::filesystem::create_directory(folder);
    // The target is a folder: the export must fail, say why, and write nothing.
    w.dialogs.nextReport = QString::fromStdString(folder);
    EXPECT_FALSE(w.window->exportPdf());
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors.front().contains(QStringLiteral("cannot be written")));
    EXPECT_TRUE(std::filesystem::is_empty(folder));
}

TEST(Report, ExportWritesTheChosenFileAtOnceAndOffersToOpenIt) {
    Workbench w;
    const QString path = QString::fromStdString(w.dir.file("handover.pdf"));
    w.dialogs.nextReport = path;
    ASSERT_TRUE(w.window->exportPdf()) << w.errors.join(QLatin1Char('\n')).toStdString();
    // The name offered: project – scenario – date, beside the project.
    const QString expected =
        QStringLiteral("%1 – %2 – %3.pdf")
            .arg(QString::fromStdString(w.document.project().name),
                 QString::fromStdString(w.document.scenario().name),
                 QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(QFileInfo(w.dialogs.suggestedReport).fileName(), expected);
    EXPECT_EQ(QFileInfo(w.dialogs.suggestedReport).absolutePath(),
              QFileInfo(QString::fromStdString(w.samplePath)).absolutePath());
    // Written at once, with no preview or print dialog between, and offered to open.
    EXPECT_TRUE(QFileInfo(path).size() > 1000);
    ASSERT_EQ(w.offers.size(), 1);
    EXPECT_TRUE(w.offers.front().contains(QStringLiteral("handover.pdf")));
    EXPECT_TRUE(w.offers.front().contains(QStringLiteral(" pages)")));
    // The next export suggests the folder the last went to.
    const std::string elsewhere = w.dir.file("out");
    std::filesystem::create_directory(elsewhere);
    w.dialogs.nextReport = QString::fromStdString(elsewhere + "/second.pdf");
    ASSERT_TRUE(w.window->exportPdf());
    w.dialogs.nextReport.clear(); // cancelled: nothing written, nothing said
    EXPECT_FALSE(w.window->exportPdf());
    EXPECT_EQ(QFileInfo(w.dialogs.suggestedReport).absolutePath(),
              QFileInfo(QString::fromStdString(elsewhere)).absoluteFilePath());
    EXPECT_EQ(w.offers.size(), 2);
    EXPECT_TRUE(w.errors.isEmpty());
}

TEST(Report, ComparisonExportsFromTheWindowAndNamesTheScenarios) {
    Workbench w;
    QAction* action = w.window->actions().get(ActionId::ExportComparison);
    const auto& scenarios = w.document.project().scenarios;
    ASSERT_GE(scenarios.size(), 2u);
    const QStringList names{QString::fromStdString(scenarios[0].name),
                            QString::fromStdString(scenarios[1].name)};
    w.window->compareView()->setCompared({names.front()});
    EXPECT_FALSE(action->isEnabled()) << "one scenario is no comparison";
    w.window->compareView()->setCompared(names);
    EXPECT_TRUE(action->isEnabled());
    w.dialogs.nextReport = QString::fromStdString(w.dir.file("comparison.pdf"));
    action->trigger();
    ASSERT_TRUE(w.errors.isEmpty()) << w.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(w.dialogs.suggestedReport.contains(names.join(QStringLiteral(" vs "))));
    const std::string text = pdfText(w.dir, w.dir.file("comparison.pdf"));
    EXPECT_NE(text.find("Scenario comparison"), std::string::npos);
}

TEST(Report, PrintAndPrintPreviewAreTheirOwnActions) {
    Workbench w;
    const auto* preview = w.window->actions().get(ActionId::PrintPreview);
    const auto* print = w.window->actions().get(ActionId::Print);
    ASSERT_NE(preview, nullptr);
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_NE(w.window->actions().get(ActionId::ExportPdf)->shortcut(),
              QKeySequence(QKeySequence::Print));
    EXPECT_TRUE(preview->isEnabled());
    w.window->actions().get(ActionId::Close)->trigger();
    EXPECT_FALSE(preview->isEnabled());
    EXPECT_FALSE(print->isEnabled());
}
