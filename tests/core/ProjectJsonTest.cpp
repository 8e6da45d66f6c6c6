// The JSON interchange format: what it reads, and the errors that say what and where.
#include "io/ProjectJson.h"

#include <gtest/gtest.h>

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
