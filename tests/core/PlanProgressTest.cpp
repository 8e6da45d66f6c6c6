// What remains of a plan is read off the scenario: after any order of Apply step, Apply all and
// Undo, carrying out the rest gives the same scenario as carrying out the whole plan at once.
#include "optimize/PlanProgress.h"

#include "TestSupport.h"
#include "core/SampleProject.h"
#include "coverage/CoverageReport.h"
#include "optimize/PlanEdit.h"
#include "optimize/StaffingOptimizer.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <gtest/gtest.h>
#include <map>

using namespace crewplan;
using namespace crewplan::test;

namespace {

// What a carried-out plan looks like, ids and hire names aside: who holds which role (hires by
// role only), the planned training, and the coverage.
struct Outcome {
    std::map<std::string, int> holders; // "person@role" or "hire@role" -> count
    std::size_t training = 0;
    int people = 0;
    double mustHave = 0.0;
    bool operator==(const Outcome&) const = default;
};

Outcome outcomeOf(const Project& project, const Scenario& scenario, const StaffingPlan& plan) {
    Outcome o;
    for (const auto& a : scenario.assignments) {
        const Person* p = project.findPerson(a.person);
        const bool hire = p->id.value >= plan.firstNewId;
        // Planned hires made by the plan count by role only: their ids and names differ.
        ++o.holders[(hire ? std::string("hire") : p->name) + "@" + scenario.findRole(a.role)->name];
    }
    o.training = scenario.training.size();
    for (const auto& p : project.people)
        o.people += project.isVisibleIn(p, scenario.id) ? 1 : 0;
    o.mustHave = computeCoverage(project, scenario).total.mustHave.value_or(0.0);
    return o;
}

enum class Op { StepHire, StepAssign, StepTrain, All, Undo };

class Session {
public:
    Session(const TempDir& dir, const Project& project)
        : store_(ProjectStore::create(dir.file("p.crewplan"), project).value()) {}

    ProjectStore& store() { return store_; }
    const Scenario& scenario() { return store_.project().scenarios.front(); }

    void run(Op op, const StaffingPlan& plan) {
        if (op == Op::Undo) {
            if (undo_.empty())
                return;
            ASSERT_TRUE(store_.apply(undo_.back()));
            undo_.pop_back();
            return;
        }
        std::optional<std::size_t> only;
        if (op != Op::All) {
            const auto kind = op == Op::StepHire     ? PlanStep::Kind::Hire
                              : op == Op::StepAssign ? PlanStep::Kind::Assign
                                                     : PlanStep::Kind::Train;
            for (std::size_t i = 0; i < plan.steps.size() && !only; ++i) {
                if (plan.steps[i].kind == kind)
                    only = i;
            }
            ASSERT_TRUE(only.has_value());
        }
        auto inverse = store_.apply(planEdit(store_.project(), scenario(), plan, only));
        ASSERT_TRUE(inverse) << inverse.message();
        undo_.push_back(std::move(*inverse));
    }

private:
    ProjectStore store_;
    std::vector<Edit> undo_;
};

} // namespace

TEST(PlanProgress, NothingIsDoneBeforeAndEverythingAfterTheWholePlan) {
    TempDir dir;
    Session s(dir, sample());
    const StaffingPlan plan = recommend(s.store().project(), s.scenario(), test::hiringOptions());
    ASSERT_TRUE(plan.found());
    const PlanProgress before = planProgress(s.store().project(), s.scenario(), plan);
    EXPECT_FALSE(before.whole);
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].kind != PlanStep::Kind::Assign) { // "Keep X in Y" may be done already
            EXPECT_FALSE(before.done[i]) << i;
        }
    }
    s.run(Op::All, plan);
    const PlanProgress after = planProgress(s.store().project(), s.scenario(), plan);
    EXPECT_TRUE(after.whole);
    EXPECT_EQ(after.stepsDone(), static_cast<int>(plan.steps.size()));
}

TEST(PlanProgress, AnyOrderOfApplyAndUndoEndsAsTheWholePlan) {
    const Project original = sample();
    const StaffingPlan plan =
        recommend(original, original.scenarios.front(), test::hiringOptions());
    ASSERT_TRUE(plan.found());
    ASSERT_GT(plan.hires, 0); // the sample has no QA engineer: the plan must hire or train
    Outcome expected;
    {
        TempDir dir;
        Session s(dir, original);
        s.run(Op::All, plan);
        expected = outcomeOf(s.store().project(), s.scenario(), plan);
    }
    EXPECT_DOUBLE_EQ(expected.mustHave, 1.0);

    const Op ops[] = {Op::StepHire, Op::StepAssign, Op::StepTrain, Op::All, Op::Undo};
    int sequences = 0;
    for (const Op a : ops) {
        for (const Op b : ops) {
            for (const Op c : ops) {
                TempDir dir;
                Session s(dir, original);
                for (const Op op : {a, b, c, Op::All})
                    s.run(op, plan);
                const Project& now = s.store().project();
                EXPECT_EQ(outcomeOf(now, s.scenario(), plan), expected)
                    << "ops " << int(a) << int(b) << int(c);
                EXPECT_TRUE(planProgress(now, s.scenario(), plan).whole);
                ++sequences;
            }
        }
    }
    EXPECT_EQ(sequences, 125);
}

TEST(PlanProgress, AnUndoneHireIsMissingAgain) {
    // The issue's sequence: Apply step (a hire), Undo, Apply all: the hire must be made.
    TempDir dir;
    Session s(dir, sample());
    const StaffingPlan plan = recommend(s.store().project(), s.scenario(), test::hiringOptions());
    std::size_t hire = 0;
    while (plan.steps[hire].kind != PlanStep::Kind::Hire)
        ++hire;
    s.run(Op::StepHire, plan);
    EXPECT_TRUE(planProgress(s.store().project(), s.scenario(), plan).done[hire]);
    s.run(Op::Undo, plan);
    EXPECT_FALSE(planProgress(s.store().project(), s.scenario(), plan).done[hire]);
    s.run(Op::All, plan);
    const PlanProgress progress = planProgress(s.store().project(), s.scenario(), plan);
    EXPECT_TRUE(progress.done[hire]);
    EXPECT_EQ(progress.hiresMade(hire), plan.steps[hire].count);
    EXPECT_DOUBLE_EQ(*computeCoverage(s.store().project(), s.scenario()).total.mustHave, 1.0);
}
