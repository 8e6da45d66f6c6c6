// Lays the report out on pages and writes the PDF: running header, page numbers, a table of
// contents when it runs past three pages. Written to a temporary file and renamed into place,
// so a failure leaves no half file and never clobbers an existing report.
#pragma once

#include "report/ReportBuilder.h"

#include <QString>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace crewplan::report {

// Returns the reason when the PDF could not be written; `pagesWritten`, when given, gets the
// number of pages of the PDF (the contents included).
std::optional<QString> writePdf(QTextDocument& document, const QString& path,
                                const ReportOptions& options, const QString& runningHeader,
                                int* pagesWritten = nullptr);

// Paints the laid-out report on any paged device (the PDF writer, or a printer for the preview)
// and returns the number of pages painted. The document is laid out twice in all: once, and
// once more after headings that would end a page have moved to the next.
int paintPages(QTextDocument& document, QPagedPaintDevice& device, const ReportOptions& options,
               const QString& runningHeader);

} // namespace crewplan::report
