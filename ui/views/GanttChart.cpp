#include "GanttChart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace crewplan {

namespace {

QColor colourOf(GanttItem::Kind kind) {
    switch (kind) {
    case GanttItem::Kind::Hire:
        return {0x1f, 0x77, 0xb4};
    case GanttItem::Kind::Training:
        return {0x2e, 0x7d, 0x32};
    case GanttItem::Kind::Leaver:
        return {0xc6, 0x28, 0x28};
    }
    return Qt::gray;
}

} // namespace

GanttChart::GanttChart(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Hires, training and leavers over time"));
    setAccessibleDescription(tr("Drag a bar, or select it and press Ctrl+Left or Ctrl+Right, to "
                                "move it by a month"));
}

void GanttChart::setData(const QStringList& months, std::vector<GanttItem> items) {
    months_ = months;
    items_ = std::move(items);
    current_ = std::min(current_, static_cast<int>(items_.size()) - 1);
    dragging_ = -1;
    updateGeometry();
    update();
}

void GanttChart::setCurrentItem(int index) {
    current_ = std::clamp(index, -1, static_cast<int>(items_.size()) - 1);
    update();
}

int GanttChart::rowHeight() const {
    return fontMetrics().height() + 10;
}

int GanttChart::headerHeight() const {
    return 2 * fontMetrics().height() + 8;
}

int GanttChart::labelWidth() const {
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("Hires and training"));
    for (const auto& item : items_)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item.label));
    return std::min(widest + 16, std::max(160, width() / 3));
}

double GanttChart::columnWidth() const {
    return months_.isEmpty() ? 1.0
                             : std::max(4.0, static_cast<double>(width() - labelWidth() - 8) /
                                                 static_cast<double>(months_.size()));
}

QSize GanttChart::sizeHint() const {
    return {800,
            headerHeight() + rowHeight() * std::max<int>(3, static_cast<int>(items_.size())) + 4};
}

QSize GanttChart::minimumSizeHint() const {
    return {400,
            headerHeight() + rowHeight() * std::max<int>(1, static_cast<int>(items_.size())) + 4};
}

QRect GanttChart::barRect(int index) const {
    if (index < 0 || index >= static_cast<int>(items_.size()))
        return {};
    const GanttItem& item = items_[static_cast<std::size_t>(index)];
    const int shift = index == dragging_ ? dragMonths_ : 0;
    int from = item.start, to = item.end;
    if (item.kind == GanttItem::Kind::Leaver)
        to += shift;
    else {
        from += shift;
        to += shift;
    }
    const int count = static_cast<int>(months_.size());
    from = std::clamp(from, 0, count);
    to = std::clamp(to, from, count);
    const double w = columnWidth();
    const int x0 = labelWidth() + static_cast<int>(std::round(from * w));
    const int x1 = labelWidth() + static_cast<int>(std::round(to * w));
    const int y = headerHeight() + index * rowHeight() + 3;
    return {x0, y, std::max(3, x1 - x0), rowHeight() - 6};
}

int GanttChart::rowAt(QPoint point) const {
    if (point.y() < headerHeight())
        return -1;
    const int row = (point.y() - headerHeight()) / rowHeight();
    return row < static_cast<int>(items_.size()) ? row : -1;
}

void GanttChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const double w = columnWidth();
    const int left = labelWidth();
    const int count = static_cast<int>(months_.size());
    const QColor grid = palette().mid().color();
    const QFontMetrics fm = fontMetrics();
    // Header: the quarters' first months, and a line at each quarter.
    for (int k = 0; k < count; ++k) {
        const int x = left + static_cast<int>(std::round(k * w));
        const QString& month = months_[k];
        const int m = month.mid(5, 2).toInt();
        const bool quarter = (m - 1) % 3 == 0;
        if (quarter || k == 0) {
            p.setPen(grid);
            p.drawLine(x, fm.height() + 4, x, height());
            p.setPen(palette().text().color());
            const QString text =
                month.left(4) + QStringLiteral(" Q") + QString::number((m - 1) / 3 + 1);
            if (quarter && 3 * w > fm.horizontalAdvance(text) + 4)
                p.drawText(QRect(x + 2, 2, static_cast<int>(3 * w), fm.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        if (w > fm.horizontalAdvance(QStringLiteral("00")) + 2) {
            p.setPen(palette().placeholderText().color());
            p.drawText(QRect(x, fm.height() + 4, static_cast<int>(w), fm.height()), Qt::AlignCenter,
                       month.mid(5, 2));
        }
    }
    p.setPen(palette().text().color());
    p.drawText(QRect(4, 2, left - 8, headerHeight() - 4), Qt::AlignLeft | Qt::AlignBottom,
               tr("Hires and training"));
    if (items_.empty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(QRect(left, headerHeight(), width() - left, rowHeight() * 2), Qt::AlignCenter,
                   tr("Nothing dated yet: no hire joins, no training has a start, nobody leaves."));
        return;
    }
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
        const GanttItem& item = items_[static_cast<std::size_t>(i)];
        const int y = headerHeight() + i * rowHeight();
        if (i == current_)
            p.fillRect(QRect(0, y, width(), rowHeight()),
                       hasFocus() ? palette().highlight().color().lighter(170)
                                  : palette().alternateBase().color());
        p.setPen(palette().text().color());
        p.drawText(QRect(4, y, left - 8, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(item.label, Qt::ElideRight, left - 8));
        const QRect bar = barRect(i);
        const QColor colour = colourOf(item.kind);
        p.setPen(Qt::NoPen);
        if (item.kind == GanttItem::Kind::Hire && item.rampUp > 0) {
            // Ramp-up at half strength: the first months lighter.
            const int shift = i == dragging_ ? dragMonths_ : 0;
            const int rampEnd = std::clamp(item.start + shift + item.rampUp, 0, count);
            const int xr = left + static_cast<int>(std::round(rampEnd * w));
            p.setBrush(colour.lighter(160));
            p.drawRect(QRect(bar.left(), bar.top(),
                             std::max(0, std::min(xr, bar.right()) - bar.left()), bar.height()));
            p.setBrush(colour);
            if (xr < bar.right())
                p.drawRect(QRect(xr, bar.top(), bar.right() - xr, bar.height()));
        } else {
            p.setBrush(item.kind == GanttItem::Kind::Leaver ? colour.lighter(170) : colour);
            p.drawRect(bar);
            if (item.kind == GanttItem::Kind::Leaver) {
                p.setBrush(colour);
                p.drawRect(QRect(bar.right() - 3, bar.top() - 2, 4, bar.height() + 4));
            }
        }
        if (i == dragging_ && dragMonths_ != 0) {
            p.setPen(QPen(palette().text().color(), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(bar.adjusted(0, 0, -1, -1));
        }
    }
}

void GanttChart::mousePressEvent(QMouseEvent* event) {
    const int row = rowAt(event->position().toPoint());
    setCurrentItem(row);
    if (row >= 0 && event->button() == Qt::LeftButton &&
        barRect(row).adjusted(-4, 0, 4, 0).contains(event->position().toPoint())) {
        dragging_ = row;
        dragFrom_ = event->position().toPoint().x();
        dragMonths_ = 0;
        setCursor(Qt::SizeHorCursor);
    }
    QWidget::mousePressEvent(event);
}

void GanttChart::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_ >= 0) {
        const int months =
            static_cast<int>(std::lround((event->position().x() - dragFrom_) / columnWidth()));
        if (months != dragMonths_) {
            dragMonths_ = months;
            update();
        }
    } else {
        const int row = rowAt(event->position().toPoint());
        setCursor(row >= 0 && barRect(row).contains(event->position().toPoint())
                      ? Qt::OpenHandCursor
                      : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void GanttChart::mouseReleaseEvent(QMouseEvent* event) {
    if (dragging_ >= 0) {
        const int row = dragging_, months = dragMonths_;
        dragging_ = -1;
        dragMonths_ = 0;
        unsetCursor();
        update();
        if (months != 0)
            emit moved(row, months);
    }
    QWidget::mouseReleaseEvent(event);
}

void GanttChart::keyPressEvent(QKeyEvent* event) {
    const int last = static_cast<int>(items_.size()) - 1;
    if (event->key() == Qt::Key_Down && current_ < last) {
        setCurrentItem(current_ + 1);
    } else if (event->key() == Qt::Key_Up && current_ > 0) {
        setCurrentItem(current_ - 1);
    } else if ((event->modifiers() & Qt::ControlModifier) && current_ >= 0 &&
               (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit moved(current_, event->key() == Qt::Key_Left ? -1 : 1);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool GanttChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), items_[static_cast<std::size_t>(row)].tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace crewplan
