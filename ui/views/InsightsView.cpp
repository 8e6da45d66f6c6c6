#include "InsightsView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "coverage/NearMisses.h"
#include "model/Project.h"
#include "model/Text.h"

#include <QHeaderView>
#include <algorithm>
#include <unordered_map>
#include <utility>

namespace crewplan {

namespace {
enum Target { TeamTarget = 1, RoleTarget, PersonTarget };
constexpr int kTargetRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxPerSection = 200; // the rest is summarised: a list of thousands helps no one
// uncovered, single points of failure, near misses, over-allocated, open, bus factor
constexpr int kSections = 6;
} // namespace

InsightsView::InsightsView(ProjectDocument& document, QWidget* parent)
    : QTreeWidget(parent), document_(document) {
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
    std::vector<Entry> entries;
    if (document_.isOpen()) {
        const Project& project = document_.project();
        const Scenario& scenario = document_.scenario();
        const CoverageReport& report = document_.coverage();
        // The first role in the team that asks for the skill as a must-have: where to fix it.
        const auto roleFor = [](const TeamCoverage& team, SkillId skill) -> std::int64_t {
            for (const RequirementCoverage& r : team.requirements) {
                if (r.skill == skill && r.importance == Importance::MustHave)
                    return r.role.value;
            }
            return 0;
        };
        const auto personOf = [this](PersonId id) { return document_.person(id); };
        const auto nameOf = [&](TeamId id) { return toQString(document_.team(id)->name); };
        int counts[3] = {};
        std::vector<Entry> spof;
        for (const auto& team : report.teams) {
            QString teamName; // looked up for the teams that are listed only
            const auto named = [&]() -> const QString& {
                if (teamName.isEmpty())
                    teamName = nameOf(team.team);
                return teamName;
            };
            for (const SkillDepth& d : team.depths) {
                if (d.uncovered() && ++counts[0] <= kMaxPerSection)
                    entries.push_back(
                        {0,
                         tr("%1: %2 ≥ %3")
                             .arg(named(), toQString(project.findSkill(d.skill)->name),
                                  toQString(skillLevelName(d.level))),
                         RoleTarget, roleFor(team, d.skill)});
                if (d.singlePointOfFailure() && ++counts[1] <= kMaxPerSection) {
                    const Person* holder = document_.person(d.holders.front());
                    spof.push_back({1,
                                    tr("%1: %2 ≥ %3 — only %4")
                                        .arg(named(), toQString(project.findSkill(d.skill)->name),
                                             toQString(skillLevelName(d.level)),
                                             holder ? toQString(holder->name) : QString()),
                                    PersonTarget, d.holders.front().value});
                }
            }
        }
        entries.insert(entries.end(), spof.begin(), spof.end());

        // One level of training away: the cheapest gaps to close.
        const NearMissList nearly = nearMisses(report, kMaxPerSection);
        const int misses = static_cast<int>(nearly.total);
        for (const NearMiss& m : nearly.shown) {
            const Person* person = document_.person(m.person);
            const Role* role = document_.role(m.role);
            entries.push_back(
                {2,
                 tr("%1 (%2): %3 %4, asked %5%6")
                     .arg(toQString(person->name), toQString(role->name),
                          toQString(project.findSkill(m.skill)->name),
                          toQString(skillLevelName(m.held)), toQString(skillLevelName(m.required)),
                          m.mustHave ? QString() : tr(" (nice-to-have)")),
                 PersonTarget, m.person.value});
        }

        std::unordered_map<PersonId, double> used;
        used.reserve(scenario.assignments.size());
        for (const auto& a : scenario.assignments)
            used[a.person] += a.allocation;
        for (const auto& [id, share] : used) {
            const Person* person = document_.person(id);
            if (person && share > person->fte + 1e-9 && ++counts[2] <= kMaxPerSection)
                entries.push_back({3,
                                   tr("%1: %2 of %3 FTE")
                                       .arg(toQString(person->name), toQString(formatShare(share)),
                                            toQString(formatShare(person->fte))),
                                   PersonTarget, id.value});
        }

        std::unordered_map<RoleId, double> filled;
        filled.reserve(scenario.roles.size());
        for (const auto& a : scenario.assignments)
            filled[a.role] += a.allocation;
        double openTotal = 0.0;
        int openCount = 0;
        for (const auto& role : scenario.roles) {
            const double missing = role.headcount - filled[role.id];
            if (missing > 1e-9) {
                openTotal += missing;
                if (++openCount <= kMaxPerSection)
                    entries.push_back({4,
                                       tr("%1, %2: %3 FTE open")
                                           .arg(nameOf(role.team), toQString(role.name),
                                                toQString(formatShare(missing))),
                                       RoleTarget, role.id.value});
            }
        }
        // Each team's bus factor, the most fragile first.
        const auto fragile = teamsByBusFactor(report);
        int shownTeams = 0;
        for (const auto& [factor, team] : fragile) {
            if (++shownTeams <= kMaxPerSection)
                entries.push_back(
                    {5,
                     tr("%1: %2").arg(nameOf(team->team),
                                      toQString(busFactorText(project, personOf, *team))),
                     TeamTarget, team->team.value});
        }
        // Section titles travel as entries too (target 0), so a changed count is a change.
        // The count first: a narrow panel elides the end of a line, never the number.
        entries.push_back({0, tr("%n uncovered must-have(s)", nullptr, counts[0]), 0, -1});
        entries.push_back({1, tr("%n single point(s) of failure", nullptr, counts[1]), 0, -1});
        entries.push_back({2, tr("%n near miss(es): one level short", nullptr, misses), 0, -1});
        entries.push_back({3, tr("%n over-allocated people", nullptr, counts[2]), 0, -1});
        entries.push_back(
            {4, tr("%1 FTE of open slots").arg(toQString(formatShare(openTotal))), 0, -1});
        entries.push_back({5,
                           fragile.empty()
                               ? tr("Bus factor: no team has a must-have")
                               : tr("Bus factor: %1 at the lowest").arg(fragile.front().first),
                           0, -1});
    }
    if (entries == shown_ && topLevelItemCount() > 0)
        return;
    const bool rebuild = topLevelItemCount() != kSections || entries.empty();
    const std::vector<Entry> before = std::exchange(shown_, entries);
    if (entries.empty()) {
        clear();
        return;
    }
    if (rebuild) {
        clear();
        const QColor colours[kSections] = {QColor(0xc6, 0x28, 0x28), QColor(0xb2, 0x6a, 0x00),
                                           palette().text().color(), QColor(0xc6, 0x28, 0x28),
                                           palette().text().color(), palette().text().color()};
        for (const QColor& colour : colours) {
            auto* section = new QTreeWidgetItem(this);
            QFont bold = font();
            bold.setBold(true);
            section->setFont(0, bold);
            section->setForeground(0, colour);
        }
    }
    // Refill only the sections whose entries changed: the others keep their items (and paint).
    const auto sectionOf = [](const std::vector<Entry>& list, int section) {
        std::vector<Entry> out;
        for (const auto& e : list) {
            if (e.section == section)
                out.push_back(e);
        }
        return out;
    };
    for (int s = 0; s < kSections; ++s) {
        const std::vector<Entry> now = sectionOf(entries, s);
        if (!rebuild && now == sectionOf(before, s))
            continue;
        QTreeWidgetItem* section = topLevelItem(s);
        const auto count =
            std::count_if(now.begin(), now.end(), [](const Entry& e) { return e.id != -1; });
        const bool inPlace = !rebuild && count > 0 && section->childCount() == count &&
                             !section->child(0)->isDisabled();
        if (!inPlace)
            qDeleteAll(section->takeChildren());
        int child = 0;
        for (const auto& e : now) {
            if (e.id == -1) {
                if (section->text(0) != e.text)
                    section->setText(0, e.text);
                continue;
            }
            // Same number of entries: change the texts in place, which repaints only them.
            QTreeWidgetItem* item =
                inPlace ? section->child(child++) : new QTreeWidgetItem(section);
            if (item->text(0) != e.text) {
                item->setText(0, e.text);
                item->setToolTip(0, e.text);
            }
            item->setData(0, kTargetRole, e.target);
            item->setData(0, kIdRole, static_cast<qlonglong>(e.id));
        }
        if (section->childCount() == 0) {
            auto* none = new QTreeWidgetItem(section);
            none->setText(0, tr("None"));
            none->setDisabled(true);
        }
        section->setExpanded(true);
    }
}

} // namespace crewplan
