#include "ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace crewplan::report {

namespace {

enum Property { KindProperty = QTextFormat::UserProperty + 1, DataProperty };
enum Kind { Bars = 1, Heatmap };

const QColor kSeries[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x64, 0xb5, 0xf6),
                          QColor(0xef, 0x6c, 0x00), QColor(0x8e, 0x24, 0xaa)};

// Everything is laid out in "units" of the document's default font height, so the chart
// scales with the text on any page size and resolution.
qreal unit(QTextDocument* document) {
    return QFontMetricsF(document->defaultFont(), document->documentLayout()->paintDevice())
        .height();
}

void insert(QTextCursor& cursor, Kind kind, const QVariantMap& data) {
    QTextCharFormat format;
    format.setObjectType(ReportCharts::kObjectType);
    format.setProperty(KindProperty, kind);
    format.setProperty(DataProperty, data);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void drawBars(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QStringList categories = data.value(QStringLiteral("categories")).toStringList();
    const QVariantList series = data.value(QStringLiteral("series")).toList();
    QFont font = p->font();
    p->setPen(Qt::black);
    const QRectF title(r.left(), r.top(), r.width(), 1.4 * u);
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                data.value(QStringLiteral("title")).toString());
    p->setFont(font);
    const qreal left = r.left() + 3.5 * u;
    const qreal top = title.bottom() + 0.5 * u;
    const qreal bottom = r.bottom() - 4.5 * u;
    const qreal right = r.right() - 0.5 * u;
    const qreal height = bottom - top;
    // Axis and gridlines at 0, 25, 50, 75 and 100 %.
    p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    for (int pct = 0; pct <= 100; pct += 25) {
        const qreal y = bottom - height * pct / 100.0;
        p->drawLine(QPointF(left, y), QPointF(right, y));
        p->setPen(Qt::black);
        p->drawText(QRectF(r.left(), y - 0.6 * u, 3.2 * u, 1.2 * u),
                    Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(pct));
        p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    }
    const int n = std::max<qsizetype>(1, categories.size());
    const qreal group = (right - left) / n;
    const int k = std::max<qsizetype>(1, series.size());
    const qreal bar = group * 0.8 / k;
    for (int c = 0; c < categories.size(); ++c) {
        const qreal x0 = left + c * group + group * 0.1;
        for (int s = 0; s < series.size(); ++s) {
            const QVariantList values = series[s].toMap().value(QStringLiteral("values")).toList();
            const QVariant v = c < values.size() ? values[c] : QVariant();
            const QRectF slot(x0 + s * bar, top, bar * 0.92, height);
            if (!v.isValid() || v.isNull()) {
                p->setPen(Qt::gray);
                p->drawText(QRectF(slot.left(), bottom - 1.2 * u, slot.width(), 1.2 * u),
                            Qt::AlignCenter, QStringLiteral("n/a"));
                continue;
            }
            const qreal value = std::clamp(v.toDouble(), 0.0, 1.0);
            const QRectF body(slot.left(), bottom - height * value, slot.width(), height * value);
            p->fillRect(body, kSeries[s % 4]);
            if (bar > 2.2 * u) {
                p->setPen(Qt::black);
                p->drawText(
                    QRectF(slot.left() - u, body.top() - 1.2 * u, slot.width() + 2 * u, 1.2 * u),
                    Qt::AlignCenter, QString::number(value * 100.0, 'f', 1) + QStringLiteral(" %"));
            }
        }
        p->setPen(Qt::black);
        const QString name =
            QFontMetricsF(p->font()).elidedText(categories[c], Qt::ElideRight, group - 0.2 * u);
        p->drawText(QRectF(left + c * group, bottom + 0.2 * u, group, 1.3 * u),
                    Qt::AlignHCenter | Qt::AlignTop, name);
    }
    // Legend.
    qreal x = left;
    const qreal y = r.bottom() - 1.6 * u;
    for (int s = 0; s < series.size(); ++s) {
        const QString name = series[s].toMap().value(QStringLiteral("name")).toString();
        p->fillRect(QRectF(x, y + 0.3 * u, 0.8 * u, 0.8 * u), kSeries[s % 4]);
        p->setPen(Qt::black);
        const qreal w = QFontMetricsF(p->font()).horizontalAdvance(name);
        p->drawText(QRectF(x + 1.1 * u, y, w + u, 1.4 * u), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 3 * u;
    }
}

QSizeF heatmapSize(qreal u, const QVariantMap& data) {
    const qreal cell = 1.3 * u;
    const int people = static_cast<int>(data.value(QStringLiteral("people")).toList().size());
    const int skills = static_cast<int>(data.value(QStringLiteral("skills")).toList().size());
    return {12 * u + skills * cell + 6 * u, 8 * u + people * cell + 0.5 * u};
}

void drawHeatmap(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QStringList people = data.value(QStringLiteral("people")).toStringList();
    const QStringList skills = data.value(QStringLiteral("skills")).toStringList();
    const QVariantList required = data.value(QStringLiteral("required")).toList();
    const QVariantList levels = data.value(QStringLiteral("levels")).toList();
    const QVariantList needed = data.value(QStringLiteral("needed")).toList();
    const QVariantList trained = data.value(QStringLiteral("trained")).toList();
    const qreal cell = 1.3 * u;
    const qreal labels = 12 * u;
    const qreal header = 8 * u;
    const QColor strong(0x15, 0x65, 0xc0);
    for (int s = 0; s < skills.size(); ++s) {
        const qreal x = r.left() + labels + s * cell;
        p->save();
        p->translate(x + cell * 0.7, r.top() + header - 1.6 * u);
        p->rotate(-60);
        p->setPen(Qt::black);
        p->drawText(QPointF(0, 0),
                    QFontMetricsF(p->font()).elidedText(skills[s], Qt::ElideRight, 7.5 * u));
        p->restore();
        p->drawText(QRectF(x, r.top() + header - 1.4 * u, cell, 1.2 * u), Qt::AlignCenter,
                    required.value(s).toInt() > 0 ? required.value(s).toString() : QString());
    }
    for (int row = 0; row < people.size(); ++row) {
        const qreal y = r.top() + header + row * cell;
        p->setPen(Qt::black);
        p->drawText(
            QRectF(r.left(), y, labels - 0.4 * u, cell), Qt::AlignRight | Qt::AlignVCenter,
            QFontMetricsF(p->font()).elidedText(people[row], Qt::ElideRight, labels - 0.6 * u));
        const QVariantList personLevels = levels.value(row).toList();
        const QVariantList personNeeds = needed.value(row).toList();
        const QVariantList personTrained = trained.value(row).toList();
        for (int s = 0; s < skills.size(); ++s) {
            const int level = personLevels.value(s).toInt();
            const int need = personNeeds.value(s).toInt();
            const QRectF box(r.left() + labels + s * cell, y, cell * 0.94, cell * 0.94);
            QColor fill = strong;
            fill.setAlphaF(level / 4.0 * 0.85 + 0.05);
            p->fillRect(box, level > 0 ? fill : QColor(0xf5, 0xf5, 0xf5));
            if (personTrained.value(s).toBool()) {
                // Planned training brings this level: a green corner, top right.
                const qreal c = box.width() * 0.38;
                const QPointF tr = box.topRight();
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0x2e, 0x7d, 0x32));
                p->drawPolygon(QPolygonF({tr, tr - QPointF(c, 0), tr + QPointF(0, c)}));
                p->setBrush(Qt::NoBrush);
            }
            if (need > 0 && level < need) {
                p->setPen(QPen(QColor(0xe5, 0x39, 0x35), u * 0.15));
                p->drawRect(box.adjusted(u * 0.08, u * 0.08, -u * 0.08, -u * 0.08));
            }
            if (level > 0) {
                p->setPen(level >= 3 ? Qt::white : Qt::black);
                p->drawText(box, Qt::AlignCenter, QString::number(level));
            }
        }
    }
}

} // namespace

void ReportCharts::install(QTextDocument& document) {
    auto* handler = new ReportCharts(&document);
    document.documentLayout()->registerHandler(kObjectType, handler);
}

void ReportCharts::insertBars(QTextCursor& cursor, const QVariantMap& data) {
    insert(cursor, Bars, data);
}
void ReportCharts::insertHeatmap(QTextCursor& cursor, const QVariantMap& data) {
    insert(cursor, Heatmap, data);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const qreal u = unit(document);
    const QVariantMap data = format.property(DataProperty).toMap();
    const qreal width = document->pageSize().width() > 0
                            ? document->pageSize().width() - 2 * document->documentMargin()
                            : 40 * u;
    if (format.property(KindProperty).toInt() == Heatmap)
        return heatmapSize(u, data);
    return {width * 0.98, 18 * u};
}

void ReportCharts::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int,
                              const QTextFormat& format) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(document->defaultFont());
    const qreal u = unit(document);
    const QVariantMap data = format.property(DataProperty).toMap();
    if (format.property(KindProperty).toInt() == Heatmap)
        drawHeatmap(painter, rect, u, data);
    else
        drawBars(painter, rect, u, data);
    painter->restore();
}

} // namespace crewplan::report
