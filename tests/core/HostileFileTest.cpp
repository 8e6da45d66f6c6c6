// Project files from elsewhere are untrusted: what Crewplan does not make in them (a trigger
// that wipes on an ordinary edit, a recursive view that hangs, a foreign table or column) is
// refused by name before anything runs, leaving the file as it was; a runaway query is stopped.
#include "SampleProject.h"
#include "TestSupport.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"
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

namespace {

Status catalogCheck(const std::string& json) {
    return checkImportedToolCatalog(test::sample(), json, "evil.json");
}

std::string planted(const TempDir& dir, const std::string& sql, const std::string& name) {
    const std::string path = dir.file(name);
    EXPECT_TRUE(ProjectStore::create(path, test::sample()));
    auto db = Database::open(path, Database::Mode::ReadWrite);
    EXPECT_TRUE(db && db->execute(sql));
    return path;
}

} // namespace

TEST(HostileFile, CatalogsThatCrashedOrMisledAreRefusedWithTheirPath) {
    // 100,000 nested lists: once a stack overflow, now refused before parsing.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(catalogCheck(deep).message(),
              "evil.json: nested more than 32 levels deep; not a tools catalog.");
    // A number past a double's range: once an uncaught out_of_range (found by fuzzing).
    EXPECT_EQ(catalogCheck(R"({"format": "crewplan-tools", "level": 5e5555})").message(),
              "evil.json: a number in it is too large to read; not a tools catalog.");
    const std::string head = R"({"format": "crewplan-tools", )";
    // An entry of the wrong type: once an uncaught type_error, now its path.
    EXPECT_EQ(
        catalogCheck(head + R"("stages": [{"id": "s", "name": "S"}], "presets": [1]})").message(),
        "evil.json: presets[0] must be an object.");
    EXPECT_EQ(catalogCheck(head + R"("tools": {"name": "x"}})").message(),
              "evil.json: tools must be a list.");
    // A catalog with no tools would be accepted and then unusable; an empty file would reset.
    EXPECT_EQ(catalogCheck(head + R"("stages": [{"id": "s", "name": "S"}]})").message(),
              "evil.json: the catalog lists no tools; a stack needs both.");
    EXPECT_EQ(catalogCheck("  \n").message(), "evil.json: empty, not a tools catalog.");
}

TEST(HostileFile, ImpossibleNumbersAndHugeTextsInAFileAreRefused) {
    TempDir dir;
    const auto headcount =
        ProjectStore::open(planted(dir, "UPDATE role SET headcount = 4294967297", "h.crewplan"));
    ASSERT_FALSE(headcount);
    EXPECT_NE(headcount.message().find("has a headcount of 4294967297, which is not real"),
              std::string::npos)
        << headcount.message();
    const auto cost = ProjectStore::open(
        planted(dir, "UPDATE person SET yearly_cost = 9223372036854775807", "c.crewplan"));
    ASSERT_FALSE(cost);
    EXPECT_NE(cost.message().find("a yearly cost above 1,000,000,000,000 is not real"),
              std::string::npos)
        << cost.message();
    const auto name = ProjectStore::open(
        planted(dir, "UPDATE skill SET name = name || hex(zeroblob(524288)) WHERE rowid = 1",
                "n.crewplan"));
    ASSERT_FALSE(name);
    EXPECT_NE(name.message().find("A skill's name is 1,048,582 bytes long (500 at most)"),
              std::string::npos)
        << name.message();
    const auto catalog = ProjectStore::open(planted(
        dir,
        "UPDATE project SET tool_catalog = '{\"format\": \"crewplan-tools\", \"presets\": [1]}'",
        "t.crewplan"));
    ASSERT_FALSE(catalog);
    EXPECT_NE(catalog.message().find("holds a tools catalog Crewplan cannot use"),
              std::string::npos)
        << catalog.message();
}

TEST(HostileFile, MoneyAtTheEdgesOfWhatALongLongHolds) {
    EXPECT_EQ(formatMoney(9223372036854775807.0), "9,000,000,000,000,000,000");
    EXPECT_EQ(formatMoney(-9223372036854775807.0), "-9,000,000,000,000,000,000");
    EXPECT_EQ(formatMoney(1234567.4), "1,234,567");
}
