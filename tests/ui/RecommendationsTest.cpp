// The Recommendations view: it solves on its own thread while the window stays live, Cancel drops
// a run, a lock set in the people table reaches the plan, and Apply all / Apply step are each one
// undo step that lands in the file.
#include "Actions.h"
#include "UiTestSupport.h"
#include "coverage/CoverageReport.h"
#include "generate/Generator.h"
#include "maturity/Maturity.h"
#include "model/Project.h"
#include "optimize/StaffingOptimizer.h"
#include "storage/ProjectStore.h"
#include "timeline/Timeline.h"
#include "views/CompareView.h"
#include "views/RecommendOptionsForm.h"
#include "views/RecommendationsView.h"
#include "views/ScenariosPanel.h"
#include "views/SolveRunner.h"
#include "views/StackView.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

// Runs the event loop until the view has a result (the solve has a 2 s limit).
bool waitForPlan(RecommendationsView& view) {
    QElapsedTimer timer;
    timer.start();
    while (view.isBusy() && timer.elapsed() < 30000) {
        QApplication::processEvents();
        QThread::msleep(5);
    }
    return !view.isBusy();
}

QTreeWidgetItem* firstStepOf(QTreeWidget* steps, const QString& prefix) {
    for (QTreeWidgetItemIterator it(steps); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toInt() >= 0 && (*it)->text(0).startsWith(prefix))
            return *it;
    }
    return nullptr;
}

} // namespace

TEST(Recommendations, SolvesOffTheUiThreadAndApplyAllIsOneUndoStep) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    const Project before = w.document.project();
    const int undoSteps = w.document.undoStack()->count();

    view.recommend();
    EXPECT_TRUE(view.isBusy()); // returns at once: the solve runs elsewhere
    ASSERT_TRUE(waitForPlan(view));
    ASSERT_NE(view.plan(), nullptr);
    ASSERT_EQ(view.plan()->status, StaffingPlan::Status::Optimal);
    EXPECT_TRUE(view.headline()->text().startsWith(QStringLiteral("Optimal plan")));
    // The same plan as the core makes for the same scenario and options.
    const StaffingPlan direct = recommend(before, w.document.scenario(), {});
    EXPECT_DOUBLE_EQ(view.plan()->cost, direct.cost);
    int shown = 0;
    for (QTreeWidgetItemIterator it(view.steps()); *it; ++it)
        shown += (*it)->data(0, Qt::UserRole).toInt() >= 0 ? 1 : 0;
    EXPECT_EQ(shown, static_cast<int>(direct.steps.size()));

    view.applyAll();
    EXPECT_EQ(w.document.undoStack()->count(), undoSteps + 1);
    EXPECT_NEAR(*w.document.coverage().total.mustHave, 1.0, 1e-9);
    EXPECT_NEAR(w.document.scenario().trainingCost(), direct.trainingCost, 1e-6);
    // In the file too.
    auto reopened = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->project() == w.document.project());

    w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.project() == before);
}

TEST(Recommendations, ApplyStepCarriesOutThatStepAlone) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    view.form()->setRecruitingPercent(0); // a hire for QA, not the candidate (see hiringOptions)
    view.recommend();
    ASSERT_TRUE(waitForPlan(view));
    QTreeWidgetItem* hire = firstStepOf(view.steps(), QStringLiteral("Hire"));
    ASSERT_NE(hire, nullptr);
    const std::size_t people = w.document.project().people.size();
    view.steps()->setCurrentItem(hire);
    view.applySelected();
    EXPECT_EQ(w.document.project().people.size(), people + 1); // one QA Engineer hire
    EXPECT_TRUE(hire->isDisabled());
    EXPECT_TRUE(hire->text(0).startsWith(QStringLiteral("✓")));
    // Apply all afterwards does not hire the same person twice.
    view.applyAll();
    EXPECT_EQ(w.document.project().people.size(), people + 1);
    EXPECT_NEAR(*w.document.coverage().total.mustHave, 1.0, 1e-9);
}

// A project whose solve runs to the time limit (1,000 generated people: CBC finds no plan in
// 5 s), opened in the window with a limit far beyond any test's patience.
std::unique_ptr<Workbench> slowWorkbench() {
    auto w = std::make_unique<Workbench>(false);
    const std::string path = w->dir.file("large.crewplan");
    GeneratorOptions options;
    options.people = 1000;
    auto created = ProjectStore::create(path, *generateProject(options));
    EXPECT_TRUE(created.ok());
    w->window->openFile(QString::fromStdString(path));
    return w;
}

TEST(Recommendations, CancelStopsTheSolveAndTheWindowStaysUsable) {
    auto w = slowWorkbench();
    RecommendationsView& view = *w->window->recommendationsView();
    view.form()->setTimeLimit(300);
    QSignalSpy ended(view.runner(), &SolveRunner::ended);
    view.recommend();
    ASSERT_TRUE(view.isBusy());
    view.cancel();
    EXPECT_TRUE(view.headline()->text().startsWith(QStringLiteral("Cancelled")));
    // The run itself ends (it would otherwise solve on for its limit of minutes): the spy's wait
    // is a bound on the test, not a timing assertion.
    ASSERT_TRUE(ended.count() > 0 || ended.wait(20000));
    EXPECT_FALSE(view.isBusy());
    EXPECT_EQ(view.plan(), nullptr);
    EXPECT_TRUE(view.headline()->text().startsWith(QStringLiteral("Cancelled")));
    // And the window is usable: a fresh run on the sample finds its plan.
    w->window->openFile(QString::fromStdString(w->samplePath));
    view.recommend();
    ASSERT_TRUE(waitForPlan(view));
    ASSERT_NE(view.plan(), nullptr);
    EXPECT_TRUE(view.plan()->found());
}

TEST(Recommendations, ClosingTheWindowDuringASolveDoesNotWaitForIt) {
    auto w = slowWorkbench();
    w->window->recommendationsView()->form()->setTimeLimit(300);
    w->window->recommendationsView()->recommend();
    ASSERT_TRUE(w->window->recommendationsView()->isBusy());
    // Destroying the window stops the solve; were it waited for, this test would hit CTest's
    // timeout long before the solve's limit.
    w->window.reset();
    SUCCEED();
}

TEST(Recommendations, ApplyStepUndoThenApplyAllMakesTheWholePlan) {
    // The drift the view's own bookkeeping once had: 9 people → 10 → 9 → 9 and 92.3 %.
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    view.form()->setDepth(2);
    view.recommend();
    ASSERT_TRUE(waitForPlan(view));
    ASSERT_TRUE(view.plan()->found());
    const auto visible = [&] {
        int n = 0;
        for (const auto& p : w.document.project().people)
            n += w.document.project().isVisibleIn(p, w.document.scenario().id) ? 1 : 0;
        return n;
    };
    const int before = visible();
    const int hires = view.plan()->hires;
    ASSERT_GT(hires, 0);
    QTreeWidgetItem* hire = firstStepOf(view.steps(), QStringLiteral("Hire"));
    view.steps()->setCurrentItem(hire);
    view.applySelected();
    EXPECT_GT(visible(), before);
    EXPECT_TRUE(hire->isDisabled());
    w.document.undoStack()->undo();
    EXPECT_EQ(visible(), before);
    EXPECT_FALSE(hire->isDisabled()); // read off the scenario: the hire is gone again
    view.applyAll();
    EXPECT_EQ(visible(), before + hires);
    EXPECT_NEAR(*w.document.coverage().total.mustHave, 1.0, 1e-9);
    EXPECT_TRUE(hire->isDisabled());
}

TEST(Recommendations, ALockAndAnExclusionSetInThePeopleTableReachThePlan) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    QTableWidget* people = view.people();
    ASSERT_EQ(people->rowCount(), 8);
    const Scenario& scenario = w.document.scenario();
    const Role* qa = nullptr;
    for (const auto& role : scenario.roles)
        qa = role.name == "QA Engineer" ? &role : qa;
    ASSERT_NE(qa, nullptr);
    // Lock Hugo Martin to QA Engineer; leave Grace Liu (the QA candidate) out.
    PersonId hugo, grace;
    for (int row = 0; row < people->rowCount(); ++row) {
        const QString name = people->item(row, 0)->text();
        QTableWidgetItem* choice = people->item(row, 2);
        const PersonId id{people->item(row, 0)->data(Qt::UserRole + 1).toLongLong()};
        if (name == QStringLiteral("Hugo Martin")) {
            hugo = id;
            choice->setData(Qt::UserRole, qint64(qa->id.value));
            choice->setText(QStringLiteral("Keep in QA Engineer"));
        }
        if (name == QStringLiteral("Grace Liu")) {
            grace = id;
            choice->setData(Qt::UserRole, qint64(-1));
            choice->setText(QStringLiteral("Leave out"));
        }
    }
    view.recommend();
    ASSERT_TRUE(waitForPlan(view));
    ASSERT_NE(view.plan(), nullptr);
    ASSERT_TRUE(view.plan()->found()) << view.headline()->text().toStdString();
    bool hugoInQa = false;
    for (const auto& step : view.plan()->steps) {
        EXPECT_NE(step.person, grace);
        hugoInQa = hugoInQa || (step.kind == PlanStep::Kind::Assign && step.person == hugo &&
                                step.role == qa->id);
    }
    EXPECT_TRUE(hugoInQa);
}

TEST(Recommendations, TheTrainingRateIsTheProjectsAndFollowsUndo) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    EXPECT_EQ(view.trainingCost()->value(), 6000);
    view.trainingCost()->setValue(9000);
    emit view.trainingCost()->editingFinished();
    EXPECT_EQ(w.document.project().training.costPerLevel, 9000);
    auto reopened = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->project().training.costPerLevel, 9000);
    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.project().training.costPerLevel, 6000);
    EXPECT_EQ(view.trainingCost()->value(), 6000);
}

TEST(Recommendations, TheRecruitingCostIsTheProjectsAndFollowsUndo) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    QDoubleSpinBox* box = view.form()->recruiting();
    EXPECT_EQ(box->value(), 20);
    const int steps = w.document.undoStack()->count();
    box->setValue(35);
    emit box->editingFinished();
    EXPECT_EQ(w.document.undoStack()->count(), steps + 1);
    EXPECT_DOUBLE_EQ(w.document.project().recruitingShare, 0.35);
    auto reopened = ProjectStore::open(w.samplePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_DOUBLE_EQ(reopened->project().recruitingShare, 0.35);
    w.document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(w.document.project().recruitingShare, 0.2);
    EXPECT_EQ(box->value(), 20);
}

TEST(StackView, ChoosingAToolIsOneUndoStepAndItsRequirementsFollow) {
    Workbench w;
    StackView& view = *w.window->stackView();
    const Project before = w.document.project();
    const int steps = w.document.undoStack()->count();
    ASSERT_TRUE(view.choose(QStringLiteral("containers"), QStringLiteral("Kubernetes")));
    EXPECT_EQ(w.document.undoStack()->count(), steps + 1);
    EXPECT_EQ(w.document.scenario().stack.at("containers"), "Kubernetes");
    const Skill* k8s = w.document.project().findSkill("Kubernetes");
    ASSERT_NE(k8s, nullptr);
    bool derived = false;
    for (const auto& role : w.document.scenario().roles) {
        for (const auto& req : role.requirements)
            derived = derived || (req.skill == k8s->id && req.source == "Kubernetes");
    }
    EXPECT_TRUE(derived);
    // The coverage follows at once: nobody holds Kubernetes yet.
    EXPECT_LT(*w.document.coverage().total.mustHave,
              *computeCoverage(before, before.scenarios[0]).total.mustHave);
    // Shown in the view, with the fit of the stage's tools.
    w.window->show();
    w.window->tabs()->setCurrentWidget(&view);
    QApplication::processEvents();
    ASSERT_EQ(view.stages()->topLevelItemCount(), 14);
    EXPECT_TRUE(view.stages()->topLevelItem(11)->text(3).contains(QStringLiteral("Kubernetes")));
    // The Compare view shows each scenario's stack, and the difference.
    w.window->tabs()->setCurrentWidget(w.window->compareView());
    QApplication::processEvents();
    QStringList lines;
    for (QTreeWidgetItemIterator it(w.window->compareView()->differences()); *it; ++it)
        lines << (*it)->text(0);
    EXPECT_TRUE(lines.contains(QStringLiteral("Containers & orchestration: Kubernetes · —")))
        << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        lines.contains(QStringLiteral("Stack, Containers & orchestration: Kubernetes → none")))
        << lines.join(QLatin1Char('\n')).toStdString();
    w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.project() == before);
}

TEST(StackView, ImportingAnEditedCatalogIsOneUndoStepAndTheStackFollows) {
    Workbench w;
    StackView& view = *w.window->stackView();
    ASSERT_TRUE(view.choose(QStringLiteral("orchestration"), QStringLiteral("Airflow")));
    const Project before = w.document.project();
    const QString exported = QString::fromStdString(w.dir.file("tools.json"));
    ASSERT_TRUE(view.exportCatalog(exported));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    std::string json = file.readAll().toStdString();
    file.close();
    const std::string airflow =
        R"("name": "Airflow", "stage": "orchestration", "kind": "open-source", "provider": "none", "asks": [)";
    json.insert(json.find(airflow) + airflow.size(),
                R"({"role": "DevOps Engineer", "skill": "Kubernetes", "level": "Working"}, )");
    const QString edited = QString::fromStdString(w.dir.file("edited.json"));
    QFile out(edited);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(json.data(), static_cast<qint64>(json.size()));
    out.close();

    const int steps = w.document.undoStack()->count();
    ASSERT_TRUE(view.importCatalog(edited)) << view.status()->text().toStdString();
    EXPECT_EQ(w.document.undoStack()->count(), steps + 1);
    const Skill* k8s = w.document.project().findSkill("Kubernetes");
    ASSERT_NE(k8s, nullptr); // the stack's requirements followed the new catalog
    w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.project() == before);

    // A broken catalog is refused with its line; nothing changes.
    json.replace(json.find(R"("skill": "Kubernetes", "level": "Working"})"), 21,
                 R"("skill": "Kubernetess")");
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(json.data(), static_cast<qint64>(json.size()));
    out.close();
    EXPECT_FALSE(view.importCatalog(edited));
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("edited.json, line ")))
        << view.status()->text().toStdString();
    EXPECT_TRUE(w.document.project() == before);
}

TEST(Recommendations, WhoMayBeInThePlanIsFilledAtOnceAfterDuplicatingTheScenario) {
    Workbench w;
    RecommendationsView& view = *w.window->recommendationsView();
    w.window->show();
    w.window->tabs()->setCurrentWidget(&view);
    QApplication::processEvents();
    w.window->scenariosPanel()->duplicateCurrent();
    QApplication::processEvents(); // the panel switches to the copy (queued)
    int visible = 0;
    for (const auto& p : w.document.project().people)
        visible += w.document.project().isVisibleIn(p, w.document.scenario().id) ? 1 : 0;
    ASSERT_GT(visible, 0);
    // Read straight off the table, not through people() (which would rebuild it).
    EXPECT_EQ(view.findChild<QTableWidget*>()->rowCount(), visible);
}

TEST(Recommendations, RecommendIsEnabledOnceAProjectIsOpenAndNotBefore) {
    // The window is built before any project opens (as at start with a file to open).
    Workbench w(false);
    RecommendationsView& view = *w.window->recommendationsView();
    EXPECT_FALSE(view.recommendButton()->isEnabled());
    ASSERT_TRUE(w.window->openFile(QString::fromStdString(w.samplePath)));
    EXPECT_TRUE(view.recommendButton()->isEnabled());
    w.window->actions().get(ActionId::Close)->trigger();
    EXPECT_FALSE(view.recommendButton()->isEnabled());
}

TEST(RecommendationsView, TheScheduleGoalPlansHiresWithTheirMonthsAndApplyAllMeetsTheTarget) {
    Workbench w;
    const ScenarioId id = w.document.scenario().id;
    ASSERT_FALSE(w.document.apply(SetHorizon{id, crewplan::Month::of(2027, 1), 12},
                                  QStringLiteral("Time line")));
    const auto change = targetChange(w.document.project(), w.document.scenario(),
                                     {{2, crewplan::Month::of(2027, 9)}});
    ASSERT_TRUE(change.ok());
    ASSERT_FALSE(w.document.apply(Edit{change->edit}, QStringLiteral("Target")));
    RecommendationsView& view = *w.window->recommendationsView();
    view.form()->setScheduleGoal(2, 0.0);
    view.recommend();
    ASSERT_TRUE(waitForPlan(view));
    ASSERT_NE(view.schedule(), nullptr);
    ASSERT_TRUE(view.plan()->found()) << view.plan()->message;
    EXPECT_TRUE(view.headline()->text().startsWith(QStringLiteral("Optimal schedule for ")))
        << view.headline()->text().toStdString();
    EXPECT_TRUE(view.headline()->text().contains(QStringLiteral("at most 2 hires starting a "
                                                                "quarter")));
    // Each hire with its month, said in its reason.
    bool dated = false;
    for (const auto& step : view.plan()->steps)
        dated =
            dated || (step.kind == PlanStep::Kind::Hire && step.start &&
                      step.reason.find("to start " + monthText(*step.start)) != std::string::npos);
    EXPECT_TRUE(dated);
    const int steps = w.document.undoStack()->count();
    view.applyAll();
    EXPECT_EQ(w.document.undoStack()->count(), steps + 1);
    const Timeline t = timeline(w.document.project(), w.document.scenario(), crewplan::Month{});
    ASSERT_EQ(t.targets.size(), 1u);
    EXPECT_TRUE(t.targets[0].met());
    w.document.undoStack()->undo();
    EXPECT_FALSE(
        timeline(w.document.project(), w.document.scenario(), crewplan::Month{}).targets[0].met());
}
