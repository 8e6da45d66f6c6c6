#include "ComparisonText.h"

#include "model/Project.h"
#include "model/Text.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <sstream>

namespace crewplan {

namespace {

constexpr std::size_t kLabelWidth = 34;
constexpr std::size_t kColumnWidth = 24;

std::size_t shownWidth(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string pad(const std::string& text, std::size_t width, bool right) {
    const std::size_t shown = shownWidth(text);
    if (shown >= width)
        return text;
    const std::string fill(width - shown, ' ');
    return right ? fill + text : text + fill;
}

std::string withSign(double value, const std::string& text) { return (value > 0 ? "+" : "") + text; }

// A value and, past the first column, its difference from the first ("79.2 % (+10.8 pp)").
struct Row {
    std::string label;
    std::function<std::optional<double>(std::size_t column)> value;
    std::function<std::string(double)> format;
    std::function<std::string(double)> delta; // the difference, e.g. "+10.8 pp"
};

void print(std::ostringstream& out, const ScenarioComparison& c, const Row& row) {
    out << pad(row.label, kLabelWidth, false);
    const auto first = row.value(0);
    for (std::size_t col = 0; col < c.columns.size(); ++col) {
        const auto v = row.value(col);
        std::string cell = v ? row.format(*v) : "n/a";
        if (col > 0 && v && first && std::abs(*v - *first) > 1e-9)
            cell += " (" + row.delta(*v - *first) + ")";
        out << "  " << pad(cell, kColumnWidth, true);
    }
    out << '\n';
}

} // namespace

std::string comparisonText(const ScenarioComparison& c) {
    std::ostringstream out;
    out << pad("", kLabelWidth, false);
    for (const auto& column : c.columns)
        out << "  " << pad(column.scenario->name, kColumnWidth, true);
    out << '\n';
    const auto total = [&](auto field) {
        return [&c, field](std::size_t col) -> std::optional<double> { return field(c.columns[col].report.total); };
    };
    const auto count = [](double v) { return std::to_string(std::llround(v)); };
    const auto percent = [](double v) { return formatPercent(v); };
    const auto money = [](double v) { return formatMoney(v); };
    const auto share = [](double v) { return formatShare(v); };
    const auto countDelta = [](double d) { return withSign(d, std::to_string(std::llround(d))); };
    const auto pointsDelta = [](double d) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f pp", d * 100.0);
        return withSign(d, buffer);
    };
    const auto moneyDelta = [](double d) { return withSign(d, formatMoney(d)); };
    const auto shareDelta = [](double d) { return withSign(d, formatShare(d)); };
    print(out, c, {"Employees", total([](const StaffingFigures& f) { return double(f.headcountOf(PersonStatus::Employee)); }), count, countDelta});
    print(out, c, {"Candidates", total([](const StaffingFigures& f) { return double(f.headcountOf(PersonStatus::Candidate)); }), count, countDelta});
    print(out, c, {"Planned hires", total([](const StaffingFigures& f) { return double(f.headcountOf(PersonStatus::PlannedHire)); }), count, countDelta});
    print(out, c, {"FTE", total([](const StaffingFigures& f) { return f.fte; }), share, shareDelta});
    print(out, c, {"Yearly cost", total([](const StaffingFigures& f) { return f.yearlyCost; }), money, moneyDelta});
    print(out, c, {"Must-have coverage", total([](const StaffingFigures& f) { return f.mustHave; }), percent, pointsDelta});
    print(out, c, {"Nice-to-have coverage", total([](const StaffingFigures& f) { return f.niceToHave; }), percent, pointsDelta});
    print(out, c, {"Uncovered must-haves", [&](std::size_t col) -> std::optional<double> { return c.columns[col].uncovered; }, count, countDelta});
    print(out, c, {"Single points of failure", [&](std::size_t col) -> std::optional<double> { return c.columns[col].singlePointsOfFailure; }, count, countDelta});
    for (std::size_t t = 0; t < c.teams.size(); ++t) {
        const auto teamValue = [&c, t](auto field) {
            return [&c, t, field](std::size_t col) -> std::optional<double> {
                const StaffingFigures* f = c.teamFigures(col, t);
                return f ? field(*f) : std::nullopt;
            };
        };
        print(out, c, {c.teams[t] + ": must-have", teamValue([](const StaffingFigures& f) { return f.mustHave; }), percent, pointsDelta});
        print(out, c, {c.teams[t] + ": nice-to-have", teamValue([](const StaffingFigures& f) { return f.niceToHave; }), percent, pointsDelta});
    }
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        out << "\n" << c.columns[col].scenario->name << " differs from " << c.columns[0].scenario->name << ":\n";
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
        out << s.name << "  (" << s.teams.size() << " teams, " << report.total.totalHeadcount() << " people, "
            << formatShare(report.total.fte) << " FTE, " << formatMoney(report.total.yearlyCost) << " a year, must-have "
            << (report.total.mustHave ? formatPercent(*report.total.mustHave) : std::string("n/a")) << ")\n";
        if (!s.description.empty())
            out << "  " << s.description << '\n';
    }
    return out.str();
}

} // namespace crewplan
