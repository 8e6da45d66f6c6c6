#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace crewplan {

namespace {
char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
} // namespace

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = lower(c);
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string formatMoney(double amount) {
    // Beyond what a long long holds, llround and the negation below would overflow.
    constexpr double kLargest = 9e18;
    if (!std::isfinite(amount))
        return amount > 0 ? "∞" : amount < 0 ? "-∞" : "?";
    amount = std::clamp(amount, -kLargest, kLargest);
    const long long whole = std::llround(amount);
    std::string digits = std::to_string(whole < 0 ? -whole : whole);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        if ((n - i - 1) % 3 == 0 && i + 1 < n)
            out += ',';
    }
    return whole < 0 ? "-" + out : out;
}

std::string formatPercent(double ratio) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", ratio * 100.0);
    return buffer;
}

std::string formatShare(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

std::string padded(std::string_view text, std::size_t width, bool alignRight) {
    std::size_t shown = 0;
    for (unsigned char c : text)
        shown += (c & 0xC0) != 0x80;
    if (shown >= width)
        return std::string(text);
    const std::string fill(width - shown, ' ');
    return alignRight ? fill + std::string(text) : std::string(text) + fill;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string inQuotes(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string notValidJsonAt(std::string_view sourceName, std::string_view text,
                           std::size_t lastRead) {
    const std::string name(sourceName);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return name + ": empty, not JSON.";
    const std::size_t at = std::min(lastRead > 0 ? lastRead - 1 : 0, text.size() - 1);
    std::size_t line = 1, column = 1, lineStart = 0;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
            lineStart = i + 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // columns count characters, not the bytes of UTF-8
        }
    }
    // The stretch of that line up to the place, at most about 30 bytes, cut at a character.
    std::size_t from = at + 1 > lineStart + 30 ? at + 1 - 30 : lineStart;
    while (from < at && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
        ++from;
    std::string near(text.substr(from, at + 1 - from));
    if (near.find_first_not_of(" \t\r\n") == std::string::npos)
        near.clear();
    std::string message = name + ", line " + std::to_string(line) + ", column " +
                          std::to_string(column) + ": not valid JSON";
    if (lastRead > text.size())
        message += ", it ends too soon";
    else if (!near.empty())
        message += " near " + inQuotes(near);
    return message + ".";
}

std::string countOf(long long count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string joinedWithAnd(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

} // namespace crewplan
