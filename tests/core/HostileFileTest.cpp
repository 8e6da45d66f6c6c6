// Project files from elsewhere are untrusted: what Crewplan does not make in them (a trigger
// that wipes on an ordinary edit, a recursive view that hangs, a foreign table or column) is
// refused by name before anything runs, leaving the file as it was; a runaway query is stopped.
#include "SampleProject.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ProjectStore.h"

#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::readBytes;
using crewplan::test::TempDir;

namespace {

// A sample project with `sql` run on it by another program.
std::string plantedFile(const TempDir& dir, const std::string& sql) {
    const std::string path = dir.file("planted.crewplan");
    EXPECT_TRUE(ProjectStore::create(path, test::sample()));
    auto db = Database::open(path, Database::Mode::ReadWrite);
    EXPECT_TRUE(db);
    const auto status = db->execute(sql);
    EXPECT_TRUE(status) << status.message();
    return path;
}

} // namespace

TEST(HostileFile, APlantedTriggerIsRefusedByNameAndTheFileLeftAsItWas) {
    TempDir dir;
    const std::string path = plantedFile(
        dir, "CREATE TRIGGER wipe AFTER INSERT ON scenario BEGIN DELETE FROM person_skill; END");
    const std::string before = readBytes(path);
    const auto refused = ProjectStore::open(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.message(),
              path + ": it holds a trigger 'wipe' that Crewplan does not make; a file from "
                     "elsewhere could use one to change or wipe what you edit, so it is not "
                     "opened.");
    EXPECT_EQ(readBytes(path), before);
}

TEST(HostileFile, ARecursiveViewIsRefusedBeforeAnyQueryCouldHang) {
    TempDir dir;
    const std::string path = plantedFile(dir, "CREATE VIEW forever AS WITH RECURSIVE c(x) AS "
                                              "(SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                              "SELECT x FROM c");
    const auto refused = ProjectStore::open(path);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.message().find("a view 'forever' that Crewplan does not make"),
              std::string::npos)
        << refused.message();
}

TEST(HostileFile, AForeignTableOrColumnIsRefusedByName) {
    TempDir dir;
    auto table = ProjectStore::open(plantedFile(dir, "CREATE TABLE notes (x)"));
    ASSERT_FALSE(table);
    EXPECT_NE(table.message().find("it holds a table 'notes' that Crewplan does not make"),
              std::string::npos)
        << table.message();
    TempDir other;
    auto column = ProjectStore::open(plantedFile(other, "ALTER TABLE person ADD COLUMN extra"));
    ASSERT_FALSE(column);
    EXPECT_NE(column.message().find("its table 'person' is not as Crewplan makes it"),
              std::string::npos)
        << column.message();
}

TEST(HostileFile, ARunawayQueryIsStoppedInOurWords) {
    TempDir dir;
    auto db = Database::open(dir.file("any.db"), Database::Mode::Create);
    ASSERT_TRUE(db);
    auto forever = db->prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                               "SELECT count(*) FROM c");
    ASSERT_TRUE(forever);
    EXPECT_FALSE(forever->step());
    EXPECT_EQ(forever->status().message(), "reading the file took too long and was stopped");
}
