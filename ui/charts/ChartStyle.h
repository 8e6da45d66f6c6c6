// What the charts share: one view setup, one palette, round axis steps, names fitted to a width.
// `style` is for the files of ui/charts/; roundStep() is public. The header names Qt Charts types
// but includes none of their headers, so including it does not need Qt Charts.
#pragma once

#include <QColor>
#include <QString>
#include <cstddef>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QFontMetricsF;
class QValueAxis;
class QWidget;
QT_END_NAMESPACE

namespace crewplan::charts {

// A round step for about `ticks` intervals from 0 up to `top`: 1, 2, 2.5 or 5 times a power of
// ten (axis ticks at 0, 250k, 500k… rather than 0, 280k, 559k…).
double roundStep(double top, int ticks);

namespace style {

// The i-th series' colour (green, blue, orange, purple, then again).
QColor seriesColour(std::size_t i);
// Planned training, wherever it is drawn.
inline const QColor kTrained{0x2e, 0x7d, 0x32};

// Ticks at multiples of `step` from 0; the range reaches a little past both ends, so markers at
// 0 or at the top are drawn whole.
void roundTicks(QValueAxis* axis, double top, double step);

// Empties `chart` for new data: its series and axes removed and deleted (removeAxis() only
// hands an axis back to the caller, so a chart redrawn without this leaks each redraw's axes).
void clear(QChart* chart);

// `chart` in a view filling `parent`, themed light or dark from the parent's palette.
QChartView* makeView(QChart* chart, QWidget* parent);

// Qt Charts draws axis labels as rich text: a name broken into lines, escaped and joined by
// <br> ("Data<br>Engineering"; "R&amp;D").
QString axisLabel(const QFontMetricsF& metrics, const QString& name, qreal width, int lines);

} // namespace style
} // namespace crewplan::charts
