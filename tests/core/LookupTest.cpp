// Finding skills, people, teams and roles by the names a person types: exact first, then without
// regard to case, and never a guess where several fit.
#include "model/Lookup.h"

#include "core/ProjectBuilder.h"

#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::ProjectBuilder;

namespace {

Project lookupProject() {
    ProjectBuilder b;
    b.skill("Python").skill("CI/CD").skill("C").skill("C++").skill("C#").skill("ML Ops").skill(
        "MLOps");
    b.team("Data Science").role("Data Scientist", 1, {}).role("CI/CD Engineer", 1, {});
    b.team("ML/AI").role("Engineer", 1, {}).role("Data Scientist", 1, {});
    b.person("Ana Lima", 1.0, 90000, {}).person("Bo Berg", 0.5, 50000, {});
    b.person("Ana Lima", 0.5, 40000, {}, PersonStatus::Candidate);
    return b.build();
}

} // namespace

TEST(Lookup, SkillsByNameThenByLooseKeyButNeverAGuess) {
    const Project p = lookupProject();
    EXPECT_EQ((*skillNamed(p, "python"))->name, "Python");
    EXPECT_EQ((*skillNamed(p, " ci-cd "))->name, "CI/CD"); // loose key "cicd", one skill has it
    EXPECT_EQ((*skillNamed(p, "c++"))->name, "C++");
    // '+' and '#' belong to the name: C# is never taken for C++, nor "C-#" for C.
    EXPECT_EQ((*skillNamed(p, "C-#"))->name, "C#");
    EXPECT_EQ(skillNamed(p, "F#").message(), "there is no skill 'F#' in the catalog.");
    const auto ambiguous = skillNamed(p, "ml-ops"); // "ML Ops" and "MLOps" both key "mlops"
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.message(),
              "'ml-ops' could be any of the skills 'ML Ops', 'MLOps': name one exactly.");
    EXPECT_EQ(skillNamed(p, "Sprak").message(), "there is no skill 'Sprak' in the catalog.");
}

TEST(Lookup, PeopleWhoShareANameAreListedAndNamedByKey) {
    const Project p = lookupProject();
    EXPECT_EQ((*personNamed(p, "bo berg"))->fte, 0.5);
    const auto shared = personNamed(p, "Ana Lima");
    ASSERT_FALSE(shared);
    EXPECT_EQ(shared.message(), "2 people are named 'Ana Lima': 'Ana Lima #1' (employee, 1 FTE), "
                                "'Ana Lima #2' (candidate, 0.5 FTE). Name one as shown.");
    const auto second = personNamed(p, "Ana Lima #2");
    ASSERT_TRUE(second) << second.message();
    EXPECT_EQ((*second)->status, PersonStatus::Candidate);
    EXPECT_EQ(personReference(p, **second), "Ana Lima #2");
    EXPECT_EQ(personReference(p, **personNamed(p, "Bo Berg")), "Bo Berg");
    EXPECT_FALSE(personNamed(p, "Ana Lima #3"));
    EXPECT_EQ(personNamed(p, "Cy").message(), "there is no person named 'Cy' in the project.");
}

TEST(Lookup, APlannedHireOfAnotherScenarioIsNotACandidate) {
    Project p = lookupProject();
    Scenario other = p.scenarios.front();
    other.id = ScenarioId{p.allocateId()};
    other.name = "Hire";
    p.scenarios.push_back(other);
    Person hire;
    hire.id = PersonId{p.allocateId()};
    hire.name = "Open DE";
    hire.status = PersonStatus::PlannedHire;
    hire.scenario = other.id;
    p.people.push_back(hire);
    EXPECT_TRUE(personNamed(p, "Open DE", &p.scenarios.back()));
    EXPECT_EQ(personNamed(p, "Open DE", &p.scenarios.front()).message(),
              "'Open DE' is a planned hire of scenario 'Hire', not of 'Baseline'.");
}

TEST(Lookup, ANameThatReadsTwoWaysIsAmbiguous) {
    ProjectBuilder b;
    b.team("A").role("X/Y", 1, {}).team("X").role("Y", 1, {});
    const Project p = b.build();
    const RoleLookup roles(p.scenarios.front());
    // Team A's role "X/Y", or team X's role "Y": never a guess.
    EXPECT_EQ(roles.find("X/Y").message(),
              "'X/Y' could be any of the roles 'A/X/Y', 'X/Y': name one as Team/Role, or with "
              "its team.");
    EXPECT_EQ(roles.fullName(**roles.find("A/X/Y")), "A/X/Y");
    EXPECT_EQ(roles.fullName(**roles.find("Y", "X")), "X/Y");
}

TEST(Lookup, RolesByNameOrTeamSlashRoleWithSlashesInNames) {
    const Project p = lookupProject();
    const Scenario& s = p.scenarios.front();
    const RoleLookup roles(s);
    // A slash of the role's own name is found whole, before any split.
    EXPECT_EQ(roles.fullName(**roles.find("ci/cd engineer")), "Data Science/CI/CD Engineer");
    // The team's own slash: "ML/AI/Engineer" splits at the second slash.
    EXPECT_EQ(roles.fullName(**roles.find("ML/AI/Engineer")), "ML/AI/Engineer");
    EXPECT_EQ(roles.fullName(**roles.find("Engineer")), "ML/AI/Engineer");
    EXPECT_EQ(roles.fullName(**roles.find("Data Scientist", "ml/ai")), "ML/AI/Data Scientist");
    const auto ambiguous = roles.find("data scientist");
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.message(),
              "'data scientist' could be any of the roles 'Data Science/Data Scientist', "
              "'ML/AI/Data Scientist': name one as Team/Role, or with its team.");
    EXPECT_EQ(roles.find("Tester").message(),
              "'Tester' is not a role in 'Baseline' (write Team/Role, e.g. "
              "'Data Science/Data Scientist').");
}

TEST(Lookup, TeamsExactlyThenWithoutCase) {
    const Project p = lookupProject();
    const Scenario& s = p.scenarios.front();
    EXPECT_EQ((*teamNamed(s, "ml/ai"))->name, "ML/AI");
    EXPECT_EQ(teamNamed(s, "QA").message(),
              "there is no team 'QA' in scenario 'Baseline' (there are 'Data Science', 'ML/AI').");
}
