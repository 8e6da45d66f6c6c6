#include "ReportBuilder.h"

#include "QtText.h"
#include "compare/ComparisonTable.h"
#include "compare/ScenarioComparison.h"
#include "coverage/CoverageReport.h"
#include "coverage/SkillMatrix.h"
#include "maturity/Maturity.h"
#include "model/IdIndex.h"
#include "model/Project.h"
#include "model/Text.h"
#include "report/ReportCharts.h"
#include "stack/Stack.h"
#include "stack/ToolCatalog.h"
#include "timeline/Timeline.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <map>
#include <unordered_map>

namespace crewplan::report {

namespace {

constexpr int kMaxHeatmapPeople = 40;
constexpr int kMaxTopRisks = 10;
constexpr std::size_t kMostTeamsShown = 24; // in the coverage chart and the summary's table

// The report's teams in its order; or, when there are more than `most`, the `most` least
// covered, the least first (teams without a must-have last: their coverage is not a figure).
std::vector<const TeamCoverage*> leastCoveredOf(const CoverageReport& report, std::size_t most) {
    std::vector<const TeamCoverage*> teams;
    for (const auto& team : report.teams)
        teams.push_back(&team);
    if (teams.size() > most) {
        std::stable_sort(
            teams.begin(), teams.end(), [](const TeamCoverage* a, const TeamCoverage* b) {
                return a->figures.mustHave.value_or(2.0) < b->figures.mustHave.value_or(2.0);
            });
        teams.resize(most);
    }
    return teams;
}

// A count in the right number ("1 candidate", "2 candidates"), from the English plural forms
// (translations/crewplan_en.ts) or a translation's. Marked with QT_TRANSLATE_N_NOOP("Report", …).
QString plural(const char* source, int count) {
    return QCoreApplication::translate("Report", source, nullptr, count);
}

QString esc(std::string_view text) {
    return toQString(text).toHtmlEscaped();
}
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
QString percent(const std::optional<double>& v) {
    return v ? toQString(formatPercent(*v)) : QStringLiteral("n/a");
}
QString money(double v) {
    return toQString(formatMoney(v));
}
QString share(double v) {
    return toQString(formatShare(v));
}

// HTML pieces, and the charts that replace their placeholders once the HTML is a document.
class Html {
public:
    QString text;
    enum class Chart { Bars, Heatmap, Lines, Gantt };
    std::vector<std::pair<Chart, QVariantMap>> charts;

    void add(const QString& html) { text += html; }
    void chart(bool heatmap, QVariantMap data) {
        chart(heatmap ? Chart::Heatmap : Chart::Bars, std::move(data));
    }
    void chart(Chart kind, QVariantMap data) {
        text += QStringLiteral("<p>\u27E6chart:%1\u27E7</p>").arg(charts.size());
        charts.emplace_back(kind, std::move(data));
    }
    void table(const QStringList& headers, const std::vector<QStringList>& rows,
               const QList<int>& rightAligned = {}) {
        // The header row repeats on every page the table runs onto (see finish()).
        text += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"0.5\" "
                               "cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-collapse: collapse;\"><thead><tr>");
        // Columns kept apart by a gap of their own (the padding is in device pixels, a sliver
        // at 300 dpi): "2" and "90,000 – 130,000" never read as one figure.
        const auto cell = [&](const char* tag, int c, const QString& content) {
            return QStringLiteral("<%1 align=\"%2\"%3>%4</%1>")
                .arg(QLatin1String(tag), rightAligned.contains(c) ? u"right" : u"left",
                     c > 0 ? QStringLiteral(" style=\"padding-left: 14px;\"") : QString(), content);
        };
        for (int c = 0; c < headers.size(); ++c)
            text += cell("th", c, headers[c]);
        text += QStringLiteral("</tr></thead>");
        for (const auto& row : rows) {
            text += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c)
                text += cell("td", c, row[c]);
            text += QStringLiteral("</tr>");
        }
        text += QStringLiteral("</table>");
    }

    std::unique_ptr<QTextDocument> finish(const ReportOptions&) const {
        auto doc = std::make_unique<QTextDocument>();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10.0);
        // No ligatures: text copied or searched from the PDF reads as typed ("Staffing", not
        // "Staﬃng").
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 18pt; color: #1a237e; margin-top: 12px; margin-bottom: 6px; }"
            "h2 { font-size: 13pt; color: #1a237e; margin-top: 14px; margin-bottom: 4px; }"
            "h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 3px; }"
            "table.grid { border-color: #9e9e9e; border-style: solid; }"
            "th { background-color: #e8eaf6; font-weight: bold; }"
            ".bad { color: #c62828; } .warn { color: #b26a00; } .good { color: #2e7d32; } .muted { "
            "color: #616161; }"));
        doc->setHtml(text);
        ReportCharts::install(*doc);
        // Charts in place of their placeholders.
        // Each search starts where the last one ended: the markers are in order.
        QTextCursor from(doc.get());
        from.beginEditBlock();
        for (std::size_t i = 0; i < charts.size(); ++i) {
            const QString marker = QStringLiteral("\u27E6chart:%1\u27E7").arg(i);
            QTextCursor found = doc->find(marker, from);
            if (found.isNull())
                continue;
            found.removeSelectedText();
            switch (charts[i].first) {
            case Chart::Heatmap:
                ReportCharts::insertHeatmap(found, charts[i].second);
                break;
            case Chart::Lines:
                ReportCharts::insertLines(found, charts[i].second);
                break;
            case Chart::Gantt:
                ReportCharts::insertGantt(found, charts[i].second);
                break;
            case Chart::Bars:
                ReportCharts::insertBars(found, charts[i].second);
                break;
            }
            from.setPosition(found.position());
        }
        from.endEditBlock();
        return doc;
    }
};

QString titlePage(const QString& title, const QString& subtitle, const Project& project,
                  const ReportOptions& o, const std::string& description = {}) {
    QString html =
        QStringLiteral("<p><br/><br/><br/><br/></p><h1 style=\"font-size: 26pt;\">%1</h1>")
            .arg(esc(title));
    html += QStringLiteral("<p style=\"font-size: 14pt;\">%1</p>").arg(esc(subtitle));
    if (!description.empty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(description));
    html += QStringLiteral("<p><br/></p><table cellpadding=\"4\">");
    html += QStringLiteral("<tr><td class=\"muted\">Project</td><td>%1</td></tr>")
                .arg(esc(project.name));
    html += QStringLiteral("<tr><td class=\"muted\">Date</td><td>%1</td></tr>")
                .arg(esc(o.date.toString(Qt::ISODate)));
    if (!o.author.isEmpty())
        html += QStringLiteral("<tr><td class=\"muted\">Prepared by</td><td>%1</td></tr>")
                    .arg(esc(o.author));
    if (o.detail != ReportDetail::Full)
        html += QStringLiteral("<tr><td class=\"muted\">Detail</td><td>%1</td></tr>")
                    .arg(o.detail == ReportDetail::Summary
                             ? QStringLiteral("summary (teams and full detail say more)")
                             : QStringLiteral("teams (full detail adds everyone)"));
    html += QStringLiteral("</table><p style=\"page-break-after: always;\"> </p>");
    // A summary is short enough without contents.
    if (o.detail != ReportDetail::Summary)
        html += QStringLiteral("<p>%1</p>").arg(QString::fromUtf16(kTocMarker));
    return html;
}

// The team's heatmap for ReportCharts, from the same matrix the window draws: levels in the
// scenario (planned training counted), which of them training brings, and what the roles ask.
QVariantMap heatmapOf(const Project& project, const Scenario& scenario, TeamId team) {
    const TeamSkillMatrix matrix = teamSkillMatrix(project, scenario, team);
    QStringList skillNames, personNames;
    for (SkillId s : matrix.skills)
        skillNames << toQString(project.findSkill(s)->name);
    QVariantList required, levels, trained, needed;
    for (SkillLevel level : matrix.required)
        required << static_cast<int>(level);
    for (std::size_t r = 0; r < matrix.people.size(); ++r) {
        const Person* p = project.findPerson(matrix.people[r]);
        personNames << (p ? toQString(p->name) : QString());
        QVariantList row, rowTrained, need;
        for (const SkillCell& cell : matrix.cells[r]) {
            row << static_cast<int>(cell.planned);
            rowTrained << cell.trained();
            need << static_cast<int>(cell.needed);
        }
        levels.push_back(row);
        trained.push_back(rowTrained);
        needed.push_back(need);
    }
    QVariantMap data;
    data[QStringLiteral("people")] = personNames;
    data[QStringLiteral("skills")] = skillNames;
    data[QStringLiteral("required")] = required;
    data[QStringLiteral("levels")] = levels;
    data[QStringLiteral("trained")] = trained;
    data[QStringLiteral("needed")] = needed;
    return data;
}

} // namespace

// The time line (docs/timeline.md), for a scenario with dates or targets: whether each target is
// met, coverage per team month by month, the Gantt of who joins, trains and leaves, and the plan
// quarter by quarter.
void timelineSection(Html& h, const Project& project, const Scenario& scenario,
                     const ReportOptions& options) {
    const bool dated = scenario.horizonStart || !scenario.tenure.empty() ||
                       !scenario.targets.empty() ||
                       std::any_of(scenario.training.begin(), scenario.training.end(),
                                   [](const PlannedTraining& t) { return t.start.has_value(); });
    if (!dated)
        return;
    const Timeline t =
        timeline(project, scenario, Month::of(options.date.year(), options.date.month()));
    const int count = static_cast<int>(t.months.size());
    const auto month = [&](Month m) { return toQString(monthText(m)); };
    const Month last = t.start.plus(count - 1);
    h.add(QStringLiteral("<h2 style=\"page-break-before: always;\">Time line</h2>"));
    h.add(QStringLiteral("<p>%1 to %2 (%3); finding a hire takes %4. Over the time line: %5 of "
                         "pay, %6 once; the most paid in a quarter %7.</p>")
              .arg(month(t.start), month(last), toQString(countOf(count, "month", "months")),
                   toQString(countOf(project.monthsToHire, "month", "months")), money(t.payroll()),
                   money(t.oneOff()), money(t.peakQuarter())));
    if (!t.targets.empty()) {
        h.add(QStringLiteral("<ul>"));
        for (const auto& reach : t.targets) {
            QString level = toQString(maturityLevelText(reach.target.level));
            level[0] = level[0].toUpper();
            const QString target =
                QStringLiteral("%1 by %2").arg(esc(level), month(reach.target.month));
            QStringList teams;
            for (const TeamId id : reach.shortTeams)
                teams << esc(scenario.findTeam(id)->name);
            if (reach.met())
                h.add(QStringLiteral("<li>%1: <span class=\"good\">met</span> from %2.</li>")
                          .arg(target, month(*reach.metFrom)));
            else if (reach.metFrom)
                h.add(QStringLiteral("<li>%1: <span class=\"warn\">met only from %2</span>.</li>")
                          .arg(target, month(*reach.metFrom)));
            else
                h.add(QStringLiteral("<li>%1: <span class=\"bad\">not met</span> by %2; short: "
                                     "%3.</li>")
                          .arg(target, month(last), teams.join(QStringLiteral(", "))));
        }
        h.add(QStringLiteral("</ul>"));
    }
    QStringList months;
    for (const auto& m : t.months)
        months << month(m.month);
    // The coverage curves: at most eight teams (four colours, each line thinner than the last).
    QVariantList series;
    for (std::size_t team = 0; team < scenario.teams.size() && team < 8; ++team) {
        QVariantList values;
        for (const auto& m : t.months) {
            const auto& figure = m.coverage.teams[team].figures.mustHave;
            values << (figure ? QVariant(*figure) : QVariant());
        }
        series << QVariantMap{{QStringLiteral("name"), toQString(scenario.teams[team].name)},
                              {QStringLiteral("values"), values}};
    }
    QVariantList marks;
    for (const auto& target : scenario.targets) {
        const int at = target.month.index - t.start.index;
        if (at >= 0 && at < count)
            marks << QVariantMap{
                {QStringLiteral("month"), at},
                {QStringLiteral("label"),
                 QStringLiteral("Level %1 by %2").arg(target.level).arg(month(target.month))}};
    }
    h.chart(Html::Chart::Lines, {{QStringLiteral("title"),
                                  QStringLiteral("Must-have coverage per team, month by month")},
                                 {QStringLiteral("months"), months},
                                 {QStringLiteral("series"), series},
                                 {QStringLiteral("marks"), marks}});
    // The Gantt (at most 40 rows), and the plan quarter by quarter.
    const auto events = timelineEvents(project, scenario, t.start, count);
    const auto nameOf = [&](PersonId id) { return project.findPerson(id)->name; };
    if (!events.empty()) {
        h.add(QStringLiteral("<h3>Who joins, trains and leaves</h3><p class=\"muted\">A joiner's "
                             "ramp-up (at half strength) is lighter.</p>"));
        QVariantList rows;
        for (std::size_t i = 0; i < events.size() && i < 40; ++i) {
            const auto& e = events[i];
            QString label = toQString(nameOf(e.person));
            if (e.kind == TimelineEvent::Kind::Training)
                label += QStringLiteral(": ") + toQString(project.findSkill(e.skill)->name);
            else if (e.kind == TimelineEvent::Kind::Leaves)
                label += QStringLiteral(" leaves");
            rows << QVariantMap{{QStringLiteral("label"), label},
                                {QStringLiteral("kind"), e.kind == TimelineEvent::Kind::Joins
                                                             ? QStringLiteral("hire")
                                                         : e.kind == TimelineEvent::Kind::Training
                                                             ? QStringLiteral("training")
                                                             : QStringLiteral("leaver")},
                                {QStringLiteral("start"), e.start},
                                {QStringLiteral("end"), e.end},
                                {QStringLiteral("rampUp"), e.rampUp}};
        }
        h.chart(Html::Chart::Gantt,
                {{QStringLiteral("months"), months}, {QStringLiteral("rows"), rows}});
        if (events.size() > 40)
            h.add(QStringLiteral("<p class=\"muted\">%1 more below.</p>").arg(events.size() - 40));
    }
    h.add(QStringLiteral("<h3>Quarter by quarter</h3>"));
    std::vector<QStringList> rows;
    for (int k = 0; k < count; ++k) {
        const Month m = t.months[static_cast<std::size_t>(k)].month;
        if (k > 0 && m.monthOfYear() % 3 != 1)
            continue;
        int end = k;
        while (end + 1 < count &&
               t.months[static_cast<std::size_t>(end + 1)].month.monthOfYear() % 3 != 1)
            ++end;
        QStringList joins, trains, leaving;
        for (const auto& e : events) {
            const int at = e.kind == TimelineEvent::Kind::Leaves ? e.end : e.start;
            if (at < k || at > end)
                continue;
            const QString who = esc(nameOf(e.person));
            if (e.kind == TimelineEvent::Kind::Joins)
                joins << (e.role
                              ? QStringLiteral("%1 (%2)").arg(who, esc(scenario.roleLabel(*e.role)))
                              : who);
            else if (e.kind == TimelineEvent::Kind::Training)
                trains << QStringLiteral("%1: %2").arg(who, esc(project.findSkill(e.skill)->name));
            else
                leaving << who;
        }
        double spend = 0.0;
        for (int j = k; j <= end; ++j)
            spend += t.months[static_cast<std::size_t>(j)].payroll +
                     t.months[static_cast<std::size_t>(j)].oneOff;
        const auto list = [](const QStringList& items) {
            return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
        };
        rows.push_back({toQString(quarterText(m)), list(joins), list(trains), list(leaving),
                        share(t.months[static_cast<std::size_t>(end)].coverage.total.fte),
                        money(spend)});
    }
    h.table({QStringLiteral("Quarter"), QStringLiteral("Joining"),
             QStringLiteral("Training starts"), QStringLiteral("Leaving"),
             QStringLiteral("FTE at its end"), QStringLiteral("Spend")},
            rows, {4, 5});
}

ReportDetail reportDetailNamed(const QString& name) {
    if (name == QStringLiteral("summary"))
        return ReportDetail::Summary;
    if (name == QStringLiteral("teams"))
        return ReportDetail::Teams;
    return ReportDetail::Full;
}

std::unique_ptr<QTextDocument> buildScenarioReport(const Project& project, const Scenario& scenario,
                                                   const ReportOptions& options) {
    const CoverageReport report = computeCoverage(project, scenario);
    Html h;
    h.add(titlePage(QStringLiteral("Staffing report"),
                    QStringLiteral("Scenario: ") + toQString(scenario.name), project, options,
                    scenario.description));

    // Executive summary.
    const auto& t = report.total;
    h.add(QStringLiteral("<h2>Executive summary</h2>"));
    h.add(QStringLiteral("<p>%1 (%2, %3, %4) for %5 FTE and %6 a year. Must-have coverage is "
                         "<b>%7</b>, nice-to-have coverage %8; open slots: %9 FTE.</p>")
              .arg(plural(QT_TRANSLATE_N_NOOP("Report", "%n people are assigned"),
                          t.totalHeadcount()),
                   plural(QT_TRANSLATE_N_NOOP("Report", "%n employee(s)"),
                          t.headcountOf(PersonStatus::Employee)),
                   plural(QT_TRANSLATE_N_NOOP("Report", "%n candidate(s)"),
                          t.headcountOf(PersonStatus::Candidate)),
                   plural(QT_TRANSLATE_N_NOOP("Report", "%n planned hire(s)"),
                          t.headcountOf(PersonStatus::PlannedHire)),
                   share(t.fte), money(t.yearlyCost), percent(t.mustHave), percent(t.niceToHave),
                   share(t.openSlots)));
    const bool summary = options.detail == ReportDetail::Summary;
    const bool full = options.detail == ReportDetail::Full;
    // The summary names the least covered teams when there are many; the others list them all.
    const std::vector<const TeamCoverage*> listed =
        leastCoveredOf(report, summary ? kMostTeamsShown : report.teams.size());
    std::vector<QStringList> rows;
    for (const TeamCoverage* team : listed) {
        const auto& f = team->figures;
        rows.push_back({esc(scenario.findTeam(team->team)->name), percent(f.mustHave),
                        percent(f.niceToHave), QString::number(f.totalHeadcount()), share(f.fte),
                        money(f.yearlyCost), share(f.openSlots)});
    }
    rows.push_back({QStringLiteral("<b>Total</b>"),
                    QStringLiteral("<b>%1</b>").arg(percent(t.mustHave)), percent(t.niceToHave),
                    QString::number(t.totalHeadcount()), share(t.fte), money(t.yearlyCost),
                    share(t.openSlots)});
    h.table({QStringLiteral("Team"), QStringLiteral("Must-have"), QStringLiteral("Nice-to-have"),
             QStringLiteral("People"), QStringLiteral("FTE"), QStringLiteral("Yearly cost"),
             QStringLiteral("Open slots")},
            rows, {1, 2, 3, 4, 5, 6});
    if (listed.size() < report.teams.size())
        h.add(QStringLiteral("<p class=\"muted\">The %1 least covered of %2 teams; the report "
                             "with teams or full detail lists them all.</p>")
                  .arg(listed.size())
                  .arg(report.teams.size()));

    // Top risks: uncovered must-haves first, then single points of failure.
    QStringList risks;
    for (const auto& team : report.teams) {
        for (const SkillDepth* d : team.uncovered())
            risks << QStringLiteral("<span class=\"bad\">Uncovered:</span> %1 needs %2 ≥ %3; "
                                    "nobody assigned holds it.")
                         .arg(esc(scenario.findTeam(team.team)->name),
                              esc(project.findSkill(d->skill)->name),
                              esc(skillLevelName(d->level)));
    }
    for (const auto& team : report.teams) {
        for (const SkillDepth* d : team.singlePointsOfFailure())
            risks << QStringLiteral("<span class=\"warn\">Single point of failure:</span> %1 ≥ %2 "
                                    "in %3 is held by %4 alone.")
                         .arg(esc(project.findSkill(d->skill)->name), esc(skillLevelName(d->level)),
                              esc(scenario.findTeam(team.team)->name),
                              esc(project.findPerson(d->holders.front())->name));
    }
    h.add(QStringLiteral("<h3>Top risks</h3>"));
    if (risks.isEmpty())
        h.add(QStringLiteral("<p>No uncovered must-have and no single point of failure.</p>"));
    else {
        h.add(QStringLiteral("<ul>"));
        for (int i = 0; i < risks.size() && i < kMaxTopRisks; ++i)
            h.add(QStringLiteral("<li>%1</li>").arg(risks[i]));
        h.add(QStringLiteral("</ul>"));
        if (risks.size() > kMaxTopRisks)
            h.add(
                QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(plural(summary ? QT_TRANSLATE_N_NOOP(
                                              "Report", "%n more: the report with teams or full "
                                                        "detail lists every gap.")
                                        : QT_TRANSLATE_N_NOOP("Report", "%n more in “Gaps” below."),
                                static_cast<int>(risks.size() - kMaxTopRisks))));
    }

    // Each team's bus factor, the most fragile first (at most 24 teams).
    {
        const auto fragile = teamsByBusFactor(report);
        if (!fragile.empty()) {
            h.add(QStringLiteral("<h3>Bus factor</h3><p class=\"muted\">The fewest people whose "
                                 "leaving uncovers a must-have skill of the team.</p><ul>"));
            const std::size_t shown = summary ? 10 : 24;
            const IdIndex<Person> people(project.people);
            for (std::size_t i = 0; i < fragile.size() && i < shown; ++i)
                h.add(QStringLiteral("<li>%1: %2</li>")
                          .arg(esc(scenario.findTeam(fragile[i].second->team)->name),
                               esc(busFactorText(
                                   project, [&](PersonId id) { return people.find(id); },
                                   *fragile[i].second))));
            h.add(QStringLiteral("</ul>"));
            if (fragile.size() > shown)
                h.add(QStringLiteral("<p class=\"muted\">%1 more teams%2</p>")
                          .arg(fragile.size() - shown)
                          .arg(summary ? QStringLiteral(": the report with teams or full detail "
                                                        "names them.")
                                       : QStringLiteral(".")));
        }
    }

    // The coverage chart (at most 24 teams: the least covered ones when there are more).
    {
        const std::vector<const TeamCoverage*> teams = leastCoveredOf(report, kMostTeamsShown);
        const QString title = teams.size() < report.teams.size()
                                  ? QStringLiteral("Coverage of the %1 least covered of %2 teams")
                                        .arg(teams.size())
                                        .arg(report.teams.size())
                                  : QStringLiteral("Coverage per team");
        QStringList categories;
        QVariantList must, nice;
        for (const TeamCoverage* team : teams) {
            categories << toQString(scenario.findTeam(team->team)->name);
            must << (team->figures.mustHave ? QVariant(*team->figures.mustHave) : QVariant());
            nice << (team->figures.niceToHave ? QVariant(*team->figures.niceToHave) : QVariant());
        }
        h.chart(false,
                {{QStringLiteral("title"), title},
                 {QStringLiteral("categories"), categories},
                 {QStringLiteral("series"),
                  QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Must-have")},
                                           {QStringLiteral("values"), must}},
                               QVariantMap{{QStringLiteral("name"), QStringLiteral("Nice-to-have")},
                                           {QStringLiteral("values"), nice}}}}});
    }

    if (summary)
        return h.finish(options);
    timelineSection(h, project, scenario, options);

    // A section per team.
    std::unordered_map<RoleId, std::vector<const Assignment*>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(&a);
    for (const auto& team : report.teams) {
        const Team& info = *scenario.findTeam(team.team);
        // Each team on its own page: a manager can hand one team's page to its lead.
        h.add(
            QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(info.name)));
        if (!info.description.empty())
            h.add(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(info.description)));
        h.add(
            QStringLiteral("<p>Must-have coverage %1, nice-to-have %2; %3, %4 FTE, %5 a year.</p>")
                .arg(percent(team.figures.mustHave), percent(team.figures.niceToHave),
                     plural(QT_TRANSLATE_N_NOOP("Report", "%n people"),
                            team.figures.totalHeadcount()),
                     share(team.figures.fte), money(team.figures.yearlyCost)));
        std::vector<QStringList> roleRows;
        for (const Role* role : scenario.rolesOf(team.team)) {
            double filled = 0.0;
            QStringList who;
            for (const Assignment* a : byRole[role->id]) {
                const Person* p = project.findPerson(a->person);
                who << QStringLiteral("%1 (%2 FTE, %3)")
                           .arg(esc(p->name), share(a->allocation),
                                esc(personStatusLabel(p->status)));
                filled += a->allocation;
            }
            const double open = std::max(0.0, role->headcount - filled);
            if (open > 1e-9)
                who << QStringLiteral("<span class=\"bad\">open: %1 FTE</span>").arg(share(open));
            roleRows.push_back(
                {esc(role->name), QString::number(role->headcount),
                 QStringLiteral("%1 – %2").arg(money(double(role->costBand.minimum)),
                                               money(double(role->costBand.maximum))),
                 who.join(QStringLiteral("<br/>"))});
        }
        h.add(QStringLiteral("<h3>Roles and who fills them</h3>"));
        h.table({QStringLiteral("Role"), QStringLiteral("Slots"), QStringLiteral("Cost band"),
                 QStringLiteral("Filled by")},
                roleRows, {1});

        std::vector<QStringList> skills;
        for (const auto& req : team.requirements) {
            const Role* role = scenario.findRole(req.role);
            const SkillDepth* depth = nullptr;
            for (const auto& d : team.depths) {
                if (d.skill == req.skill)
                    depth = &d;
            }
            QString risk;
            if (depth && req.importance == Importance::MustHave && depth->uncovered())
                risk = QStringLiteral("<span class=\"bad\">uncovered</span>");
            else if (depth && req.importance == Importance::MustHave &&
                     depth->singlePointOfFailure())
                risk = QStringLiteral("<span class=\"warn\">one holder</span>");
            skills.push_back({esc(role->name), esc(project.findSkill(req.skill)->name),
                              esc(skillLevelName(req.minimum)),
                              req.importance == Importance::MustHave ? QStringLiteral("must")
                                                                     : QStringLiteral("nice"),
                              toQString(formatPercent(req.met)),
                              depth ? QString::number(depth->depth()) : QString(), risk});
        }
        h.add(QStringLiteral("<h3>Required skills</h3>"));
        h.table({QStringLiteral("Role"), QStringLiteral("Skill"), QStringLiteral("Minimum"),
                 QStringLiteral("Importance"), QStringLiteral("Met"), QStringLiteral("Depth"),
                 QStringLiteral("Risk")},
                skills, {4, 5});
        QVariantMap heatmap = heatmapOf(project, scenario, team.team);
        const auto people = heatmap.value(QStringLiteral("people")).toList().size();
        if (full && people > 0 && people <= kMaxHeatmapPeople &&
            !heatmap.value(QStringLiteral("skills")).toList().isEmpty()) {
            h.add(QStringLiteral(
                "<h3>Skills heatmap</h3><p class=\"muted\">Level 0–4 per person and skill in "
                "this scenario; the number above a column is the highest level required; a red "
                "outline is a level below what that person's role asks; a green corner is a level "
                "planned training brings.</p>"));
            h.chart(true, heatmap);
        }
    }

    // Everyone who can be staffed in this scenario, assigned or not.
    if (full) {
        std::unordered_map<PersonId, QStringList> roles;
        std::unordered_map<PersonId, double> allocated;
        for (const auto& a : scenario.assignments) {
            const Role* role = scenario.findRole(a.role);
            // The share stays with its role: "Data Engineer&nbsp;(1)" never wraps alone.
            roles[a.person] << QStringLiteral("%1 / %2&nbsp;(%3)")
                                   .arg(esc(scenario.findTeam(role->team)->name), esc(role->name),
                                        share(a.allocation));
            allocated[a.person] += a.allocation;
        }
        std::vector<QStringList> people;
        for (const auto& p : project.people) {
            if (!project.isVisibleIn(p, scenario.id))
                continue;
            const auto it = roles.find(p.id);
            people.push_back({esc(p.name), esc(personStatusLabel(p.status)), share(p.fte),
                              share(allocated[p.id]), money(static_cast<double>(p.yearlyCost)),
                              it == roles.end()
                                  ? QStringLiteral("<span class=\"muted\">not assigned</span>")
                                  : it->second.join(QStringLiteral("<br/>"))});
        }
        h.add(QStringLiteral("<h2 style=\"page-break-before: always;\">People</h2>"));
        h.table({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("FTE"),
                 QStringLiteral("Allocated"), QStringLiteral("Yearly cost"),
                 QStringLiteral("Assigned to")},
                people, {2, 3, 4});
    }

    // The MLOps stack and the training the scenario plans.
    const ToolCatalog& catalog = toolCatalogOf(project);
    if (!scenario.stack.empty()) {
        std::vector<QStringList> rows;
        for (const auto& stage : catalog.stages) {
            const auto it = scenario.stack.find(stage.id);
            const Tool* tool = it == scenario.stack.end() ? nullptr : catalog.findTool(it->second);
            if (!tool)
                continue;
            QStringList adds;
            for (const auto& made : stackRequirements(scenario, tool->name))
                adds << esc(stackRequirementText(project, made));
            rows.push_back({esc(stage.name), esc(tool->name), esc(toolKindName(tool->kind)),
                            adds.isEmpty() ? QStringLiteral("<span class=\"muted\">nothing "
                                                            "new</span>")
                                           : adds.join(QStringLiteral("<br/>"))});
        }
        h.add(QStringLiteral("<h2>MLOps stack</h2>"));
        h.table({QStringLiteral("Stage"), QStringLiteral("Tool"), QStringLiteral("Kind"),
                 QStringLiteral("Adds to the roles (must-have)")},
                rows);
    }
    if (full && !scenario.training.empty()) {
        std::vector<QStringList> rows;
        for (const auto& t : scenario.training) {
            const Person* p = project.findPerson(t.person);
            const SkillLevel held = p ? p->level(t.skill) : SkillLevel::None;
            rows.push_back({esc(p ? p->name : std::string()), esc(project.findSkill(t.skill)->name),
                            esc(skillLevelName(held)) + QStringLiteral(" → ") +
                                esc(skillLevelName(std::max(held, t.target))),
                            share(t.weeks), money(t.cost)});
        }
        h.add(QStringLiteral("<h2>Planned training</h2><p>%1 in all, %2 weeks.</p>")
                  .arg(money(scenario.trainingCost()), share(scenario.trainingWeeks())));
        h.table({QStringLiteral("Person"), QStringLiteral("Skill"), QStringLiteral("Level"),
                 QStringLiteral("Weeks"), QStringLiteral("Cost")},
                rows, {3, 4});
    }

    // Gaps, all of them.
    h.add(QStringLiteral("<h2>Gaps</h2>"));
    if (risks.isEmpty())
        h.add(QStringLiteral("<p>None.</p>"));
    else {
        h.add(QStringLiteral("<ul>"));
        for (const auto& r : risks)
            h.add(QStringLiteral("<li>%1</li>").arg(r));
        h.add(QStringLiteral("</ul>"));
    }
    h.add(QStringLiteral(
        "<p class=\"muted\">“One holder”: a single point of failure, a must-have skill held by one "
        "person in the team. Coverage definitions: met(R, s) = min(1, qualified allocation / "
        "headcount "
        "target); team coverage weighs each requirement by its role's headcount target; depth "
        "counts the "
        "people assigned to a team at the highest level it requires.</p>"));
    return h.finish(options);
}

std::unique_ptr<QTextDocument> buildComparisonReport(const Project& project,
                                                     const ScenarioComparison& comparison,
                                                     const ReportOptions& options) {
    Html h;
    QStringList names;
    for (const auto& column : comparison.columns)
        names << toQString(column.scenario->name);
    // A comparison has one level of detail, whatever the scenario reports are set to.
    ReportOptions whole = options;
    whole.detail = ReportDetail::Full;
    h.add(titlePage(QStringLiteral("Scenario comparison"), names.join(QStringLiteral(" · ")),
                    project, whole));
    h.add(QStringLiteral("<h2>Side by side</h2><p>Differences are from %1: <span "
                         "class=\"good\">green</span> is better, "
                         "<span class=\"bad\">red</span> is worse.</p>")
              .arg(esc(names.front())));
    std::vector<QStringList> rows;
    for (const auto& row : comparisonRows(comparison)) {
        QStringList cells{esc(row.label)};
        for (std::size_t c = 0; c < row.values.size(); ++c) {
            const auto& v = row.values[c];
            QString cell = v                     ? toQString(formatValue(row.unit, *v))
                           : row.missing.empty() ? QStringLiteral("n/a")
                                                 : toQString(row.missing);
            if (c > 0 && v && row.values.front() && std::abs(*v - *row.values.front()) > 1e-9) {
                const int verdictValue = verdict(row, c);
                cell += QStringLiteral(" <span class=\"%1\">(%2)</span>")
                            .arg(verdictValue > 0   ? u"good"
                                 : verdictValue < 0 ? u"bad"
                                                    : u"muted",
                                 esc(formatDelta(row.unit, *v - *row.values.front())));
            }
            cells << cell;
        }
        rows.push_back(cells);
    }
    QStringList headers{QString()};
    QList<int> right;
    for (int i = 0; i < names.size(); ++i) {
        headers << esc(names[i]);
        right << i + 1;
    }
    h.table(headers, rows, right);

    // Each scenario's MLOps stack, stage by stage, where any has one.
    const ToolCatalog& catalog = toolCatalogOf(project);
    std::vector<QStringList> stackRows;
    for (const auto& stage : catalog.stages) {
        QStringList cells{esc(stage.name)};
        bool any = false;
        for (const auto& column : comparison.columns) {
            const auto it = column.scenario->stack.find(stage.id);
            any = any || it != column.scenario->stack.end();
            cells << (it == column.scenario->stack.end() ? QStringLiteral("—") : esc(it->second));
        }
        if (any)
            stackRows.push_back(cells);
    }
    if (!stackRows.empty()) {
        h.add(QStringLiteral("<h2>MLOps stack</h2>"));
        QStringList stackHeaders{QStringLiteral("Stage")};
        for (const auto& name : names)
            stackHeaders << esc(name);
        h.table(stackHeaders, stackRows);
    }

    QVariantList series;
    for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
        QVariantList values;
        for (std::size_t t = 0; t < comparison.teams.size(); ++t) {
            const StaffingFigures* f = comparison.teamFigures(c, t);
            values << (f && f->mustHave ? QVariant(*f->mustHave) : QVariant());
        }
        series << QVariantMap{{QStringLiteral("name"), names[static_cast<int>(c)]},
                              {QStringLiteral("values"), values}};
    }
    QStringList teams;
    for (const auto& t : comparison.teams)
        teams << toQString(t);
    h.chart(false, {{QStringLiteral("title"), QStringLiteral("Must-have coverage per team")},
                    {QStringLiteral("categories"), teams},
                    {QStringLiteral("series"), series}});

    for (std::size_t c = 1; c < comparison.columns.size(); ++c) {
        h.add(QStringLiteral("<h2>What %1 changes from %2</h2>")
                  .arg(esc(names[static_cast<int>(c)]), esc(names.front())));
        const auto& diff = comparison.columns[c].differences;
        if (diff.empty())
            h.add(QStringLiteral("<p>Nothing.</p>"));
        else {
            h.add(QStringLiteral("<ul>"));
            for (const auto& d : diff)
                h.add(QStringLiteral("<li>%1</li>").arg(esc(d.text)));
            h.add(QStringLiteral("</ul>"));
        }
    }
    return h.finish(options);
}

} // namespace crewplan::report
