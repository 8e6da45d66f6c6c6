// `crewplan import` and `crewplan export` through the real binary: what is written, what is
// refused, and the XLSX read back (its sheets and cells, through minizip).
#include "CliRun.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unzip.h>

using namespace crewplan::test;

namespace {

std::string importFixture(const char* name) {
    return fixture(std::string("import/") + name);
}

// One file out of a zip (an XLSX is one), or "" when it is not there.
std::string unzipped(const std::string& zip, const std::string& entry) {
    unzFile file = unzOpen(zip.c_str());
    if (!file)
        return {};
    std::string bytes;
    if (unzLocateFile(file, entry.c_str(), 1) == UNZ_OK && unzOpenCurrentFile(file) == UNZ_OK) {
        char buffer[8192];
        int n = 0;
        while ((n = unzReadCurrentFile(file, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, static_cast<std::size_t>(n));
        unzCloseCurrentFile(file);
    }
    unzClose(file);
    return bytes;
}

} // namespace

TEST(ImportCommand, ImportsTheHardFileOnceAndThenHasNothingToChange) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun dry =
        runCrewplan(dir, {"import", file, importFixture("people-semicolon-bom.csv"), "--dry-run"});
    ASSERT_EQ(dry.exitCode, 0) << dry.err;
    EXPECT_NE(dry.out.find("Dry run: nothing was written."), std::string::npos) << dry.out;
    EXPECT_EQ(runCrewplan(dir, {"summary", file, "--json"}).out,
              readBytes(fixture("golden/sample-summary.json")))
        << "a dry run changes nothing";

    const CliRun run =
        runCrewplan(dir, {"import", file, importFixture("people-semicolon-bom.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string csv = importFixture("people-semicolon-bom.csv"); // named as it was given
    EXPECT_EQ(run.out, csv +
                           ": ignored 'Notes' (not a field or a skill of the project; "
                           "--create-skills makes skills of them).\n" +
                           csv +
                           ": adds 3 people, updates 0, leaves 0 unchanged; 7 levels set, 2 new "
                           "assignments.\n" +
                           csv +
                           ": past its headcount afterwards: Data Engineering/Data Engineer: 2.8 "
                           "FTE for a headcount of 2.\nImported into " +
                           file + " in one transaction.\n");
    const auto summary = nlohmann::json::parse(runCrewplan(dir, {"summary", file, "--json"}).out);
    EXPECT_EQ(summary["teams"][3]["headcount"]["candidate"], 1) << "Ola joined QA";

    const CliRun again =
        runCrewplan(dir, {"import", file, importFixture("people-semicolon-bom.csv"), "--json"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const auto json = nlohmann::json::parse(again.out);
    EXPECT_EQ(json["written"], false);
    EXPECT_EQ(json["unchanged"].size(), 3u);
    EXPECT_EQ(json["columns"][6]["reads"], "skill 'CI/CD'");
}

TEST(ImportCommand, BadRowsAreListedAndNothingIsImported) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun run = runCrewplan(dir, {"import", file, importFixture("people-bad.csv")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("people-bad.csv, line 3, column 'Spark': 'expert-ish' is not a level"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("crewplan: nothing imported: 4 problems (--skip-bad-rows imports the "
                           "other rows).\n"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(runCrewplan(dir, {"summary", file, "--json"}).out,
              readBytes(fixture("golden/sample-summary.json")));

    const CliRun skipped =
        runCrewplan(dir, {"import", file, importFixture("people-bad.csv"), "--skip-bad-rows"});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err;
    EXPECT_NE(skipped.out.find("adds 1 person"), std::string::npos) << skipped.out;

    const CliRun missing = runCrewplan(dir, {"import", file, dir.file("nope.csv")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "crewplan: " + dir.file("nope.csv") + ": no such file.\n");
}

TEST(ExportCommand, ProjectJsonMakesTheSameProjectAgainByteForByte) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun exported = runCrewplan(dir, {"export", file, "--format", "json"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_TRUE(matchesGolden("sample-project.json", exported.out));
    writeBytes(dir.file("p.json"), exported.out);
    const CliRun made =
        runCrewplan(dir, {"new", dir.file("copy.crewplan"), "--from", dir.file("p.json")});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    EXPECT_EQ(runCrewplan(dir, {"export", dir.file("copy.crewplan"), "--format", "json"}).out,
              exported.out);

    std::string bad = exported.out;
    bad.replace(bad.find("\"headcount\": 2"), 14, "\"headcount\": 0");
    writeBytes(dir.file("bad.json"), bad);
    const CliRun refused =
        runCrewplan(dir, {"new", dir.file("bad.crewplan"), "--from", dir.file("bad.json")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, "crewplan: " + dir.file("bad.json") +
                               ": scenarios[0].teams[0].roles[0].headcount: must be from 1 to "
                               "10000.\n");
}

TEST(ExportCommand, PeopleCsvImportsBackUnchanged) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun csv = runCrewplan(
        dir, {"export", file, "--format", "csv", "--words", "-o", dir.file("people.csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const CliRun back = runCrewplan(dir, {"import", file, dir.file("people.csv")});
    ASSERT_EQ(back.exitCode, 0) << back.err;
    EXPECT_NE(back.out.find("Nothing to change"), std::string::npos) << back.out;
    const CliRun coverage =
        runCrewplan(dir, {"export", file, "--format", "csv", "--table", "coverage"});
    EXPECT_EQ(coverage.out.substr(0, coverage.out.find('\n')),
              "Team,Must-have %,Nice-to-have %,People,FTE,Yearly cost,Open slots\r");
    EXPECT_NE(coverage.out.find("Data Engineering,87.5,50,2,2,214000,0\r\n"), std::string::npos)
        << coverage.out;
}

TEST(ExportCommand, TheWorkbookHasItsSheetsAndNumbersAsNumbers) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const std::string xlsx = dir.file("team.xlsx");
    const CliRun run =
        runCrewplan(dir, {"export", file, "--format", "xlsx", "-o", xlsx, "--plan", "--compare",
                          "Current staffing", "Hire QA and a senior DE"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string workbook = unzipped(xlsx, "xl/workbook.xml");
    for (const char* sheet : {"People", "Coverage", "Gaps", "Plan", "Compare"})
        EXPECT_NE(workbook.find(std::string("name=\"") + sheet + "\""), std::string::npos) << sheet;
    const std::string strings = unzipped(xlsx, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find("Aisha Khan"), std::string::npos);
    EXPECT_NE(strings.find("Single point of failure"), std::string::npos);
    // Coverage, row 2: Data Engineering's must-have coverage as the number 0.875.
    const std::string coverage = unzipped(xlsx, "xl/worksheets/sheet2.xml");
    EXPECT_NE(coverage.find("<c r=\"B2\" s=\""), std::string::npos);
    EXPECT_NE(coverage.find("<v>0.875</v>"), std::string::npos) << coverage.substr(0, 2000);
    EXPECT_NE(coverage.find("<pane ySplit=\"1\""), std::string::npos) << "a frozen header row";

    const CliRun toTerminal = runCrewplan(dir, {"export", file, "--format", "xlsx"});
    EXPECT_EQ(toTerminal.exitCode, 1);
    EXPECT_EQ(toTerminal.err,
              "crewplan: an XLSX workbook is written to a file: name it with -o.\n");
}
