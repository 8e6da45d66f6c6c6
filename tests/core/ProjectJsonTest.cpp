// The JSON interchange format: what it reads, and the errors that say what and where.
#include "io/ProjectJson.h"

#include "TestSupport.h"
#include "stack/ToolCatalog.h"
#include "templates/Templates.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>

using namespace crewplan;

namespace {

std::string errorOf(const std::string& text) {
    auto result = readProjectJson(text, "test.json");
    return result.ok() ? std::string("(no error)") : result.message();
}

const char* kMinimal = R"({
  "format": "crewplan-project", "name": "P",
  "skills": [{"name": "SQL", "category": "Data engineering"}],
  "people": [{"name": "Ann", "status": "employee", "fte": 1.0, "yearlyCost": 100, "skills": {"SQL": "Advanced"}}],
  "scenarios": [{"name": "S", "teams": [{"name": "T", "roles": [{"name": "R", "headcount": 1,
     "costBand": [1, 2], "requirements": [{"skill": "SQL", "level": 2, "importance": "must-have"}],
     "assignments": [{"person": "Ann", "allocation": 1.0}]}]}]}]
})";

} // namespace

TEST(ProjectJson, ANumberTooLargeToReadIsRefusedInOurWords) {
    // Found by fuzzing the tools catalog, which has the same reader: "5e5555" is valid JSON, and
    // nlohmann::json throws out_of_range for it, not parse_error.
    EXPECT_EQ(errorOf(R"({"format": "crewplan-project", "name": "P", "x": 5e5555})"),
              "test.json: a number in it is too large to read; not a Crewplan project.");
}

TEST(ProjectJson, ReadsAWholeProject) {
    auto p = readProjectJson(kMinimal, "test.json");
    ASSERT_TRUE(p.ok()) << p.message();
    EXPECT_EQ(p->name, "P");
    ASSERT_EQ(p->people.size(), 1u);
    EXPECT_EQ(p->people[0].level(p->skills[0].id), SkillLevel::Advanced);
    const Scenario& s = p->scenarios[0];
    ASSERT_EQ(s.assignments.size(), 1u);
    EXPECT_EQ(s.roles[0].requirements[0].minimum, SkillLevel::Working);
}

TEST(ProjectJson, NamesThePlaceOfEachError) {
    std::string text = kMinimal;
    // The whole message, in our words, with the place: never the parser's own text.
    EXPECT_EQ(errorOf("{ nope"), "test.json, line 1, column 4: not valid JSON near '{ no'.");
    EXPECT_EQ(errorOf("{\n  \"name\": \"Zoë\",,\n}"),
              "test.json, line 2, column 17: not valid JSON near '  \"name\": \"Zoë\",,'.");
    EXPECT_EQ(errorOf("{\"name\": \"P\""),
              "test.json, line 1, column 12: not valid JSON, it ends too soon.");
    EXPECT_EQ(errorOf(" \n"), "test.json: empty, not JSON.");

    std::string bad = text;
    bad.replace(bad.find("\"level\": 2"), 10, "\"level\": \"Guru\"");
    EXPECT_NE(errorOf(bad).find(
                  "scenarios[0].teams[0].roles[0].requirements[0].level: unknown level \"Guru\""),
              std::string::npos)
        << errorOf(bad);

    bad = text;
    bad.replace(bad.find("\"skill\": \"SQL\""), 14, "\"skill\": \"Cobol\"");
    EXPECT_NE(errorOf(bad).find("requirements[0].skill: unknown skill 'Cobol'"), std::string::npos)
        << errorOf(bad);

    bad = text;
    bad.replace(bad.find("\"Data engineering\""), 18, "\"Astrology\"");
    EXPECT_NE(errorOf(bad).find("skills[0].category: unknown category 'Astrology'"),
              std::string::npos);

    bad = text;
    bad.replace(bad.find("\"person\": \"Ann\""), 15, "\"person\": \"Zed\"");
    EXPECT_NE(errorOf(bad).find("assignments[0].person: unknown person 'Zed'"), std::string::npos);

    bad = text;
    bad.replace(bad.find("\"fte\": 1.0"), 10, "\"fte\": 2.0");
    EXPECT_NE(errorOf(bad).find("Person 'Ann': FTE must be more than 0 and at most 1"),
              std::string::npos)
        << errorOf(bad);

    bad = text;
    bad.replace(bad.find("\"crewplan-project\""), 18, "\"spreadsheet\"");
    EXPECT_NE(errorOf(bad).find("format: expected"), std::string::npos);
}

namespace {

// The sample with everything the format carries: planned training, a stack, a declined
// requirement, training rates of its own and a tools catalog of its own.
Project richSample() {
    auto made = makeProject(ProjectTemplate::Sample);
    EXPECT_TRUE(made.ok());
    Project p = std::move(*made);
    Scenario& s = p.scenarios.front();
    const SkillId spark = p.findSkill("Spark")->id;
    s.training.push_back({p.people[1].id, spark, SkillLevel::Expert, 12000.0, 8.5});
    p.training = {5500.0, 5.0};
    p.trainingPerSkill[spark] = {9000.0, 10.0};
    p.recruitingShare = 0.25;
    // The time line's dates.
    s.horizonStart = Month::of(2027, 1);
    s.horizonMonths = 18;
    s.roles.front().rampUpMonths = 3;
    s.training.back().start = Month::of(2027, 2);
    s.tenure[p.people[0].id] = {std::nullopt, Month::of(2027, 9)};
    s.tenure[p.people[2].id] = {Month::of(2027, 4), std::nullopt};
    const Tool& tool = builtInToolCatalog().tools.front();
    s.stack[tool.stage] = tool.name;
    s.declined.insert({s.roles.front().id, p.findSkill("SQL")->id});
    s.roles.front().requirements.front().source = tool.name;
    p.toolCatalog = std::string(builtInToolCatalogJson());
    // Maturity: targets, a role and a requirement of a level, the time to hire.
    s.targets = {{2, Month::of(2027, 6)}, {3, Month::of(2027, 12)}};
    s.roles.back().maturity = 2;
    s.roles.front().requirements.back().maturity = 3;
    p.monthsToHire = 4;
    return p;
}

} // namespace

TEST(ProjectJson, ExportImportExportIsByteIdentical) {
    const Project original = richSample();
    const std::string first = writeProjectJson(original);
    auto read = readProjectJson(first, "sample.json");
    ASSERT_TRUE(read.ok()) << read.message();
    EXPECT_EQ(writeProjectJson(*read), first);
    // What was read is the project, not only the same text: spot-check the parts added last.
    const Scenario& s = read->scenarios.front();
    ASSERT_EQ(s.training.size(), 1u);
    EXPECT_EQ(s.training[0].target, SkillLevel::Expert);
    EXPECT_DOUBLE_EQ(s.training[0].weeks, 8.5);
    EXPECT_EQ(read->training, (TrainingRate{5500.0, 5.0}));
    EXPECT_EQ(read->trainingRateFor(read->findSkill("Spark")->id), (TrainingRate{9000.0, 10.0}));
    EXPECT_DOUBLE_EQ(read->recruitingShare, 0.25);
    EXPECT_EQ(s.horizonStart, Month::of(2027, 1));
    EXPECT_EQ(s.horizonMonths, 18);
    EXPECT_EQ(s.roles.front().rampUpMonths, 3);
    EXPECT_EQ(s.training[0].start, Month::of(2027, 2));
    EXPECT_EQ(s.targets,
              (std::vector<MaturityTarget>{{2, Month::of(2027, 6)}, {3, Month::of(2027, 12)}}));
    EXPECT_EQ(s.roles.back().maturity, 2);
    EXPECT_EQ(s.roles.front().requirements.back().maturity, 3);
    EXPECT_EQ(read->monthsToHire, 4);
    const auto byName = [](const Project& project) {
        std::map<std::string, Tenure> out;
        for (const auto& [id, dates] : project.scenarios.front().tenure)
            out[project.findPerson(id)->name] = dates;
        return out;
    };
    EXPECT_EQ(byName(*read), byName(original));
    EXPECT_EQ(byName(*read).size(), 2u);
    EXPECT_EQ(s.stack, original.scenarios.front().stack);
    EXPECT_EQ(s.declined.size(), 1u);
    EXPECT_FALSE(read->toolCatalog.empty());
    EXPECT_EQ(read->people.size(), original.people.size());
}

TEST(ProjectJson, TheSampleAsJsonIsGolden) {
    auto sample = makeProject(ProjectTemplate::Sample);
    ASSERT_TRUE(sample.ok());
    EXPECT_TRUE(crewplan::test::matchesGolden("sample-project.json", writeProjectJson(*sample)));
}

TEST(ProjectJson, RefusesWhatItCannotTrustWithThePlace) {
    const std::string good = writeProjectJson(richSample());
    const auto refused = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        return errorOf(text);
    };
    EXPECT_EQ(refused("\"headcount\": 2", "\"headcount\": 0"),
              "test.json: scenarios[0].teams[0].roles[0].headcount: must be from 1 to 10000.");
    EXPECT_EQ(refused("\"version\": 1", "\"version\": 7"),
              "test.json: version: the file is version 7, from a newer Crewplan; this one reads up "
              "to 1.");
    EXPECT_EQ(refused("\"target\": \"Expert\"", "\"target\": \"Wizard\""),
              "test.json: scenarios[0].training[0].target: unknown level \"Wizard\" (expected "
              "Awareness, Working, Advanced or Expert, or 1 to 4).");
    EXPECT_EQ(refused("\"until\": \"2027-09\"", "\"until\": \"September\""),
              "test.json: scenarios[0].tenure[0].until: must be a month from 1900-01 to 2999-12, "
              "as \"2027-03\".");
    EXPECT_EQ(refused("\"from\": \"2027-04\"", "\"from\": \"2028-04\", \"until\": \"2028-01\""),
              "test.json: scenarios[0].tenure[1]: the month they leave (2028-01, the first they "
              "are gone) must come after the month they join (2028-04).");
    EXPECT_EQ(refused("\"months\": 18", "\"months\": 500"),
              "test.json: scenarios[0].horizon.months: must be from 1 to 120.");
    EXPECT_EQ(refused("\"recruitingShare\": 0.25", "\"recruitingShare\": 12"),
              "test.json: recruitingShare: must be from 0 to 10 (0 to 1,000 % of a hire's yearly "
              "cost).");
    EXPECT_EQ(refused("\"recruitingShare\": 0.25", "\"recruitingShare\": \"20 %\""),
              "test.json: recruitingShare: must be a number.");
    EXPECT_EQ(refused("\"level\": 3", "\"level\": 1"),
              "test.json: scenarios[0].targets: each maturity target must come after the one "
              "before, at a higher level (level 2 by 2027-06, then level 1 by 2027-12).");
    EXPECT_EQ(refused("\"level\": 2", "\"level\": 9"),
              "test.json: scenarios[0].targets[0].level: must be from 1 to 4.");
    EXPECT_EQ(refused("\"monthsToHire\": 4", "\"monthsToHire\": 40"),
              "test.json: monthsToHire: must be from 0 to 24.");
    EXPECT_EQ(refused("\"maturity\": 2", "\"maturity\": -1"),
              "test.json: scenarios[0].teams[3].roles[0].maturity: must be from 0 to 4.");
    EXPECT_EQ(refused("\"costPerLevel\": 5500.0", "\"costPerLevel\": -1"),
              "test.json: training: cost and weeks must be 0 or more.");
    const std::string tool = builtInToolCatalog().tools.front().name;
    EXPECT_NE(refused("\"" + builtInToolCatalog().tools.front().stage + "\": \"" + tool + "\"",
                      "\"" + builtInToolCatalog().tools.front().stage + "\": \"No Such Tool\"")
                  .find("No Such Tool"),
              std::string::npos);
}

TEST(ProjectJson, TwoPeopleOfOneNameKeepTheirOwnAssignments) {
    Project p = richSample();
    Person twin = p.people.front();
    twin.id = PersonId{p.allocateId()};
    twin.yearlyCost = 1;
    p.people.push_back(twin);
    Scenario& s = p.scenarios.front();
    s.assignments.erase(
        std::remove_if(s.assignments.begin(), s.assignments.end(),
                       [&](const Assignment& a) { return a.person == p.people[0].id; }),
        s.assignments.end());
    s.assignments.push_back({twin.id, s.roles.back().id, 1.0});
    ASSERT_TRUE(validate(p).ok()) << validate(p).message();
    const std::string text = writeProjectJson(p);
    EXPECT_NE(text.find("\"key\": \"Aisha Khan #2\""), std::string::npos);
    auto read = readProjectJson(text, "twins.json");
    ASSERT_TRUE(read.ok()) << read.message();
    EXPECT_EQ(writeProjectJson(*read), text);
    const Scenario& back = read->scenarios.front();
    const auto held =
        std::find_if(back.assignments.begin(), back.assignments.end(),
                     [&](const Assignment& a) { return a.role == back.roles.back().id; });
    ASSERT_NE(held, back.assignments.end());
    EXPECT_EQ(read->findPerson(held->person)->yearlyCost, 1) << "the twin, not the first";
}

TEST(ProjectJson, AFormatThatIsNotTextIsRefusedInOurWords) {
    EXPECT_EQ(errorOf("{\"format\": 7}"), "test.json: format: expected \"crewplan-project\".");
}
