// The Timeline tab: the time line, the time to hire and a maturity target are each one undo step
// that the file holds; a Gantt bar dragged with the mouse (or moved with Ctrl+Right) moves a
// person's start as one undoable edit, and the curves and the summary follow at once.
#include "views/TimelineView.h"

#include "UiTestSupport.h"
#include "model/Project.h"
#include "storage/ProjectStore.h"
#include "timeline/Timeline.h"
#include "views/GanttChart.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::Workbench;

namespace {

const Month kJanuary = Month::of(2027, 1);

const Person* named(const Project& p, const std::string& name) {
    for (const auto& person : p.people) {
        if (person.name == name)
            return &person;
    }
    return nullptr;
}

Project inFile(const Workbench& w) {
    auto store = ProjectStore::open(w.samplePath);
    return store ? store->project() : Project{};
}

} // namespace

TEST(TimelineView, TheTimeLineTheTimeToHireAndATargetAreEachOneUndoStepTheFileHolds) {
    Workbench w;
    TimelineView& view = *w.window->timelineView();
    const Project before = w.document.project();
    const int steps = w.document.undoStack()->count();
    ASSERT_TRUE(view.setHorizon(kJanuary, 12));
    ASSERT_TRUE(view.setMonthsToHire(4));
    ASSERT_TRUE(view.setTarget(2, Month::of(2027, 9)));
    EXPECT_EQ(w.document.undoStack()->count(), steps + 3);
    const Scenario& s = w.document.scenario();
    EXPECT_EQ(s.horizonStart, kJanuary);
    EXPECT_EQ(s.horizonMonths, 12);
    EXPECT_EQ(w.document.project().monthsToHire, 4);
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0].month, Month::of(2027, 9));
    // Level 2 brings its ML Engineer role, in the same step, and the status says so.
    EXPECT_TRUE(std::any_of(s.roles.begin(), s.roles.end(), [](const Role& r) {
        return r.name == "ML Engineer" && r.maturity == 2;
    }));
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("ML Engineer")))
        << view.status()->text().toStdString();
    EXPECT_TRUE(inFile(w) == w.document.project());
    // Shown: whether the target is met, and the months of the time line in the Gantt.
    w.window->show();
    w.window->tabs()->setCurrentWidget(&view);
    QApplication::processEvents();
    EXPECT_TRUE(view.summary()->text().contains(
        QStringLiteral("Level 2 (Automated training) by 2027-09: not met by 2027-12")))
        << view.summary()->text().toStdString();
    // A target before another's level is refused in our words, and changes nothing.
    const Project set = w.document.project();
    EXPECT_FALSE(view.setTarget(3, Month::of(2027, 6)));
    EXPECT_FALSE(view.status()->text().isEmpty());
    EXPECT_TRUE(w.document.project() == set);
    for (int i = 0; i < 3; ++i)
        w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.project() == before);
    EXPECT_TRUE(inFile(w) == before);
}

TEST(TimelineView, DraggingAHiresBarMovesTheirStartAsOneUndoStepAndTheCurvesFollow) {
    Workbench w;
    TimelineView& view = *w.window->timelineView();
    ASSERT_TRUE(view.setHorizon(kJanuary, 12));
    const Scenario& s = w.document.scenario();
    const Person* farid = named(w.document.project(), "Farid Haddad"); // DevOps' only engineer
    ASSERT_NE(farid, nullptr);
    const PersonId id = farid->id;
    ASSERT_FALSE(w.document.apply(SetTenure{s.id, id, {Month::of(2027, 3), std::nullopt}},
                                  QStringLiteral("Farid joins in March")));
    w.window->resize(1600, 1000);
    w.window->show();
    w.window->tabs()->setCurrentWidget(&view);
    QApplication::processEvents();
    GanttChart& gantt = *view.gantt();
    int row = -1;
    for (int i = 0; i < static_cast<int>(gantt.items().size()); ++i) {
        if (gantt.items()[static_cast<std::size_t>(i)].label.startsWith(QStringLiteral("Farid")))
            row = i;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(gantt.items()[static_cast<std::size_t>(row)].start, 2);
    const auto coveredBy = [&] {
        const Timeline t = timeline(w.document.project(), w.document.scenario(), kJanuary);
        for (const auto& [team, since] : t.coveredBy) {
            if (w.document.scenario().findTeam(team)->name == "DevOps")
                return since;
        }
        return std::optional<Month>{};
    };
    EXPECT_EQ(coveredBy(), Month::of(2027, 5)); // March, plus 2 months of ramp-up
    const QString summaryBefore = view.summary()->text();

    // Two months to the right, as a planner drags it.
    const QRect bar = gantt.barRect(row);
    ASSERT_TRUE(bar.isValid());
    const double column = static_cast<double>(gantt.barRect(row).width()) /
                          (12 - gantt.items()[static_cast<std::size_t>(row)].start);
    const QPoint from = bar.center();
    const QPoint to = from + QPoint(static_cast<int>(2 * column), 0);
    const int steps = w.document.undoStack()->count();
    QTest::mousePress(&gantt, Qt::LeftButton, {}, from);
    QTest::mouseMove(&gantt, to);
    QTest::mouseRelease(&gantt, Qt::LeftButton, {}, to);
    QApplication::processEvents();
    EXPECT_EQ(w.document.undoStack()->count(), steps + 1);
    EXPECT_EQ(w.document.scenario().tenure.at(id).start, Month::of(2027, 5));
    EXPECT_EQ(coveredBy(), Month::of(2027, 7));
    EXPECT_NE(view.summary()->text(), summaryBefore);
    EXPECT_TRUE(view.summary()->text().contains(QStringLiteral("DevOps from 2027-07")))
        << view.summary()->text().toStdString();
    EXPECT_TRUE(inFile(w) == w.document.project());

    // A month back with the keyboard, then undone twice: March again.
    gantt.setFocus();
    for (int i = 0; i < static_cast<int>(gantt.items().size()); ++i) {
        if (gantt.items()[static_cast<std::size_t>(i)].label.startsWith(QStringLiteral("Farid")))
            gantt.setCurrentItem(i);
    }
    QTest::keyClick(&gantt, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(w.document.scenario().tenure.at(id).start, Month::of(2027, 4));
    w.document.undoStack()->undo();
    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.scenario().tenure.at(id).start, Month::of(2027, 3));
}

TEST(TimelineView, APlannedHireCannotBeDraggedSoonerThanTheTimeToHireAllows) {
    Workbench w;
    TimelineView& view = *w.window->timelineView();
    ASSERT_TRUE(view.setHorizon(kJanuary, 12));
    const ScenarioId sid = w.document.scenario().id; // the scenario is read anew after each edit
    Person hire;
    hire.id = PersonId{w.document.project().nextId};
    hire.name = "QA Engineer hire 1";
    hire.status = PersonStatus::PlannedHire;
    hire.scenario = sid;
    const RoleId qa = w.document.scenario().roles.back().id;
    ASSERT_FALSE(
        w.document.apply(AddPerson{hire, {{sid, {hire.id, qa, 1.0}}}, {}}, QStringLiteral("hire")));
    ASSERT_FALSE(w.document.apply(SetTenure{sid, hire.id, {Month::of(2027, 6), std::nullopt}},
                                  QStringLiteral("joins in June")));
    w.window->show();
    w.window->tabs()->setCurrentWidget(&view);
    QApplication::processEvents();
    int row = -1;
    for (int i = 0; i < static_cast<int>(view.gantt()->items().size()); ++i) {
        if (view.gantt()->items()[static_cast<std::size_t>(i)].label.startsWith(
                QStringLiteral("QA Engineer hire 1")))
            row = i;
    }
    ASSERT_GE(row, 0);
    const int steps = w.document.undoStack()->count();
    // Three months to hire from January: April at the earliest, so March is refused.
    EXPECT_FALSE(view.moveItem(row, -3));
    EXPECT_EQ(w.document.undoStack()->count(), steps);
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("from 2027-04 at the earliest")))
        << view.status()->text().toStdString();
    EXPECT_TRUE(view.moveItem(row, -2));
    EXPECT_EQ(w.document.scenario().tenure.at(hire.id).start, Month::of(2027, 4));
}
