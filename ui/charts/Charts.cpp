#include "Charts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QVBoxLayout>
#include <QValueAxis>

namespace crewplan::charts {

namespace {

QChartView* makeView(QChart* chart, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
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

struct TeamCoverageChart::Parts {
    QChart* chart = nullptr;
};

TeamCoverageChart::TeamCoverageChart(QWidget* parent) : QWidget(parent), parts_(new Parts) {
    parts_->chart = new QChart;
    parts_->chart->setTitle(tr("Coverage per team"));
    makeView(parts_->chart, this);
    setAccessibleName(tr("Coverage per team chart"));
}

TeamCoverageChart::~TeamCoverageChart() {
    delete parts_;
}

void TeamCoverageChart::setTitle(const QString& title) {
    parts_->chart->setTitle(title);
}

void TeamCoverageChart::setTeams(const std::vector<TeamBar>& teams) {
    QChart* chart = parts_->chart;
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* must = new QBarSet(tr("Must-have"));
    auto* nice = new QBarSet(tr("Nice-to-have"));
    must->setColor(QColor(0x2e, 0x7d, 0x32));
    nice->setColor(QColor(0x90, 0xca, 0xf9));
    QStringList names;
    for (const auto& t : teams) {
        names << t.team;
        *must << (t.mustHave ? *t.mustHave * 100.0 : 0.0);
        *nice << (t.niceToHave ? *t.niceToHave * 100.0 : 0.0);
    }
    auto* series = new QBarSeries;
    series->append(must);
    series->append(nice);
    series->setLabelsVisible(teams.size() <= 12); // labels on crowded bars only overlap
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsAngle(-90); // upright text fits a narrow bar
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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
    const int n = static_cast<int>(axes.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QFontMetrics metrics(font());
    for (int i = 0; i <= n; ++i) {
        const auto& axis = axes[static_cast<std::size_t>(i % n)];
        required->append(i, axis.required);
        present->append(i, axis.present);
        // Long names around the circle squeeze the plot: keep them short, the full name is in
        // the role's requirements.
        if (i < n)
            angular->append(metrics.elidedText(axis.skill, Qt::ElideRight, 110), i);
    }
    QPen requiredPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
    required->setPen(requiredPen);
    QPen presentPen(QColor(0x15, 0x65, 0xc0), 2.5);
    present->setPen(presentPen);
    chart->addSeries(required);
    chart->addSeries(present);
    auto* radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (auto* s : {required, present}) {
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

} // namespace crewplan::charts
