// The solver's isolation: work in a child process that aborts, runs on, or is stopped leaves the
// caller alive and answered; and the smallest staffing models, on which CBC 2.10 used to abort,
// are solved.
#include "optimize/ChildProcess.h"

#include "core/ProjectBuilder.h"
#include "optimize/MipSolver.h"
#include "optimize/StaffingOptimizer.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>
#include <thread>

using namespace crewplan;
using crewplan::test::ProjectBuilder;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

TEST(ChildProcess, HandsBackWhatTheProgramWroteForItsInput) {
    std::string big(300000, 'x'); // more than a pipe holds at once, both ways
    big[123456] = 'y';
    const auto outcome = runProgram("/bin/cat", {}, big, Clock::now() + 10s, {});
    ASSERT_EQ(outcome.status, ChildOutcome::Status::Done) << outcome.why;
    EXPECT_EQ(outcome.output, big);
}

TEST(ChildProcess, AnAbortInTheProgramIsAnAnswerNotADeath) {
    const auto outcome =
        runProgram("/bin/sh", {"-c", "kill -ABRT $$"}, "unread input", Clock::now() + 10s, {});
    EXPECT_EQ(outcome.status, ChildOutcome::Status::Crashed);
    EXPECT_NE(outcome.why.find("SIGABRT"), std::string::npos) << outcome.why;
    EXPECT_TRUE(outcome.output.empty());
}

TEST(ChildProcess, AProgramThatStopsReadingOrIsMissingIsAnAnswer) {
    // Input it never reads (more than the pipe holds) must not raise SIGPIPE in the caller.
    const auto closed = runProgram("/bin/sh", {"-c", "exec 0<&-; exit 4"},
                                   std::string(1 << 20, 'x'), Clock::now() + 10s, {});
    EXPECT_EQ(closed.status, ChildOutcome::Status::Crashed);
    EXPECT_EQ(closed.why, "it exited with code 4");
    const auto missing = runProgram("/nonexistent/crewplan-solver", {}, "", Clock::now() + 10s, {});
    EXPECT_EQ(missing.status, ChildOutcome::Status::Crashed);
    EXPECT_NE(missing.why.find("could not be started"), std::string::npos) << missing.why;
}

TEST(ChildProcess, AStopRequestEndsTheProgramAtOnce) {
    std::stop_source stop;
    std::thread requester([&] {
        std::this_thread::sleep_for(50ms);
        stop.request_stop();
    });
    const auto start = Clock::now();
    const auto outcome = runProgram("/bin/sleep", {"60"}, "", Clock::now() + 60s, stop.get_token());
    requester.join();
    EXPECT_EQ(outcome.status, ChildOutcome::Status::Stopped);
    EXPECT_LT(Clock::now() - start, 30s); // not the minute the program would take
}

TEST(ChildProcess, TheDeadlineEndsTheProgramEvenWithItsOutputClosed) {
    EXPECT_EQ(runProgram("/bin/sleep", {"60"}, "", Clock::now() + 100ms, {}).status,
              ChildOutcome::Status::TimedOut);
    const auto start = Clock::now();
    EXPECT_EQ(
        runProgram("/bin/sh", {"-c", "exec 1>&-; sleep 60"}, "", Clock::now() + 100ms, {}).status,
        ChildOutcome::Status::TimedOut);
    EXPECT_LT(Clock::now() - start, 30s);
}

TEST(MipModel, TheSolverProgramIsFoundAndRefusesWhatIsNotARequest) {
    const std::string program = solverProgram();
    ASSERT_FALSE(program.empty());
    const auto garbage = runProgram(program, {}, "not a model", Clock::now() + 10s, {});
    EXPECT_EQ(garbage.status, ChildOutcome::Status::Crashed);
    EXPECT_EQ(garbage.why, "it exited with code 2");
}

TEST(MipModel, SingletonAndEmptyRowsBecomeBounds) {
    // min 3x + 5y  s.t.  x <= 1 (a bound in disguise), x + y >= 1, 0 <= 0, x, y binary:
    // x = 1, y = 0, cost 3.
    MipModel m;
    const int x = m.addVariable(0, 1, 3, true);
    const int y = m.addVariable(0, 1, 5, true);
    m.addConstraint({{x, 1.0}}, MipModel::Sense::LessEqual, 1.0);
    m.addConstraint({{x, 1.0}, {y, 1.0}}, MipModel::Sense::GreaterEqual, 1.0);
    m.addConstraint({}, MipModel::Sense::LessEqual, 0.0);
    const auto s = m.solve(Clock::now() + 10s);
    ASSERT_EQ(s.status, MipModel::Solution::Status::Optimal);
    EXPECT_DOUBLE_EQ(s.objective, 3.0);
    EXPECT_DOUBLE_EQ(s.values[0], 1.0);
    EXPECT_DOUBLE_EQ(s.values[1], 0.0);

    MipModel impossible; // 0 >= 1
    impossible.addVariable(0, 1, 1, true);
    impossible.addConstraint({}, MipModel::Sense::GreaterEqual, 1.0);
    EXPECT_EQ(impossible.solve(Clock::now() + 10s).status, MipModel::Solution::Status::Infeasible);

    MipModel bounds; // only bounds: 2 <= x (x <= 4), cost 1 per unit → x = 2
    const int z = bounds.addVariable(0, 4, 1, true);
    bounds.addConstraint({{z, 2.0}}, MipModel::Sense::GreaterEqual, 3.0); // x >= 1.5 → 2
    const auto b = bounds.solve(Clock::now() + 10s);
    ASSERT_EQ(b.status, MipModel::Solution::Status::Optimal);
    EXPECT_DOUBLE_EQ(b.values[0], 2.0);
}

TEST(MipModel, AStartThatHoldsIsTheAnswerWhenTheSolverHasNoTime) {
    // min x + 2y  s.t.  x + y >= 1, x + 3y >= 2: the optimum is y = 1 (2); the start x = 2 (2)
    // holds too, and x = 1 does not (x + 3y = 1).
    MipModel m;
    const int x = m.addVariable(0, 4, 1, true);
    const int y = m.addVariable(0, 4, 2, true);
    m.addConstraint({{x, 1.0}, {y, 1.0}}, MipModel::Sense::GreaterEqual, 1.0);
    m.addConstraint({{x, 1.0}, {y, 3.0}}, MipModel::Sense::GreaterEqual, 2.0);
    EXPECT_TRUE(m.satisfies({2.0, 0.0}));
    EXPECT_FALSE(m.satisfies({1.0, 0.0}));
    EXPECT_FALSE(m.satisfies({1.5, 0.5})); // not whole
    EXPECT_FALSE(m.satisfies({2.0}));      // not every variable

    m.setStart({2.0, 0.0});
    const auto late = m.solve(Clock::now()); // no time at all: the start, with no bound
    ASSERT_EQ(late.status, MipModel::Solution::Status::Feasible);
    EXPECT_EQ(late.values, (std::vector<double>{2.0, 0.0}));
    EXPECT_DOUBLE_EQ(late.objective, 2.0);
    EXPECT_FALSE(std::isfinite(late.bound));
    const auto solved = m.solve(Clock::now() + 10s); // with time, CBC's own answer
    ASSERT_EQ(solved.status, MipModel::Solution::Status::Optimal);
    EXPECT_DOUBLE_EQ(solved.objective, 2.0);

    m.setStart({1.0, 0.0}); // a start that breaks a row is never the answer
    EXPECT_EQ(m.solve(Clock::now()).status, MipModel::Solution::Status::NoSolutionInTime);
    // The relaxation: x = y = 1/2, cost 1.5, below any whole plan.
    const auto lp = m.relaxed().solve(Clock::now() + 10s);
    ASSERT_EQ(lp.status, MipModel::Solution::Status::Optimal);
    EXPECT_NEAR(lp.objective, 1.5, 1e-9);
}

TEST(Optimizer, OnePersonForOneRoleGetsAPlan) {
    // The repro: one employee at None, one role asking Advanced (3 level steps at the
    // default 6,000 a step = 18,000) against a hire at the band's middle (90,000).
    ProjectBuilder b;
    b.skill("S0").team("T").role("A", 1, {{"S0", SkillLevel::Advanced, Importance::MustHave}});
    b.scenario().roles.back().costBand = {80000, 100000};
    b.person("Ann", 1.0, 90000, {});
    const Project project = b.build();
    RecommendOptions o;
    o.training = {6000, 6};
    const StaffingPlan plan = recommend(project, project.scenarios.front(), o);
    ASSERT_EQ(plan.status, StaffingPlan::Status::Optimal) << plan.message;
    EXPECT_DOUBLE_EQ(plan.cost, 18000.0);
    EXPECT_EQ(plan.hires, 0);

    o.excluded = {b.personId("Ann")}; // nobody left: one hire
    const StaffingPlan hire = recommend(project, project.scenarios.front(), o);
    ASSERT_EQ(hire.status, StaffingPlan::Status::Optimal) << hire.message;
    EXPECT_EQ(hire.hires, 1);
    EXPECT_DOUBLE_EQ(hire.yearlyCost, 90000.0);
    EXPECT_DOUBLE_EQ(hire.oneOffCost, 18000.0); // recruiting: 20 % of the yearly cost
}

TEST(Optimizer, AStopRequestEndsARecommendation) {
    ProjectBuilder b;
    b.skill("S0").team("T").role("A", 1, {{"S0", SkillLevel::Advanced, Importance::MustHave}});
    b.person("Ann", 1.0, 90000, {});
    const Project project = b.build();
    std::stop_source stop;
    stop.request_stop();
    const StaffingPlan plan = recommend(project, project.scenarios.front(), {}, stop.get_token());
    EXPECT_EQ(plan.status, StaffingPlan::Status::Stopped);
    EXPECT_FALSE(plan.found());
}
