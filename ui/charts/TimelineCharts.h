// The Timeline tab's charts, behind plain data: must-have coverage per team month by month with
// the maturity targets' months marked, and stacked bars per quarter (headcount by team, spend by
// kind). Shared by the window and the report.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

namespace crewplan::charts {

// A line over the months: a ratio (0–1, shown as 0–100 %) per month; nullopt = no point.
struct LineSeries {
    QString name;
    std::vector<std::optional<double>> values;
};

// A vertical mark at a month (its index on the axis), e.g. "level 2 by 2027-06".
struct MonthMark {
    int month = 0;
    QString label;
};

class CoverageOverTimeChart : public QWidget {
    Q_OBJECT
public:
    explicit CoverageOverTimeChart(QWidget* parent = nullptr);
    ~CoverageOverTimeChart() override;
    // `months` names each month on the axis ("2027-01"); a label is shown every few months.
    void setData(const QString& title, const QStringList& months,
                 const std::vector<LineSeries>& lines, const std::vector<MonthMark>& marks);

private:
    struct Parts;
    Parts* parts_;
};

// Bars stacked per category (a quarter): one segment per series, values as they are (FTE,
// money), the axis titled with `unit`.
struct StackSeries {
    QString name;
    std::vector<double> values; // one per category
};

class StackedBarChart : public QWidget {
    Q_OBJECT
public:
    explicit StackedBarChart(QWidget* parent = nullptr);
    ~StackedBarChart() override;
    // `thousands`: values shown in thousands ("250k"), for money. Categories are rich text
    // ("Q1<br>2027").
    void setData(const QString& title, const QStringList& categories,
                 const std::vector<StackSeries>& series, const QString& unit, bool thousands);

private:
    struct Parts;
    Parts* parts_;
};

} // namespace crewplan::charts
