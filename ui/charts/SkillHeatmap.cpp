#include "SkillHeatmap.h"

#include "ChartStyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace crewplan::charts {

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
                p.setBrush(style::kTrained);
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
