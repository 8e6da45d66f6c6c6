#include "QtText.h"

#include <QFontMetricsF>

namespace crewplan {

QStringList wrapWords(const QFontMetricsF& metrics, const QString& text, qreal width,
                      int maxLines) {
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    qsizetype used = 0;
    while (used < words.size() && lines.size() < maxLines - 1) {
        QString line = words[used];
        if (metrics.horizontalAdvance(line) > width)
            break; // one long word: elided below, with the rest
        ++used;
        while (used < words.size() &&
               metrics.horizontalAdvance(line + QLatin1Char(' ') + words[used]) <= width)
            line += QLatin1Char(' ') + words[used++];
        lines << line;
    }
    if (used < words.size())
        lines << metrics.elidedText(words.mid(used).join(QLatin1Char(' ')), Qt::ElideRight, width);
    return lines;
}

} // namespace crewplan
