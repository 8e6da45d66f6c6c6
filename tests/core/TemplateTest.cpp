// The MLOps template follows the source article, and the sample shows real gaps.
#include "coverage/CoverageReport.h"
#include "templates/Templates.h"

#include <gtest/gtest.h>

using namespace crewplan;

namespace {

const RoleRequirement* requirement(const Project& p, const char* team, const char* role,
                                   const char* skill) {
    const Scenario& s = p.scenarios.front();
    const Team* t = s.findTeam(team);
    const Role* r = t ? s.findRole(t->id, role) : nullptr;
    const Skill* k = p.findSkill(skill);
    if (!r || !k)
        return nullptr;
    for (const auto& req : r->requirements) {
        if (req.skill == k->id)
            return &req;
    }
    return nullptr;
}

} // namespace

TEST(MlopsTemplate, HasTheArticlesFourTeams) {
    auto p = makeProject(ProjectTemplate::Mlops);
    ASSERT_TRUE(p.ok()) << p.message();
    const Scenario& s = p->scenarios.front();
    ASSERT_EQ(s.teams.size(), 4u);
    EXPECT_EQ(s.teams[0].name, "Data Engineering");
    EXPECT_EQ(s.teams[1].name, "Data Science");
    EXPECT_EQ(s.teams[2].name, "DevOps");
    EXPECT_EQ(s.teams[3].name, "QA");
    EXPECT_TRUE(p->people.empty());
    EXPECT_TRUE(validate(*p).ok());
}

TEST(MlopsTemplate, MapsTheArticlesWordsToLevels) {
    auto p = makeProject(ProjectTemplate::Mlops);
    ASSERT_TRUE(p.ok());
    struct Expect {
        const char* team;
        const char* role;
        const char* skill;
        SkillLevel level;
        Importance importance;
    };
    using enum SkillLevel;
    const Expect expected[] = {
        // "Strong Python skill … Spark", "Strong ETL", "Strong SQL skill, Data lake, and DWH":
        // Advanced
        {"Data Engineering", "Data Engineer", "Python", Advanced, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "Spark", Advanced, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "ETL", Advanced, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "SQL", Advanced, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "Data lakes & warehouses", Advanced,
         Importance::MustHave},
        // "At least one orchestration tool", "a good idea of ML workflow": Working
        {"Data Engineering", "Data Engineer", "Workflow orchestration", Working,
         Importance::MustHave},
        {"Data Engineering", "Data Engineer", "ML workflow", Working, Importance::MustHave},
        // "Basic Github": Working; "basic … CI/CD" and "basic concept of Docker": Awareness
        {"Data Engineering", "Data Engineer", "Git & code versioning", Working,
         Importance::MustHave},
        {"Data Engineering", "Data Engineer", "CI/CD", Awareness, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "Docker & containers", Awareness,
         Importance::MustHave},
        // "One of the clouds … (not to be an expert)": Working
        {"Data Engineering", "Data Engineer", "Cloud platform", Working, Importance::MustHave},
        {"Data Engineering", "Data Engineer", "Growth mindset", Working, Importance::MustHave},
        {"Data Science", "Data Scientist", "Python", Working, Importance::MustHave},
        {"Data Science", "Data Scientist", "Growth mindset", Working, Importance::MustHave},
        {"Data Science", "Subject-matter expert", "Domain expertise", Expert, Importance::MustHave},
        {"DevOps", "DevOps Engineer", "CI/CD", Expert, Importance::MustHave},
        {"QA", "QA Engineer", "Test design", Advanced, Importance::MustHave},
        {"QA", "QA Engineer", "Test automation", Advanced, Importance::MustHave},
        {"QA", "QA Engineer", "Data & model testing", Working, Importance::MustHave},
    };
    for (const auto& e : expected) {
        const RoleRequirement* req = requirement(*p, e.team, e.role, e.skill);
        ASSERT_NE(req, nullptr) << e.role << " / " << e.skill;
        EXPECT_EQ(req->minimum, e.level) << e.role << " / " << e.skill;
        EXPECT_EQ(req->importance, e.importance) << e.role << " / " << e.skill;
        EXPECT_FALSE(req->rationale.empty()) << "every template level says why: " << e.skill;
    }
}

TEST(MlopsTemplate, EverySkillHasACategoryAndDescription) {
    auto p = makeProject(ProjectTemplate::Mlops);
    ASSERT_TRUE(p.ok());
    EXPECT_GE(p->skills.size(), 15u);
    for (const auto& skill : p->skills)
        EXPECT_FALSE(skill.description.empty()) << skill.name;
}

TEST(SampleProject, HasGapsAndASinglePointOfFailure) {
    auto p = makeProject(ProjectTemplate::Sample);
    ASSERT_TRUE(p.ok()) << p.message();
    EXPECT_GE(p->people.size(), 5u);
    ASSERT_GE(p->scenarios.size(), 2u);
    const auto report = computeCoverage(*p, p->scenarios.front());
    std::size_t uncovered = 0;
    std::size_t spof = 0;
    for (const auto& team : report.teams) {
        uncovered += team.uncovered().size();
        spof += team.singlePointsOfFailure().size();
    }
    EXPECT_GE(uncovered, 1u);
    EXPECT_GE(spof, 1u);
    // Data Engineering, by hand: 12 must-haves with h = 2; Aisha meets all 12, Bruno 9 (he is
    // short on Spark, Data lakes and ML workflow): (2 * (9 * 1 + 3 * 0.5)) / (2 * 12) = 0.875.
    EXPECT_DOUBLE_EQ(*report.teams[0].figures.mustHave, 0.875);
}

TEST(SampleProject, SecondScenarioIsADeepCopyWithItsOwnPlannedHire) {
    auto p = makeProject(ProjectTemplate::Sample);
    ASSERT_TRUE(p.ok());
    const Scenario& base = p->scenarios[0];
    const Scenario& hire = p->scenarios[1];
    EXPECT_NE(base.teams[0].id, hire.teams[0].id);
    EXPECT_EQ(base.teams.size(), hire.teams.size());
    int plannedHires = 0;
    for (const auto& person : p->people) {
        if (person.status == PersonStatus::PlannedHire) {
            ++plannedHires;
            EXPECT_EQ(person.scenario, hire.id);
        }
    }
    EXPECT_EQ(plannedHires, 1);
}

TEST(EmptyTemplate, HasOneScenarioAndNothingElse) {
    auto p = makeProject(ProjectTemplate::Empty);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->scenarios.size(), 1u);
    EXPECT_TRUE(p->skills.empty());
    EXPECT_TRUE(validate(*p).ok());
}
