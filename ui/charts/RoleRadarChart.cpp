#include "RoleRadarChart.h"

#include "ChartStyle.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>
#include <algorithm>

namespace crewplan::charts {

struct RoleRadarChart::Parts {
    QPolarChart* chart = nullptr;
};

RoleRadarChart::RoleRadarChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QPolarChart;
    style::makeView(parts_->chart, this);
    setAccessibleName(tr("Required against present levels chart"));
}

RoleRadarChart::~RoleRadarChart() {
    delete parts_;
}

void RoleRadarChart::setRole(const QString& title, const std::vector<RadarAxis>& axes) {
    QPolarChart* chart = parts_->chart;
    style::clear(chart);
    chart->setTitle(title);
    if (axes.empty())
        return;
    auto* required = new QLineSeries;
    required->setName(tr("Required"));
    auto* present = new QLineSeries;
    present->setName(tr("Best present"));
    const bool anyTraining = std::any_of(axes.begin(), axes.end(),
                                         [](const RadarAxis& a) { return a.planned != a.present; });
    QLineSeries* planned = nullptr;
    if (anyTraining) {
        planned = new QLineSeries;
        planned->setName(tr("With planned training"));
    }
    const int n = static_cast<int>(axes.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QFontMetrics metrics(font());
    for (int i = 0; i <= n; ++i) {
        const auto& axis = axes[static_cast<std::size_t>(i % n)];
        required->append(i, axis.required);
        present->append(i, axis.present);
        if (planned)
            planned->append(i, axis.planned);
        // Long names around the circle squeeze the plot: keep them short, the full name is in
        // the role's requirements.
        if (i < n)
            angular->append(style::axisLabel(QFontMetricsF(metrics), axis.skill, 110, 2), i);
    }
    QPen requiredPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
    required->setPen(requiredPen);
    QPen presentPen(QColor(0x15, 0x65, 0xc0), 2.5);
    present->setPen(presentPen);
    chart->addSeries(required);
    chart->addSeries(present);
    if (planned) {
        planned->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2.5, Qt::DotLine));
        chart->addSeries(planned);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (auto* s : {required, present, planned}) {
        if (!s)
            continue;
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
}

} // namespace crewplan::charts
