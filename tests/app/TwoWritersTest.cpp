// Two programs writing one project file at once, round after round: each round both start
// together, each changes its own part (a stage of the stack, a new skill), and afterwards the
// file must hold both changes. Before the store applied edits against what the file holds now,
// most rounds lost one of them. CREWPLAN_WRITER_ROUNDS sets the rounds (default 25; the closing
// figures come from 1,000).
#include "CliRun.h"
#include "TestSupport.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace crewplan::test;
using nlohmann::json;

namespace {

std::string writer(const std::string& file, const std::string& stage, const std::string& tool,
                   const std::string& skill, const std::string& log) {
    const std::string binary = shellQuoted(CREWPLAN_BINARY);
    return "{ " + binary + " stack " + shellQuoted(file) + " --set " + stage + "=" +
           shellQuoted(tool) + " && " + binary + " skill add " + shellQuoted(file) + " " +
           shellQuoted(skill) + "; } >/dev/null 2>>" + shellQuoted(log);
}

} // namespace

TEST(TwoWriters, EveryRoundKeepsBothWritersChanges) {
    TempDir dir;
    const std::string file = dir.file("shared.crewplan");
    ASSERT_EQ(runCrewplan(dir, {"new", file}).exitCode, 0);
    const std::vector<std::string> orchestration{"Airflow", "Prefect", "Dagster"};
    const std::vector<std::string> versioning{"DVC", "lakeFS", "Delta Lake"};
    const std::string log = dir.file("writers.log");
    int lost = 0;
    const int n = roundsFrom("CREWPLAN_WRITER_ROUNDS", 25);
    for (int round = 1; round <= n; ++round) {
        const std::string a = orchestration[static_cast<std::size_t>(round) % 3];
        const std::string b = versioning[static_cast<std::size_t>(round) % 3];
        const std::string both =
            writer(file, "orchestration", a, "A" + std::to_string(round), log) + " & " +
            writer(file, "data-versioning", b, "B" + std::to_string(round), log) + " & wait";
        ASSERT_EQ(std::system(both.c_str()), 0);
        const CliRun stack = runCrewplan(dir, {"stack", file, "--json"});
        ASSERT_EQ(stack.exitCode, 0) << stack.err;
        const json picked = json::parse(stack.out)["stack"];
        const CliRun exported = runCrewplan(dir, {"export", file, "--format", "json"});
        ASSERT_EQ(exported.exitCode, 0) << exported.err;
        int added = 0;
        const json project = json::parse(exported.out);
        for (const auto& skill : project["skills"]) {
            const std::string name = skill["name"];
            added += (name[0] == 'A' || name[0] == 'B') && name.size() > 1 &&
                             std::isdigit(static_cast<unsigned char>(name[1]))
                         ? 1
                         : 0;
        }
        const bool kept = picked.value("orchestration", "") == a &&
                          picked.value("data-versioning", "") == b && added == 2 * round;
        lost += kept ? 0 : 1;
        EXPECT_TRUE(kept) << "round " << round << ": " << picked.dump() << ", " << added
                          << " skills added; " << readBytes(log);
    }
    EXPECT_EQ(lost, 0) << "of " << n << " rounds";
    // Neither writer was refused, and nothing raw reached anyone.
    EXPECT_EQ(readBytes(log), "");
    std::printf("two writers: %d rounds, %d lost\n", n, lost);
}
