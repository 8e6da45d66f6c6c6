// The project file: round trip, refused files (left untouched), migration from schema 1, copies.
#include "SampleProject.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ProjectStore.h"
#include "storage/Schema.h"
#include "templates/Templates.h"

#include <fstream>
#include <gtest/gtest.h>
#include <stdexcept>
#include <utility>
#include <vector>

using namespace crewplan;
using namespace crewplan::test;

namespace {

std::int64_t pragma(const std::string& path, const char* name) {
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return db ? *db->pragmaInteger(name) : -1;
}

// The whole file as text: each table's schema, then its rows in column order, each value as SQL
// writes it (quote()). Two files with the same dump hold the same project in the same layout.
std::string dump(const std::string& path) {
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return "cannot open: " + db.message();
    const auto query = [&](const std::string& sql) {
        auto statement = db->prepare(sql);
        if (!statement)
            throw std::runtime_error(sql + ": " + statement.message());
        return std::move(*statement);
    };
    std::string out = "user_version " + std::to_string(*db->pragmaInteger("user_version")) +
                      "\napplication_id " + std::to_string(*db->pragmaInteger("application_id")) +
                      "\n";
    std::vector<std::pair<std::string, std::string>> tables;
    auto list = query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT "
                      "LIKE 'sqlite_%' ORDER BY name");
    while (list.step())
        tables.emplace_back(list.text(0), list.text(1));
    for (const auto& [table, sql] : tables) {
        out += "\n" + sql + ";\n";
        std::string columns, order;
        auto info = query("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        while (info.step()) {
            columns += std::string(columns.empty() ? "" : " || ', ' || ") + "quote(\"" +
                       info.text(0) + "\")";
            order += std::string(order.empty() ? "" : ", ") + "\"" + info.text(0) + "\"";
        }
        // By every column in turn: some tables are WITHOUT ROWID.
        auto rows = query("SELECT " + columns + " FROM \"" + table + "\" ORDER BY " + order);
        while (rows.step())
            out += "  (" + rows.text(0) + ")\n";
    }
    auto indexes = query(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    while (indexes.step())
        out += "\n" + indexes.text(0) + ";";
    return out + "\n";
}

} // namespace

TEST(ProjectStore, TheSampleFileHoldsExactlyTheGoldenRows) {
    // Checked against a committed dump, not against what the reader makes of it: a column the
    // writer stops filling, or fills differently, fails here even if the reader forgives it.
    TempDir dir;
    {
        auto store = ProjectStore::create(dir.file("sample.crewplan"), sample());
        ASSERT_TRUE(store.ok()) << store.message();
    }
    EXPECT_TRUE(matchesGolden("sample-file.sql", dump(dir.file("sample.crewplan"))));
}

TEST(ProjectStore, RoundTripKeepsEverything) {
    TempDir dir;
    const Project original = sample();
    {
        auto store = ProjectStore::create(dir.file("sample.crewplan"), original);
        ASSERT_TRUE(store.ok()) << store.message();
    }
    auto reopened = ProjectStore::open(dir.file("sample.crewplan"));
    ASSERT_TRUE(reopened.ok()) << reopened.message();
    const Project& p = reopened->project();
    EXPECT_TRUE(p == original);
    // Spot-check what == covers, so that a broken comparison cannot hide a loss.
    EXPECT_EQ(p.scenarios.size(), 2u);
    EXPECT_EQ(p.scenarios[1].name, "Hire QA and a senior DE");
    EXPECT_EQ(p.people.size(), original.people.size());
    EXPECT_FALSE(p.scenarios[0].roles[0].requirements[0].rationale.empty());
    EXPECT_EQ(p.nextId, original.nextId);
    EXPECT_FALSE(reopened->migrationBackup().has_value());
}

TEST(ProjectStore, FileHasCrewplansHeaderAndSettings) {
    TempDir dir;
    const auto path = dir.file("p.crewplan");
    { ASSERT_TRUE(ProjectStore::create(path, sample()).ok()); }
    EXPECT_EQ(pragma(path, "application_id"), schema::kApplicationId);
    EXPECT_EQ(pragma(path, "user_version"), schema::kCurrentVersion);
    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok());
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_EQ(*db->pragmaInteger("page_count") > 0, true);
    // Rollback journal: the project stays one file (no -wal beside it).
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(ProjectStore, CreateRefusesAnExistingFile) {
    TempDir dir;
    const auto path = dir.file("taken.crewplan");
    writeBytes(path, "precious");
    auto store = ProjectStore::create(path, sample());
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.message().find("already exists"), std::string::npos);
    EXPECT_EQ(readBytes(path), "precious");
}

struct RefusedCase {
    const char* fixture;
    const char* expected;
};

void PrintTo(const RefusedCase& c, std::ostream* os) {
    *os << c.fixture;
}

class RefusedFile : public testing::TestWithParam<RefusedCase> {};

TEST_P(RefusedFile, IsRefusedWithTheReasonAndLeftUntouched) {
    TempDir dir;
    const auto path = copyFixture(dir, GetParam().fixture);
    const std::string before = readBytes(path);
    auto store = ProjectStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.message().find(path), std::string::npos)
        << "names the file: " << store.message();
    EXPECT_NE(store.message().find(GetParam().expected), std::string::npos) << store.message();
    EXPECT_EQ(readBytes(path), before);
    // Nothing was left beside it either: no backup, no journal.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, RefusedFile,
    testing::Values(RefusedCase{"not-sqlite.crewplan", "not an SQLite database"},
                    RefusedCase{"empty.crewplan", "the file is empty"},
                    RefusedCase{
                        "foreign.sqlite",
                        "an SQLite database of another application (application id 0x47504B47)"},
                    RefusedCase{"damaged.crewplan", "the project file is damaged"},
                    RefusedCase{"newer.crewplan", "made by a newer Crewplan (file schema 99"}),
    [](const auto& info) {
        std::string name = info.param.fixture;
        for (auto& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name;
    });

TEST(ProjectStore, MissingFileIsReported) {
    TempDir dir;
    auto store = ProjectStore::open(dir.file("nowhere.crewplan"));
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.message().find("no such file"), std::string::npos);
}

TEST(ProjectStore, ImpossibleValueInAFileIsRefused) {
    TempDir dir;
    const auto path = dir.file("p.crewplan");
    { ASSERT_TRUE(ProjectStore::create(path, sample()).ok()); }
    {
        // Another program over-allocates Aisha behind Crewplan's back (the schema cannot see sums).
        auto db = Database::open(path, Database::Mode::ReadWrite);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execute("UPDATE person SET fte = 0.5 WHERE name = 'Aisha Khan'").ok());
    }
    const std::string before = readBytes(path);
    auto store = ProjectStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.message().find("'Aisha Khan' is allocated 1 FTE but has only 0.5 available"),
              std::string::npos)
        << store.message();
    EXPECT_EQ(readBytes(path), before);
}

TEST(ProjectStore, MigratesASchema1FileAndKeepsTheOldCopy) {
    TempDir dir;
    const auto path = copyFixture(dir, "schema-v1.crewplan");
    const std::string original = readBytes(path);
    ASSERT_EQ(pragma(path, "user_version"), 1);

    auto store = ProjectStore::open(path);
    ASSERT_TRUE(store.ok()) << store.message();
    ASSERT_TRUE(store->migrationBackup().has_value());
    EXPECT_EQ(*store->migrationBackup(), path + ".v1");
    EXPECT_EQ(readBytes(path + ".v1"), original);
    EXPECT_EQ(pragma(path, "user_version"), schema::kCurrentVersion);

    const Project& p = store->project();
    EXPECT_EQ(p.name, "Schema 1 project");
    ASSERT_EQ(p.people.size(), 2u);
    EXPECT_EQ(p.people[1].name, "Bruno Costa");
    EXPECT_DOUBLE_EQ(p.people[1].fte, 0.5);
    const Role& role = p.scenarios[0].roles[0];
    ASSERT_EQ(role.requirements.size(), 2u);
    EXPECT_EQ(role.requirements[0].rationale, ""); // the column schema 2 added
    EXPECT_EQ(role.requirements[1].importance, Importance::NiceToHave);
    EXPECT_EQ(p.scenarios[0].assignments.size(), 2u);
    EXPECT_EQ(p.nextId, 8);
    // What schema 6 added: no maturity target, every role and requirement always there, the
    // default time to hire.
    EXPECT_TRUE(p.scenarios[0].targets.empty());
    EXPECT_EQ(role.maturity, 0);
    EXPECT_EQ(role.requirements[0].maturity, 0);
    EXPECT_EQ(p.monthsToHire, 3);

    // Opening again: already current, no second backup.
    auto again = ProjectStore::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->migrationBackup().has_value());
    EXPECT_FALSE(std::filesystem::exists(path + ".v1-2"));
}

TEST(ProjectStore, SaveCopyAsWritesAConsistentCopy) {
    TempDir dir;
    auto store = ProjectStore::create(dir.file("a.crewplan"), sample());
    ASSERT_TRUE(store.ok());
    writeBytes(dir.file("b.crewplan"), "an older copy to replace");
    ASSERT_TRUE(store->saveCopyAs(dir.file("b.crewplan")).ok());
    auto copy = ProjectStore::open(dir.file("b.crewplan"));
    ASSERT_TRUE(copy.ok()) << copy.message();
    EXPECT_TRUE(copy->project() == store->project());
    EXPECT_FALSE(store->saveCopyAs(dir.file("a.crewplan")).ok()); // not over itself
}

// The integrity check runs beside the reading; a file whose schema page is damaged fails before
// the reading starts, and is still called damaged rather than whatever that step said.
TEST(ProjectStore, AFileDamagedInItsSchemaPageIsCalledDamaged) {
    TempDir dir;
    const auto path = dir.file("p.crewplan");
    { ASSERT_TRUE(ProjectStore::create(path, sample()).ok()); }
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100); // the b-tree page header of the schema table, after the file header
        const char garbage[8] = {'\x7f', '\x7f', '\x7f', '\x7f', '\x7f', '\x7f', '\x7f', '\x7f'};
        file.write(garbage, sizeof garbage);
    }
    auto store = ProjectStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.message().find("the project file is damaged"), std::string::npos)
        << store.message();
}
