#include "BarChart.h"

#include "ChartStyle.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <algorithm>

namespace crewplan::charts {

struct BarChart::Parts {
    QChart* chart = nullptr;
    QBarCategoryAxis* categories = nullptr;
    QStringList names; // the categories' full names
};

BarChart::BarChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    style::makeView(parts_->chart, this);
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
    style::clear(chart);
    parts_->categories = nullptr; // deleted with the other axes; the new one is set below
    auto* bars = new QBarSeries;
    for (std::size_t i = 0; i < series.size(); ++i) {
        auto* set = new QBarSet(series[i].name);
        set->setColor(style::seriesColour(i));
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

QStringList BarChart::categoryLabels(int columnWidth) const {
    const QFontMetricsF metrics(parts_->categories ? parts_->categories->labelsFont() : font());
    QStringList labels;
    for (const QString& name : parts_->names) {
        QString label = style::axisLabel(metrics, name, std::max(24, columnWidth - 8), 3);
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

} // namespace crewplan::charts
