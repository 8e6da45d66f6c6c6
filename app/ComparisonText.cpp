#include "ComparisonText.h"

#include "compare/ComparisonTable.h"
#include "model/Project.h"
#include "model/Text.h"

#include <cmath>
#include <sstream>

namespace crewplan {

namespace {

constexpr std::size_t kLabelWidth = 34;
constexpr std::size_t kColumnWidth = 24;

} // namespace

std::string comparisonText(const ScenarioComparison& c) {
    std::ostringstream out;
    out << padded("", kLabelWidth, false);
    for (const auto& column : c.columns)
        out << "  " << padded(column.scenario->name, kColumnWidth, true);
    out << '\n';
    for (const auto& row : comparisonRows(c)) {
        out << padded(row.label, kLabelWidth, false);
        const auto& first = row.values.front();
        for (std::size_t col = 0; col < row.values.size(); ++col) {
            const auto& v = row.values[col];
            // A value and, past the first column, its difference from the first.
            std::string cell = v                     ? formatValue(row.unit, *v)
                               : row.missing.empty() ? std::string("n/a")
                                                     : row.missing;
            if (col > 0 && v && first && std::abs(*v - *first) > 1e-9)
                cell += " (" + formatDelta(row.unit, *v - *first) + ")";
            out << "  " << padded(cell, kColumnWidth, true);
        }
        out << '\n';
    }
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        out << "\n"
            << c.columns[col].scenario->name << " differs from " << c.columns[0].scenario->name
            << ":\n";
        if (c.columns[col].differences.empty())
            out << "  nothing\n";
        for (const auto& d : c.columns[col].differences)
            out << "  " << d.text << '\n';
    }
    return out.str();
}

std::string scenariosText(const Project& project) {
    std::ostringstream out;
    for (const auto& s : project.scenarios) {
        const auto report = computeCoverage(project, s);
        out << s.name << "  (" << countOf(static_cast<long long>(s.teams.size()), "team", "teams")
            << ", " << countOf(report.total.totalHeadcount(), "person", "people") << ", "
            << formatShare(report.total.fte) << " FTE, " << formatMoney(report.total.yearlyCost)
            << " a year, must-have "
            << (report.total.mustHave ? formatPercent(*report.total.mustHave) : std::string("n/a"))
            << ")\n";
        if (!s.description.empty())
            out << "  " << s.description << '\n';
    }
    return out.str();
}

} // namespace crewplan
