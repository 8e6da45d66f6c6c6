#include "ChartStyle.h"

#include "QtText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace crewplan::charts {

double roundStep(double top, int ticks) {
    const double raw = std::max(top, 1e-9) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

namespace style {

QColor seriesColour(std::size_t i) {
    static const QColor colours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x90, 0xca, 0xf9),
                                     QColor(0xef, 0x6c, 0x00), QColor(0x8e, 0x24, 0xaa)};
    return colours[i % std::size(colours)];
}

void roundTicks(QValueAxis* axis, double top, double step) {
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(-0.06 * top, top * 1.06);
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChartView* makeView(QChart* chart, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // the full name where a long one is cut
    chart->setTheme(parent->palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                         : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false); // after the theme, which sets one
    auto* view = new QChartView(chart, parent);
    view->setMinimumSize(240, 200);
    view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

QString axisLabel(const QFontMetricsF& metrics, const QString& name, qreal width, int lines) {
    return wrapWords(metrics, name, width, lines)
        .join(QLatin1Char('\n'))
        .toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace style
} // namespace crewplan::charts
