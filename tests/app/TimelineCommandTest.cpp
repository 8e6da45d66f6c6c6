// `crewplan timeline`, `horizon` and `tenure` through the real binary: dates set as edits reach
// the file, the time line shows them month by month, and bad dates are refused in our words.
#include "CliRun.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>

using namespace crewplan::test;

TEST(TimelineCommand, ALeaverSetOnTheCommandLineUncoversTheirTeamFromThatMonth) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun horizon =
        runCrewplan(dir, {"horizon", file, "--start", "2027-01", "--months", "6"});
    ASSERT_EQ(horizon.exitCode, 0) << horizon.err;
    EXPECT_EQ(horizon.out,
              "The time line of Current staffing starts 2027-01 and lasts 6 months.\n");
    // Farid Haddad is the DevOps team's only engineer.
    const CliRun leaves = runCrewplan(dir, {"tenure", file, "Farid Haddad", "--until", "2027-04"});
    ASSERT_EQ(leaves.exitCode, 0) << leaves.err;
    EXPECT_EQ(leaves.out, "Farid Haddad leaves (is gone from) 2027-04.\n");

    const CliRun run = runCrewplan(dir, {"timeline", file, "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["start"], "2027-01");
    ASSERT_EQ(json["months"].size(), 6u);
    const auto devops = [&](std::size_t month) {
        for (const auto& team : json["months"][month]["teams"]) {
            if (team["team"] == "DevOps")
                return team["mustHave"].get<double>();
        }
        return -1.0;
    };
    EXPECT_DOUBLE_EQ(devops(2), 1.0); // 2027-03: still there
    EXPECT_DOUBLE_EQ(devops(3), 0.0); // 2027-04: gone
    for (const auto& entry : json["coveredBy"]) {
        if (entry["team"] == "DevOps") {
            EXPECT_TRUE(entry["month"].is_null());
        }
    }
    const CliRun text = runCrewplan(dir, {"timeline", file});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Time line of Current staffing: 2027-01 to 2027-06 (6 months)."),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("DevOps not by 2027-06"), std::string::npos) << text.out;

    // Back to "there throughout".
    ASSERT_EQ(runCrewplan(dir, {"tenure", file, "Farid Haddad", "--clear"}).exitCode, 0);
    const auto again = nlohmann::json::parse(runCrewplan(dir, {"timeline", file, "--json"}).out);
    for (const auto& entry : again["coveredBy"]) {
        if (entry["team"] == "DevOps") {
            EXPECT_EQ(entry["month"], "2027-01");
        }
    }
}

TEST(TimelineCommand, BadDatesAreRefusedInOurWordsAndChangeNothing) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const std::string before = readBytes(file);
    const CliRun month = runCrewplan(dir, {"horizon", file, "--start", "January"});
    EXPECT_EQ(month.exitCode, 1);
    EXPECT_EQ(month.err, "crewplan: --start 'January': expected a month as 2027-03 (1900-01 to "
                         "2999-12).\n");
    const CliRun backwards = runCrewplan(
        dir, {"tenure", file, "Farid Haddad", "--from", "2027-06", "--until", "2027-03"});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_EQ(backwards.err, "crewplan: " + file +
                                 ": Farid Haddad: the month they leave (2027-03, the first they "
                                 "are gone) must come after the month they join (2027-06).\n");
    const CliRun nobody = runCrewplan(dir, {"tenure", file, "Nobody", "--until", "2027-03"});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_NE(nobody.err.find("Nobody"), std::string::npos);
    EXPECT_EQ(readBytes(file), before);
}

TEST(TimelineCommand, ATargetSetOnTheCommandLineAddsItsLevelAndTheTimeLineSaysWhetherItIsMet) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    ASSERT_EQ(runCrewplan(dir, {"horizon", file, "--start", "2027-01", "--months", "12"}).exitCode,
              0);
    const CliRun set = runCrewplan(dir, {"target", file, "--level", "2", "--by", "2027-06"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_NE(set.out.find("  level 2 (Automated training) by 2027-06\n"), std::string::npos)
        << set.out;
    EXPECT_NE(set.out.find("ML Engineer in Data Science (level 2)"), std::string::npos) << set.out;
    EXPECT_NE(set.out.find("Stages the stack leaves without a tool: "), std::string::npos);

    const CliRun list = runCrewplan(dir, {"target", file, "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    const auto targets = nlohmann::json::parse(list.out);
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(targets[0]["by"], "2027-06");

    // Nobody is an ML engineer yet: the target is not met, and the JSON says which teams fall
    // short.
    const CliRun run = runCrewplan(dir, {"timeline", file, "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    ASSERT_EQ(json["targets"].size(), 1u);
    EXPECT_FALSE(json["targets"][0]["met"].get<bool>());
    bool dataScience = false;
    for (const auto& team : json["targets"][0]["shortTeams"])
        dataScience = dataScience || team == "Data Science";
    EXPECT_TRUE(dataScience);
    const CliRun text = runCrewplan(dir, {"timeline", file});
    EXPECT_NE(text.out.find("Target level 2 (Automated training) by 2027-06: not met by 2027-12"),
              std::string::npos)
        << text.out;

    const CliRun cleared = runCrewplan(dir, {"target", file, "--clear"});
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err;
    EXPECT_EQ(cleared.out, "Current staffing has no maturity target.\n");
}

TEST(TimelineCommand, ATargetOutOfOrderOrABadMonthIsRefusedInOurWords) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    ASSERT_EQ(runCrewplan(dir, {"target", file, "--level", "3", "--by", "2027-06"}).exitCode, 0);
    const CliRun lower = runCrewplan(dir, {"target", file, "--level", "2", "--by", "2027-12"});
    EXPECT_NE(lower.exitCode, 0);
    EXPECT_NE(lower.err.find("each maturity target must come after the one before, at a higher "
                             "level (level 3 by 2027-06, then level 2 by 2027-12)"),
              std::string::npos)
        << lower.err;
    const CliRun month = runCrewplan(dir, {"target", file, "--level", "4", "--by", "June"});
    EXPECT_NE(month.exitCode, 0);
    EXPECT_NE(month.err.find("--by 'June': expected a month as 2027-03"), std::string::npos)
        << month.err;
    const CliRun alone = runCrewplan(dir, {"target", file, "--level", "4"});
    EXPECT_NE(alone.exitCode, 0);
    EXPECT_NE(alone.err.find("give --level and --by, or --clear"), std::string::npos);

    const CliRun hire = runCrewplan(dir, {"hire-time", file, "--months", "5"});
    ASSERT_EQ(hire.exitCode, 0) << hire.err;
    EXPECT_EQ(hire.out.rfind("Finding a hire takes 5 months in this project", 0), 0u) << hire.out;
}

TEST(TimelineCommand, AScheduleCarriedOutMeetsTheTargetTheTimeLineChecks) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    ASSERT_EQ(runCrewplan(dir, {"horizon", file, "--start", "2027-01", "--months", "12"}).exitCode,
              0);
    ASSERT_EQ(runCrewplan(dir, {"target", file, "--level", "2", "--by", "2027-09"}).exitCode, 0);
    const CliRun asked = runCrewplan(dir, {"recommend", file, "--schedule", "--json"});
    ASSERT_EQ(asked.exitCode, 0) << asked.err;
    const auto json = nlohmann::json::parse(asked.out);
    EXPECT_EQ(json["status"], "optimal");
    EXPECT_EQ(json["start"], "2027-01");
    ASSERT_EQ(json["targets"].size(), 1u);
    EXPECT_EQ(json["targets"][0]["by"], "2027-09");
    // The ML Engineer role that level 2 brings is filled (by someone trained or a hire), and the
    // hires start in time to count in full by September (2 months of ramp-up).
    bool mlEngineer = false, hired = false;
    for (const auto& step : json["steps"]) {
        // A training step names no role: value() reads it without asserting it is there.
        mlEngineer = mlEngineer || step.value("role", std::string()) == "ML Engineer";
        if (step["kind"] == "hire") {
            hired = true;
            EXPECT_LE(step["start"].get<std::string>(), "2027-09");
            EXPECT_NE(step["reason"].get<std::string>().find("level 2 (Automated training)"),
                      std::string::npos);
        }
    }
    EXPECT_TRUE(hired) << asked.out;
    EXPECT_TRUE(mlEngineer) << asked.out;
    ASSERT_EQ(json["quarters"].size(), 4u);

    const CliRun applied = runCrewplan(dir, {"recommend", file, "--schedule", "--apply"});
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_NE(applied.out.find("Optimal schedule for Current staffing, 2027-01 to 2027-12"),
              std::string::npos)
        << applied.out;
    EXPECT_NE(applied.out.find("Carried out in "), std::string::npos);
    const auto line = nlohmann::json::parse(runCrewplan(dir, {"timeline", file, "--json"}).out);
    ASSERT_EQ(line["targets"].size(), 1u);
    EXPECT_TRUE(line["targets"][0]["met"].get<bool>()) << line["targets"].dump();
}

TEST(TimelineCommand, ScheduleOptionsAloneOrWithWhatItDoesNotPlanAreRefused) {
    TempDir dir;
    const std::string file = sampleProject(dir);
    const CliRun alone = runCrewplan(dir, {"recommend", file, "--hires-per-quarter", "2"});
    EXPECT_NE(alone.exitCode, 0);
    EXPECT_NE(alone.err.find("--hires-per-quarter is for a schedule: add --schedule."),
              std::string::npos)
        << alone.err;
    const CliRun depth = runCrewplan(dir, {"recommend", file, "--schedule", "--depth", "2"});
    EXPECT_NE(depth.exitCode, 0);
    EXPECT_NE(depth.err.find("A schedule does not plan depth yet"), std::string::npos) << depth.err;
}
