#include "InsightsView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"

#include <QHeaderView>

#include <unordered_map>

namespace crewplan {

namespace {
enum Target { TeamTarget = 1, RoleTarget, PersonTarget };
constexpr int kTargetRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxPerSection = 200; // the rest is summarised: a list of thousands helps no one
} // namespace

InsightsView::InsightsView(ProjectDocument& document, QWidget* parent) : QTreeWidget(parent), document_(document) {
    setHeaderHidden(true);
    setAccessibleName(tr("Insights"));
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    connect(&document_, &ProjectDocument::edited, this, &InsightsView::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &InsightsView::refresh);
    connect(&document_, &ProjectDocument::projectReplaced, this, &InsightsView::refresh);
    const auto go = [this](QTreeWidgetItem* item) {
        const qlonglong id = item->data(0, kIdRole).toLongLong();
        switch (item->data(0, kTargetRole).toInt()) {
        case TeamTarget:
            emit teamRequested(TeamId{id});
            break;
        case RoleTarget:
            emit roleRequested(RoleId{id});
            break;
        case PersonTarget:
            emit personRequested(PersonId{id});
            break;
        default:
            break;
        }
    };
    connect(this, &QTreeWidget::itemActivated, this, go);
    connect(this, &QTreeWidget::itemClicked, this, go);
    refresh();
}

void InsightsView::refresh() {
    clear();
    if (!document_.isOpen())
        return;
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    const CoverageReport& report = document_.coverage();

    const auto section = [this](const QString& title, const QColor& colour) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, title);
        QFont bold = font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setForeground(0, colour);
        return item;
    };
    const auto entry = [](QTreeWidgetItem* parent, const QString& text, Target target, std::int64_t id) {
        if (parent->childCount() >= kMaxPerSection)
            return;
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setData(0, kTargetRole, target);
        item->setData(0, kIdRole, static_cast<qlonglong>(id));
    };
    const QColor red(0xc6, 0x28, 0x28);
    const QColor amber(0xb2, 0x6a, 0x00);

    // The first role in the team that asks for the skill as a must-have: where to fix it.
    const auto roleFor = [&](TeamId team, SkillId skill) -> std::int64_t {
        for (const auto& role : scenario.roles) {
            if (role.team != team)
                continue;
            for (const auto& req : role.requirements) {
                if (req.skill == skill && req.importance == Importance::MustHave)
                    return role.id.value;
            }
        }
        return 0;
    };

    auto* uncovered = section(QString(), red);
    auto* spof = section(QString(), amber);
    int uncoveredCount = 0;
    int spofCount = 0;
    for (const auto& team : report.teams) {
        const QString teamName = toQString(scenario.findTeam(team.team)->name);
        for (const SkillDepth* d : team.uncovered()) {
            ++uncoveredCount;
            entry(uncovered,
                  tr("%1: %2 ≥ %3").arg(teamName, toQString(project.findSkill(d->skill)->name),
                                        toQString(skillLevelName(d->level))),
                  RoleTarget, roleFor(team.team, d->skill));
        }
        for (const SkillDepth* d : team.singlePointsOfFailure()) {
            ++spofCount;
            const Person* holder = document_.person(d->holders.front());
            entry(spof,
                  tr("%1: %2 ≥ %3 — only %4")
                      .arg(teamName, toQString(project.findSkill(d->skill)->name),
                           toQString(skillLevelName(d->level)), holder ? toQString(holder->name) : QString()),
                  PersonTarget, d->holders.front().value);
        }
    }
    uncovered->setText(0, tr("Uncovered must-haves (%1)").arg(uncoveredCount));
    spof->setText(0, tr("Single points of failure (%1)").arg(spofCount));

    auto* over = section(QString(), red);
    std::unordered_map<PersonId, double> used;
    for (const auto& a : scenario.assignments)
        used[a.person] += a.allocation;
    int overCount = 0;
    for (const auto& [id, share] : used) {
        const Person* person = document_.person(id);
        if (person && share > person->fte + 1e-9) {
            ++overCount;
            entry(over, tr("%1: %2 of %3 FTE").arg(toQString(person->name), toQString(formatShare(share)),
                                                   toQString(formatShare(person->fte))),
                  PersonTarget, id.value);
        }
    }
    over->setText(0, tr("Over-allocated people (%1)").arg(overCount));

    auto* open = section(QString(), palette().text().color());
    double openTotal = 0.0;
    std::unordered_map<RoleId, double> filled;
    for (const auto& a : scenario.assignments)
        filled[a.role] += a.allocation;
    for (const auto& role : scenario.roles) {
        const double missing = role.headcount - filled[role.id];
        if (missing > 1e-9) {
            openTotal += missing;
            entry(open, tr("%1, %2: %3 FTE open").arg(toQString(scenario.findTeam(role.team)->name),
                                                      toQString(role.name), toQString(formatShare(missing))),
                  RoleTarget, role.id.value);
        }
    }
    open->setText(0, tr("Open slots (%1 FTE)").arg(toQString(formatShare(openTotal))));

    for (auto* s : {uncovered, spof, over, open}) {
        if (s->childCount() == 0) {
            auto* none = new QTreeWidgetItem(s);
            none->setText(0, tr("None"));
            none->setDisabled(true);
        }
    }
    expandAll();
}

} // namespace crewplan
