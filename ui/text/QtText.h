// The one place where the core's UTF-8 std::string meets QString.
#pragma once

#include <QString>
#include <QStringList>
#include <string>
#include <string_view>

namespace crewplan {

inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

} // namespace crewplan

class QFontMetricsF;

namespace crewplan {

// A name broken between words into at most `maxLines` lines no wider than `width`; the last
// line, or a single word too long for a line, is elided ("Data Engineering" in a narrow column:
// "Data" / "Engineering").
QStringList wrapWords(const QFontMetricsF& metrics, const QString& text, qreal width, int maxLines);

} // namespace crewplan
