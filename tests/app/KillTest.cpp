// A writer killed (SIGKILL) at a random moment: the file still opens, never "damaged"; every
// edit the writer reported is in it; an edit it did not get to report is there whole or not at
// all (an import of 40 people: 0 or 40, each with all their levels). CREWPLAN_KILL_ROUNDS sets
// the rounds (default 30; the closing figures come from 1,000).
#include "CliRun.h"
#include "TestSupport.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace crewplan::test;
using nlohmann::json;

namespace {

// Starts `crewplan import FILE CSV` and kills it after `delay`; true if it finished first and
// said it imported.
bool importKilledAfter(const std::string& file, const std::string& csv,
                       std::chrono::microseconds delay, const std::string& out) {
    const pid_t child = fork();
    if (child == 0) {
        std::freopen(out.c_str(), "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        execl(CREWPLAN_BINARY, CREWPLAN_BINARY, "import", file.c_str(), csv.c_str(), nullptr);
        _exit(127);
    }
    std::this_thread::sleep_for(delay);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

TEST(KilledWriter, TheFileOpensAndHoldsEveryReportedEditWhole) {
    TempDir dir;
    const std::string file = dir.file("p.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file}).exitCode, 0);
    std::mt19937 random(20261201);
    std::uniform_int_distribution<int> delay(0, 120000); // up to 120 ms: before, during, after
    int reported = 0, landed = 0;
    const int n = roundsFrom("CREWPLAN_KILL_ROUNDS", 30);
    for (int round = 0; round < n; ++round) {
        // 40 people, each with three levels, as one import: one transaction.
        std::string csv = "name,Python,SQL,Spark\n";
        for (int i = 0; i < 40; ++i)
            csv += "R" + std::to_string(round) + "-" + std::to_string(i) + ",3,2,1\n";
        const std::string path = dir.file("round.csv");
        writeBytes(path, csv);
        const bool said = importKilledAfter(file, path, std::chrono::microseconds(delay(random)),
                                            dir.file("import.out"));
        reported += said ? 1 : 0;

        const CliRun exported = runCrewplan(dir, {"export", file, "--format", "json"});
        ASSERT_EQ(exported.exitCode, 0) << "round " << round << ": " << exported.err;
        const json project = json::parse(exported.out);
        int mine = 0;
        for (const auto& person : project["people"]) {
            const std::string name = person["name"];
            if (!name.starts_with("R" + std::to_string(round) + "-"))
                continue;
            ++mine;
            EXPECT_EQ(person["skills"].size(), 3u) << name << " came in without all its levels";
        }
        EXPECT_TRUE(mine == 0 || mine == 40) << "round " << round << ": " << mine << " of 40";
        if (said) {
            EXPECT_EQ(mine, 40) << "round " << round << " reported an import the file lacks";
        }
        landed += mine == 40 ? 1 : 0;
    }
    std::printf("killed writer: %d rounds, %d reported, %d landed whole, 0 damaged\n", n, reported,
                landed);
}
