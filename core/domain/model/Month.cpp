#include "model/Month.h"

#include <charconv>
#include <chrono>
#include <ctime>

namespace crewplan {

std::string monthText(Month month) {
    const int m = month.monthOfYear();
    return std::to_string(month.year()) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

std::optional<Month> parseMonth(std::string_view text) {
    const auto dash = text.find('-');
    if (dash != 4 || text.size() < 6 || text.size() > 7)
        return std::nullopt;
    int year = 0, month = 0;
    const char* begin = text.data();
    const auto y = std::from_chars(begin, begin + dash, year);
    const auto m = std::from_chars(begin + dash + 1, begin + text.size(), month);
    if (y.ec != std::errc{} || y.ptr != begin + dash || m.ec != std::errc{} ||
        m.ptr != begin + text.size() || month < 1 || month > 12)
        return std::nullopt;
    const Month out = Month::of(year, month);
    if (!isStorableMonth(out.index))
        return std::nullopt;
    return out;
}

std::string quarterText(Month month) {
    return std::to_string(month.year()) + " Q" + std::to_string(month.quarter());
}

Month currentMonth() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return Month::of(local.tm_year + 1900, local.tm_mon + 1);
}

bool isStorableMonth(int index) {
    return index >= kFirstMonthIndex && index <= kLastMonthIndex;
}

} // namespace crewplan
