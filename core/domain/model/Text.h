// Small text helpers for UTF-8 std::string in the core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

bool equalsIgnoringCase(std::string_view a, std::string_view b);
// ASCII letters in lower case, for case-insensitive keys.
std::string lowered(std::string_view text);
// Without the spaces, tabs and line breaks around it.
std::string trimmed(std::string_view text);
// "1234567" -> "1,234,567"; rounds to whole units.
std::string formatMoney(double amount);
// 0.875 -> "87.5 %"
std::string formatPercent(double ratio);
// Shortest decimal for an FTE or allocation: 1 -> "1", 0.5 -> "0.5", 0.333 -> "0.33".
std::string formatShare(double value);
// Pads to a width counted in characters (UTF-8 code points), for plain-text tables.
std::string padded(std::string_view text, std::size_t width, bool alignRight = false);
// A count with its noun in the right number: (1, "slot", "slots") -> "1 slot", 2 -> "2 slots".
// The core's messages are English; the window's own text uses Qt's %n plural forms.
std::string countOf(long long count, std::string_view one, std::string_view many);
// Why a parser stopped, in our words and with the place: `lastRead` is the 1-based byte index of
// the last character it read (nlohmann::json's parse_error::byte). "team.json, line 3, column
// 14: not valid JSON near '"fte": 1,,'." ; "team.json: empty, not JSON."
std::string notValidJsonAt(std::string_view sourceName, std::string_view text,
                           std::size_t lastRead);
// Quotes a name for an error message: «Data Engineering» -> "'Data Engineering'".
std::string inQuotes(std::string_view text);

// "a", "a and b", "a, b and c".
std::string joinedWithAnd(const std::vector<std::string>& items);

} // namespace crewplan
