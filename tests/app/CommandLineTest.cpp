// The `crewplan` command line end to end, through the real binary: exit codes, messages, JSON.
#include "CliRun.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <vector>

using crewplan::test::CliRun;
using crewplan::test::runCrewplan;
using crewplan::test::TempDir;

TEST(CommandLine, NewThenSummaryJsonListsTheFourTeams) {
    TempDir dir;
    const auto file = dir.file("x.crewplan");
    const CliRun created = runCrewplan(dir, {"new", file});
    ASSERT_EQ(created.exitCode, 0) << created.err;

    const CliRun summary = runCrewplan(dir, {"summary", file, "--json"});
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    const auto json = nlohmann::json::parse(summary.out);
    EXPECT_EQ(json["project"], "MLOps team");
    ASSERT_EQ(json["teams"].size(), 4u);
    EXPECT_EQ(json["teams"][0]["name"], "Data Engineering");
    EXPECT_EQ(json["teams"][3]["name"], "QA");
    for (const auto& team : json["teams"]) {
        // Nobody is assigned in the bare template: every must-have is required and unmet.
        EXPECT_EQ(team["mustHaveCoverage"], 0.0);
        EXPECT_FALSE(team["uncoveredMustHave"].empty());
        EXPECT_EQ(team["headcount"]["total"], 0);
    }
    EXPECT_EQ(json["total"]["openSlots"], 7.0); // 2 DE + 2 DS + 1 SME + 1 DevOps + 1 QA

    const CliRun text = runCrewplan(dir, {"summary", file});
    ASSERT_EQ(text.exitCode, 0);
    for (const char* team : {"Data Engineering", "Data Science", "DevOps", "QA"})
        EXPECT_NE(text.out.find(team), std::string::npos) << team;
}

TEST(CommandLine, SampleSummaryShowsGapsAndSinglePointsOfFailure) {
    TempDir dir;
    const auto file = dir.file("sample.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun summary = runCrewplan(dir, {"summary", file, "--json"});
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    const auto json = nlohmann::json::parse(summary.out);
    EXPECT_EQ(json["scenario"], "Current staffing");
    EXPECT_FALSE(json["total"]["uncoveredMustHave"].empty());
    EXPECT_FALSE(json["total"]["singlePointsOfFailure"].empty());
    EXPECT_DOUBLE_EQ(json["teams"][0]["mustHaveCoverage"].get<double>(), 0.875);
    const auto& spark = json["teams"][0]["singlePointsOfFailure"][0];
    EXPECT_EQ(spark["skill"], "Spark");
    EXPECT_EQ(spark["holders"][0], "Aisha Khan");

    const CliRun other =
        runCrewplan(dir, {"summary", file, "--scenario", "Hire QA and a senior DE", "--json"});
    ASSERT_EQ(other.exitCode, 0) << other.err;
    EXPECT_TRUE(nlohmann::json::parse(other.out)["total"]["uncoveredMustHave"].empty());

    const CliRun missing = runCrewplan(dir, {"summary", file, "--scenario", "Nope"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no scenario named 'Nope'"), std::string::npos) << missing.err;
}

TEST(CommandLine, EmptyTemplateShowsNotApplicable) {
    TempDir dir;
    const auto file = dir.file("e.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "empty"}).exitCode, 0);
    const CliRun summary = runCrewplan(dir, {"summary", file, "--json"});
    ASSERT_EQ(summary.exitCode, 0);
    EXPECT_TRUE(nlohmann::json::parse(summary.out)["total"]["mustHaveCoverage"].is_null());
    EXPECT_NE(runCrewplan(dir, {"summary", file}).out.find("n/a"), std::string::npos);
}

TEST(CommandLine, GarbageFileIsAClearErrorWithExitOne) {
    TempDir dir;
    const auto file = crewplan::test::copyFixture(dir, "not-sqlite.crewplan");
    const CliRun run = runCrewplan(dir, {"summary", file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(run.err.find(file + ": not a Crewplan project"), std::string::npos) << run.err;
}

TEST(CommandLine, NewRefusesToOverwrite) {
    TempDir dir;
    const auto file = dir.file("x.crewplan");
    crewplan::test::writeBytes(file, "keep me");
    const CliRun run = runCrewplan(dir, {"new", file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("already exists"), std::string::npos);
    EXPECT_EQ(crewplan::test::readBytes(file), "keep me");
}

TEST(CommandLine, UsageErrorsExitTwo) {
    TempDir dir;
    EXPECT_EQ(runCrewplan(dir, {"summary"}).exitCode, 2); // FILE missing
    EXPECT_EQ(runCrewplan(dir, {"new", dir.file("a"), "--template", "x"}).exitCode, 2);
    EXPECT_EQ(runCrewplan(dir, {"generate", dir.file("g"), "--people", "zero"}).exitCode, 2);
    EXPECT_EQ(runCrewplan(dir, {"summary", "f", "--bogus"}).exitCode, 2);
}

TEST(CommandLine, HelpAndVersion) {
    TempDir dir;
    const CliRun help = runCrewplan(dir, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"new", "summary", "generate"})
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    const CliRun version = runCrewplan(dir, {"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("crewplan 0."), std::string::npos) << version.out;
}

TEST(CommandLine, GenerateMakesTheRequestedSize) {
    TempDir dir;
    const auto file = dir.file("g.crewplan");
    const CliRun run = runCrewplan(dir, {"generate", file, "--people", "1000", "--seed", "3"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const CliRun summary = runCrewplan(dir, {"summary", file, "--json"});
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    const auto json = nlohmann::json::parse(summary.out);
    EXPECT_EQ(json["teams"].size(), 364u); // 4 teams for each of (1000 + 5) / 11 = 91 lines
    EXPECT_GT(json["total"]["headcount"]["total"].get<int>(), 700);
}

TEST(CommandLine, NewInAMissingFolderSaysSo) {
    TempDir dir;
    const CliRun run = runCrewplan(dir, {"new", dir.file("missing/x.crewplan")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("does not exist"), std::string::npos) << run.err;
}

TEST(CommandLine, WindowWithoutADisplayIsAClearErrorNotACrash) {
    TempDir dir;
    const CliRun run =
        runCrewplan(dir, {}, "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("no display"), std::string::npos) << run.err;
}

TEST(CommandLine, CompareFiguresEqualEachScenariosSummary) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun compare = runCrewplan(
        dir, {"compare", file, "Current staffing", "Hire QA and a senior DE", "--json"});
    ASSERT_EQ(compare.exitCode, 0) << compare.err;
    const auto columns = nlohmann::json::parse(compare.out)["scenarios"];
    ASSERT_EQ(columns.size(), 2u);
    for (const auto& column : columns) {
        const std::string name = column["scenario"];
        const CliRun summary = runCrewplan(dir, {"summary", file, "--scenario", name, "--json"});
        ASSERT_EQ(summary.exitCode, 0);
        const auto own = nlohmann::json::parse(summary.out);
        for (const char* key : {"mustHaveCoverage", "niceToHaveCoverage", "headcount", "fte",
                                "yearlyCost", "openSlots"})
            EXPECT_EQ(column["total"][key], own["total"][key]) << name << " " << key;
        for (const auto& team : own["teams"]) {
            for (const char* key :
                 {"mustHaveCoverage", "niceToHaveCoverage", "headcount", "yearlyCost"})
                EXPECT_EQ(column["teams"][team["name"].get<std::string>()][key], team[key])
                    << name << " " << key;
        }
    }
    EXPECT_TRUE(columns[0]["differencesFromFirst"].empty());
    EXPECT_EQ(columns[1]["differencesFromFirst"][0],
              "Data Engineering / Data Engineer: headcount 2 → 3");
}

TEST(CommandLine, ScenarioCloneRenameDeleteAndList) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    EXPECT_EQ(runCrewplan(dir, {"scenario", file, "clone", "Current staffing", "Lean"}).exitCode,
              0);
    EXPECT_EQ(runCrewplan(dir, {"scenario", file, "rename", "Lean", "Leaner"}).exitCode, 0);
    EXPECT_EQ(runCrewplan(dir, {"scenario", file, "new", "Blank"}).exitCode, 0);
    const CliRun list = runCrewplan(dir, {"scenarios", file, "--json"});
    ASSERT_EQ(list.exitCode, 0);
    const auto listed = nlohmann::json::parse(list.out);
    std::vector<std::string> names;
    for (const auto& s : listed["scenarios"])
        names.push_back(s["name"]);
    EXPECT_EQ(names, (std::vector<std::string>{"Current staffing", "Hire QA and a senior DE",
                                               "Leaner", "Blank"}));
    const CliRun same = runCrewplan(dir, {"compare", file, "Current staffing", "Leaner"});
    ASSERT_EQ(same.exitCode, 0);
    EXPECT_NE(same.out.find("Leaner differs from Current staffing:\n  nothing"), std::string::npos)
        << same.out;

    EXPECT_EQ(runCrewplan(dir, {"scenario", file, "delete", "Blank"}).exitCode, 0);
    const CliRun missing = runCrewplan(dir, {"scenario", file, "delete", "Blank"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no scenario named 'Blank'"), std::string::npos);
    const CliRun clash =
        runCrewplan(dir, {"scenario", file, "rename", "Leaner", "Current staffing"});
    EXPECT_EQ(clash.exitCode, 1);
    EXPECT_NE(clash.err.find("already has a scenario named"), std::string::npos);
    EXPECT_EQ(runCrewplan(dir, {"compare", file, "Current staffing"}).exitCode,
              2); // one is not a comparison
    EXPECT_EQ(runCrewplan(dir, {"scenario", file, "explode", "X"}).exitCode, 2);
}

namespace {

std::string pdfToText(const TempDir& dir, const std::string& pdf) {
    const std::string text = dir.file("pdf.txt");
    const std::string command = "pdftotext -enc UTF-8 '" + pdf + "' '" + text + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << "pdftotext (poppler-utils) is needed";
    return crewplan::test::readBytes(text);
}

std::string pdfInfo(const TempDir& dir, const std::string& pdf) {
    const std::string out = dir.file("pdfinfo.txt");
    EXPECT_EQ(std::system(("pdfinfo '" + pdf + "' > '" + out + "'").c_str()), 0);
    return crewplan::test::readBytes(out);
}

std::string percentOf(const nlohmann::json& ratio) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", ratio.get<double>() * 100.0);
    return buffer;
}

} // namespace

TEST(CommandLine, ReportHoldsEachTeamsCoverageAndEveryPerson) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    const auto pdf = dir.file("report.pdf");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun run = runCrewplan(dir, {"report", file, "-o", pdf, "--author", "Ada Architect"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = pdfToText(dir, pdf);
    const auto summary = nlohmann::json::parse(runCrewplan(dir, {"summary", file, "--json"}).out);
    for (const auto& team : summary["teams"]) {
        const std::string name = team["name"];
        // "Data Engineering 87.5 % 50.0 %": the row of the executive summary's table.
        const std::string must = percentOf(team["mustHaveCoverage"]);
        EXPECT_NE(text.find(name), std::string::npos) << name;
        EXPECT_NE(text.find("Must-have coverage " + must), std::string::npos)
            << name << " " << must;
    }
    EXPECT_NE(text.find("Must-have coverage is " + percentOf(summary["total"]["mustHaveCoverage"])),
              std::string::npos);
    for (const char* person : {"Aisha Khan", "Bruno Costa", "Chen Wei", "Dana Novak",
                               "Elena Petrova", "Farid Haddad", "Grace Liu", "Hugo Martin"})
        EXPECT_NE(text.find(person), std::string::npos) << person;
    EXPECT_NE(text.find("Ada Architect"), std::string::npos);
    EXPECT_NE(text.find("Contents"), std::string::npos); // more than three pages
    EXPECT_NE(text.find("Page 1 of"), std::string::npos);
    EXPECT_NE(pdfInfo(dir, pdf).find("595 x 842 pts (A4)"), std::string::npos);
}

TEST(CommandLine, ReportOnUsLetterAndAComparison) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    const auto pdf = dir.file("compare.pdf");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun run =
        runCrewplan(dir, {"report", file, "--compare", "Current staffing",
                          "Hire QA and a senior DE", "--page-size", "Letter", "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(pdfInfo(dir, pdf).find("612 x 792 pts (letter)"), std::string::npos)
        << pdfInfo(dir, pdf);
    const std::string text = pdfToText(dir, pdf);
    EXPECT_NE(text.find("Scenario comparison"), std::string::npos);
    EXPECT_NE(text.find("Grace Liu: assigned to QA / QA Engineer (1 FTE)"), std::string::npos);
    EXPECT_NE(text.find("+10.8 pp"), std::string::npos);
}

TEST(CommandLine, AFailedReportLeavesTheOldOneAlone) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    const auto pdf = dir.file("report.pdf");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    crewplan::test::writeBytes(pdf, "last week's report");
    const CliRun run = runCrewplan(dir, {"report", file, "--scenario", "Nope", "-o", pdf});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("no scenario named 'Nope'"), std::string::npos) << run.err;
    EXPECT_EQ(crewplan::test::readBytes(pdf), "last week's report");
    const CliRun garbage = runCrewplan(
        dir, {"report", crewplan::test::copyFixture(dir, "not-sqlite.crewplan"), "-o", pdf});
    EXPECT_EQ(garbage.exitCode, 1);
    EXPECT_EQ(crewplan::test::readBytes(pdf), "last week's report");
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "s.crewplan" || name == "report.pdf" || name == "not-sqlite.crewplan" ||
                    name == "stdout.txt" || name == "stderr.txt")
            << "left behind: " << name;
    }
}

TEST(CommandLine, ReportOfAThousandPeopleCompletes) {
    TempDir dir;
    const auto file = dir.file("g.crewplan");
    const auto pdf = dir.file("g.pdf");
    ASSERT_EQ(runCrewplan(dir, {"generate", file, "--people", "1000"}).exitCode, 0);
    const CliRun run = runCrewplan(dir, {"report", file, "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("pages"), std::string::npos);
    const std::string info = pdfInfo(dir, pdf);
    const auto at = info.find("Pages:");
    ASSERT_NE(at, std::string::npos);
    EXPECT_GT(std::stoi(info.substr(at + 6)), 100);
}

TEST(CommandLine, RecommendGivesAnOptimalPlanWithReasonsOrSaysWhyNot) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun run = runCrewplan(dir, {"recommend", file, "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    EXPECT_EQ(plan["status"], "optimal");
    EXPECT_GT(plan["yearlyCost"].get<double>(), 0.0);
    ASSERT_FALSE(plan["steps"].empty());
    for (const auto& step : plan["steps"]) {
        EXPECT_FALSE(step["reason"].get<std::string>().empty());
        if (step["kind"] == "assign") {
            EXPECT_NE(step["reason"].get<std::string>().find("meets"), std::string::npos)
                << step["reason"];
        }
    }
    // Paid every year and paid once, apart, each with its own budget.
    EXPECT_DOUBLE_EQ(plan["yearlyCost"].get<double>() + plan["oneOffCost"].get<double>(),
                     plan["cost"].get<double>());
    EXPECT_DOUBLE_EQ(plan["oneOffCost"].get<double>(),
                     plan["trainingCost"].get<double>() + plan["recruitingCost"].get<double>());
    const CliRun tight =
        runCrewplan(dir, {"recommend", file, "--budget", "10000", "--one-off-budget", "10000"});
    ASSERT_EQ(tight.exitCode, 0);
    EXPECT_NE(tight.out.find("No plan: No plan meets every must-have within the budget (10,000 a "
                             "year and 10,000 once); the cheapest plan costs "),
              std::string::npos)
        << tight.out;
    // A hire's recruiting cost is a share of its yearly cost: at 0 % the sample hires for QA.
    const CliRun free = runCrewplan(dir, {"recommend", file, "--recruiting", "0", "--json"});
    ASSERT_EQ(free.exitCode, 0) << free.err;
    const auto freePlan = nlohmann::json::parse(free.out);
    EXPECT_EQ(freePlan["hires"], 1);
    EXPECT_EQ(freePlan["recruitingCost"], 0.0);
}

TEST(CommandLine, ALockOnARoleSeveralTeamsHaveNamesItsTeam) {
    TempDir dir;
    const auto file = dir.file("g.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"generate", file, "--people", "50"}).exitCode, 0);
    // Jia Muller is a person of the generated project (seed 1); five teams have a "Data Engineer".
    const CliRun ambiguous =
        runCrewplan(dir, {"recommend", file, "--lock", "Jia Muller=Data Engineer"});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_NE(ambiguous.err.find("could be any of the roles"), std::string::npos) << ambiguous.err;
    EXPECT_NE(ambiguous.err.find("Team/Role"), std::string::npos) << ambiguous.err;
    const CliRun named =
        runCrewplan(dir, {"recommend", file, "--lock",
                          "Jia Muller=Data Engineering · Line 2/Data Engineer", "--json"});
    ASSERT_EQ(named.exitCode, 0) << named.err;
    const auto plan = nlohmann::json::parse(named.out);
    bool kept = false;
    for (const auto& step : plan["steps"])
        kept = kept || (step["kind"] == "assign" && step.value("person", "") == "Jia Muller" &&
                        step.value("team", "") == "Data Engineering · Line 2");
    EXPECT_TRUE(kept) << named.out;
}

TEST(CommandLine, RecommendApplyCarriesThePlanOutAndNamesAreChecked) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun applied = runCrewplan(dir, {"recommend", file, "--depth", "2", "--apply"});
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_NE(applied.out.find("Carried out in"), std::string::npos);
    const CliRun summary = runCrewplan(dir, {"summary", file, "--json"});
    const auto figures = nlohmann::json::parse(summary.out);
    EXPECT_DOUBLE_EQ(figures["total"]["mustHaveCoverage"].get<double>(), 1.0) << summary.out;
    const CliRun badLock = runCrewplan(dir, {"recommend", file, "--lock", "Nobody=QA Engineer"});
    EXPECT_EQ(badLock.exitCode, 1);
    EXPECT_NE(badLock.err.find("--lock 'Nobody=QA Engineer'"), std::string::npos) << badLock.err;
}

TEST(CommandLine, StackSetsToolsShowsWhatTheyAddAndRanksFit) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun set = runCrewplan(
        dir, {"stack", file, "--set", "orchestration=Kubeflow Pipelines", "--fit", "--json"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    const auto stack = nlohmann::json::parse(set.out);
    EXPECT_EQ(stack["stack"]["orchestration"], "Kubeflow Pipelines");
    bool kubernetes = false;
    for (const auto& d : stack["derivedRequirements"])
        kubernetes = kubernetes || (d["skill"] == "Kubernetes" && d["role"] == "DevOps Engineer");
    EXPECT_TRUE(kubernetes) << set.out;
    ASSERT_FALSE(stack["fit"]["orchestration"].empty());
    // Kept in the file: a second run without changes shows the same stack.
    const CliRun shown = runCrewplan(dir, {"stack", file});
    EXPECT_NE(shown.out.find("Kubeflow Pipelines (open source)"), std::string::npos) << shown.out;
    const CliRun wrong = runCrewplan(dir, {"stack", file, "--set", "training=Airflow"});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.err.find("Airflow is a tool for Orchestration, not for Training."),
              std::string::npos)
        << wrong.err;
    const CliRun preset = runCrewplan(dir, {"stack", file, "--preset", "Nope"});
    EXPECT_EQ(preset.exitCode, 1);
    EXPECT_NE(preset.err.find("'AWS managed'"), std::string::npos) << preset.err;
}

TEST(CommandLine, CatalogExportImportAndReset) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    const auto exported = dir.file("tools.json");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun out = runCrewplan(dir, {"catalog", file, "--export", exported});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_NE(out.out.find("The built-in tools catalog: 14 stages"), std::string::npos) << out.out;
    // Edit it: Airflow asks the DevOps engineer for Kubernetes too.
    std::ifstream in(exported);
    std::stringstream text;
    text << in.rdbuf();
    std::string json = text.str();
    const std::string airflow =
        R"("name": "Airflow", "stage": "orchestration", "kind": "open-source", "provider": "none", "asks": [)";
    json.insert(json.find(airflow) + airflow.size(),
                R"({"role": "DevOps Engineer", "skill": "Kubernetes", "level": "Working"}, )");
    const auto edited = dir.file("edited.json");
    std::ofstream(edited) << json;
    ASSERT_EQ(runCrewplan(dir, {"stack", file, "--set", "orchestration=Airflow"}).exitCode, 0);
    const CliRun imported = runCrewplan(dir, {"catalog", file, "--import", edited});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("The project's own tools catalog"), std::string::npos);
    // The scenario's stack follows the new catalog at once.
    const CliRun stack = runCrewplan(dir, {"stack", file});
    EXPECT_NE(stack.out.find("DevOps Engineer: Kubernetes ≥ Working (Airflow)"), std::string::npos)
        << stack.out;
    // A broken one is refused with its line.
    std::string broken = json;
    broken.replace(broken.find(R"("skill": "Kubernetes", "level": "Working"})"), 21,
                   R"("skill": "Kubernetess")");
    const auto bad = dir.file("bad.json");
    std::ofstream(bad) << broken;
    const CliRun refused = runCrewplan(dir, {"catalog", file, "--import", bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("bad.json, line "), std::string::npos) << refused.err;
    const CliRun reset = runCrewplan(dir, {"catalog", file, "--reset"});
    EXPECT_NE(reset.out.find("The built-in tools catalog"), std::string::npos);
    const CliRun after = runCrewplan(dir, {"stack", file});
    EXPECT_NE(after.out.find("No requirement comes from the stack."), std::string::npos)
        << after.out;
}

TEST(CommandLine, RecommendOnAOnePersonProjectPrintsAPlan) {
    // CBC 2.10 once aborted here (SIGABRT in OsiClpSolverInterface::crunch()).
    TempDir dir;
    const auto file = crewplan::test::copyFixture(dir, "one-person.crewplan");
    const CliRun plan = runCrewplan(dir, {"recommend", file});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    EXPECT_NE(plan.out.find("Optimal plan for Baseline: 0 a year and 18,000 once, 0 hires"),
              std::string::npos)
        << plan.out;
    const CliRun excluded = runCrewplan(dir, {"recommend", file, "--exclude", "Ann"});
    ASSERT_EQ(excluded.exitCode, 0) << excluded.err;
    EXPECT_NE(excluded.out.find("1 hire"), std::string::npos) << excluded.out;
    const CliRun capped = runCrewplan(dir, {"recommend", file, "--max-training-weeks", "6"});
    ASSERT_EQ(capped.exitCode, 0) << capped.err;
    EXPECT_NE(capped.out.find("1 hire"), std::string::npos) << capped.out;
}

TEST(CommandLine, CatalogExportReplacesTheTargetWholeOrNotAtAll) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const auto target = dir.file("tools.json");
    std::ofstream(target) << "old";
    ASSERT_EQ(runCrewplan(dir, {"catalog", file, "--export", target}).exitCode, 0);
    std::ifstream in(target);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str().front(), '{');
    EXPECT_FALSE(std::filesystem::exists(target + ".tmp"));
    // A target that cannot be replaced (a folder) stays as it was, and no temporary is left.
    const auto folder = dir.file("folder.json");
    std::filesystem::create_directory(folder);
    const CliRun refused = runCrewplan(dir, {"catalog", file, "--export", folder});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("folder.json: could not be written"), std::string::npos)
        << refused.err;
    EXPECT_TRUE(std::filesystem::is_directory(folder));
    EXPECT_FALSE(std::filesystem::exists(folder + ".tmp"));
}

namespace {

// Every word `pdftotext -bbox` finds, page by page, with its box in pt.
struct PdfWord {
    double xMin, xMax, yMin, yMax;
    std::string text;
};
struct PdfPage {
    double width = 0.0;
    std::vector<PdfWord> words;
};
std::vector<PdfPage> wordsOf(const TempDir& dir, const std::string& pdf) {
    const std::string html = dir.file("bbox.html");
    EXPECT_EQ(std::system(("pdftotext -bbox '" + pdf + "' '" + html + "'").c_str()), 0);
    const std::string text = crewplan::test::readBytes(html);
    std::vector<PdfPage> pages;
    const auto number = [&](std::size_t at, const char* name) {
        const std::size_t from = text.find(name, at) + std::strlen(name) + 2; // name="
        return std::stod(text.substr(from, text.find('"', from) - from));
    };
    for (std::size_t at = 0; (at = text.find('<', at)) != std::string::npos; ++at) {
        if (text.compare(at, 6, "<page ") == 0) {
            pages.push_back({number(at, "width"), {}});
        } else if (text.compare(at, 6, "<word ") == 0 && !pages.empty()) {
            const std::size_t open = text.find('>', at) + 1;
            pages.back().words.push_back({number(at, "xMin"), number(at, "xMax"),
                                          number(at, "yMin"), number(at, "yMax"),
                                          text.substr(open, text.find('<', open) - open)});
        }
    }
    return pages;
}

// Each page's text extent: the left and right margins it leaves, in pt.
struct PageMargins {
    double left = 1e9, right = 1e9;
};
std::vector<PageMargins> marginsOf(const TempDir& dir, const std::string& pdf) {
    std::vector<PageMargins> margins;
    for (const auto& page : wordsOf(dir, pdf)) {
        PageMargins& m = margins.emplace_back();
        for (const auto& w : page.words) {
            m.left = std::min(m.left, w.xMin);
            m.right = std::min(m.right, page.width - w.xMax);
        }
    }
    return margins;
}

} // namespace

TEST(CommandLine, EveryReportPageHasEqualMarginsOfAtLeast15mm) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    constexpr double k15mm = 15.0 / 25.4 * 72.0; // 42.5 pt
    const std::vector<std::vector<std::string>> reports = {
        {"report", file, "-o", dir.file("a4.pdf")},
        {"report", file, "--page-size", "Letter", "-o", dir.file("letter.pdf")},
        {"report", file, "--compare", "Current staffing", "Hire QA and a senior DE", "-o",
         dir.file("compare.pdf")}};
    for (const auto& args : reports) {
        std::string command = std::string(CREWPLAN_BINARY);
        for (const auto& a : args)
            command += " '" + a + "'";
        ASSERT_EQ(std::system((command + " > /dev/null").c_str()), 0) << command;
        const auto pages = marginsOf(dir, args.back());
        ASSERT_FALSE(pages.empty()) << args.back();
        for (std::size_t p = 0; p < pages.size(); ++p) {
            EXPECT_GE(pages[p].left, k15mm) << args.back() << " page " << p + 1;
            EXPECT_GE(pages[p].right, k15mm) << args.back() << " page " << p + 1;
            // "Page n of m" ends at the right margin; the text starts at the left one.
            EXPECT_NEAR(pages[p].left, pages[p].right, 4.0) << args.back() << " page " << p + 1;
        }
    }
}

TEST(CommandLine, TheReportsContentsNameThePageEachSectionIsOn) {
    TempDir dir;
    const auto file = dir.file("s.crewplan");
    const auto pdf = dir.file("r.pdf");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    ASSERT_EQ(runCrewplan(dir, {"report", file, "-o", pdf}).exitCode, 0);
    const auto page = [&](int n, const char* mode = "") {
        const std::string out = dir.file("page.txt");
        const std::string command = std::string("pdftotext -enc UTF-8 ") + mode + " -f " +
                                    std::to_string(n) + " -l " + std::to_string(n) + " '" + pdf +
                                    "' '" + out + "'";
        EXPECT_EQ(std::system(command.c_str()), 0);
        return crewplan::test::readBytes(out);
    };
    // Page 2 holds the contents: "Heading … N" lines.
    std::istringstream contents(page(2, "-layout"));
    std::string line;
    int entries = 0;
    while (std::getline(contents, line)) {
        const auto last = line.find_last_not_of(' ');
        const auto space = line.find_last_of(' ', last);
        if (last == std::string::npos || space == std::string::npos ||
            line.find("Page ") != std::string::npos)
            continue;
        const std::string number = line.substr(space + 1, last - space);
        if (number.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const auto begin = line.find_first_not_of(' ');
        const auto end = line.find_last_not_of(' ', space);
        const std::string heading = line.substr(begin, end - begin + 1);
        // The heading's first word in heading size, inside the page's body (text outside it is
        // clipped away: there, the reader cannot see it).
        const std::string html = dir.file("page.html");
        ASSERT_EQ(std::system(("pdftotext -bbox -f " + number + " -l " + number + " '" + pdf +
                               "' '" + html + "'")
                                  .c_str()),
                  0);
        const std::string boxes = crewplan::test::readBytes(html);
        const std::string first = heading.substr(0, heading.find(' '));
        const double pageHeight = std::stod(boxes.substr(boxes.find("height=\"") + 8));
        bool seen = false;
        for (std::size_t at = 0;
             (at = boxes.find(">" + first + "</word>", at)) != std::string::npos; ++at) {
            const std::size_t word = boxes.rfind("<word ", at);
            const auto attribute = [&](const char* name) {
                const std::size_t from = boxes.find(name, word) + std::strlen(name) + 2;
                return std::stod(boxes.substr(from));
            };
            const double height = attribute("yMax") - attribute("yMin");
            seen = seen || (height >= 14.0 && attribute("yMax") <= pageHeight - 51.0 - 10.0);
        }
        EXPECT_TRUE(seen) << heading << " is not on page " << number;
        ++entries;
    }
    EXPECT_GE(entries, 7); // executive summary, four teams, people, gaps
}

namespace {

// The last line of each page a reader sees, from `pdftotext -bbox`: the words on the lowest
// baseline above the page number (text the page's clip hides, below that, is left out), and the
// height of their boxes (headings are 13 and 11 pt, body text 10 pt or less).
struct LastLine {
    std::string text;
    double height = 0.0;
};
std::vector<LastLine> lastLinesOf(const TempDir& dir, const std::string& pdf) {
    std::vector<LastLine> lines;
    for (const auto& page : wordsOf(dir, pdf)) {
        const auto& words = page.words;
        double footer = 1e9;
        for (const auto& w : words) {
            if (w.text == "Page")
                footer = std::min(footer, w.yMin);
        }
        double lowest = 0.0;
        for (const auto& w : words) {
            if (w.yMax < footer - 12.0)
                lowest = std::max(lowest, w.yMax);
        }
        LastLine line;
        for (const auto& w : words) {
            if (std::abs(w.yMax - lowest) < 1.0) {
                line.text += (line.text.empty() ? "" : " ") + w.text;
                line.height = std::max(line.height, w.yMax - w.yMin);
            }
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST(CommandLine, NoReportPageEndsWithAHeading) {
    TempDir dir;
    const auto sample = dir.file("s.crewplan");
    const auto generated = dir.file("g.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", sample, "--template", "sample"}).exitCode, 0);
    ASSERT_EQ(runCrewplan(dir, {"generate", generated, "--people", "25", "--seed", "2"}).exitCode,
              0);
    const std::vector<std::vector<std::string>> reports = {
        {"report", sample, "-o", dir.file("a4.pdf")},
        {"report", sample, "--page-size", "Letter", "-o", dir.file("letter.pdf")},
        {"report", sample, "--compare", "Current staffing", "Hire QA and a senior DE", "-o",
         dir.file("compare.pdf")},
        {"report", generated, "-o", dir.file("generated.pdf")},
        {"report", generated, "--page-size", "Letter", "-o", dir.file("generated-letter.pdf")}};
    for (const auto& args : reports) {
        const CliRun run = runCrewplan(dir, args);
        ASSERT_EQ(run.exitCode, 0) << run.err;
        const auto lines = lastLinesOf(dir, args.back());
        ASSERT_GT(lines.size(), 1u);
        // The title page ends with its details table; every other page's last line is body text.
        for (std::size_t p = 1; p < lines.size(); ++p)
            EXPECT_LT(lines[p].height, 13.0) << args.back() << " page " << p + 1
                                             << " ends with the heading '" << lines[p].text << "'";
    }
}

namespace {

// The pages of a PDF's text, as pdftotext separates them (a form feed after each).
std::vector<std::string> pagesOf(const std::string& text) {
    std::vector<std::string> pages;
    std::size_t from = 0;
    for (std::size_t feed; (feed = text.find('\f', from)) != std::string::npos; from = feed + 1)
        pages.push_back(text.substr(from, feed - from));
    return pages;
}

} // namespace

TEST(CommandLine, ReportDetailLevelsSayLessOfALargeProjectAndEachIsWhole) {
    TempDir dir;
    const auto file = dir.file("g.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"generate", file, "--people", "300", "--seed", "3"}).exitCode, 0);
    std::map<std::string, std::vector<std::string>> pages;
    for (const char* detail : {"summary", "teams", "full"}) {
        const auto pdf = dir.file(std::string(detail) + ".pdf");
        const CliRun run =
            runCrewplan(dir, {"report", file, "--detail", detail, "-o", pdf, "--json"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        const int said = nlohmann::json::parse(run.out)["pages"];
        pages[detail] = pagesOf(pdfToText(dir, pdf));
        const auto& all = pages[detail];
        // What the command says, what the PDF holds and what its last footer counts agree, and
        // the report runs to its end: a long layout once stopped short of its last pages.
        ASSERT_EQ(static_cast<int>(all.size()), said) << detail;
        const std::string last = "Page " + std::to_string(said) + " of " + std::to_string(said);
        EXPECT_NE(all.back().find(last), std::string::npos) << detail;
        if (std::string(detail) != "summary") {
            EXPECT_NE(all.back().find("Coverage definitions"), std::string::npos) << detail;
        }
    }
    const auto holds = [&](const std::string& detail, const std::string& text) {
        for (const auto& page : pages[detail])
            if (page.find(text) != std::string::npos)
                return true;
        return false;
    };
    // The summary: a few pages, the least covered teams, no contents and no team sections.
    EXPECT_LE(pages["summary"].size(), 4u);
    EXPECT_TRUE(holds("summary", "Executive summary"));
    EXPECT_TRUE(holds("summary", "least covered of"));
    EXPECT_FALSE(holds("summary", "Contents"));
    EXPECT_FALSE(holds("summary", "Roles and who fills them"));
    // Teams: each team's roles, skills and gaps, but nobody's own row and no heatmap.
    EXPECT_TRUE(holds("teams", "Roles and who fills them"));
    EXPECT_TRUE(holds("teams", "Gaps"));
    EXPECT_FALSE(holds("teams", "Allocated")); // the people table's column
    EXPECT_FALSE(holds("teams", "Skills heatmap"));
    // Full: everyone and the heatmaps too.
    EXPECT_TRUE(holds("full", "Allocated"));
    EXPECT_TRUE(holds("full", "Skills heatmap"));
    EXPECT_LT(pages["summary"].size(), pages["teams"].size());
    EXPECT_LT(pages["teams"].size(), pages["full"].size());
}

TEST(CommandLine, ADetailLevelForAComparisonIsRefusedAndThePreferencesDoNotReachIt) {
    TempDir dir;
    const auto file = sampleProject(dir);
    const CliRun run =
        runCrewplan(dir, {"report", file, "--compare", "Current staffing", "Current staffing",
                          "--detail", "summary", "-o", dir.file("c.pdf")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("--detail is for a scenario's report"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("c.pdf")));

    // Without --detail, a scenario's report takes the level from the preferences, and a
    // comparison stays whole whatever they say.
    std::filesystem::create_directories(dir.file("prefs/Crewplan"));
    crewplan::test::writeBytes(dir.file("prefs/Crewplan/Crewplan.conf"),
                               "[report]\ndetail=summary\n");
    const std::string prefs =
        "XDG_CONFIG_HOME=" + crewplan::test::shellQuoted(dir.file("prefs")) + " ";
    ASSERT_EQ(runCrewplan(dir, {"report", file, "-o", dir.file("s.pdf")}, prefs).exitCode, 0);
    const std::string summary = pdfToText(dir, dir.file("s.pdf"));
    EXPECT_NE(summary.find("summary (teams and full detail say more)"), std::string::npos);
    EXPECT_EQ(summary.find("Roles and who fills them"), std::string::npos);
    ASSERT_EQ(runCrewplan(dir,
                          {"report", file, "--compare", "Current staffing",
                           "Hire QA and a senior DE", "-o", dir.file("c.pdf")},
                          prefs)
                  .exitCode,
              0);
    EXPECT_EQ(pdfToText(dir, dir.file("c.pdf")).find("Detail"), std::string::npos);
}
