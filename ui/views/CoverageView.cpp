#include "CoverageView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "charts/BarChart.h"
#include "charts/RoleRadarChart.h"
#include "charts/SkillHeatmap.h"
#include "coverage/SkillMatrix.h"
#include "model/Project.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <unordered_map>

namespace crewplan {

namespace {

charts::HeatmapData heatmapData(const Project& project, const TeamSkillMatrix& matrix) {
    charts::HeatmapData data;
    for (SkillId s : matrix.skills)
        data.skills.push_back(toQString(project.findSkill(s)->name));
    for (SkillLevel level : matrix.required)
        data.required.push_back(static_cast<int>(level));
    for (std::size_t r = 0; r < matrix.people.size(); ++r) {
        const Person* person = project.findPerson(matrix.people[r]);
        const QString name = person ? toQString(person->name) : QString();
        data.people.push_back(name);
        auto& levels = data.levels.emplace_back();
        auto& trained = data.trained.emplace_back();
        auto& needed = data.needed.emplace_back();
        auto& tips = data.tips.emplace_back();
        for (std::size_t s = 0; s < matrix.skills.size(); ++s) {
            const SkillCell& cell = matrix.cells[r][s];
            levels.push_back(static_cast<int>(cell.planned));
            trained.push_back(cell.trained());
            needed.push_back(static_cast<int>(cell.needed));
            QString tip =
                QStringLiteral("%1 · %2: %3")
                    .arg(name, data.skills[s], toQString(levelWithPlan(cell.held, cell.planned)));
            if (cell.needed != SkillLevel::None)
                tip += CoverageView::tr("; their roles ask %1%2")
                           .arg(toQString(skillLevelName(cell.needed)),
                                cell.gap() ? CoverageView::tr(" (a gap)") : QString());
            tips.push_back(tip);
        }
    }
    return data;
}

} // namespace

CoverageView::CoverageView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), teams_(new charts::BarChart(this)),
      radar_(new charts::RoleRadarChart(this)), heatmap_(new charts::SkillHeatmap(this)) {
    heatmapTitle_ = new QLabel(this);
    heatmapTitle_->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(heatmap_);
    scroll->setWidgetResizable(false);
    scroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    scroll->setMinimumHeight(160);
    scroll->setAccessibleName(tr("Skills heatmap"));
    auto* heatmapBox = new QWidget(this);
    auto* heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addWidget(heatmapTitle_);
    heatmapLayout->addWidget(scroll);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(teams_);
    top->addWidget(radar_);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(heatmapBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&document_, &ProjectDocument::edited, this, &CoverageView::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] { setRole({}); });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { setRole({}); });
    refresh();
}

void CoverageView::setRole(RoleId role) {
    role_ = role;
    refresh();
}

void CoverageView::refresh() {
    stale_ = true;
    if (isVisible())
        redraw();
}

void CoverageView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        redraw();
}

void CoverageView::redraw() {
    stale_ = false;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    const CoverageReport& report = document_.coverage();

    struct Bar {
        QString team;
        std::optional<double> mustHave, niceToHave;
    };
    std::vector<Bar> bars;
    for (const auto& team : report.teams)
        bars.push_back({toQString(scenario.findTeam(team.team)->name), team.figures.mustHave,
                        team.figures.niceToHave});
    QString title = tr("Coverage per team");
    if (bars.size() > kMaxTeamBars) {
        // Hundreds of bars are unreadable: show the least covered teams, and say so.
        std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
            return a.mustHave.value_or(2.0) < b.mustHave.value_or(2.0);
        });
        title = tr("The %1 least covered of %2 teams").arg(kMaxTeamBars).arg(bars.size());
        bars.resize(kMaxTeamBars);
    }
    QStringList names;
    charts::BarSeries must{tr("Must-have"), {}};
    charts::BarSeries nice{tr("Nice-to-have"), {}};
    for (const auto& bar : bars) {
        names << bar.team;
        must.values.push_back(bar.mustHave);
        nice.values.push_back(bar.niceToHave);
    }
    teams_->setData(title, names, {must, nice});
    teams_->setAccessibleName(tr("Coverage per team chart"));

    const Role* role = scenario.findRole(role_);
    if (!role && !scenario.roles.empty())
        role = &scenario.roles.front();
    if (!role) {
        radar_->setRole(tr("No role"), {});
        heatmap_->setData({});
        heatmapTitle_->setText(tr("Add teams and roles to see the skills heatmap."));
        return;
    }

    std::vector<charts::RadarAxis> axes;
    for (const auto& row : roleSkillProfile(project, scenario, role->id))
        axes.push_back({toQString(project.findSkill(row.skill)->name),
                        static_cast<int>(row.required), static_cast<int>(row.bestHeld),
                        static_cast<int>(row.bestPlanned)});
    radar_->setRole(tr("%1: required and best present level").arg(toQString(role->name)), axes);

    // The heatmap of the role's team: its people against the skills its roles require.
    const Team* team = scenario.findTeam(role->team);
    heatmap_->setData(heatmapData(project, teamSkillMatrix(project, scenario, role->team)));
    heatmapTitle_->setText(
        tr("<b>%1</b>: people × required skills, at their level in this scenario. The number "
           "above a column is the highest level required; a red outline is a level below what "
           "that person's role asks; a green corner is a level planned training brings.")
            .arg(team ? toQString(team->name).toHtmlEscaped() : QString()));
    heatmap_->resize(heatmap_->sizeHint());
}

} // namespace crewplan
