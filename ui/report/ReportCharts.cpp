#include "ReportCharts.h"

#include "QtText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace crewplan::report {

namespace {

enum Property { KindProperty = QTextFormat::UserProperty + 1, DataProperty };
enum Kind { Bars = 1, Heatmap, Lines, Gantt };

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

QString percent(double ratio, int decimals) {
    return QString::number(ratio * 100.0, 'f', decimals) + QStringLiteral(" %");
}

} // namespace

BarChartLayout layoutBars(const QRectF& r, qreal u, const QFontMetricsF& metrics,
                          const QVariantMap& data) {
    const QStringList categories = data.value(QStringLiteral("categories")).toStringList();
    const QVariantList series = data.value(QStringLiteral("series")).toList();
    BarChartLayout out;
    out.title = QRectF(r.left(), r.top(), r.width(), 1.4 * u);

    // The legend first, from the bottom: its rows wrap when the names run past the width.
    std::vector<std::pair<QRectF, ChartText>> legend;
    {
        qreal x = r.left() + 3.5 * u;
        int row = 0;
        for (const QVariant& s : series) {
            const QString name = s.toMap().value(QStringLiteral("name")).toString();
            const qreal w = std::min(metrics.horizontalAdvance(name) + 0.2 * u, r.width() - 2 * u);
            if (x > r.left() + 3.5 * u && x + 1.1 * u + w > r.right()) {
                x = r.left() + 3.5 * u;
                ++row;
            }
            legend.push_back({QRectF(x, row * 1.4 * u + 0.3 * u, 0.8 * u, 0.8 * u),
                              {QRectF(x + 1.1 * u, row * 1.4 * u, w, 1.4 * u),
                               metrics.elidedText(name, Qt::ElideRight, w - 0.2 * u)}});
            x += 1.1 * u + w + 1.5 * u;
        }
        const qreal first = r.bottom() - (row + 1) * 1.4 * u;
        for (auto& [swatch, text] : legend) {
            swatch.translate(0, first);
            text.rect.translate(0, first);
        }
        out.legend = std::move(legend);
    }
    const qreal legendTop = out.legend.empty() ? r.bottom() : out.legend.front().second.rect.top();

    const qreal left = r.left() + 3.5 * u;
    const qreal right = r.right() - 0.5 * u;
    const int n = std::max<int>(1, static_cast<int>(categories.size()));
    const int k = std::max<int>(1, static_cast<int>(series.size()));
    const qreal group = (right - left) / n;
    const qreal bar = group * 0.8 / k;
    // Value labels: across when the widest fits over its bar (as the tables write it, "100.0 %",
    // or else whole, "100 %"), else turned upwards when the text is no taller than the bar is
    // wide, else none (the tables carry every figure).
    const qreal labelHeight = metrics.height();
    enum { None, Across, Upwards } labels = None;
    int decimals = 1;
    if (metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 0.6 * u <= bar) {
        labels = Across;
    } else if (metrics.horizontalAdvance(QStringLiteral("100 %")) + 0.6 * u <= bar) {
        labels = Across;
        decimals = 0;
    } else if (labelHeight <= bar * 0.92) {
        labels = Upwards;
    }
    const qreal labelRoom = labels == Across ? labelHeight + 0.3 * u
                            : labels == Upwards
                                ? metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 0.5 * u
                                : 0.3 * u;
    const qreal top = out.title.bottom() + 0.3 * u + labelRoom;
    // Room for the category names: one line, or two where any name wraps.
    QStringList names;
    int nameLines = 1;
    for (const QString& category : categories) {
        names << wrapWords(metrics, category, group - 0.2 * u, 2).join(QLatin1Char('\n'));
        nameLines = std::max<int>(nameLines, names.back().count(QLatin1Char('\n')) + 1);
    }
    const qreal namesHeight = nameLines * metrics.lineSpacing() + 0.2 * u;
    const qreal bottom = legendTop - namesHeight - 0.8 * u;
    out.plot = QRectF(left, top, right - left, std::max(u, bottom - top));
    const qreal height = out.plot.height();
    for (int pct = 0; pct <= 100; pct += 25) {
        const qreal y = out.plot.bottom() - height * pct / 100.0;
        out.axis.push_back(
            {QRectF(r.left(), y - 0.6 * u, 3.2 * u, 1.2 * u), QStringLiteral("%1 %").arg(pct)});
    }
    for (int c = 0; c < categories.size(); ++c) {
        const qreal x0 = left + c * group + group * 0.1;
        for (int s = 0; s < series.size(); ++s) {
            const QVariantList values = series[s].toMap().value(QStringLiteral("values")).toList();
            const QVariant v = c < values.size() ? values[c] : QVariant();
            const QRectF slot(x0 + s * bar, top, bar * 0.92, height);
            if (!v.isValid() || v.isNull()) {
                out.notApplicable.push_back(
                    {QRectF(slot.left(), out.plot.bottom() - 1.2 * u, slot.width(), 1.2 * u),
                     QStringLiteral("n/a")});
                continue;
            }
            const qreal value = std::clamp(v.toDouble(), 0.0, 1.0);
            const QRectF body(slot.left(), out.plot.bottom() - height * value, slot.width(),
                              height * value);
            out.bars.push_back({body, s});
            const QString text = percent(value, decimals);
            const qreal w = metrics.horizontalAdvance(text);
            if (labels == Across)
                out.values.push_back({QRectF(body.center().x() - w / 2,
                                             body.top() - labelHeight - 0.15 * u, w, labelHeight),
                                      text});
            else if (labels == Upwards)
                out.values.push_back({QRectF(body.center().x() - labelHeight / 2,
                                             body.top() - w - 0.25 * u, labelHeight, w),
                                      text, true});
        }
        const qreal width = group - 0.2 * u;
        out.categories.push_back(
            {QRectF(left + c * group + 0.1 * u, out.plot.bottom() + 0.2 * u, width, namesHeight),
             names[c]});
    }
    return out;
}

namespace {

void drawBars(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QFontMetricsF metrics(p->font(), p->device());
    const BarChartLayout layout = layoutBars(r, u, metrics, data);
    const QFont font = p->font();
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(Qt::black);
    p->drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                data.value(QStringLiteral("title")).toString());
    p->setFont(font);
    // Gridlines at 0, 25, 50, 75 and 100 %, with their labels.
    for (const auto& tick : layout.axis) {
        const qreal y = tick.rect.center().y();
        p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
        p->drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        p->setPen(Qt::black);
        p->drawText(tick.rect, Qt::AlignRight | Qt::AlignVCenter, tick.text);
    }
    for (const auto& bar : layout.bars)
        p->fillRect(bar.body, kSeries[bar.series % 4]);
    p->setPen(Qt::gray);
    for (const auto& na : layout.notApplicable)
        p->drawText(na.rect, Qt::AlignCenter, na.text);
    p->setPen(Qt::black);
    for (const auto& value : layout.values) {
        if (!value.vertical) {
            p->drawText(value.rect, Qt::AlignCenter, value.text);
            continue;
        }
        p->save();
        p->translate(value.rect.bottomLeft());
        p->rotate(-90);
        p->drawText(QRectF(0, 0, value.rect.height(), value.rect.width()),
                    Qt::AlignLeft | Qt::AlignVCenter, value.text);
        p->restore();
    }
    for (const auto& name : layout.categories)
        p->drawText(name.rect, Qt::AlignHCenter | Qt::AlignTop, name.text);
    for (std::size_t s = 0; s < layout.legend.size(); ++s) {
        const auto& [swatch, name] = layout.legend[s];
        p->fillRect(swatch, kSeries[s % 4]);
        p->drawText(name.rect, Qt::AlignLeft | Qt::AlignVCenter, name.text);
    }
}

// The heatmap's label column and header band: as wide and as tall as its longest names need,
// up to a limit past which names are elided (slanted at 60°, a name of width w rises w·sin 60°).
struct HeatmapFrame {
    qreal cell, labels, header, skillName;
};
HeatmapFrame heatmapFrame(qreal u, const QFontMetricsF& metrics, const QVariantMap& data) {
    qreal person = 4 * u, skill = 3 * u;
    for (const QString& name : data.value(QStringLiteral("people")).toStringList())
        person = std::max(person, metrics.horizontalAdvance(name));
    for (const QString& name : data.value(QStringLiteral("skills")).toStringList())
        skill = std::max(skill, metrics.horizontalAdvance(name));
    HeatmapFrame f;
    f.cell = 1.3 * u;
    f.labels = std::min(person, 16 * u) + 0.8 * u;
    f.skillName = std::min(skill, 13 * u);
    f.header = f.skillName * 0.87 + 2.2 * u;
    return f;
}

QSizeF heatmapSize(qreal u, const QFontMetricsF& metrics, const QVariantMap& data) {
    const HeatmapFrame f = heatmapFrame(u, metrics, data);
    const int people = static_cast<int>(data.value(QStringLiteral("people")).toList().size());
    const int skills = static_cast<int>(data.value(QStringLiteral("skills")).toList().size());
    // The last slanted name reaches past the last column by about half its length.
    return {f.labels + skills * f.cell + f.skillName * 0.5 + u,
            f.header + people * f.cell + 0.5 * u};
}

void drawHeatmap(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QStringList people = data.value(QStringLiteral("people")).toStringList();
    const QStringList skills = data.value(QStringLiteral("skills")).toStringList();
    const QVariantList required = data.value(QStringLiteral("required")).toList();
    const QVariantList levels = data.value(QStringLiteral("levels")).toList();
    const QVariantList needed = data.value(QStringLiteral("needed")).toList();
    const QVariantList trained = data.value(QStringLiteral("trained")).toList();
    const HeatmapFrame frame = heatmapFrame(u, QFontMetricsF(p->font(), p->device()), data);
    const qreal cell = frame.cell;
    const qreal labels = frame.labels;
    const qreal header = frame.header;
    const QColor strong(0x15, 0x65, 0xc0);
    for (int s = 0; s < skills.size(); ++s) {
        const qreal x = r.left() + labels + s * cell;
        p->save();
        p->translate(x + cell * 0.7, r.top() + header - 1.6 * u);
        p->rotate(-60);
        p->setPen(Qt::black);
        p->drawText(QPointF(0, 0),
                    QFontMetricsF(p->font(), p->device())
                        .elidedText(skills[s], Qt::ElideRight, frame.skillName + 0.1 * u));
        p->restore();
        p->drawText(QRectF(x, r.top() + header - 1.4 * u, cell, 1.2 * u), Qt::AlignCenter,
                    required.value(s).toInt() > 0 ? required.value(s).toString() : QString());
    }
    for (int row = 0; row < people.size(); ++row) {
        const qreal y = r.top() + header + row * cell;
        p->setPen(Qt::black);
        p->drawText(QRectF(r.left(), y, labels - 0.4 * u, cell), Qt::AlignRight | Qt::AlignVCenter,
                    QFontMetricsF(p->font(), p->device())
                        .elidedText(people[row], Qt::ElideRight, labels - 0.6 * u));
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

namespace {

// The month axis of the time charts: a label every `every` months under the plot.
void monthAxis(QPainter* p, const QRectF& plot, qreal u, const QStringList& months) {
    const int count = static_cast<int>(months.size());
    if (count == 0)
        return;
    const qreal step = plot.width() / count;
    const QFontMetricsF metrics(p->font(), p->device());
    int every = 1;
    while (every < count && step * every < metrics.horizontalAdvance(QStringLiteral("2027-01")) + u)
        every = every == 1 ? 3 : every * 2;
    for (int k = 0; k < count; k += every) {
        const qreal x = plot.left() + (k + 0.5) * step;
        p->setPen(Qt::black);
        p->drawText(QRectF(x - 3 * u, plot.bottom() + 0.2 * u, 6 * u, u), Qt::AlignCenter,
                    months[k]);
    }
}

void drawLines(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QStringList months = data.value(QStringLiteral("months")).toStringList();
    const QVariantList series = data.value(QStringLiteral("series")).toList();
    const QVariantList marks = data.value(QStringLiteral("marks")).toList();
    QFont bold = p->font();
    bold.setBold(true);
    const QFont font = p->font();
    p->setFont(bold);
    p->setPen(Qt::black);
    p->drawText(QRectF(r.left(), r.top(), r.width(), 1.4 * u), Qt::AlignLeft | Qt::AlignVCenter,
                data.value(QStringLiteral("title")).toString());
    p->setFont(font);
    const qreal legendRows = std::ceil((series.size() + marks.size()) / 4.0);
    const QRectF plot(r.left() + 3.5 * u, r.top() + 2 * u, r.width() - 4.5 * u,
                      r.height() - (4.2 + 1.3 * legendRows) * u);
    for (int tick = 0; tick <= 4; ++tick) {
        const qreal y = plot.bottom() - plot.height() * tick / 4.0;
        p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->setPen(Qt::black);
        p->drawText(QRectF(r.left(), y - 0.5 * u, 3.2 * u, u), Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(tick * 25) + QStringLiteral(" %"));
    }
    const int count = std::max<int>(1, static_cast<int>(months.size()));
    const qreal step = plot.width() / count;
    const auto xOf = [&](int k) { return plot.left() + (k + 0.5) * step; };
    // Thinner for each later team, so that lines running together all show.
    for (int s = 0; s < series.size(); ++s) {
        const QVariantList values = series[s].toMap().value(QStringLiteral("values")).toList();
        QPainterPath path;
        bool open = false;
        for (int k = 0; k < values.size(); ++k) {
            if (!values[k].isValid()) {
                open = false;
                continue;
            }
            const QPointF point(xOf(k), plot.bottom() - plot.height() * values[k].toDouble());
            if (open)
                path.lineTo(point);
            else
                path.moveTo(point);
            open = true;
        }
        p->setPen(QPen(kSeries[s % 4], 0.09 * u * (1 + series.size() - s), Qt::SolidLine,
                       Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    for (const QVariant& m : marks) {
        const qreal x = xOf(m.toMap().value(QStringLiteral("month")).toInt());
        p->setPen(QPen(QColor(0x42, 0x42, 0x42), 0.08 * u, Qt::DashLine));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    monthAxis(p, plot, u, months);
    // The legend: the teams, then the marked months.
    qreal x = plot.left(), y = plot.bottom() + 1.6 * u;
    const QFontMetricsF metrics(p->font(), p->device());
    const auto item = [&](const QString& name, const QPen& pen) {
        const qreal w = 1.6 * u + metrics.horizontalAdvance(name) + u;
        if (x > plot.left() && x + w > r.right()) {
            x = plot.left();
            y += 1.3 * u;
        }
        p->setPen(pen);
        p->drawLine(QPointF(x, y + 0.5 * u), QPointF(x + 1.2 * u, y + 0.5 * u));
        p->setPen(Qt::black);
        p->drawText(QRectF(x + 1.5 * u, y, w, u), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w;
    };
    for (int s = 0; s < series.size(); ++s)
        item(series[s].toMap().value(QStringLiteral("name")).toString(),
             QPen(kSeries[s % 4], 0.25 * u));
    for (const QVariant& m : marks)
        item(m.toMap().value(QStringLiteral("label")).toString(),
             QPen(QColor(0x42, 0x42, 0x42), 0.08 * u, Qt::DashLine));
}

qreal ganttLabels(const QFontMetricsF& metrics, qreal u, const QVariantMap& data) {
    qreal widest = 6 * u;
    for (const QVariant& row : data.value(QStringLiteral("rows")).toList())
        widest = std::max(widest, metrics.horizontalAdvance(
                                      row.toMap().value(QStringLiteral("label")).toString()));
    return std::min(widest, 16 * u) + 0.6 * u;
}

void drawGantt(QPainter* p, const QRectF& r, qreal u, const QVariantMap& data) {
    const QStringList months = data.value(QStringLiteral("months")).toStringList();
    const QVariantList rows = data.value(QStringLiteral("rows")).toList();
    const QFontMetricsF metrics(p->font(), p->device());
    const qreal labels = ganttLabels(metrics, u, data);
    const qreal rowHeight = 1.3 * u;
    const QRectF plot(r.left() + labels, r.top(), r.width() - labels - 0.5 * u,
                      rows.size() * rowHeight);
    const int count = std::max<int>(1, static_cast<int>(months.size()));
    const qreal step = plot.width() / count;
    for (int k = 0; k < count; ++k) {
        if (k % 3 != 0)
            continue;
        const qreal x = plot.left() + k * step;
        p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    const QColor hire(0x1f, 0x77, 0xb4), training(0x2e, 0x7d, 0x32), leaver(0xc6, 0x28, 0x28);
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap row = rows[i].toMap();
        const qreal y = plot.top() + i * rowHeight;
        p->setPen(Qt::black);
        p->drawText(QRectF(r.left(), y, labels - 0.4 * u, rowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(row.value(QStringLiteral("label")).toString(),
                                       Qt::ElideRight, labels - 0.4 * u));
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const int from = std::clamp(row.value(QStringLiteral("start")).toInt(), 0, count);
        const int to = std::clamp(row.value(QStringLiteral("end")).toInt(), from, count);
        const QRectF bar(plot.left() + from * step, y + 0.2 * u, (to - from) * step,
                         rowHeight - 0.4 * u);
        const QColor colour = kind == QLatin1String("hire")       ? hire
                              : kind == QLatin1String("training") ? training
                                                                  : leaver;
        if (kind == QLatin1String("hire")) {
            const int ramp = std::clamp(row.value(QStringLiteral("start")).toInt() +
                                            row.value(QStringLiteral("rampUp")).toInt(),
                                        from, to);
            p->fillRect(QRectF(bar.left(), bar.top(), (ramp - from) * step, bar.height()),
                        colour.lighter(160));
            p->fillRect(QRectF(bar.left() + (ramp - from) * step, bar.top(), (to - ramp) * step,
                               bar.height()),
                        colour);
        } else if (kind == QLatin1String("leaver")) {
            p->fillRect(bar, colour.lighter(170));
            p->fillRect(
                QRectF(bar.right() - 0.2 * u, bar.top() - 0.1 * u, 0.2 * u, bar.height() + 0.2 * u),
                colour);
        } else {
            p->fillRect(bar, colour);
        }
    }
    monthAxis(p, plot, u, months);
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
void ReportCharts::insertLines(QTextCursor& cursor, const QVariantMap& data) {
    insert(cursor, Lines, data);
}
void ReportCharts::insertGantt(QTextCursor& cursor, const QVariantMap& data) {
    insert(cursor, Gantt, data);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const qreal u = unit(document);
    const QVariantMap data = format.property(DataProperty).toMap();
    const qreal width = document->pageSize().width() > 0
                            ? document->pageSize().width() - 2 * document->documentMargin()
                            : 40 * u;
    const int kind = format.property(KindProperty).toInt();
    if (kind == Heatmap)
        return heatmapSize(
            u, QFontMetricsF(document->defaultFont(), document->documentLayout()->paintDevice()),
            data);
    if (kind == Gantt)
        return {
            width * 0.98,
            (1.3 * static_cast<qreal>(data.value(QStringLiteral("rows")).toList().size()) + 1.6) *
                u};
    return {width * 0.98, 18 * u};
}

void ReportCharts::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int,
                              const QTextFormat& format) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(document->defaultFont());
    const qreal u = unit(document);
    const QVariantMap data = format.property(DataProperty).toMap();
    switch (format.property(KindProperty).toInt()) {
    case Heatmap:
        drawHeatmap(painter, rect, u, data);
        break;
    case Lines:
        drawLines(painter, rect, u, data);
        break;
    case Gantt:
        drawGantt(painter, rect, u, data);
        break;
    default:
        drawBars(painter, rect, u, data);
    }
    painter->restore();
}

} // namespace crewplan::report
