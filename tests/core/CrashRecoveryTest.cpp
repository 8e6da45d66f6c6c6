// A writer killed in the middle of a change leaves a hot journal: the next open rolls it back
// and opens the file as it was, not "damaged". A file another program holds locked is "in use".
#include "SampleProject.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ProjectStore.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace crewplan;
using crewplan::test::TempDir;

TEST(CrashRecovery, AHotJournalIsRolledBackAndTheFileOpensAsItWas) {
    TempDir dir;
    const std::string path = dir.file("p.crewplan");
    ASSERT_TRUE(ProjectStore::create(path, test::sample()));
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // A writer in mid-change: every skill renamed, the cache spilled to the file, then
        // killed before it commits.
        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db || !db->execute("PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE skill SET name "
                                "= name || ' (half-written)'; UPDATE project SET name = 'x'"))
            _exit(3);
        _exit(0); // no COMMIT, no ROLLBACK, no close
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_GT(std::filesystem::file_size(path + "-journal"), 0u); // the hot journal is there

    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store) << store.message();
    EXPECT_EQ(store->project(), test::sample());
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
}

TEST(CrashRecovery, AFileAnotherProgramHoldsLockedIsInUseNotDamaged) {
    TempDir dir;
    const std::string path = dir.file("p.crewplan");
    ASSERT_TRUE(ProjectStore::create(path, test::sample()));
    auto writer = Database::open(path, Database::Mode::ReadWrite);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->execute("BEGIN EXCLUSIVE"));
    const auto refused = ProjectStore::open(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.message(), path + ": in use: another program is writing to it and did not "
                                        "finish in time. Try again in a moment.");
    ASSERT_TRUE(writer->execute("ROLLBACK"));
    EXPECT_TRUE(ProjectStore::open(path));
}

TEST(CrashRecovery, AKilledCreateLeavesNoFilesBehindForLong) {
    TempDir dir;
    const std::string path = dir.file("p.crewplan");
    // What a `crewplan new` killed before its rename leaves: its hidden temporary and journal.
    const pid_t gone = fork();
    if (gone == 0)
        _exit(0);
    waitpid(gone, nullptr, 0);
    const std::string stale = dir.file(".p.crewplan.tmp-" + std::to_string(gone));
    test::writeBytes(stale, "half a project");
    test::writeBytes(stale + "-journal", "its journal");
    ASSERT_TRUE(ProjectStore::create(path, test::sample()));
    EXPECT_FALSE(std::filesystem::exists(stale));
    EXPECT_FALSE(std::filesystem::exists(stale + "-journal"));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        files += entry.is_regular_file() ? 1 : 0;
    EXPECT_EQ(files, 1u); // the project alone
}
