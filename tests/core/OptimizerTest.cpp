// Recommendations: on many small random instances the optimizer's cost equals an exhaustive
// search's; its plans, applied, meet every must-have by the coverage code's own reckoning.
#include "core/ProjectBuilder.h"
#include "coverage/CoverageReport.h"
#include "generate/Generator.h"
#include "model/Text.h"
#include "optimize/StaffingOptimizer.h"
#include "templates/Templates.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
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

// The cheapest plan by trying every choice: hires per role, a training target per person and
// skill, which candidates to use, and every allocation in quarter steps.
double exhaustive(const Project& p, const RecommendOptions& o) {
    const Scenario& s = p.scenarios.front();
    const auto& people = p.people;
    const std::size_t n = people.size();
    std::vector<SkillId> skills{p.skills[0].id, p.skills[1].id};
    std::vector<std::vector<int>> targets(n * 2); // per person and skill: 0 (none) or a level
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < 2; ++k) {
            targets[i * 2 + k].push_back(0);
            std::set<int> levels;
            for (const auto& role : s.roles) {
                for (const auto& req : role.requirements) {
                    if (req.skill == skills[k] && req.minimum > people[i].level(skills[k]))
                        levels.insert(static_cast<int>(req.minimum));
                }
            }
            targets[i * 2 + k].insert(targets[i * 2 + k].end(), levels.begin(), levels.end());
        }
    }
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> hires(s.roles.size(), 0);
    std::vector<std::size_t> choice(n * 2, 0);
    std::function<void(std::size_t)> hireLoop;
    std::function<void(std::size_t, double)> trainLoop;

    const auto feasible = [&](const std::vector<std::vector<int>>& level,
                              const std::vector<bool>& active) {
        // Every allocation: person i gives k[i][r] quarters to role r, within their FTE.
        std::vector<std::vector<int>> k(n, std::vector<int>(s.roles.size(), 0));
        std::function<bool(std::size_t, std::size_t, int)> assign =
            [&](std::size_t i, std::size_t r, int left) -> bool {
            if (i == n) {
                for (std::size_t ri = 0; ri < s.roles.size(); ++ri) {
                    for (const auto& req : s.roles[ri].requirements) {
                        const std::size_t sk = req.skill == skills[0] ? 0 : 1;
                        double covered = hires[ri];
                        for (std::size_t pi = 0; pi < n; ++pi) {
                            if (level[pi][sk] >= static_cast<int>(req.minimum))
                                covered += k[pi][ri] / 4.0;
                        }
                        if (covered < s.roles[ri].headcount - 1e-9)
                            return false;
                    }
                }
                return true;
            }
            if (r == s.roles.size()) {
                const int cap = static_cast<int>(
                    std::floor(std::min(1.0, people[i + 1 < n ? i + 1 : i].fte) * 4 + 1e-9));
                return assign(i + 1, 0, i + 1 < n && active[i + 1] ? cap : 0);
            }
            for (int q = 0; q <= left; ++q) {
                k[i][r] = q;
                if (assign(i, r + 1, left - q))
                    return true;
            }
            k[i][r] = 0;
            return false;
        };
        const int cap0 = static_cast<int>(std::floor(std::min(1.0, people[0].fte) * 4 + 1e-9));
        return assign(0, 0, active[0] ? cap0 : 0);
    };

    trainLoop = [&](std::size_t idx, double cost) {
        if (cost >= best)
            return;
        if (idx < choice.size()) {
            for (std::size_t c = 0; c < targets[idx].size(); ++c) {
                const int target = targets[idx][c];
                const int current = static_cast<int>(people[idx / 2].level(skills[idx % 2]));
                choice[idx] = c;
                trainLoop(idx + 1,
                          cost + (target ? (target - current) * o.trainingCostPerLevel : 0.0));
            }
            return;
        }
        std::vector<std::vector<int>> level(n, std::vector<int>(2));
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t k = 0; k < 2; ++k) {
                const int target = targets[i * 2 + k][choice[i * 2 + k]];
                level[i][k] = target ? target : static_cast<int>(people[i].level(skills[k]));
            }
        }
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < n; ++i) {
            if (people[i].status != PersonStatus::Employee)
                candidates.push_back(i);
        }
        for (unsigned mask = 0; mask < (1u << candidates.size()); ++mask) {
            double total = cost;
            std::vector<bool> active(n, true);
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                active[candidates[c]] = mask & (1u << c);
                if (active[candidates[c]])
                    total += static_cast<double>(people[candidates[c]].yearlyCost);
            }
            if (total < best && feasible(level, active))
                best = total;
        }
    };
    hireLoop = [&](std::size_t r) {
        if (r == s.roles.size()) {
            double cost = 0.0;
            for (std::size_t i = 0; i < s.roles.size(); ++i)
                cost += hires[i] * s.roles[i].costBand.midpoint();
            trainLoop(0, cost);
            return;
        }
        for (int h = 0; h <= s.roles[r].headcount; ++h) {
            hires[r] = h;
            hireLoop(r + 1);
        }
    };
    hireLoop(0);
    return best;
}

} // namespace

TEST(Optimizer, CostEqualsExhaustiveSearchOnSmallRandomInstances) {
    RecommendOptions options;
    options.trainingCostPerLevel = 7000;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Project p = randomInstance(seed);
        const StaffingPlan plan = recommend(p, p.scenarios.front(), options);
        ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal) << "seed " << seed;
        EXPECT_NEAR(plan.cost, exhaustive(p, options), 1e-6) << "seed " << seed;
    }
}

TEST(Optimizer, AppliedPlansMeetEveryMustHave) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        Project p = randomInstance(seed);
        const StaffingPlan plan = recommend(p, p.scenarios.front(), {});
        ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal);
        // Apply: training raises levels, assignments replace the scenario's, hires join at 1 FTE
        // with exactly their role's must-haves.
        Scenario& s = p.scenarios.front();
        s.assignments.clear();
        for (const auto& step : plan.steps) {
            if (step.kind == PlanStep::Kind::Train)
                p.findPerson(step.person)->skills[step.skill] = step.to;
            if (step.kind == PlanStep::Kind::Assign)
                s.assignments.push_back({step.person, step.role, step.allocation});
            if (step.kind == PlanStep::Kind::Hire) {
                for (int i = 0; i < step.count; ++i) {
                    Person hire;
                    hire.id = PersonId{p.allocateId()};
                    hire.name = "hire";
                    hire.status = PersonStatus::PlannedHire;
                    hire.scenario = s.id;
                    for (const auto& req : s.findRole(step.role)->requirements)
                        hire.skills[req.skill] = req.minimum;
                    p.people.push_back(hire);
                    s.assignments.push_back({hire.id, step.role, 1.0});
                }
            }
            EXPECT_FALSE(step.reason.empty());
        }
        EXPECT_TRUE(validate(p).ok()) << "seed " << seed << ": " << validate(p).message();
        const auto report = computeCoverage(p, p.scenarios.front());
        ASSERT_TRUE(report.total.mustHave.has_value());
        EXPECT_NEAR(*report.total.mustHave, 1.0, 1e-9) << "seed " << seed;
    }
}

TEST(Optimizer, ABudgetTooLowIsSaidPlainly) {
    const Project sample = *makeProject(ProjectTemplate::Sample);
    const StaffingPlan cheapest = recommend(sample, sample.scenarios.front(), {});
    ASSERT_EQ(cheapest.status, StaffingPlan::Status::Optimal);
    EXPECT_GT(cheapest.cost, 0.0); // QA has nobody: somebody must be hired or trained
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

TEST(Optimizer, ScenariosBeyondTheModelsSizeAreRefusedWithTheFigures) {
    auto big = generateProject({200, 1});
    ASSERT_TRUE(big.ok());
    const StaffingPlan plan = recommend(*big, big->scenarios.front(), {});
    EXPECT_EQ(plan.status, StaffingPlan::Status::TooLarge);
    EXPECT_NE(plan.message.find("person-role pairs"), std::string::npos) << plan.message;
}
