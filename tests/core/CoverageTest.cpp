// Coverage, depth and staffing figures on hand-computed cases (definitions: docs/coverage.md).
#include "TestSupport.h"
#include "core/ProjectBuilder.h"
#include "coverage/CoverageReport.h"
#include "coverage/NearMisses.h"
#include "coverage/SkillMatrix.h"
#include "generate/Generator.h"
#include "model/IdIndex.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <algorithm>
#include <bit>
#include <gtest/gtest.h>
#include <random>

using namespace crewplan;
using crewplan::test::ProjectBuilder;
using enum SkillLevel;
constexpr auto Must = Importance::MustHave;
constexpr auto Nice = Importance::NiceToHave;

namespace {

// Team Platform: Data Engineer (h=2: Python>=Advanced must, Spark>=Working must, SQL>=Working
// nice) and Analyst (h=1: SQL>=Advanced must). Team QA: Tester (h=1: Python>=Awareness nice).
// Team Empty: no roles. Ann (1.0 to DE), Ben (candidate, FTE 0.5, 0.5 to DE), Cy (0.6 to
// Analyst, 0.4 to Tester).
Project threeTeams() {
    return ProjectBuilder()
        .skill("Python")
        .skill("Spark")
        .skill("SQL")
        .team("Platform")
        .role("Data Engineer", 2,
              {{"Python", Advanced, Must}, {"Spark", Working, Must}, {"SQL", Working, Nice}})
        .role("Analyst", 1, {{"SQL", Advanced, Must}})
        .team("QA")
        .role("Tester", 1, {{"Python", Awareness, Nice}})
        .team("Empty")
        .person("Ann", 1.0, 100000, {{"Python", Expert}, {"Spark", Working}, {"SQL", Advanced}})
        .person("Ben", 0.5, 80000, {{"Python", Advanced}, {"Spark", Awareness}, {"SQL", Working}},
                PersonStatus::Candidate)
        .person("Cy", 1.0, 90000, {{"SQL", Expert}})
        .assign("Ann", "Data Engineer", 1.0)
        .assign("Ben", "Data Engineer", 0.5)
        .assign("Cy", "Analyst", 0.6)
        .assign("Cy", "Tester", 0.4)
        .build();
}

const SkillDepth& depthOf(const TeamCoverage& team, const Project& project, const char* skill) {
    for (const auto& d : team.depths) {
        if (d.skill == project.findSkill(skill)->id)
            return d;
    }
    throw std::runtime_error("no depth for skill");
}

} // namespace

TEST(Coverage, MetPerRequirementIsQualifiedAllocationOverHeadcount) {
    const Project p = threeTeams();
    const auto report = computeCoverage(p, p.scenarios.front());
    const auto& reqs = report.teams[0].requirements;
    ASSERT_EQ(reqs.size(), 4u);
    EXPECT_DOUBLE_EQ(reqs[0].met, 0.75); // Python>=3: Ann 1.0 + Ben 0.5 = 1.5; 1.5 / 2
    EXPECT_DOUBLE_EQ(reqs[1].met, 0.5);  // Spark>=2: Ann 1.0 only (Ben is 1); 1.0 / 2
    EXPECT_DOUBLE_EQ(reqs[2].met, 0.75); // SQL>=2: Ann 1.0 + Ben 0.5; 1.5 / 2
    EXPECT_DOUBLE_EQ(reqs[3].met, 0.6);  // SQL>=3 in Analyst: Cy 0.6; 0.6 / 1
}

TEST(Coverage, TeamCoverageWeighsEachRequirementByHeadcount) {
    const Project p = threeTeams();
    const auto report = computeCoverage(p, p.scenarios.front());
    const auto& platform = report.teams[0].figures;
    // must: (2*0.75 + 2*0.5 + 1*0.6) / (2 + 2 + 1) = 3.1 / 5 = 0.62
    ASSERT_TRUE(platform.mustHave.has_value());
    EXPECT_DOUBLE_EQ(*platform.mustHave, 3.1 / 5.0);
    // nice: 2*0.75 / 2 = 0.75
    EXPECT_DOUBLE_EQ(*platform.niceToHave, 0.75);
}

TEST(Coverage, TeamWithoutRequirementsOfAKindIsNotApplicable) {
    const Project p = threeTeams();
    const auto report = computeCoverage(p, p.scenarios.front());
    const auto& qa = report.teams[1].figures;
    EXPECT_FALSE(qa.mustHave.has_value()); // only a nice-to-have: must-have is n/a, not 0 or 100 %
    ASSERT_TRUE(qa.niceToHave.has_value());
    EXPECT_DOUBLE_EQ(*qa.niceToHave, 0.0); // Cy has no Python
    const auto& empty = report.teams[2].figures;
    EXPECT_FALSE(empty.mustHave.has_value());
    EXPECT_FALSE(empty.niceToHave.has_value());
}

TEST(Coverage, ScenarioCoverageSumsOverAllTeams) {
    const Project p = threeTeams();
    const auto total = computeCoverage(p, p.scenarios.front()).total;
    EXPECT_DOUBLE_EQ(*total.mustHave, 3.1 / 5.0); // QA and Empty add no must-have
    EXPECT_DOUBLE_EQ(*total.niceToHave, (2 * 0.75 + 1 * 0.0) / 3.0); // = 0.5
}

TEST(Coverage, DepthCountsPeopleAtTheHighestRequiredLevel) {
    const Project p = threeTeams();
    const auto report = computeCoverage(p, p.scenarios.front());
    const auto& platform = report.teams[0];
    // Python: highest level 3; Ann (4) and Ben (3) hold it.
    EXPECT_EQ(depthOf(platform, p, "Python").depth(), 2);
    // Spark: level 2; only Ann. A must-have with depth 1: a single point of failure.
    const auto& spark = depthOf(platform, p, "Spark");
    EXPECT_EQ(spark.depth(), 1);
    EXPECT_TRUE(spark.singlePointOfFailure());
    // SQL: Working (nice, DE) and Advanced (must, Analyst): the highest is 3; Ann (3), Cy (4).
    const auto& sql = depthOf(platform, p, "SQL");
    EXPECT_EQ(sql.level, Advanced);
    EXPECT_TRUE(sql.mustHave);
    EXPECT_EQ(sql.depth(), 2);
    ASSERT_EQ(platform.singlePointsOfFailure().size(), 1u);
    EXPECT_TRUE(platform.uncovered().empty());
    // QA: Python>=1 is held by nobody there, but it is nice-to-have: not "uncovered".
    const auto& qaPython = depthOf(report.teams[1], p, "Python");
    EXPECT_EQ(qaPython.depth(), 0);
    EXPECT_FALSE(qaPython.uncovered());
}

TEST(Coverage, MustHaveWithNobodyIsUncovered) {
    const Project p = ProjectBuilder()
                          .skill("CI/CD")
                          .team("DevOps")
                          .role("DevOps Engineer", 1, {{"CI/CD", Expert, Must}})
                          .person("Dee", 1.0, 100000, {{"CI/CD", Advanced}})
                          .assign("Dee", "DevOps Engineer", 1.0)
                          .build();
    const auto team = computeCoverage(p, p.scenarios.front()).teams[0];
    ASSERT_EQ(team.uncovered().size(), 1u);
    EXPECT_DOUBLE_EQ(*team.figures.mustHave, 0.0); // Dee is Advanced, Expert is required
}

TEST(Coverage, MetIsCappedAtOne) {
    const Project p = ProjectBuilder()
                          .skill("SQL")
                          .team("Data")
                          .role("Analyst", 1, {{"SQL", Working, Must}})
                          .person("A", 1.0, 1, {{"SQL", Expert}})
                          .person("B", 1.0, 1, {{"SQL", Expert}})
                          .assign("A", "Analyst", 1.0)
                          .assign("B", "Analyst", 1.0)
                          .build();
    const auto team = computeCoverage(p, p.scenarios.front()).teams[0];
    EXPECT_DOUBLE_EQ(team.requirements[0].met, 1.0); // min(1, 2.0 / 1)
    EXPECT_DOUBLE_EQ(team.figures.openSlots, 0.0);   // max(0, 1 - 2.0)
}

TEST(Coverage, HeadcountFteCostAndOpenSlots) {
    const Project p = threeTeams();
    const auto report = computeCoverage(p, p.scenarios.front());
    const auto& platform = report.teams[0].figures;
    EXPECT_EQ(platform.headcountOf(PersonStatus::Employee), 2);  // Ann, Cy
    EXPECT_EQ(platform.headcountOf(PersonStatus::Candidate), 1); // Ben
    EXPECT_DOUBLE_EQ(platform.fte, 2.1);                         // 1.0 + 0.5 + 0.6
    EXPECT_DOUBLE_EQ(platform.yearlyCost, 194000.0);             // 100000 + 0.5*80000 + 0.6*90000
    EXPECT_NEAR(platform.openSlots, 0.9, 1e-12);                 // (2 - 1.5) + (1 - 0.6)
    const auto& qa = report.teams[1].figures;
    EXPECT_EQ(qa.totalHeadcount(), 1);
    EXPECT_DOUBLE_EQ(qa.yearlyCost, 36000.0); // 0.4 * 90000
    EXPECT_NEAR(qa.openSlots, 0.6, 1e-12);
    // Cy works in two teams but counts once in the scenario's headcount.
    EXPECT_EQ(report.total.totalHeadcount(), 3);
    EXPECT_DOUBLE_EQ(report.total.fte, 2.5);
    EXPECT_DOUBLE_EQ(report.total.yearlyCost, 230000.0);
    EXPECT_NEAR(report.total.openSlots, 1.5, 1e-12);
}

TEST(NearMisses, OneLevelShortOfTheirOwnRolesRequirementMustHavesFirst) {
    const Project p = threeTeams();
    const auto misses = nearMisses(computeCoverage(p, p.scenarios.front()));
    // Ben (Data Engineer): Spark 1 where 2 is required (must); Python 3 >= 3 and SQL 2 >= 2 are
    // met. Cy (Tester): Python 0 where Awareness (1) is asked (nice). Cy (Analyst): SQL 4, met.
    ASSERT_EQ(misses.size(), 2u);
    EXPECT_EQ(misses[0].person, p.people[1].id);
    EXPECT_EQ(misses[0].skill, p.findSkill("Spark")->id);
    EXPECT_EQ(misses[0].held, Awareness);
    EXPECT_EQ(misses[0].required, Working);
    EXPECT_TRUE(misses[0].mustHave);
    EXPECT_EQ(misses[1].person, p.people[2].id);
    EXPECT_FALSE(misses[1].mustHave);
}

// The matrix the heatmaps and role charts are drawn from judges levels as coverage does.
TEST(SkillMatrix, CountsPlannedTrainingAsCoverageDoes) {
    Project p = threeTeams();
    Scenario& s = p.scenarios.front();
    const PersonId ben = p.people[1].id;
    const SkillId spark = p.findSkill("Spark")->id;
    const SkillId python = p.findSkill("Python")->id;
    const TeamId platform = s.teams[0].id;

    TeamSkillMatrix before = teamSkillMatrix(p, s, platform);
    ASSERT_EQ(before.people, (std::vector<PersonId>{p.people[0].id, ben, p.people[2].id}));
    ASSERT_EQ(before.skills, (std::vector<SkillId>{python, spark, p.findSkill("SQL")->id}));
    EXPECT_EQ(before.required, (std::vector<SkillLevel>{Advanced, Working, Advanced}));
    const SkillCell benSpark = before.cells[1][1];
    EXPECT_EQ(benSpark.held, Awareness);
    EXPECT_EQ(benSpark.planned, Awareness);
    EXPECT_EQ(benSpark.needed, Working);
    EXPECT_TRUE(benSpark.gap());
    EXPECT_FALSE(benSpark.trained());
    // Cy is in the Analyst role only: Python is not asked of him.
    EXPECT_EQ(before.cells[2][0].needed, None);
    EXPECT_FALSE(before.cells[2][0].gap());

    s.training.push_back({ben, spark, Working, 1500.0, 1.0});
    const TeamSkillMatrix after = teamSkillMatrix(p, s, platform);
    EXPECT_EQ(after.cells[1][1].held, Awareness);
    EXPECT_EQ(after.cells[1][1].planned, Working);
    EXPECT_TRUE(after.cells[1][1].trained());
    EXPECT_FALSE(after.cells[1][1].gap());
    // Coverage agrees: Spark is now met by Ann's 1.0 and Ben's 0.5 of the headcount of 2.
    EXPECT_DOUBLE_EQ(computeCoverage(p, s).teams[0].requirements[1].met, 0.75);

    // Training to a level below the one held changes nothing.
    s.training.push_back({ben, python, Awareness, 100.0, 0.5});
    EXPECT_FALSE(teamSkillMatrix(p, s, platform).cells[1][0].trained());
}

TEST(SkillMatrix, RoleProfileHasBestHeldAndBestPlanned) {
    Project p = threeTeams();
    Scenario& s = p.scenarios.front();
    const RoleId engineer = s.roles[0].id;
    s.training.push_back({p.people[1].id, p.findSkill("Spark")->id, Expert, 0.0, 0.0});
    const auto rows = roleSkillProfile(p, s, engineer);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].required, Working);
    EXPECT_EQ(rows[1].bestHeld, Working);   // Ann
    EXPECT_EQ(rows[1].bestPlanned, Expert); // Ben, after training
    EXPECT_EQ(rows[0].bestHeld, rows[0].bestPlanned);
    EXPECT_TRUE(roleSkillProfile(p, s, RoleId{987654}).empty());
}

TEST(SkillMatrix, LevelWithPlanSaysBothOnlyWhenTheyDiffer) {
    EXPECT_EQ(levelWithPlan(Working, Working), "Working");
    EXPECT_EQ(levelWithPlan(Working, Advanced), "Working → Advanced, planned");
}

// The bus factor against its definition: the smallest set of a team's people whose leaving (their
// assignments gone, coverage computed again) leaves a must-have skill of the team uncovered,
// found by trying every set, smallest first.
int busFactorBySearch(const Project& p, const Scenario& s, TeamId team) {
    std::vector<PersonId> people;
    for (const auto& a : s.assignments) {
        const Role* role = s.findRole(a.role);
        if (role->team == team && std::find(people.begin(), people.end(), a.person) == people.end())
            people.push_back(a.person);
    }
    const auto uncoveredWithout = [&](std::uint32_t gone) {
        Project q = p;
        Scenario& t = *q.findScenario(s.id);
        std::erase_if(t.assignments, [&](const Assignment& a) {
            for (std::size_t i = 0; i < people.size(); ++i) {
                if ((gone >> i & 1U) && a.person == people[i])
                    return true;
            }
            return false;
        });
        const auto report = computeCoverage(q, t);
        for (const auto& c : report.teams) {
            if (c.team == team)
                return !c.uncovered().empty();
        }
        return false;
    };
    if (people.size() > 16)
        return -2; // too many to try every set: the caller skips the team
    for (int size = 0; size <= static_cast<int>(people.size()); ++size) {
        for (std::uint32_t gone = 0; gone < (1U << people.size()); ++gone) {
            if (std::popcount(gone) == size && uncoveredWithout(gone))
                return size;
        }
    }
    return -1; // no must-have at all
}

TEST(Coverage, TheBusFactorIsTheSmallestLossThatUncoversAMustHave) {
    int teams = 0;
    for (const Project& p :
         {threeTeams(), *makeProject(ProjectTemplate::Sample), *generateProject({40, 2})}) {
        const Scenario& s = p.scenarios.front();
        for (const auto& team : computeCoverage(p, s).teams) {
            const auto factor = team.busFactor();
            const int expected = busFactorBySearch(p, s, team.team);
            if (expected == -2)
                continue;
            if (!factor) {
                EXPECT_EQ(expected, -1);
                continue;
            }
            EXPECT_EQ(factor->people, expected) << s.findTeam(team.team)->name;
            ++teams;
        }
    }
    EXPECT_GE(teams, 8);
    const Project sample = *makeProject(ProjectTemplate::Sample);
    const auto report = computeCoverage(sample, sample.scenarios.front());
    std::vector<std::string> said;
    const IdIndex<Person> people(sample.people);
    for (const auto& team : report.teams)
        said.push_back(busFactorText(
            sample, [&](PersonId id) { return people.find(id); }, team));
    EXPECT_EQ(said[2], "bus factor 1 — losing Farid Haddad uncovers CI/CD ≥ Expert"); // DevOps
    EXPECT_EQ(said[3].rfind("bus factor 0 — ", 0), 0u) << said[3];                    // QA: nobody
}

// The window keeps its coverage by computing again only the teams an edit touched. After each of
// hundreds of random edits of one person (levels, details, allocations, each undone now and
// then), that report equals a whole computation, to the last bit.
TEST(Coverage, ComputingAgainTheTeamsAnEditTouchedGivesTheWholeComputation) {
    for (std::uint64_t seed : {3u, 11u}) {
        test::TempDir dir;
        auto store = ProjectStore::create(dir.file("p.crewplan"), *generateProject({150, seed}));
        ASSERT_TRUE(store.ok()) << store.message();
        std::mt19937_64 random(seed);
        const auto pick = [&](std::size_t n) {
            return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
        };
        const Project& project = store->project();
        const ScenarioId id = project.scenarios.front().id;
        CoverageReport kept = computeCoverage(project, project.scenarios.front());
        int applied = 0;
        int partial = 0;
        for (int round = 0; round < 400; ++round) {
            const Scenario& scenario = *project.findScenario(id);
            const Person& person = project.people[pick(project.people.size())];
            Edit edit = SetSkillLevel{person.id, project.skills[pick(project.skills.size())].id,
                                      static_cast<SkillLevel>(pick(5))};
            if (round % 3 == 1) {
                const Role& role = scenario.roles[pick(scenario.roles.size())];
                edit = SetAllocation{id, person.id, role.id, 0.25 * static_cast<double>(pick(5))};
            } else if (round % 3 == 2) {
                edit =
                    UpdatePerson{person.id, person.name, static_cast<PersonStatus>(pick(2)),
                                 person.fte, static_cast<std::int64_t>(50'000 + pick(9) * 10'000)};
            }
            auto inverse = store->apply(edit);
            if (!inverse)
                continue; // refused (more than the person's FTE): nothing changed
            ++applied;
            const Scenario& after = *project.findScenario(id);
            const auto touched = teamsTouchedBy(after, edit);
            ASSERT_TRUE(touched);
            partial += touched->size() < after.teams.size();
            recomputeTeams(kept, project, after, *touched);
            ASSERT_EQ(kept, computeCoverage(project, after)) << "round " << round;
            if (round % 7 == 0) { // undone: the inverse touches the same teams
                ASSERT_TRUE(store->apply(*inverse).ok());
                recomputeTeams(kept, project, after, *teamsTouchedBy(after, *inverse));
                ASSERT_EQ(kept, computeCoverage(project, after)) << "undo of round " << round;
            }
        }
        EXPECT_GT(applied, 300);
        EXPECT_EQ(partial, applied); // each edit touched a few teams, never all
    }
}

// An edit of another kind may change anything: it names no teams, and a report whose teams are
// no longer the scenario's is computed whole.
TEST(Coverage, OtherEditsNameNoTeamsAndAChangedTeamListIsComputedWhole) {
    Project p = threeTeams();
    const Scenario& scenario = p.scenarios.front();
    EXPECT_FALSE(teamsTouchedBy(scenario, RemoveTeam{scenario.id, scenario.teams.front().id}));
    // An allocation in another scenario touches no team of this one; a person in no team, none.
    const Assignment& a = scenario.assignments.front();
    const auto elsewhere = teamsTouchedBy(
        scenario, SetAllocation{ScenarioId{scenario.id.value + 1000}, a.person, a.role, 0.5});
    ASSERT_TRUE(elsewhere);
    EXPECT_TRUE(elsewhere->empty());
    const auto here = teamsTouchedBy(scenario, SetAllocation{scenario.id, a.person, a.role, 0.5});
    ASSERT_TRUE(here);
    EXPECT_EQ(*here, std::vector<TeamId>{scenario.findRole(a.role)->team});
    const auto nobody =
        teamsTouchedBy(scenario, SetSkillLevel{PersonId{999'999}, p.skills.front().id, {}});
    ASSERT_TRUE(nobody);
    EXPECT_TRUE(nobody->empty());
    CoverageReport report = computeCoverage(p, scenario);
    p.scenarios.front().teams.pop_back();
    recomputeTeams(report, p, p.scenarios.front(), {});
    EXPECT_EQ(report, computeCoverage(p, p.scenarios.front()));
}
