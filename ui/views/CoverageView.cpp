#include "CoverageView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "charts/Charts.h"
#include "model/Project.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <unordered_map>

namespace crewplan {

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

    std::unordered_map<RoleId, std::vector<const Assignment*>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(&a);

    std::vector<charts::RadarAxis> axes;
    for (const auto& req : role->requirements) {
        int best = 0;
        for (const Assignment* a : byRole[role->id]) {
            if (const Person* p = document_.person(a->person))
                best = std::max(best, static_cast<int>(p->level(req.skill)));
        }
        axes.push_back(
            {toQString(project.findSkill(req.skill)->name), static_cast<int>(req.minimum), best});
    }
    radar_->setRole(tr("%1: required and best present level").arg(toQString(role->name)), axes);

    // The heatmap of the role's team: its people against the skills its roles require.
    const Team* team = scenario.findTeam(role->team);
    charts::HeatmapData data;
    std::map<SkillId, int> column;
    std::vector<SkillId> skills;
    std::map<PersonId, std::map<SkillId, int>> needed;
    std::vector<PersonId> people;
    for (const auto& r : scenario.roles) {
        if (r.team != role->team)
            continue;
        for (const auto& req : r.requirements) {
            if (!column.count(req.skill)) {
                column[req.skill] = static_cast<int>(skills.size());
                skills.push_back(req.skill);
                data.required.push_back(0);
            }
            int& top = data.required[static_cast<std::size_t>(column[req.skill])];
            top = std::max(top, static_cast<int>(req.minimum));
        }
        for (const Assignment* a : byRole[r.id]) {
            if (!needed.count(a->person))
                people.push_back(a->person);
            auto& personNeeds = needed[a->person];
            for (const auto& req : r.requirements)
                personNeeds[req.skill] =
                    std::max(personNeeds[req.skill], static_cast<int>(req.minimum));
        }
    }
    for (SkillId s : skills)
        data.skills.push_back(toQString(project.findSkill(s)->name));
    for (PersonId id : people) {
        const Person* p = document_.person(id);
        data.people.push_back(p ? toQString(p->name) : QString());
        std::vector<int> levels(skills.size(), 0);
        std::vector<int> need(skills.size(), 0);
        for (std::size_t i = 0; i < skills.size(); ++i) {
            levels[i] = p ? static_cast<int>(p->level(skills[i])) : 0;
            const auto it = needed[id].find(skills[i]);
            need[i] = it == needed[id].end() ? 0 : it->second;
        }
        data.levels.push_back(std::move(levels));
        data.needed.push_back(std::move(need));
    }
    heatmapTitle_->setText(
        tr("<b>%1</b>: people × required skills. The number above a column is the highest "
           "level required; a red outline is a level below what that person's role asks.")
            .arg(team ? toQString(team->name).toHtmlEscaped() : QString()));
    heatmap_->setData(std::move(data));
    heatmap_->resize(heatmap_->sizeHint());
}

} // namespace crewplan
