// The one place where the core's UTF-8 std::string meets QString.
#pragma once

#include <QString>
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
