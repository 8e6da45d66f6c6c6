// CSV in (the hard cases of real files, the import plan, its problems by line and column) and the
// people matrix out, read back unchanged.
#include "SampleProject.h"
#include "TestSupport.h"
#include "io/Csv.h"
#include "io/PeopleImport.h"
#include "model/Text.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace crewplan;
using namespace crewplan::test;

namespace {

CsvTable readFixture(const std::string& name) {
    auto table = readCsv(readBytes(fixture("import/" + name)), name);
    EXPECT_TRUE(table.ok()) << table.message();
    return table.ok() ? std::move(*table) : CsvTable{};
}

ImportPlan planFor(const Project& project, const CsvTable& table, ImportOptions options = {},
                   const std::string& source = "people.csv") {
    const auto columns = guessImportColumns(project, table.rows.front().fields, false);
    return planPeopleImport(project, table, columns, options, source);
}

const Person* personNamed(const Project& project, const std::string& name) {
    const auto it = std::find_if(project.people.begin(), project.people.end(),
                                 [&](const Person& p) { return p.name == name; });
    return it == project.people.end() ? nullptr : &*it;
}

} // namespace

TEST(Csv, ReadsQuotesLineBreaksSemicolonsAndAByteOrderMark) {
    const CsvTable table = readFixture("people-semicolon-bom.csv");
    EXPECT_EQ(table.delimiter, ';');
    ASSERT_EQ(table.rows.size(), 4u);           // the header, three people; the blank line left out
    EXPECT_EQ(table.rows[0].fields[0], "Name"); // no BOM glued to it
    EXPECT_EQ(table.rows[1].fields[0], "Zoë Brandt");
    EXPECT_EQ(table.rows[1].fields[9], "likes \"big\" data; and ETL");
    EXPECT_EQ(table.rows[2].fields[0], "Ola Nordmann");
    EXPECT_EQ(table.rows[2].fields[9], "two\r\nlines");
    EXPECT_EQ(table.rows[1].line, 2u);
    EXPECT_EQ(table.rows[2].line, 3u);
    EXPECT_EQ(table.rows[3].line, 6u) << "after a field over two lines and a blank line";
    EXPECT_EQ(table.rows[3].fields[0], "Pat O'Neil");
}

TEST(Csv, GuessesTabsAndKeepsEmptyFields) {
    const CsvTable table = readFixture("people-tabs.csv");
    EXPECT_EQ(table.delimiter, '\t');
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[2].fields, (std::vector<std::string>{"Bo Chen", "", "1"}));
}

TEST(Csv, SaysWhereAQuoteIsNotClosedAndWhatIsNotUtf8) {
    auto unclosed = readCsv(readBytes(fixture("import/people-unclosed.csv")), "people.csv");
    ASSERT_FALSE(unclosed.ok());
    EXPECT_EQ(unclosed.message(),
              "people.csv, line 3: a quote in the middle of a field, or a quoted field that is not "
              "closed (a quote inside a quoted field is written twice: \"\").");
    auto latin1 = readCsv(readBytes(fixture("import/people-latin1.csv")), "people.csv");
    ASSERT_FALSE(latin1.ok());
    EXPECT_EQ(latin1.message(), "people.csv, line 2: not UTF-8 text (save the file as UTF-8).");
}

TEST(Csv, WritesWhatItReads) {
    const std::vector<std::string> fields{"plain",      "with, comma", "with \"quotes\"",
                                          "two\nlines", " padded ",    ""};
    const std::string line = csvLine(fields);
    EXPECT_EQ(line,
              "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\" padded \",\r\n");
    auto back = readCsv(line, "x.csv");
    ASSERT_TRUE(back.ok()) << back.message();
    ASSERT_EQ(back->rows.size(), 1u);
    EXPECT_EQ(back->rows[0].fields, fields);
}

TEST(Import, LevelsReadAsPeopleWriteThem) {
    using L = SkillLevel;
    const auto level = [](const char* text, LevelScale scale = LevelScale::ZeroToFour) {
        return parseImportedLevel(text, scale);
    };
    EXPECT_EQ(level(""), L::None);
    EXPECT_EQ(level("0"), L::None);
    EXPECT_EQ(level(" 3 "), L::Advanced);
    EXPECT_EQ(level("Expert"), L::Expert);
    EXPECT_EQ(level("beginner"), L::Awareness);
    EXPECT_EQ(level("Intermediate"), L::Working);
    EXPECT_EQ(level("STRONG"), L::Advanced);
    EXPECT_EQ(level("n/a"), L::None);
    EXPECT_EQ(level("5"), std::nullopt);
    EXPECT_EQ(level("2.5"), std::nullopt);
    EXPECT_EQ(level("expert-ish"), std::nullopt);
    // Found by FuzzPeopleCsv: a number past int's range was cast (UB under UBSan).
    EXPECT_EQ(level("33333333333333333118.500"), std::nullopt);
    EXPECT_EQ(level("-1e300", LevelScale::OneToFive), std::nullopt);
    EXPECT_EQ(level("1", LevelScale::OneToFive), L::None);
    EXPECT_EQ(level("5", LevelScale::OneToFive), L::Expert);
    EXPECT_EQ(level("0", LevelScale::OneToFive), std::nullopt);
    EXPECT_EQ(level("★★★★☆", LevelScale::Stars), L::Advanced);
    EXPECT_EQ(level("**", LevelScale::Stars), L::Awareness);
    EXPECT_EQ(headerKey("CI/CD"), headerKey("ci-cd"));
    EXPECT_EQ(headerKey("Python "), headerKey("python"));
}

TEST(Import, TheHardFileBecomesThreePeopleInOneUndoableStep) {
    TempDir dir;
    auto store = ProjectStore::create(dir.file("p.crewplan"), sample());
    ASSERT_TRUE(store.ok()) << store.message();
    const Project before = store->project();
    const CsvTable table = readFixture("people-semicolon-bom.csv");
    const ImportPlan plan = planFor(before, table);
    ASSERT_TRUE(plan.problems.empty()) << plan.problems.front().message;
    EXPECT_EQ(plan.added, (std::vector<std::string>{"Zoë Brandt", "Ola Nordmann", "Pat O'Neil"}));
    EXPECT_EQ(plan.columns[5].kind, ImportColumn::Kind::Skill);  // "python "
    EXPECT_EQ(plan.columns[6].kind, ImportColumn::Kind::Skill);  // "ci-cd"
    EXPECT_EQ(plan.columns[9].kind, ImportColumn::Kind::Ignore); // "Notes"
    EXPECT_EQ(plan.assignments, 2);

    auto undo = store->apply(plan.edit);
    ASSERT_TRUE(undo.ok()) << undo.message();
    const Project& after = store->project();
    const Person* zoe = personNamed(after, "Zoë Brandt");
    ASSERT_NE(zoe, nullptr);
    EXPECT_DOUBLE_EQ(zoe->fte, 0.8);
    EXPECT_EQ(zoe->yearlyCost, 118500);
    EXPECT_EQ(zoe->level(after.findSkill("Python")->id), SkillLevel::Expert);
    EXPECT_EQ(zoe->level(after.findSkill("CI/CD")->id), SkillLevel::Advanced);
    EXPECT_EQ(zoe->level(after.findSkill("Spark")->id), SkillLevel::Working);
    const Person* ola = personNamed(after, "Ola Nordmann");
    ASSERT_NE(ola, nullptr);
    EXPECT_EQ(ola->status, PersonStatus::Candidate);
    EXPECT_EQ(ola->yearlyCost, 95000);
    EXPECT_EQ(ola->level(after.findSkill("Docker & containers")->id), SkillLevel::Awareness);
    const Scenario& first = after.scenarios.front();
    EXPECT_DOUBLE_EQ(first.allocationOf(zoe->id), 0.8);
    EXPECT_DOUBLE_EQ(first.allocationOf(ola->id), 1.0);
    EXPECT_EQ(personNamed(after, "Pat O'Neil")->fte, 1.0);

    // The same file again changes nothing.
    const ImportPlan again = planFor(after, table);
    EXPECT_TRUE(again.edit.edits.empty());
    EXPECT_EQ(again.unchanged.size(), 3u);
    EXPECT_TRUE(again.added.empty());

    // And its inverse, one edit, takes it all back; the inverse of that brings it again.
    const Project imported = store->project();
    auto redo = store->apply(*undo);
    ASSERT_TRUE(redo.ok()) << redo.message();
    EXPECT_TRUE(store->project() == before);
    ASSERT_TRUE(store->apply(*redo).ok());
    EXPECT_TRUE(store->project() == imported);
    auto reopened = ProjectStore::open(dir.file("p.crewplan"));
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->project() == imported) << "the file holds what memory holds";
}

TEST(Import, UpdatesPeopleMatchedByNameOrLeavesThemWithAddOnly) {
    const Project project = sample();
    const Person& someone = project.people.front();
    const std::string csv =
        "Name,Python,Yearly cost\n" + lowered(someone.name) + ",4,1\nNew One,1,\n";
    auto table = readCsv(csv, "p.csv");
    ASSERT_TRUE(table.ok());
    const ImportPlan update = planFor(project, *table);
    EXPECT_EQ(update.updated, (std::vector<std::string>{lowered(someone.name)}));
    EXPECT_EQ(update.added, (std::vector<std::string>{"New One"}));
    ImportOptions addOnly;
    addOnly.mode = ImportOptions::Mode::AddOnly;
    const ImportPlan added = planFor(project, *table, addOnly);
    EXPECT_TRUE(added.updated.empty());
    EXPECT_EQ(added.skipped.size(), 1u);
    EXPECT_EQ(added.added.size(), 1u);
}

TEST(Import, EveryBadRowIsNamedAndNothingIsImportedUnlessAsked) {
    const Project project = sample();
    const CsvTable table = readFixture("people-bad.csv");
    const ImportPlan plan = planFor(project, table, {}, "people-bad.csv");
    std::vector<std::string> messages;
    for (const auto& p : plan.problems)
        messages.push_back(p.message);
    EXPECT_EQ(messages,
              (std::vector<std::string>{
                  "people-bad.csv, line 3, column 'Spark': 'expert-ish' is not a level (0–4, "
                  "None, Awareness, Working, Advanced, Expert, or a word such as Basic, "
                  "Intermediate or Strong).",
                  "people-bad.csv, line 4, column 'FTE': '1.5' is not an FTE (more than 0 and at "
                  "most 1, e.g. 0.8 or 80%).",
                  "people-bad.csv, line 5, column 'Name': 'Ana Lima' is also on line 2.",
                  "people-bad.csv, line 6, column 'Name': the name is empty."}));
    EXPECT_TRUE(plan.blocked);
    EXPECT_TRUE(plan.edit.edits.empty());

    ImportOptions skip;
    skip.skipBadRows = true;
    const ImportPlan good = planFor(project, table, skip, "people-bad.csv");
    EXPECT_FALSE(good.blocked);
    EXPECT_EQ(good.added, (std::vector<std::string>{"Ana Lima"}));
    EXPECT_EQ(good.edit.edits.size(), 1u);
}

TEST(Import, RolesAreNamedWithTheirTeamAndNeverGuessed) {
    const Project project = sample();
    auto table = readCsv("Name,Role\nA,Nobody/Nothing\nB,Data Engineer\n", "r.csv");
    ASSERT_TRUE(table.ok());
    const ImportPlan plan = planFor(project, *table, {}, "r.csv");
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].message.rfind("r.csv, line 2, column 'Role': 'Nobody/Nothing' is "
                                             "not a role in 'Current staffing' (write Team/Role",
                                             0),
              0u)
        << plan.problems[0].message;
    auto noName = readCsv("Who,Python\nA,1\n", "n.csv");
    const ImportPlan refused = planFor(project, *noName, {}, "n.csv");
    ASSERT_EQ(refused.problems.size(), 1u);
    EXPECT_EQ(refused.problems[0].message,
              "n.csv, line 1: no column holds the names (a header 'Name', 'Full name' or "
              "'Person').");
}

TEST(Import, UnknownColumnsBecomeSkillsWhenAsked) {
    const Project project = sample();
    auto table = readCsv("Name,Kafka\nA,Advanced\n", "k.csv");
    ASSERT_TRUE(table.ok());
    const auto columns = guessImportColumns(project, table->rows[0].fields, true);
    EXPECT_EQ(columns[1].kind, ImportColumn::Kind::NewSkill);
    const ImportPlan plan = planPeopleImport(project, *table, columns, {}, "k.csv");
    EXPECT_EQ(plan.newSkills, (std::vector<std::string>{"Kafka"}));
    TempDir dir;
    auto store = ProjectStore::create(dir.file("k.crewplan"), project);
    ASSERT_TRUE(store->apply(plan.edit).ok());
    const Skill* kafka = store->project().findSkill("Kafka");
    ASSERT_NE(kafka, nullptr);
    EXPECT_EQ(personNamed(store->project(), "A")->level(kafka->id), SkillLevel::Advanced);
}

TEST(Import, TheExportedMatrixReadsBackWithoutAChange) {
    const Project project = sample();
    for (bool words : {false, true}) {
        const std::string csv = peopleCsv(project, project.scenarios.front(), words);
        auto table = readCsv(csv, "out.csv");
        ASSERT_TRUE(table.ok()) << table.message();
        const ImportPlan plan = planFor(project, *table);
        EXPECT_TRUE(plan.problems.empty()) << plan.problems.front().message;
        EXPECT_TRUE(plan.edit.edits.empty()) << "words: " << words;
        EXPECT_TRUE(plan.added.empty());
        EXPECT_FALSE(plan.unchanged.empty());
    }
    EXPECT_TRUE(
        matchesGolden("sample-people.csv", peopleCsv(project, project.scenarios.front(), false)));
}

TEST(Import, StarsCountAsOneToFive) {
    const Project project = sample();
    const CsvTable table = readFixture("people-stars.csv");
    ImportOptions stars;
    stars.scale = LevelScale::Stars;
    const ImportPlan plan = planFor(project, table, stars);
    ASSERT_TRUE(plan.problems.empty()) << plan.problems.front().message;
    ASSERT_EQ(plan.edit.edits.size(), 1u);
    const auto& add = std::get<AddPeople>(plan.edit.edits[0].variant()).people.at(0);
    EXPECT_EQ(add.person.level(project.findSkill("Python")->id), SkillLevel::Expert);
    EXPECT_EQ(add.person.level(project.findSkill("SQL")->id), SkillLevel::None);
    EXPECT_EQ(add.person.level(project.findSkill("Spark")->id), SkillLevel::Working);
}

TEST(Import, NumbersReadAsPeopleTypeThemWhateverTheLocale) {
    const Project project = sample();
    const auto costOf = [&](const std::string& cost) -> std::optional<std::int64_t> {
        auto table = readCsv("Name;Yearly cost\nNew One;" + cost + "\n", "c.csv");
        EXPECT_TRUE(table.ok());
        const ImportPlan plan = planFor(project, *table);
        if (!plan.problems.empty())
            return std::nullopt;
        return std::get<AddPeople>(plan.edit.edits.at(0).variant()).people.at(0).person.yearlyCost;
    };
    EXPECT_EQ(costOf("118000"), 118000);
    EXPECT_EQ(costOf("\"118,000\""), 118000);
    EXPECT_EQ(costOf("1,250,000"), 1250000);
    EXPECT_EQ(costOf("1.250.000"), 1250000);
    EXPECT_EQ(costOf("1.250.000,50"), 1250001); // rounded to whole units
    EXPECT_EQ(costOf("95 000 €"), 95000);
    EXPECT_EQ(costOf("100–120"), std::nullopt) << "a range is not a number";
    EXPECT_EQ(costOf("\u2212"
                     "5000"),
              std::nullopt)
        << "nor is a minus sign we cannot trust";
    EXPECT_EQ(costOf("-5000"), std::nullopt) << "a cost is 0 or more";
    EXPECT_EQ(costOf("1e3"), std::nullopt);
    const auto fteOf = [&](const std::string& fte) -> std::optional<double> {
        auto table = readCsv("Name;FTE\nNew One;" + fte + "\n", "f.csv");
        const ImportPlan plan = planFor(project, *table);
        if (!plan.problems.empty())
            return std::nullopt;
        return std::get<AddPeople>(plan.edit.edits.at(0).variant()).people.at(0).person.fte;
    };
    EXPECT_EQ(fteOf("0.8"), 0.8);
    EXPECT_EQ(fteOf("0,8"), 0.8);
    EXPECT_EQ(fteOf("80%"), 0.8);
    EXPECT_EQ(fteOf("0.875"), 0.875);
    EXPECT_EQ(fteOf("1,5"), std::nullopt);
    EXPECT_EQ(fteOf("0.5.1"), std::nullopt);
}

TEST(Import, RowsMustBeAsWideAsTheHeaderButMayEndInEmptyFields) {
    const Project project = sample();
    auto table = readCsv("Name,Python,SQL\nAna,3,2,,\nBo,3\n", "w.csv");
    ASSERT_TRUE(table.ok());
    const ImportPlan plan = planFor(project, *table, {}, "w.csv");
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].message, "w.csv, line 3: 2 fields where the header has 3 (a missing "
                                        "level would read as None).");
}

TEST(Import, AnFteBelowWhatThePersonGivesToRolesIsAProblemOfItsRow) {
    const Project project = sample();
    const Person& aisha = project.people.front(); // 1.0 FTE, all of it to Data Engineer
    auto table = readCsv("Name,FTE\n" + aisha.name + ",0.5\n", "f.csv");
    const ImportPlan plan = planFor(project, *table, {}, "f.csv");
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].message, "f.csv, line 2: the FTE 0.5 is less than the 1 'Aisha "
                                        "Khan' already gives to roles; unassign them first.");
}

TEST(Import, SkillsWhoseNamesDifferInPunctuationAloneAreMatchedExactly) {
    Project project = sample();
    for (const char* name : {"C", "C++", "C#"}) {
        Skill skill;
        skill.id = SkillId{project.allocateId()};
        skill.name = name;
        project.skills.push_back(skill);
    }
    const auto columns = guessImportColumns(project, {"Name", "c++", "C#", "c"}, false);
    EXPECT_EQ(columns[1].skill, project.findSkill("C++")->id);
    EXPECT_EQ(columns[2].skill, project.findSkill("C#")->id);
    EXPECT_EQ(columns[3].skill, project.findSkill("C")->id);
    EXPECT_EQ(guessImportColumns(project, {"Name", "c-sharp"}, false)[1].kind,
              ImportColumn::Kind::Ignore)
        << "'csharp' is no skill's key; never a guess among C, C++ and C#";
}

TEST(Import, ANameTwoPeopleShareIsNeverGuessed) {
    Project project = sample();
    Person twin = project.people.front();
    twin.id = PersonId{project.allocateId()};
    project.people.push_back(twin);
    auto table = readCsv("Name,Python\n" + twin.name + ",1\n", "t.csv");
    const ImportPlan plan = planFor(project, *table, {}, "t.csv");
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].message,
              "t.csv, line 2, column 'Name': 'Aisha Khan' is the name of several people in "
              "'Current staffing'; give them names of their own first.");
}

TEST(Csv, OverlongAndSurrogateBytesAreNotUtf8) {
    for (const char* bad :
         {"Name\n\xC0\x80\n", "Name\n\xED\xA0\x80\n", "Name\n\xF5\x80\x80\x80\n"}) {
        auto table = readCsv(bad, "u.csv");
        ASSERT_FALSE(table.ok());
        EXPECT_EQ(table.message(), "u.csv, line 2: not UTF-8 text (save the file as UTF-8).");
    }
    EXPECT_TRUE(readCsv("Name\n\xF0\x9F\x98\x80\n", "u.csv").ok()) << "an emoji is UTF-8";
}

TEST(Import, UpdatedLevelsAreOneEditAndComeBackOnUndo) {
    TempDir dir;
    auto store = ProjectStore::create(dir.file("u.crewplan"), sample());
    ASSERT_TRUE(store.ok());
    const Project before = store->project();
    // Everyone's Python one level up (Expert stays), through an export edited as a user would.
    std::string csv = peopleCsv(before, before.scenarios.front(), false);
    auto table = readCsv(csv, "u.csv");
    ASSERT_TRUE(table.ok());
    for (std::size_t r = 1; r < table->rows.size(); ++r) {
        std::string& python = table->rows[r].fields[5];
        python = std::to_string(std::min(4, std::stoi(python) + 1));
    }
    const ImportPlan plan = planFor(before, *table);
    ASSERT_TRUE(plan.problems.empty()) << plan.problems.front().message;
    ASSERT_EQ(plan.edit.edits.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<SetSkillLevels>(plan.edit.edits[0].variant()));
    auto undo = store->apply(plan.edit);
    ASSERT_TRUE(undo.ok()) << undo.message();
    const SkillId python = before.findSkill("Python")->id;
    EXPECT_EQ(store->project().people[1].level(python), SkillLevel::Expert);    // Bruno: 3 → 4
    EXPECT_EQ(store->project().people[4].level(python), SkillLevel::Awareness); // Elena: 0 → 1
    ASSERT_TRUE(store->apply(*undo).ok());
    EXPECT_TRUE(store->project() == before);
    auto reopened = ProjectStore::open(dir.file("u.crewplan"));
    EXPECT_TRUE(reopened->project() == before) << "the file is back too";
}

TEST(Import, RolesFilledPastTheirHeadcountAreNoticedNotRefused) {
    const Project project = sample();
    const CsvTable table = readFixture("people-semicolon-bom.csv");
    const ImportPlan plan = planFor(project, table);
    EXPECT_TRUE(plan.problems.empty());
    // Data Engineer: 2 already, Zoë's 0.8 more; QA Engineer: nobody yet, Ola's 1 is its 1.
    EXPECT_EQ(plan.notices, (std::vector<std::string>{
                                "Data Engineering/Data Engineer: 2.8 FTE for a headcount of 2"}));
}
