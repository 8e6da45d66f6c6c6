// Months of a scenario's time line: a count of months since year 0 (2027-03 is 2027 × 12 + 2),
// written "2027-03" in files, on screen and on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crewplan {

struct Month {
    int index = 0;

    static Month of(int year, int month) { return Month{year * 12 + (month - 1)}; }
    int year() const { return index / 12; }
    int monthOfYear() const { return index % 12 + 1; } // 1 to 12
    int quarter() const { return (monthOfYear() - 1) / 3 + 1; }
    Month plus(int months) const { return Month{index + months}; }

    bool operator==(const Month& other) const { return index == other.index; }
    bool operator!=(const Month& other) const { return index != other.index; }
    bool operator<(const Month& other) const { return index < other.index; }
    bool operator<=(const Month& other) const { return index <= other.index; }
};

// The earliest and latest months a file may hold: 1900-01 to 2999-12.
inline constexpr int kFirstMonthIndex = 1900 * 12;
inline constexpr int kLastMonthIndex = 2999 * 12 + 11;

std::string monthText(Month month);                     // "2027-03"
std::optional<Month> parseMonth(std::string_view text); // "2027-03" (or "2027-3"); else none
std::string quarterText(Month month);                   // "2027 Q1"
Month currentMonth();                                   // by the system clock, local time
bool isStorableMonth(int index);

} // namespace crewplan
