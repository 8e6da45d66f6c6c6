#include "Charts.h"

#include "QtText.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace crewplan::charts {

namespace {

const QColor kTrainedColour(0x2e, 0x7d, 0x32);

} // namespace

double roundStep(double top, int ticks) {
    const double raw = std::max(top, 1e-9) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

namespace {

// Ticks at multiples of `step` from 0; the range reaches a little past both ends, so markers at
// 0 or at the top are drawn whole.
void roundTicks(QValueAxis* axis, double top, double step) {
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(-0.06 * top, top * 1.06);
}

QChartView* makeView(QChart* chart, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // the full name where a long one is cut
    chart->setTheme(parent->palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                         : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto* view = new QChartView(chart, parent);
    view->setMinimumSize(240, 200);
    view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

} // namespace

const QColor kSeriesColours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x90, 0xca, 0xf9),
                                 QColor(0xef, 0x6c, 0x00), QColor(0x8e, 0x24, 0xaa)};

struct BarChart::Parts {
    QChart* chart = nullptr;
    QBarCategoryAxis* categories = nullptr;
    QStringList names; // the categories' full names
};

BarChart::BarChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    makeView(parts_->chart, this);
    // Queued: the names are fitted after the layout that changed the plot, not inside it.
    connect(parts_->chart, &QChart::plotAreaChanged, this, &BarChart::fitCategoryNames,
            Qt::QueuedConnection);
}

BarChart::~BarChart() {
    delete parts_;
}

void BarChart::setData(const QString& title, const QStringList& categories,
                       const std::vector<BarSeries>& series) {
    QChart* chart = parts_->chart;
    chart->setTitle(title);
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* bars = new QBarSeries;
    for (std::size_t i = 0; i < series.size(); ++i) {
        auto* set = new QBarSet(series[i].name);
        set->setColor(kSeriesColours[i % std::size(kSeriesColours)]);
        for (const auto& v : series[i].values)
            *set << (v ? *v * 100.0 : 0.0);
        bars->append(set);
    }
    // Labels on crowded bars only overlap.
    bars->setLabelsVisible(static_cast<std::size_t>(categories.size()) * series.size() <= 24);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setLabelsAngle(-90); // upright text fits a narrow bar
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    // Qt Charts would cut every name to its column ("Data …", "Data …"): the names are broken
    // over lines to fit instead, by fitCategoryNames() whenever the width changes.
    x->setTruncateLabels(false);
    parts_->categories = x;
    parts_->names = categories;
    x->append(categoryLabels(categories.size() ? width() / categories.size() : width()));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

namespace {

// Qt Charts draws axis labels as rich text: a name broken into lines, escaped and joined by
// <br> ("Data<br>Engineering"; "R&amp;D").
QString axisLabel(const QFontMetricsF& metrics, const QString& name, qreal width, int lines) {
    return wrapWords(metrics, name, width, lines)
        .join(QLatin1Char('\n'))
        .toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QStringList BarChart::categoryLabels(int columnWidth) const {
    const QFontMetricsF metrics(parts_->categories ? parts_->categories->labelsFont() : font());
    QStringList labels;
    for (const QString& name : parts_->names) {
        QString label = axisLabel(metrics, name, std::max(24, columnWidth - 8), 3);
        // The axis keeps one category per distinct label: two names elided alike stay two.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    return labels;
}

void BarChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitCategoryNames();
}

void BarChart::fitCategoryNames() {
    QBarCategoryAxis* axis = parts_->categories;
    if (!axis || parts_->names.isEmpty())
        return;
    // The plot is narrower than the widget by the value axis and the margins.
    const qreal plot =
        parts_->chart->plotArea().width() > 0 ? parts_->chart->plotArea().width() : width() - 80.0;
    const QStringList labels =
        categoryLabels(static_cast<int>(plot / static_cast<qreal>(parts_->names.size())));
    if (labels != axis->categories())
        axis->setCategories(labels);
}

QStringList BarChart::categoryNames() const {
    QStringList shown;
    if (parts_->categories) {
        for (QString label : parts_->categories->categories())
            shown << label.remove(QChar(0x200B))
                         .replace(QStringLiteral("<br>"), QStringLiteral(" "))
                         .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                         .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                         .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                         .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    return shown;
}

struct CostCoverageChart::Parts {
    QChart* chart = nullptr;
};

CostCoverageChart::CostCoverageChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    parts_->chart->setTitle(tr("Yearly cost against must-have coverage"));
    makeView(parts_->chart, this);
    setAccessibleName(tr("Cost against coverage chart"));
}

CostCoverageChart::~CostCoverageChart() {
    delete parts_;
}

void CostCoverageChart::setPoints(const std::vector<CostPoint>& points) {
    QChart* chart = parts_->chart;
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    double maxCost = 1.0;
    for (const auto& p : points)
        maxCost = std::max(maxCost, p.yearlyCost / 1000.0);
    // In thousands (full figures crowd the axis), at round steps: 0, 250k, 500k, 750k…
    auto* x = new QValueAxis;
    const double step = roundStep(maxCost, 4);
    roundTicks(x, std::ceil(maxCost / step) * step, step);
    x->setLabelFormat(step < 1.0 ? QStringLiteral("%.1fk") : QStringLiteral("%.0fk"));
    x->setTitleText(tr("Yearly cost"));
    auto* y = new QValueAxis;
    roundTicks(y, 100.0, 25.0);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Must-have coverage"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (std::size_t i = 0; i < points.size(); ++i) {
        // One series a scenario, so the legend names each point.
        auto* series = new QScatterSeries;
        series->setName(points[i].name);
        series->setColor(kSeriesColours[i % std::size(kSeriesColours)]);
        // Smaller markers for later scenarios: two at the same point show as rings.
        series->setMarkerSize(std::max(8.0, 20.0 - 4.0 * static_cast<double>(i)));
        series->append(points[i].yearlyCost / 1000.0, points[i].coverage.value_or(0.0) * 100.0);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

struct RoleRadarChart::Parts {
    QPolarChart* chart = nullptr;
};

RoleRadarChart::RoleRadarChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QPolarChart;
    makeView(parts_->chart, this);
    setAccessibleName(tr("Required against present levels chart"));
}

RoleRadarChart::~RoleRadarChart() {
    delete parts_;
}

void RoleRadarChart::setRole(const QString& title, const std::vector<RadarAxis>& axes) {
    QPolarChart* chart = parts_->chart;
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
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
            angular->append(axisLabel(QFontMetricsF(metrics), axis.skill, 110, 2), i);
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

SkillHeatmap::SkillHeatmap(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("People by skills heatmap"));
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
}

void SkillHeatmap::setData(HeatmapData data) {
    data_ = std::move(data);
    const QFontMetrics fm(font());
    labelWidth_ = 60;
    for (const auto& name : data_.people)
        labelWidth_ = std::max(labelWidth_, fm.horizontalAdvance(name) + 16);
    headerHeight_ = 40;
    for (const auto& skill : data_.skills)
        headerHeight_ = std::max(headerHeight_, fm.horizontalAdvance(skill) + 28);
    cell_ = std::max(18, fm.height() + 4);
    updateGeometry();
    update();
}

QSize SkillHeatmap::sizeHint() const {
    // The slanted column names reach past the last column by about their length.
    return {labelWidth_ + cell_ * static_cast<int>(data_.skills.size()) + headerHeight_ / 2 + 8,
            headerHeight_ + cell_ * static_cast<int>(data_.people.size()) + 8};
}

void SkillHeatmap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().text().color();
    const QColor gap(0xe5, 0x39, 0x35);
    const auto shade = [&](int level) {
        // Level 0..4 from the base colour towards the highlight colour.
        const QColor base = palette().base().color();
        const QColor strong = palette().highlight().color();
        const double t = level / 4.0;
        return QColor::fromRgbF(base.redF() + (strong.redF() - base.redF()) * t,
                                base.greenF() + (strong.greenF() - base.greenF()) * t,
                                base.blueF() + (strong.blueF() - base.blueF()) * t);
    };
    const int skills = static_cast<int>(data_.skills.size());
    // Column headers, rotated, with the required level below each.
    for (int s = 0; s < skills; ++s) {
        const int x = labelWidth_ + s * cell_;
        p.save();
        p.translate(x + cell_ / 2 + 4, headerHeight_ - 22);
        p.rotate(-60);
        p.setPen(text);
        p.drawText(0, 0, data_.skills[static_cast<std::size_t>(s)]);
        p.restore();
        const int req = data_.required[static_cast<std::size_t>(s)];
        if (req > 0) {
            p.setPen(text);
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(QRect(x, headerHeight_ - 18, cell_, 16), Qt::AlignCenter,
                       QString::number(req));
            p.setFont(font());
        }
    }
    for (int r = 0; r < static_cast<int>(data_.people.size()); ++r) {
        const int y = headerHeight_ + r * cell_;
        p.setPen(text);
        p.drawText(QRect(4, y, labelWidth_ - 8, cell_), Qt::AlignVCenter | Qt::AlignRight,
                   data_.people[static_cast<std::size_t>(r)]);
        for (int s = 0; s < skills; ++s) {
            const int level =
                data_.levels[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)];
            const int needed =
                data_.needed[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)];
            const QRect cell(labelWidth_ + s * cell_, y, cell_ - 1, cell_ - 1);
            p.fillRect(cell, shade(level));
            if (data_.trained[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)]) {
                // Planned training: a green corner, top right.
                const int c = std::max(5, cell_ / 3);
                const QPoint tr = cell.topRight() + QPoint(1, 0);
                p.setPen(Qt::NoPen);
                p.setBrush(kTrainedColour);
                p.drawPolygon(QPolygon({tr, tr - QPoint(c, 0), tr + QPoint(0, c)}));
                p.setBrush(Qt::NoBrush);
            }
            if (needed > 0 && level < needed) {
                p.setPen(QPen(gap, 2));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
            if (level > 0) {
                p.setPen(level >= 3 ? palette().highlightedText().color() : text);
                p.drawText(cell, Qt::AlignCenter, QString::number(level));
            }
        }
    }
}

std::pair<int, int> SkillHeatmap::cellAt(QPoint point) const {
    const int column = point.x() >= labelWidth_ ? (point.x() - labelWidth_) / cell_ : -1;
    const int row = point.y() >= headerHeight_ ? (point.y() - headerHeight_) / cell_ : -1;
    if (column < 0 || row < 0 || column >= static_cast<int>(data_.skills.size()) ||
        row >= static_cast<int>(data_.people.size()))
        return {-1, -1};
    return {row, column};
}

bool SkillHeatmap::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto [row, column] = cellAt(static_cast<QHelpEvent*>(event)->pos());
    const QString tip =
        row < 0 || static_cast<std::size_t>(row) >= data_.tips.size()
            ? QString()
            : data_.tips[static_cast<std::size_t>(row)].at(static_cast<std::size_t>(column));
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
    return true;
}

} // namespace crewplan::charts
