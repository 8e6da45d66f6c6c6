// Recommendations: on many small random instances the optimizer's cost equals an exhaustive
// search's; its plans, applied, meet every must-have by the coverage code's own reckoning.
#include "core/ProjectBuilder.h"
#include "coverage/CoverageReport.h"
#include "generate/Generator.h"
#include "model/Text.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingOptimizer.h"
#include "templates/Templates.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <map>
#include <set>

using namespace crewplan;
using crewplan::test::ProjectBuilder;

namespace {

struct Rng {
    std::uint64_t s;
    int below(int n) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((s >> 33) % static_cast<std::uint64_t>(n));
    }
};

Project randomInstance(std::uint64_t seed) {
    Rng r{seed};
    ProjectBuilder b;
    b.skill("A").skill("B").team("T");
    const int roles = 1 + r.below(2);
    for (int i = 0; i < roles; ++i) {
        std::vector<std::tuple<const char*, SkillLevel, Importance>> reqs;
        reqs.emplace_back("A", static_cast<SkillLevel>(1 + r.below(4)), Importance::MustHave);
        if (r.below(2))
            reqs.emplace_back("B", static_cast<SkillLevel>(1 + r.below(4)), Importance::MustHave);
        b.role(i == 0 ? "R1" : "R2", 1 + r.below(2), {});
        for (const auto& [skill, level, importance] : reqs)
            b.scenario().roles.back().requirements.push_back(
                {b.skillId(skill), level, importance, ""});
        b.scenario().roles.back().costBand = {40000 + 10000 * r.below(5),
                                              100000 + 10000 * r.below(5)};
    }
    const int people = 2 + r.below(2);
    static const double ftes[] = {0.5, 0.75, 1.0};
    for (int i = 0; i < people; ++i) {
        const auto status = r.below(3) == 0 ? PersonStatus::Candidate : PersonStatus::Employee;
        b.person(std::string("P") + char('1' + i), ftes[r.below(3)], 30000 + 10000 * r.below(8),
                 {{"A", static_cast<SkillLevel>(r.below(5))},
                  {"B", static_cast<SkillLevel>(r.below(5))}},
                 status);
    }
    Project project = b.build();
    for (auto& person : project.people)
        std::erase_if(person.skills,
                      [](const auto& entry) { return entry.second == SkillLevel::None; });
    return project;
}

// The cheapest plan by trying every choice: the role each person fills (or none), hires per role,
// and, for a depth target, which of the team's people to train further. Written from the model's
// definition (docs/recommendations.md), sharing no code with it.
double exhaustive(const Project& p, const RecommendOptions& o) {
    const Scenario& s = p.scenarios.front();
    const auto& people = p.people;
    const std::size_t n = people.size();
    const std::size_t roles = s.roles.size();
    const auto rate = [&](SkillId) { return o.training.costPerLevel; };
    const auto mustHaves = [&](const Role& role) {
        std::vector<RoleRequirement> out;
        for (const auto& req : role.requirements) {
            if (req.importance == Importance::MustHave)
                out.push_back(req);
        }
        return out;
    };
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> roleOf(n, -1); // -1: not in the plan
    std::vector<int> hires(roles, 0);

    const auto evaluate = [&]() {
        double cost = 0.0;
        std::vector<double> filled(roles, 0.0);
        std::vector<std::map<SkillId, int>> level(n);
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& [skill, held] : people[i].skills)
                level[i][skill] = static_cast<int>(held);
            if (roleOf[i] < 0)
                continue;
            const Role& role = s.roles[static_cast<std::size_t>(roleOf[i])];
            for (const auto& req : mustHaves(role)) {
                int& held = level[i][req.skill];
                if (held < static_cast<int>(req.minimum)) {
                    cost += (static_cast<int>(req.minimum) - held) * rate(req.skill);
                    held = static_cast<int>(req.minimum);
                }
            }
            if (people[i].status != PersonStatus::Employee)
                cost += static_cast<double>(people[i].yearlyCost);
            filled[static_cast<std::size_t>(roleOf[i])] += std::min(1.0, people[i].fte);
        }
        for (std::size_t r = 0; r < roles; ++r) {
            if (mustHaves(s.roles[r]).empty())
                continue;
            cost += hires[r] * s.roles[r].costBand.midpoint();
            if (filled[r] + hires[r] < s.roles[r].headcount - 1e-9)
                return;
        }
        if (o.depth > 0) {
            // One team: per must-have skill, at its highest required level, count holders and
            // train the cheapest of the rest up until the target is reached.
            std::map<SkillId, std::pair<int, bool>> needs;
            for (const auto& role : s.roles) {
                for (const auto& req : role.requirements) {
                    auto& [lvl, must] = needs[req.skill];
                    lvl = std::max(lvl, static_cast<int>(req.minimum));
                    must = must || req.importance == Importance::MustHave;
                }
            }
            for (const auto& [skill, need] : needs) {
                if (!need.second)
                    continue;
                int holders = 0;
                for (std::size_t r = 0; r < roles; ++r) {
                    for (const auto& req : mustHaves(s.roles[r])) {
                        if (req.skill == skill && static_cast<int>(req.minimum) >= need.first)
                            holders += hires[r];
                    }
                }
                std::vector<double> upgrades;
                for (std::size_t i = 0; i < n; ++i) {
                    if (roleOf[i] < 0)
                        continue;
                    const int held = level[i].count(skill) ? level[i][skill] : 0;
                    if (held >= need.first)
                        ++holders;
                    else
                        upgrades.push_back((need.first - held) * rate(skill));
                }
                std::sort(upgrades.begin(), upgrades.end());
                for (std::size_t u = 0; holders < o.depth && u < upgrades.size(); ++u, ++holders)
                    cost += upgrades[u];
                if (holders < o.depth)
                    return;
            }
        }
        if (o.budget && cost > *o.budget)
            return;
        best = std::min(best, cost);
    };
    std::function<void(std::size_t)> hireLoop = [&](std::size_t r) {
        if (r == roles)
            return evaluate();
        for (int h = 0; h <= s.roles[r].headcount; ++h) {
            hires[r] = h;
            hireLoop(r + 1);
        }
    };
    std::function<void(std::size_t)> personLoop = [&](std::size_t i) {
        if (i == n)
            return hireLoop(0);
        for (int r = -1; r < static_cast<int>(roles); ++r) {
            roleOf[i] = r;
            personLoop(i + 1);
        }
    };
    personLoop(0);
    return best;
}

} // namespace

// The optimizer against the exhaustive search: same cost when a plan exists, and infeasible
// exactly when the search finds none.
void expectMatchesExhaustiveSearch(const RecommendOptions& options, std::uint64_t seeds) {
    std::uint64_t plans = 0;
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
        const Project p = randomInstance(seed);
        const StaffingPlan plan = recommend(p, p.scenarios.front(), options);
        const double expected = exhaustive(p, options);
        if (std::isinf(expected)) {
            EXPECT_EQ(plan.status, StaffingPlan::Status::Infeasible) << "seed " << seed;
            continue;
        }
        ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal) << "seed " << seed;
        EXPECT_NEAR(plan.cost, expected, 1e-6) << "seed " << seed;
        ++plans;
    }
    EXPECT_GE(plans, seeds / 2); // the instances are mostly feasible: costs were compared
}

TEST(Optimizer, CostEqualsExhaustiveSearchOnSmallRandomInstances) {
    RecommendOptions options;
    options.training.costPerLevel = 7000;
    expectMatchesExhaustiveSearch(options, 60);
}

TEST(Optimizer, WithADepthTargetCostEqualsExhaustiveSearch) {
    RecommendOptions options;
    options.training.costPerLevel = 7000;
    options.depth = 2;
    expectMatchesExhaustiveSearch(options, 60);
}

TEST(Optimizer, WithinABudgetCostEqualsExhaustiveSearch) {
    RecommendOptions options;
    options.budget = 150000; // binding on some seeds, not on others
    expectMatchesExhaustiveSearch(options, 60);
}

// Applied to a copy, a plan meets every must-have by the coverage code's own reckoning, and
// with depth 2 it leaves no single point of failure.
void expectAppliedPlansMeetTheirTargets(const RecommendOptions& options) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Project p = randomInstance(seed);
        const StaffingPlan plan = recommend(p, p.scenarios.front(), options);
        if (plan.status == StaffingPlan::Status::Infeasible)
            continue;
        ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal) << "seed " << seed;
        for (const auto& step : plan.steps)
            EXPECT_FALSE(step.reason.empty());
        const Project after = applyPlan(p, p.scenarios.front(), plan);
        EXPECT_TRUE(validate(after).ok()) << "seed " << seed << ": " << validate(after).message();
        const Scenario& s = after.scenarios.front();
        int hires = 0;
        for (const auto& person : after.people)
            hires += person.status == PersonStatus::PlannedHire ? 1 : 0;
        EXPECT_EQ(hires, plan.hires);
        EXPECT_NEAR(s.trainingCost(), plan.trainingCost, 1e-6);
        const auto report = computeCoverage(after, s);
        ASSERT_TRUE(report.total.mustHave.has_value());
        EXPECT_NEAR(*report.total.mustHave, 1.0, 1e-9) << "seed " << seed;
        EXPECT_NEAR(*plan.coverageAfter, 1.0, 1e-9);
        if (options.depth >= 2) {
            for (const auto& team : report.teams)
                EXPECT_TRUE(team.singlePointsOfFailure().empty()) << "seed " << seed;
        }
    }
}

TEST(Optimizer, AppliedPlansMeetEveryMustHave) {
    expectAppliedPlansMeetTheirTargets({});
}

TEST(Optimizer, AppliedDepthPlansLeaveNoSinglePointOfFailure) {
    RecommendOptions options;
    options.depth = 2;
    expectAppliedPlansMeetTheirTargets(options);
}

TEST(Optimizer, ABudgetTooLowIsSaidPlainly) {
    const Project sample = *makeProject(ProjectTemplate::Sample);
    const StaffingPlan cheapest = recommend(sample, sample.scenarios.front(), {});
    ASSERT_EQ(cheapest.status, StaffingPlan::Status::Optimal);
    EXPECT_GT(cheapest.cost, 0.0); // QA has nobody: somebody must be hired or trained
    // Yearly pay and one-off training apart: the sum is what is minimised.
    EXPECT_DOUBLE_EQ(cheapest.yearlyCost + cheapest.oneOffCost, cheapest.cost);
    EXPECT_DOUBLE_EQ(cheapest.oneOffCost, cheapest.trainingCost);
    ASSERT_TRUE(cheapest.scenarioYearlyBefore && cheapest.scenarioYearlyAfter);
    // The plan pays every year for the QA hire at its band's middle (70,000–100,000: 85,000);
    // the scenario's yearly cost rises by that and by Hugo Martin, an employee assigned nowhere
    // before and now in a role at 1 FTE (92,000): 177,000.
    EXPECT_DOUBLE_EQ(cheapest.yearlyCost, 85000.0);
    EXPECT_DOUBLE_EQ(*cheapest.scenarioYearlyAfter - *cheapest.scenarioYearlyBefore, 177000.0);
    RecommendOptions tight;
    tight.budget = cheapest.cost - 1000;
    const StaffingPlan refused = recommend(sample, sample.scenarios.front(), tight);
    EXPECT_EQ(refused.status, StaffingPlan::Status::Infeasible);
    EXPECT_NE(refused.message.find("needs at least " + formatMoney(cheapest.cost)),
              std::string::npos)
        << refused.message;
    EXPECT_NE(refused.message.find("the budget is " + formatMoney(*tight.budget)),
              std::string::npos);
}

TEST(Optimizer, ALockedPersonFillsTheirRoleAndAnExcludedOneIsLeftOut) {
    const Project sample = *makeProject(ProjectTemplate::Sample);
    const Scenario& s = sample.scenarios.front();
    const StaffingPlan free = recommend(sample, s, {});
    ASSERT_EQ(free.status, StaffingPlan::Status::Optimal);
    // Lock somebody to QA, where the free plan does not put them.
    const Role* qa = nullptr;
    for (const auto& role : s.roles)
        qa = role.name.find("QA") != std::string::npos ? &role : qa;
    ASSERT_NE(qa, nullptr);
    PersonId someone;
    for (const auto& person : sample.people) {
        const bool inQa = std::any_of(free.steps.begin(), free.steps.end(), [&](const auto& st) {
            return st.kind == PlanStep::Kind::Assign && st.person == person.id && st.role == qa->id;
        });
        if (!inQa && person.status == PersonStatus::Employee) {
            someone = person.id;
            break;
        }
    }
    RecommendOptions locked;
    locked.locks.push_back({someone, qa->id});
    const StaffingPlan plan = recommend(sample, s, locked);
    ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal);
    EXPECT_TRUE(std::any_of(plan.steps.begin(), plan.steps.end(), [&](const auto& st) {
        return st.kind == PlanStep::Kind::Assign && st.person == someone && st.role == qa->id;
    }));
    EXPECT_GE(plan.cost, free.cost);

    RecommendOptions without;
    without.excluded.push_back(someone);
    const StaffingPlan left = recommend(sample, s, without);
    ASSERT_EQ(left.status, StaffingPlan::Status::Optimal);
    for (const auto& step : left.steps)
        EXPECT_NE(step.person, someone);
    EXPECT_GE(left.cost, free.cost);

    RecommendOptions both = locked;
    both.excluded.push_back(someone);
    EXPECT_EQ(recommend(sample, s, both).status, StaffingPlan::Status::InvalidOptions);
}

TEST(Optimizer, CapsOnHeadcountAndTrainingWeeksHold) {
    const Project project = *generateProject({20, 3});
    const Scenario& s = project.scenarios.front();
    const StaffingPlan free = recommend(project, s, {});
    ASSERT_EQ(free.status, StaffingPlan::Status::Optimal);

    RecommendOptions weeks;
    weeks.maxTrainingWeeksPerPerson = 6;
    const StaffingPlan capped = recommend(project, s, weeks);
    ASSERT_TRUE(capped.found());
    std::map<std::int64_t, double> perPerson;
    for (const auto& step : capped.steps) {
        if (step.kind == PlanStep::Kind::Train)
            perPerson[step.person.value] += step.weeks;
    }
    for (const auto& [person, total] : perPerson)
        EXPECT_LE(total, 6.0 + 1e-9);
    EXPECT_GE(capped.cost, free.cost);

    int people = 0;
    for (const auto& step : free.steps)
        people += step.kind == PlanStep::Kind::Assign ? 1 : step.count;
    RecommendOptions headcount;
    headcount.headcountCap = people - 1;
    const StaffingPlan fewer = recommend(project, s, headcount);
    if (fewer.found()) {
        int used = 0;
        for (const auto& step : fewer.steps)
            used += step.kind == PlanStep::Kind::Assign ? 1 : step.count;
        EXPECT_LE(used, people - 1);
    }
    headcount.headcountCap = 1;
    const StaffingPlan one = recommend(project, s, headcount);
    EXPECT_EQ(one.status, StaffingPlan::Status::Infeasible);
    // The binding limit, with the figures.
    EXPECT_NE(one.message.find("with at most 1 person (the headcount cap); without the cap the "
                               "cheapest plan has " +
                               std::to_string(people) + " people."),
              std::string::npos)
        << one.message;

    RecommendOptions noTraining;
    noTraining.maxTrainingWeeksPerPerson = 0;
    noTraining.headcountCap = people; // not binding: the training cap is
    const StaffingPlan untrained = recommend(project, s, noTraining);
    if (untrained.status == StaffingPlan::Status::Infeasible) {
        EXPECT_NE(untrained.message.find("training weeks per person"), std::string::npos)
            << untrained.message;
    }
}

TEST(Optimizer, CoverageModeMeetsWhatTheBudgetAllows) {
    const Project project = *generateProject({20, 3});
    const Scenario& s = project.scenarios.front();
    const StaffingPlan cheapest = recommend(project, s, {});
    ASSERT_EQ(cheapest.status, StaffingPlan::Status::Optimal);
    EXPECT_EQ(cheapest.mustHavesMet, cheapest.mustHaves);

    RecommendOptions coverage;
    coverage.mode = RecommendOptions::Mode::Coverage;
    EXPECT_EQ(recommend(project, s, coverage).status, StaffingPlan::Status::InvalidOptions);

    coverage.budget = cheapest.cost;
    const StaffingPlan all = recommend(project, s, coverage);
    ASSERT_EQ(all.status, StaffingPlan::Status::Optimal);
    EXPECT_EQ(all.mustHavesMet, all.mustHaves);

    coverage.budget = cheapest.cost / 2;
    const StaffingPlan half = recommend(project, s, coverage);
    ASSERT_TRUE(half.found());
    EXPECT_LE(half.cost, *coverage.budget + 1e-6);
    EXPECT_LT(half.mustHavesMet, half.mustHaves);
    EXPECT_GT(half.mustHavesMet, 0);
}

TEST(Optimizer, JuniorAndSeniorProfilesNeverCostMore) {
    const Project project = *generateProject({20, 5});
    const Scenario& s = project.scenarios.front();
    const StaffingPlan standard = recommend(project, s, {});
    RecommendOptions profiles;
    profiles.juniorAndSeniorHires = true;
    const StaffingPlan more = recommend(project, s, profiles);
    ASSERT_EQ(standard.status, StaffingPlan::Status::Optimal);
    ASSERT_EQ(more.status, StaffingPlan::Status::Optimal);
    EXPECT_LE(more.cost, standard.cost + 1e-6);
}

TEST(Optimizer, AHireSaysWhatTrainingSomebodyInsteadWouldTake) {
    const Project sample = *makeProject(ProjectTemplate::Sample);
    const StaffingPlan plan = recommend(sample, sample.scenarios.front(), {});
    ASSERT_GT(plan.hires, 0);
    for (const auto& step : plan.steps) {
        if (step.kind == PlanStep::Kind::Hire) {
            // The nearest alternative: somebody who already meets the role, or the training
            // somebody would need — and why the plan does not use them.
            const bool named = step.reason.find(" instead would take ") != std::string::npos ||
                               step.reason.find(" already meets them") != std::string::npos;
            EXPECT_TRUE(named) << step.reason;
            EXPECT_NE(step.reason.find(", but "), std::string::npos) << step.reason;
        }
    }
}

TEST(Optimizer, PerSkillTrainingRatesAreUsed) {
    const Project project = *generateProject({20, 3});
    const Scenario& s = project.scenarios.front();
    const StaffingPlan plan = recommend(project, s, {});
    const auto train = std::find_if(plan.steps.begin(), plan.steps.end(), [](const auto& st) {
        return st.kind == PlanStep::Kind::Train;
    });
    ASSERT_NE(train, plan.steps.end());
    RecommendOptions dearer;
    dearer.perSkill[train->skill] = {1000000, 50};
    const StaffingPlan other = recommend(project, s, dearer);
    ASSERT_TRUE(other.found());
    for (const auto& step : other.steps) {
        if (step.kind == PlanStep::Kind::Train && step.skill == train->skill) {
            EXPECT_EQ(step.cost,
                      1000000.0 * (static_cast<int>(step.to) - static_cast<int>(step.from)));
        }
    }
}
