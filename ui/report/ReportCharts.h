// Charts inside the report's text, drawn with QPainter when the page is painted: in a PDF they
// stay vectors, never pasted pictures. The data travels in the character format.
#pragma once

#include <QColor>
#include <QObject>
#include <QRectF>
#include <QTextObjectInterface>
#include <QVariantMap>
#include <vector>

class QFontMetricsF;
class QTextCursor;
class QTextDocument;

namespace crewplan::report {

// Where everything of a bar chart goes, worked out before anything is drawn, so that tests can
// check it: value labels never overlap each other, the title or the legend; category names wrap
// to two lines before they are elided.
struct ChartText {
    QRectF rect;
    QString text;
    bool vertical = false; // drawn turned a quarter left, reading upwards
};
struct BarChartLayout {
    QRectF title;
    QRectF plot; // 0 % at its bottom, 100 % at its top
    struct Bar {
        QRectF body;
        int series = 0;
    };
    std::vector<Bar> bars;
    std::vector<ChartText> notApplicable; // "n/a" where a value is missing
    std::vector<ChartText> values;        // the value above each bar, where there is room
    std::vector<ChartText> categories;
    std::vector<ChartText> axis;                      // 0 % … 100 %
    std::vector<std::pair<QRectF, ChartText>> legend; // swatch and name
};

BarChartLayout layoutBars(const QRectF& rect, qreal unit, const QFontMetricsF& metrics,
                          const QVariantMap& data);

class ReportCharts : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // Registers the handler with a document (which then owns it).
    static void install(QTextDocument& document);

    // Grouped bars of ratios: {"title", "categories": [..], "series": [{"name", "values": [..]}]}.
    static void insertBars(QTextCursor& cursor, const QVariantMap& data);
    // {"people": [..], "skills": [..], "required": [..], "levels": [[..]], "needed": [[..]]}.
    static void insertHeatmap(QTextCursor& cursor, const QVariantMap& data);
    // Lines of ratios over months, with marked months: {"title", "months": [..], "series":
    // [{"name", "values": [..]}], "marks": [{"month", "label"}]}.
    static void insertLines(QTextCursor& cursor, const QVariantMap& data);
    // A Gantt over months: {"months": [..], "rows": [{"label", "kind" (hire, training, leaver),
    // "start", "end", "rampUp"}]}.
    static void insertGantt(QTextCursor& cursor, const QVariantMap& data);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
};

} // namespace crewplan::report
