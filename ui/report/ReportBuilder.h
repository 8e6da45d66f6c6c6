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

struct ReportOptions {
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
