// Charts inside the report's text, drawn with QPainter when the page is painted: in a PDF they
// stay vectors, never pasted pictures. The data travels in the character format.
#pragma once

#include <QObject>
#include <QTextObjectInterface>
#include <QVariantMap>

class QTextCursor;
class QTextDocument;

namespace crewplan::report {

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

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
};

} // namespace crewplan::report
