// Wherever a level is shown against a requirement, planned training counts as coverage counts it:
// the person's skill profile, the heatmap and the report.
#include "UiTestSupport.h"
#include "charts/SkillHeatmap.h"
#include "coverage/CoverageReport.h"
#include "model/Project.h"
#include "models/PersonSkillsModel.h"
#include "report/ReportBuilder.h"
#include "views/CoverageView.h"

#include <QTextDocument>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace crewplan;

namespace {

struct Gap {
    PersonId person;
    SkillId skill;
    RoleId role;
    SkillLevel held, needed;
};

// The first assigned person in the current scenario below what their role asks.
Gap firstGap(const Project& project, const Scenario& scenario) {
    for (const auto& a : scenario.assignments) {
        const Person* person = project.findPerson(a.person);
        for (const auto& req : scenario.findRole(a.role)->requirements) {
            if (person->level(req.skill) < req.minimum)
                return {a.person, req.skill, a.role, person->level(req.skill), req.minimum};
        }
    }
    return {};
}

// Plans the training that closes the gap, as carrying out a recommendation does.
void planTraining(test::Workbench& w, const Gap& gap) {
    const Scenario& s = w.document.scenario();
    std::vector<PlannedTraining> training = s.training;
    training.push_back({gap.person, gap.skill, gap.needed, 2000.0, 1.0});
    ASSERT_FALSE(w.document.apply(ReplaceStaffing{s.id, s.assignments, training, {}, {}},
                                  QStringLiteral("train")));
}

} // namespace

TEST(PlannedTraining, PersonProfileShowsThePlannedLevelAndNoGap) {
    test::Workbench w;
    const Gap gap = firstGap(w.document.project(), w.document.scenario());
    ASSERT_TRUE(gap.person.valid());
    PersonSkillsModel model(w.document);
    model.setPerson(gap.person);
    const QModelIndex level = model.indexOfSkill(gap.skill, PersonSkillsModel::Level);
    const QModelIndex needed = model.indexOfSkill(gap.skill, PersonSkillsModel::Needed);
    EXPECT_EQ(model.data(needed, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));

    planTraining(w, gap);
    const QString expected = QStringLiteral("%1 → %2, planned")
                                 .arg(QString::fromUtf8(skillLevelName(gap.held).data()),
                                      QString::fromUtf8(skillLevelName(gap.needed).data()));
    EXPECT_EQ(model.data(level, Qt::DisplayRole).toString(), expected);
    EXPECT_FALSE(model.data(needed, Qt::ForegroundRole).isValid()) << "still drawn as a gap";
    // Editing still edits the level held today.
    EXPECT_EQ(model.data(level, Qt::EditRole).toInt(), static_cast<int>(gap.held));

    w.document.undoStack()->undo();
    EXPECT_EQ(model.data(level, Qt::DisplayRole).toString(),
              QString::fromUtf8(skillLevelName(gap.held).data()));
}

TEST(PlannedTraining, HeatmapDrawsThePlannedLevelWithoutAGapOutline) {
    test::Workbench w;
    const Gap gap = firstGap(w.document.project(), w.document.scenario());
    ASSERT_TRUE(gap.person.valid());
    CoverageView view(w.document);
    view.setRole(gap.role);
    view.show();
    const auto* heatmap = view.findChild<charts::SkillHeatmap*>();
    ASSERT_NE(heatmap, nullptr);
    const auto cellOf = [&](const charts::HeatmapData& d) {
        const Person* p = w.document.project().findPerson(gap.person);
        const QString skill =
            QString::fromStdString(w.document.project().findSkill(gap.skill)->name);
        const auto row =
            std::find(d.people.begin(), d.people.end(), QString::fromStdString(p->name)) -
            d.people.begin();
        const auto col = std::find(d.skills.begin(), d.skills.end(), skill) - d.skills.begin();
        return std::pair(static_cast<std::size_t>(row), static_cast<std::size_t>(col));
    };
    auto [row, col] = cellOf(heatmap->data());
    ASSERT_LT(row, heatmap->data().people.size());
    ASSERT_LT(col, heatmap->data().skills.size());
    EXPECT_LT(heatmap->data().levels[row][col], heatmap->data().needed[row][col]);

    planTraining(w, gap);
    const auto& d = heatmap->data();
    std::tie(row, col) = cellOf(d);
    EXPECT_EQ(d.levels[row][col], static_cast<int>(gap.needed));
    EXPECT_TRUE(d.trained[row][col]);
    EXPECT_GE(d.levels[row][col], d.needed[row][col]);
    EXPECT_TRUE(d.tips[row][col].contains(QStringLiteral(", planned")))
        << d.tips[row][col].toStdString();
}

TEST(PlannedTraining, ReportNamesTheLevelItTrainsFromAndTo) {
    test::Workbench w;
    const Gap gap = firstGap(w.document.project(), w.document.scenario());
    planTraining(w, gap);
    const auto doc = report::buildScenarioReport(w.document.project(), w.document.scenario(), {});
    const QString text = doc->toPlainText();
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1 → %2").arg(QString::fromUtf8(skillLevelName(gap.held).data()),
                                      QString::fromUtf8(skillLevelName(gap.needed).data()))))
        << "the planned training table";
}
