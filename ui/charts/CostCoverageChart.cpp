#include "CostCoverageChart.h"

#include "ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace crewplan::charts {

struct CostCoverageChart::Parts {
    QChart* chart = nullptr;
};

CostCoverageChart::CostCoverageChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    parts_->chart->setTitle(tr("Yearly cost against must-have coverage"));
    style::makeView(parts_->chart, this);
    setAccessibleName(tr("Cost against coverage chart"));
}

CostCoverageChart::~CostCoverageChart() {
    delete parts_;
}

void CostCoverageChart::setPoints(const std::vector<CostPoint>& points) {
    QChart* chart = parts_->chart;
    style::clear(chart);
    double maxCost = 1.0;
    for (const auto& p : points)
        maxCost = std::max(maxCost, p.yearlyCost / 1000.0);
    // In thousands (full figures crowd the axis), at round steps: 0, 250k, 500k, 750k…
    auto* x = new QValueAxis;
    const double step = roundStep(maxCost, 4);
    style::roundTicks(x, std::ceil(maxCost / step) * step, step);
    x->setLabelFormat(step < 1.0 ? QStringLiteral("%.1fk") : QStringLiteral("%.0fk"));
    x->setTitleText(tr("Yearly cost"));
    auto* y = new QValueAxis;
    style::roundTicks(y, 100.0, 25.0);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Must-have coverage"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (std::size_t i = 0; i < points.size(); ++i) {
        // One series a scenario, so the legend names each point.
        auto* series = new QScatterSeries;
        series->setName(points[i].name);
        series->setColor(style::seriesColour(i));
        // Smaller markers for later scenarios: two at the same point show as rings.
        series->setMarkerSize(std::max(8.0, 20.0 - 4.0 * static_cast<double>(i)));
        series->append(points[i].yearlyCost / 1000.0, points[i].coverage.value_or(0.0) * 100.0);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace crewplan::charts
