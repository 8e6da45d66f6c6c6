// What the sample project prints, byte for byte against tests/data/golden/: the summary, the
// comparison and the plan as JSON, and the report's text. A change of any of them fails here,
// naming the first line that differs; a change meant is regenerated on purpose (see
// tests/data/golden/README.md) and reviewed in the diff.
#include "CliRun.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace crewplan::test;

namespace {

// The text of the sample's report, as pdftotext reads it. A fixed date and author: the title
// page otherwise carries today's date and the preferences' name.
std::string reportText(const TempDir& dir, std::vector<std::string> options) {
    const std::string pdf = dir.file("report.pdf");
    std::vector<std::string> args{"report", sampleProject(dir), "-o",
                                  pdf,      "--author",         "Golden Test"};
    args.insert(args.end(), options.begin(), options.end());
    const CliRun run = runCrewplan(
        dir, args, "SOURCE_DATE_EPOCH=1764547200 HOME=" + shellQuoted(dir.path().string()) + " ");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    const std::string text = dir.file("report.txt");
    const std::string command =
        "pdftotext -layout -enc UTF-8 " + shellQuoted(pdf) + " " + shellQuoted(text);
    EXPECT_EQ(std::system(command.c_str()), 0) << "pdftotext (poppler-utils) is needed";
    return readBytes(text);
}

} // namespace

TEST(Golden, SampleSummaryJson) {
    TempDir dir;
    const CliRun run = runCrewplan(dir, {"summary", sampleProject(dir), "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(matchesGolden("sample-summary.json", run.out));
}

TEST(Golden, SampleSummaryTable) {
    TempDir dir;
    const CliRun run = runCrewplan(dir, {"summary", sampleProject(dir)});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(matchesGolden("sample-summary.txt", run.out));
}

TEST(Golden, SampleCompareJson) {
    TempDir dir;
    const CliRun run = runCrewplan(dir, {"compare", sampleProject(dir), "Current staffing",
                                         "Hire QA and a senior DE", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(matchesGolden("sample-compare.json", run.out));
}

TEST(Golden, SamplePlanJson) {
    TempDir dir;
    // The sample solves to proven optimality in milliseconds: the plan does not depend on the
    // machine's speed. Depth 2 asks for more than the cheapest plan, so both shapes are kept.
    const CliRun cheapest = runCrewplan(dir, {"recommend", sampleProject(dir), "--json"});
    ASSERT_EQ(cheapest.exitCode, 0) << cheapest.err;
    EXPECT_TRUE(matchesGolden("sample-plan.json", cheapest.out));
    const CliRun deep =
        runCrewplan(dir, {"recommend", dir.file("sample.crewplan"), "--depth", "2", "--json"});
    ASSERT_EQ(deep.exitCode, 0) << deep.err;
    EXPECT_TRUE(matchesGolden("sample-plan-depth-2.json", deep.out));
}

TEST(Golden, SampleReportText) {
    TempDir dir;
    EXPECT_TRUE(matchesGolden("sample-report.txt", reportText(dir, {})));
}

TEST(Golden, SampleComparisonReportText) {
    TempDir dir;
    EXPECT_TRUE(matchesGolden(
        "sample-compare-report.txt",
        reportText(dir, {"--compare", "Current staffing", "Hire QA and a senior DE"})));
}

TEST(Golden, AReportDateThatIsNotANumberIsRefused) {
    TempDir dir;
    const CliRun run =
        runCrewplan(dir, {"report", sampleProject(dir), "-o", dir.file("r.pdf"), "--author", "A"},
                    "SOURCE_DATE_EPOCH=yesterday ");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "crewplan: SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 "
                       "(\"yesterday\" given)\n");
}
