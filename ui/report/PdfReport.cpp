#include "PdfReport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <cmath>
#include <memory>
#include <vector>

namespace crewplan::report {

namespace {

constexpr int kResolution = 300;

struct Geometry {
    QRectF body;   // where the text goes, in device pixels
    QRectF header; // the running header band
    QRectF footer; // the page number band
};

Geometry setUp(QTextDocument& document, QPagedPaintDevice& device, const ReportOptions& options) {
    QPageLayout layout(options.pageSize, QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
    device.setPageLayout(layout);
    // A painter on a paged device starts at the paint rectangle's corner already: the margins
    // are the device's, so the rectangle is used from (0, 0) (its own offset would add the left
    // margin twice and leave none on the right).
    const QRectF paint(QPointF(0, 0),
                       device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const qreal band = QFontMetricsF(document.defaultFont(), &device).height() * 2.2;
    Geometry g;
    g.header = QRectF(paint.left(), paint.top(), paint.width(), band);
    g.footer = QRectF(paint.left(), paint.bottom() - band, paint.width(), band);
    g.body = QRectF(paint.left(), g.header.bottom(), paint.width(), paint.height() - 2 * band);
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    // Whole device pixels: with a fractional page height the layout's rounded positions and the
    // pages' clips disagree at a page's edge (a heading drawn, clipped, at the foot of the page
    // before its own, and counted there by the contents).
    document.setPageSize(QSizeF(g.body.width(), std::floor(g.body.height())));
    return g;
}

// The layout of a long document runs lazily, a part at a time as positions are asked for; the
// page count is only whole once the last block has a place.
int pageCountOf(QTextDocument& document) {
    document.documentLayout()->blockBoundingRect(document.lastBlock());
    return document.pageCount();
}

int pageOf(QTextDocument& document, const QTextBlock& block) {
    // The layout rounds positions: a block that opens a page may stand a fraction of a pixel
    // above the page's edge (People at 20068.125 against 7 × 2866.88 = 20068.17).
    constexpr qreal kTolerance = 1.0;
    const qreal top = document.documentLayout()->blockBoundingRect(block).top();
    return static_cast<int>((top + kTolerance) / document.pageSize().height()) + 1;
}

// Takes the contents marker out before the first layout: the contents are a document of their
// own (contentsOf()), painted between the title page and the report, so that filling in their
// page numbers never lays the whole report out again. The title page ends with a page break, so
// the report starts on a page of its own with or without them.
// Returns whether the report asks for contents (a summary does not); a second call (the print
// preview paints again) finds no marker, and the document remembers the answer.
bool removeContentsMarker(QTextDocument& document) {
    static const char* const kWantsContents = "crewplanWantsContents";
    QTextCursor marker = document.find(QString::fromUtf16(kTocMarker));
    if (!marker.isNull()) {
        marker.select(QTextCursor::BlockUnderCursor);
        marker.removeSelectedText();
        document.setProperty(kWantsContents, true);
    }
    return document.property(kWantsContents).toBool();
}

// Page numbers as printed: the title page is page 1, then `contentsPages`, then the report's.
int printedPage(int documentPage, int contentsPages) {
    return documentPage <= 1 ? documentPage : documentPage + contentsPages;
}

// A heading never ends a page: when the start of what follows it (a table's first row, a chart,
// or a short introduction with what comes after it) falls on the next page, the heading starts
// that page instead. A move shifts only what follows within its section (sections start on a
// page of their own), so each pass moves the first such heading of every section at once, in
// one edit (one layout), until none is left: a few passes, not one layout per heading.
void keepHeadingsWithNext(QTextDocument& document) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const auto startsAPage = [&](const QTextBlock& b) {
        const qreal top = layout->blockBoundingRect(b).top();
        return std::fmod(top + 1.0, pageHeight) < 2.0;
    };
    // The block whose first line must share the heading's page.
    const auto followerOf = [&](const QTextBlock& heading) {
        QTextBlock next = heading.next();
        while (next.isValid() && next.blockFormat().headingLevel() > 0)
            next = next.next();
        // Short introductions (up to three lines) go with the heading, and so does the start
        // of the table or chart after them: "Skills heatmap", its legend and the heatmap.
        for (int intro = 0; intro < 2 && next.isValid() && next.next().isValid(); ++intro) {
            const bool inTable = qobject_cast<QTextTable*>(document.frameAt(next.position()));
            const bool chart = next.text().contains(QChar::ObjectReplacementCharacter);
            if (inTable || chart || next.layout()->lineCount() > 3)
                break;
            next = next.next();
        }
        return next;
    };
    const auto endsAPage = [&](const QTextBlock& heading) {
        const QTextBlock next = followerOf(heading);
        if (!next.isValid() || startsAPage(heading))
            return false;
        const QTextLayout* lines = next.layout();
        const QRectF rect = layout->blockBoundingRect(next);
        const qreal firstLineBottom =
            rect.top() +
            (lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() : rect.height());
        return static_cast<int>((firstLineBottom - 1.0) / pageHeight) + 1 >
               pageOf(document, heading);
    };
    for (int pass = 0; pass < 20; ++pass) {
        std::vector<QTextBlock> moves;
        bool movedInSection = false;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                movedInSection = false; // a new section: what happens before cannot shift it
            if (movedInSection || b.blockFormat().headingLevel() == 0 || !endsAPage(b))
                continue;
            moves.push_back(b);
            movedInSection = true;
        }
        if (moves.empty())
            return;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (const QTextBlock& heading : moves) {
            QTextCursor cursor(heading);
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
        // The edit reaches the end, or the layout would leave what follows the last move
        // where it stood before (the moves push it pages down).
        QTextCursor last(document.lastBlock());
        last.setBlockFormat(document.lastBlock().blockFormat());
        edit.endEditBlock();
    }
}

// The table of contents, laid out on pages of the report's size: a line per section with the
// page it starts on, once the report's own layout is final. Empty when the report runs to three
// pages or fewer.
std::unique_ptr<QTextDocument> contentsOf(QTextDocument& document, QPagedPaintDevice& device) {
    if (pageCountOf(document) <= 3)
        return nullptr;
    std::vector<std::pair<QString, int>> sections;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 2)
            sections.emplace_back(b.text(), pageOf(document, b));
    }
    auto contents = std::make_unique<QTextDocument>();
    contents->setDefaultFont(document.defaultFont());
    contents->setDocumentMargin(0);
    QTextCursor cursor(contents.get());
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(13);
    cursor.insertText(QStringLiteral("Contents"), title);
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
    format.setCellPadding(2);
    QTextTable* table = cursor.insertTable(static_cast<int>(sections.size()), 2, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int row = 0; row < static_cast<int>(sections.size()); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(
            sections[static_cast<std::size_t>(row)].first);
        table->cellAt(row, 1).firstCursorPosition().setBlockFormat(right);
    }
    // Laid out once it is all there: a table laid out again after each cell's text is slow.
    contents->documentLayout()->setPaintDevice(&device);
    contents->setPageSize(document.pageSize());
    // The numbers depend on how many pages the contents take, and (by a digit's width, in a
    // column of their own) not the other way round: two rounds settle it.
    int pages = 0;
    for (int round = 0; round < 2 && contents->pageCount() != pages; ++round) {
        pages = contents->pageCount();
        QTextCursor edit(contents.get());
        edit.beginEditBlock();
        for (int row = 0; row < table->rows(); ++row) {
            QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
            number.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            number.insertText(QString::number(
                printedPage(sections[static_cast<std::size_t>(row)].second, pages)));
        }
        edit.endEditBlock();
    }
    return contents;
}

// Paints one page of a laid-out document into the body of the current page.
void paintBody(QPainter& painter, QTextDocument& document, int page, const QRectF& body) {
    painter.save();
    const qreal height = document.pageSize().height();
    painter.translate(body.left(), body.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, body.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

int paintPages(QTextDocument& document, QPagedPaintDevice& device, const ReportOptions& options,
               const QString& runningHeader) {
    const bool wantsContents = removeContentsMarker(document);
    const Geometry g = setUp(document, device, options);
    keepHeadingsWithNext(document);
    const std::unique_ptr<QTextDocument> contents =
        wantsContents ? contentsOf(document, device) : nullptr;
    const int contentsPages = contents ? contents->pageCount() : 0;
    const int reportPages = pageCountOf(document);
    const int pages = reportPages + contentsPages;
    QPainter painter(&device);
    QFont small = document.defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x61, 0x61, 0x61));
        if (page > 0) { // the title page goes without
            painter.drawText(g.header, Qt::AlignLeft | Qt::AlignTop, runningHeader);
            painter.drawLine(QPointF(g.header.left(), g.header.center().y()),
                             QPointF(g.header.right(), g.header.center().y()));
        }
        painter.drawText(g.footer, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
        if (page >= 1 && page <= contentsPages)
            paintBody(painter, *contents, page - 1, g.body);
        else
            paintBody(painter, document, page == 0 ? 0 : page - contentsPages, g.body);
    }
    return pages;
}

std::optional<QString> writePdf(QTextDocument& document, const QString& path,
                                const ReportOptions& options, const QString& runningHeader,
                                int* pagesWritten) {
    int pages = 0;
    if (path == QStringLiteral("-")) { // standard output: laid out whole, then written at once
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(kResolution);
            writer.setCreator(QStringLiteral("Crewplan"));
            writer.setTitle(runningHeader);
            pages = paintPages(document, writer, options, runningHeader);
        }
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.size() ||
            !out.flush())
            return QStringLiteral("the report could not be written to standard output (%1).")
                .arg(out.errorString());
        if (pagesWritten)
            *pagesWritten = pages;
        return std::nullopt;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot be written (%2).").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("Crewplan"));
        writer.setTitle(runningHeader);
        pages = paintPages(document, writer, options, runningHeader);
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot be written (%2).").arg(path, file.errorString());
    if (pagesWritten)
        *pagesWritten = pages;
    return std::nullopt;
}

} // namespace crewplan::report
