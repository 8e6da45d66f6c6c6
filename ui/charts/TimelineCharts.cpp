#include "TimelineCharts.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace crewplan::charts {

struct CoverageOverTimeChart::Parts {
    QChart* chart = nullptr;
};

CoverageOverTimeChart::CoverageOverTimeChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    style::makeView(parts_->chart, this);
    setAccessibleName(tr("Must-have coverage per team over time"));
}

CoverageOverTimeChart::~CoverageOverTimeChart() {
    delete parts_;
}

void CoverageOverTimeChart::setData(const QString& title, const QStringList& months,
                                    const std::vector<LineSeries>& lines,
                                    const std::vector<MonthMark>& marks) {
    QChart* chart = parts_->chart;
    chart->setTitle(title);
    style::clear(chart);
    const int count = static_cast<int>(months.size());
    // Month labels on the axis at round steps (every month up to a year, then every quarter or
    // half-year), each at its month.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = count <= 12 ? 1 : count <= 36 ? 3 : 6;
    for (int k = 0; k < count; k += every)
        x->append(months[k], k);
    x->setRange(0, std::max(1, count - 1));
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    style::roundTicks(y, 100.0, 25.0);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Must-have coverage"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto* series = new QLineSeries;
        series->setName(lines[i].name);
        // Teams at the same figure would hide one another: each line is thinner than the one
        // before, so that all of them show where they run together.
        QPen pen(style::seriesColour(i));
        pen.setWidthF(2.0 + 2.5 * static_cast<double>(lines.size() - 1 - i));
        series->setPen(pen);
        for (int k = 0; k < count && k < static_cast<int>(lines[i].values.size()); ++k) {
            if (lines[i].values[static_cast<std::size_t>(k)])
                series->append(k, *lines[i].values[static_cast<std::size_t>(k)] * 100.0);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (const auto& mark : marks) {
        auto* line = new QLineSeries;
        line->setName(mark.label);
        QPen pen(QColor(0x60, 0x60, 0x60));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->append(mark.month, -2.0);
        line->append(mark.month, 102.0);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

struct StackedBarChart::Parts {
    QChart* chart = nullptr;
};

StackedBarChart::StackedBarChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    style::makeView(parts_->chart, this);
}

StackedBarChart::~StackedBarChart() {
    delete parts_;
}

void StackedBarChart::setData(const QString& title, const QStringList& categories,
                              const std::vector<StackSeries>& series, const QString& unit,
                              bool thousands) {
    QChart* chart = parts_->chart;
    chart->setTitle(title);
    setAccessibleName(title);
    style::clear(chart);
    auto* bars = new QStackedBarSeries;
    const double scale = thousands ? 1000.0 : 1.0;
    std::vector<double> totals(static_cast<std::size_t>(categories.size()), 0.0);
    for (std::size_t i = 0; i < series.size(); ++i) {
        auto* set = new QBarSet(series[i].name);
        set->setColor(style::seriesColour(i));
        for (std::size_t k = 0; k < totals.size(); ++k) {
            const double v = k < series[i].values.size() ? series[i].values[k] / scale : 0.0;
            totals[k] += v;
            *set << v;
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->setTruncateLabels(false);
    x->append(categories);
    auto* y = new QValueAxis;
    double top = 1.0;
    for (const double total : totals)
        top = std::max(top, total);
    const double step = roundStep(top, 4);
    style::roundTicks(y, std::ceil(top / step) * step, step);
    const bool whole = std::abs(step - std::round(step)) < 1e-9;
    y->setLabelFormat(thousands ? (whole ? QStringLiteral("%.0fk") : QStringLiteral("%.1fk"))
                                : (whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f")));
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

} // namespace crewplan::charts
