// The staffing report as a paged text document: title page, executive summary, charts, a
// section per team, the gaps; or, for a comparison, the scenarios side by side. Text from the
// project is always text (escaped), never markup.
#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>
#include <memory>

class QTextDocument;

namespace crewplan {

struct Project;
struct Scenario;
struct ScenarioComparison;

namespace report {

// How much a scenario's report says (docs/report.md): the summary fits on a few pages at any
// size; teams adds the time line and a section per team (roles, coverage, gaps); full adds the
// heatmaps, everyone, the planned training and every gap.
enum class ReportDetail { Summary, Teams, Full };

// "summary", "teams" or "full" (the command line's and the preferences' words); anything else
// is full.
ReportDetail reportDetailNamed(const QString& name);

struct ReportOptions {
    ReportDetail detail = ReportDetail::Full;
    QPageSize pageSize{QPageSize::A4};
    QString author;
    QDate date = QDate::currentDate();
};

// A marker paragraph where the table of contents goes when the report runs past three pages.
inline constexpr char16_t kTocMarker[] = u"\u27E6contents\u27E7";

std::unique_ptr<QTextDocument> buildScenarioReport(const Project& project, const Scenario& scenario,
                                                   const ReportOptions& options);
std::unique_ptr<QTextDocument> buildComparisonReport(const Project& project,
                                                     const ScenarioComparison& comparison,
                                                     const ReportOptions& options);

} // namespace report
} // namespace crewplan
