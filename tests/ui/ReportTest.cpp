// The PDF report from the workbench: text from the file stays text, and the file is written
// atomically. (The command line's report is tested end to end in CommandLineTest.)
#include "UiTestSupport.h"
#include "report/ReportBuilder.h"

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
    ASSERT_TRUE(w.window->exportPdf(false)) << w.errors.join(QLatin1Char('\n')).toStdString();
    const std::string text = pdfText(w.dir, w.dir.file("report.pdf"));
    EXPECT_NE(text.find("<b>Eve</b> & \"co\""), std::string::npos);
}

TEST(Report, AFailedExportLeavesNoFileBehind) {
    Workbench w;
    const std::string folder = w.dir.file("reports");
    std::filesystem::create_directory(folder);
    // The target is a folder: the export must fail, say why, and write nothing.
    w.dialogs.nextReport = QString::fromStdString(folder);
    EXPECT_FALSE(w.window->exportPdf(false));
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors.front().contains(QStringLiteral("cannot be written")));
    EXPECT_TRUE(std::filesystem::is_empty(folder));
}
