// The comparison as rows of figures, one value per scenario, with how to show each and which
// direction is better: what both the command line and the Compare view lay out.
#pragma once

#include "compare/ScenarioComparison.h"

#include <optional>
#include <string>
#include <vector>

namespace crewplan {

struct ComparisonRow {
    enum class Unit { Count, Share, Money, Percent, Months };
    enum class Better { Higher, Lower, Neither };
    std::string label;
    Unit unit = Unit::Count;
    Better better = Better::Neither;
    std::vector<std::optional<double>> values; // one per scenario; nullopt = n/a
    std::string missing = {}; // what a missing value means, when not "n/a" ("not by the end")
};

std::vector<ComparisonRow> comparisonRows(const ScenarioComparison& comparison);

std::string formatValue(ComparisonRow::Unit unit, double value); // "79.2 %", "606,200", "3"
std::string formatDelta(ComparisonRow::Unit unit, double delta); // "+10.8 pp", "+213,000", "-3"

// Compared with the first scenario: +1 better, -1 worse, 0 same or no verdict.
int verdict(const ComparisonRow& row, std::size_t column);

} // namespace crewplan
