// Scripting a plan headless: skill, person, team, role, require, assign and unassign through the
// real binary — one edit each, the store's own checks and messages, names never guessed.
#include "CliRun.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace crewplan::test;
using nlohmann::json;

namespace {

class EditCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "empty"}).exitCode, 0);
    }

    // Runs one command on the project and expects it to succeed.
    CliRun ok(std::vector<std::string> args) {
        args.insert(args.begin() + (args.size() > 1 && isGroup(args[0]) ? 2 : 1), file);
        CliRun run = runCrewplan(dir, args);
        EXPECT_EQ(run.exitCode, 0) << args[0] << ": " << run.err;
        return run;
    }
    CliRun refused(std::vector<std::string> args) {
        args.insert(args.begin() + (args.size() > 1 && isGroup(args[0]) ? 2 : 1), file);
        CliRun run = runCrewplan(dir, args);
        EXPECT_EQ(run.exitCode, 1) << args[0] << ": " << run.out;
        return run;
    }
    json project() {
        const CliRun run = runCrewplan(dir, {"export", file, "--format", "json"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return json::parse(run.out);
    }
    static bool isGroup(const std::string& word) {
        return word == "skill" || word == "person" || word == "team" || word == "role";
    }

    TempDir dir;
    std::string file = dir.file("plan.crewplan");
};

const json* personIn(const json& project, const std::string& name) {
    for (const auto& person : project["people"])
        if (person["name"] == name)
            return &person;
    return nullptr;
}

} // namespace

TEST_F(EditCommand, ScriptsAWholePlanFromAnEmptyProject) {
    ok({"skill", "add", "Python"}); // known: keeps the template's category
    ok({"skill", "add", "Rust", "--category", "programming"});
    ok({"team", "add", "Data Engineering", "--description", "Pipelines"});
    ok({"role", "add", "Data Engineer", "--headcount", "2", "--cost-band", "90k-120k"});
    ok({"require", "Data Engineer", "Python=Advanced", "Rust=1", "--nice"});
    ok({"person", "add", "Ana Lima", "--level", "python=3", "--level", "Rust=Expert", "--cost",
        "95000", "--fte", "0.8"});
    const CliRun assigned = ok({"assign", "Ana Lima", "Data Engineer", "--json"});
    const json result = json::parse(assigned.out);
    EXPECT_TRUE(result["changed"]);
    // By default a person gives the role what they have free: all of their 0.8 FTE.
    EXPECT_EQ(result["person"]["roles"][0],
              json({{"role", "Data Engineering/Data Engineer"}, {"allocation", 0.8}}));

    const json p = project();
    ASSERT_EQ(p["skills"].size(), 2u);
    EXPECT_EQ(p["skills"][0]["category"], "Programming");
    const json& role = p["scenarios"][0]["teams"][0]["roles"][0];
    EXPECT_EQ(role["headcount"], 2);
    EXPECT_EQ(role["costBand"], json({90000, 120000}));
    EXPECT_EQ(role["requirements"][0],
              json({{"skill", "Python"}, {"level", "Advanced"}, {"importance", "nice-to-have"}}));
    EXPECT_EQ(role["requirements"][1]["level"], "Awareness");
    const json* ana = personIn(p, "Ana Lima");
    ASSERT_TRUE(ana);
    EXPECT_EQ((*ana)["skills"], json({{"Python", "Advanced"}, {"Rust", "Expert"}}));
    EXPECT_EQ((*ana)["yearlyCost"], 95000);
}

TEST_F(EditCommand, AnAmbiguousRoleIsRefusedWithTheCandidatesAndNothingChanges) {
    ok({"team", "add", "Data Science"});
    ok({"team", "add", "Research"});
    ok({"role", "add", "Data Scientist", "--team", "Data Science"});
    ok({"role", "add", "Research/Data Scientist"});
    ok({"person", "add", "Bo"});
    const json before = project();
    const CliRun run = refused({"assign", "Bo", "Data Scientist"});
    EXPECT_EQ(run.err, "crewplan: " + file +
                           ": 'Data Scientist' could be any of the roles 'Data "
                           "Science/Data Scientist', 'Research/Data Scientist': name one as "
                           "Team/Role, or with its team.\n");
    EXPECT_EQ(project(), before);
    ok({"assign", "Bo", "Research/Data Scientist", "--fte", "0.75"});
    // What he has free, without --fte: the last quarter.
    EXPECT_EQ(ok({"assign", "Bo", "Data Scientist", "--team", "data science"}).out,
              "Assigned 'Bo' to 'Data Science/Data Scientist' at 0.25 FTE in 'Baseline'.\n");
    // A full Bo cannot drop to half an FTE, refused as the window refuses it.
    EXPECT_EQ(refused({"person", "set", "Bo", "--fte", "0.5"}).err,
              "crewplan: " + file +
                  ": 'Bo' is allocated 1 FTE in scenario 'Baseline'; lower the "
                  "allocations before the FTE.\n");
    const CliRun full = refused({"assign", "Bo", "Research/Data Scientist", "--fte", "1"});
    EXPECT_NE(full.err.find("would exceed it"), std::string::npos) << full.err;
    EXPECT_NE(project(), before);
}

TEST_F(EditCommand, ARefusedCommandChangesNothingOfWhatItAsked) {
    ok({"skill", "add", "Python"});
    ok({"person", "add", "Ana", "--level", "Python=2"});
    // One command, one transaction: the bad FTE takes the level change with it.
    const CliRun run = refused({"person", "set", "Ana", "--fte", "1.5", "--level", "Python=4"});
    EXPECT_NE(run.err.find("FTE must be more than 0 and at most 1"), std::string::npos) << run.err;
    EXPECT_EQ((*personIn(project(), "Ana"))["skills"]["Python"], "Working");

    EXPECT_EQ(refused({"person", "set", "Ana", "--level", "Python=expert-ish"}).err,
              "crewplan: " + file +
                  ": --level 'Python=expert-ish': 'expert-ish' is not a level (0–4, or None, "
                  "Awareness, Working, Advanced, Expert).\n");
    EXPECT_EQ(refused({"skill", "add", "python"}).err,
              "crewplan: " + file + ": The catalog already has a skill named 'python'.\n");
    ok({"skill", "add", "CI/CD"});
    EXPECT_EQ(refused({"skill", "add", "ci-cd"}).err,
              "crewplan: " + file +
                  ": the catalog has 'CI/CD', the same name as 'ci-cd' written another way.\n");
    ok({"team", "add", "QA"});
    EXPECT_EQ(refused({"team", "add", "QA"}).err,
              "crewplan: " + file + ": This scenario already has a team named 'QA'.\n");
    EXPECT_EQ(refused({"role", "add", "Tester", "--cost-band", "120k-90k"}).err,
              "crewplan: " + file + ": The cost band's maximum must be at least its minimum.\n");
    EXPECT_EQ(refused({"person", "add", "Two\nlines"}).err,
              "crewplan: " + file +
                  ": A person's name cannot hold a line break, a tab or another control "
                  "character.\n");
    EXPECT_EQ(refused({"person", "add", "Cy", "--cost", "nan"}).err,
              "crewplan: " + file +
                  ": --cost must be a yearly cost from 0 to 1,000,000,000,000.\n");
    EXPECT_EQ(refused({"require", "Nobody", "Python=2"}).err,
              "crewplan: " + file +
                  ": 'Nobody' is not a role in 'Baseline' (write Team/Role, e.g. "
                  "'Data Engineering/Data Engineer').\n");
}

TEST_F(EditCommand, PeopleWhoShareANameAreNamedByTheirKey) {
    ok({"person", "add", "Ana Lima"});
    ok({"person", "add", "Ana Lima", "--status", "candidate", "--fte", "0.5"});
    const CliRun run = refused({"person", "remove", "Ana Lima"});
    EXPECT_NE(run.err.find("'Ana Lima #1' (employee, 1 FTE), 'Ana Lima #2' (candidate, 0.5 FTE)"),
              std::string::npos)
        << run.err;
    ok({"person", "remove", "Ana Lima #2"});
    const json p = project();
    ASSERT_EQ(p["people"].size(), 1u);
    EXPECT_EQ(p["people"][0]["status"], "employee");
}

TEST_F(EditCommand, AskingForWhatIsAlreadyThereChangesNothingAndSaysSo) {
    ok({"skill", "add", "SQL"});
    ok({"team", "add", "QA"});
    ok({"role", "add", "QA Engineer"});
    ok({"require", "QA Engineer", "SQL=Working"});
    const CliRun again = ok({"require", "QA Engineer", "SQL=2", "--json"});
    EXPECT_FALSE(json::parse(again.out)["changed"]);
    EXPECT_EQ(ok({"require", "QA Engineer", "SQL=None"}).out,
              "Changed what 'QA/QA Engineer' requires.\n");
    EXPECT_TRUE(project()["scenarios"][0]["teams"][0]["roles"][0]["requirements"].empty());
    ok({"person", "add", "Cy"});
    EXPECT_EQ(ok({"unassign", "Cy"}).out,
              "'Cy' does not hold any role in 'Baseline'; nothing changed.\n");
}

TEST_F(EditCommand, RenamesAndRemovalsReachEveryUse) {
    ok({"skill", "add", "Spark"});
    ok({"team", "add", "DE"});
    ok({"role", "add", "Engineer"});
    ok({"require", "Engineer", "Spark=3"});
    ok({"person", "add", "Dee", "--level", "Spark=4"});
    ok({"assign", "Dee", "DE/Engineer"});
    ok({"skill", "rename", "Spark", "Apache Spark"});
    ok({"team", "rename", "DE", "Data Engineering"});
    ok({"role", "set", "Engineer", "--name", "Data Engineer", "--headcount", "3"});
    json p = project();
    const json& role = p["scenarios"][0]["teams"][0]["roles"][0];
    EXPECT_EQ(p["scenarios"][0]["teams"][0]["name"], "Data Engineering");
    EXPECT_EQ(role["name"], "Data Engineer");
    EXPECT_EQ(role["requirements"][0]["skill"], "Apache Spark");
    EXPECT_EQ(p["people"][0]["skills"], json({{"Apache Spark", "Expert"}}));

    EXPECT_EQ(ok({"skill", "remove", "apache spark"}).out,
              "Removed skill 'Apache Spark' (held by 1 person, asked by 1 role).\n");
    EXPECT_EQ(ok({"team", "remove", "Data Engineering"}).out,
              "Removed team 'Data Engineering' from 'Baseline' with its role 'Data Engineer'.\n");
    p = project();
    EXPECT_TRUE(p["skills"].empty());
    EXPECT_TRUE(p["scenarios"][0]["teams"].empty());
    EXPECT_TRUE(p["people"][0]["skills"].empty());
}

TEST(CommandLineStreams, CatalogAndReportUseStandardInputAndOutput) {
    TempDir dir;
    const std::string file = dir.file("p.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file, "--template", "sample"}).exitCode, 0);
    const CliRun exported = runCrewplan(dir, {"catalog", file, "--export", "-"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const json catalog = json::parse(exported.out); // the catalog alone, no summary line
    ASSERT_TRUE(catalog.contains("tools"));

    json smaller = catalog;
    smaller["presets"] = json::array();
    const CliRun imported =
        runCrewplan(dir, {"catalog", file, "--import", "-"}, "", smaller.dump());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("The project's own tools catalog"), std::string::npos);
    EXPECT_NE(imported.out.find(" 0 presets."), std::string::npos) << imported.out;

    const CliRun pdf = runCrewplan(dir, {"report", file, "-o", "-"}, "SOURCE_DATE_EPOCH=0 ");
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
    EXPECT_EQ(pdf.out.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.out.find("%%EOF"), std::string::npos);
}

TEST(CommandLineJson, EveryCommandThatPrintsAResultCanPrintJson) {
    TempDir dir;
    const std::string file = dir.file("p.crewplan");
    const CliRun created = runCrewplan(dir, {"new", file, "--json"});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_EQ(json::parse(created.out), json({{"created", file}, {"template", "mlops"}}));
    const CliRun cloned = runCrewplan(dir, {"scenario", file, "clone", "Baseline", "B", "--json"});
    ASSERT_EQ(cloned.exitCode, 0) << cloned.err;
    EXPECT_EQ(json::parse(cloned.out)["scenarios"][1]["name"], "B");
    const CliRun catalog = runCrewplan(dir, {"catalog", file, "--json"});
    EXPECT_EQ(json::parse(catalog.out)["catalog"], "built-in");
    const CliRun report = runCrewplan(dir, {"report", file, "-o", dir.file("r.pdf"), "--json"});
    ASSERT_EQ(report.exitCode, 0) << report.err;
    EXPECT_GT(json::parse(report.out)["pages"].get<int>(), 1);
    const CliRun generated =
        runCrewplan(dir, {"generate", dir.file("g.crewplan"), "--people", "3", "--json"});
    EXPECT_EQ(json::parse(generated.out)["people"], 3);
}
