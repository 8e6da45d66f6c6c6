#include "compare/ComparisonTable.h"

#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace crewplan {

namespace {

using Unit = ComparisonRow::Unit;
using Better = ComparisonRow::Better;

template <class Field>
ComparisonRow totalRow(const ScenarioComparison& c, std::string label, Unit unit, Better better,
                       Field field) {
    ComparisonRow row{std::move(label), unit, better, {}};
    for (const auto& column : c.columns)
        row.values.push_back(field(column));
    return row;
}

} // namespace

std::vector<ComparisonRow> comparisonRows(const ScenarioComparison& c) {
    std::vector<ComparisonRow> rows;
    if (c.columns.empty())
        return rows;
    const auto total = [](auto get) {
        return [get](const ScenarioColumn& col) -> std::optional<double> {
            return get(col.report.total);
        };
    };
    rows.push_back(
        totalRow(c, "Employees", Unit::Count, Better::Neither, total([](const StaffingFigures& f) {
                     return double(f.headcountOf(PersonStatus::Employee));
                 })));
    rows.push_back(
        totalRow(c, "Candidates", Unit::Count, Better::Neither, total([](const StaffingFigures& f) {
                     return double(f.headcountOf(PersonStatus::Candidate));
                 })));
    rows.push_back(totalRow(c, "Planned hires", Unit::Count, Better::Neither,
                            total([](const StaffingFigures& f) {
                                return double(f.headcountOf(PersonStatus::PlannedHire));
                            })));
    rows.push_back(totalRow(c, "FTE", Unit::Share, Better::Neither,
                            total([](const StaffingFigures& f) { return f.fte; })));
    rows.push_back(totalRow(c, "Yearly cost", Unit::Money, Better::Lower,
                            total([](const StaffingFigures& f) { return f.yearlyCost; })));
    rows.push_back(totalRow(c, "Training cost (one-off)", Unit::Money, Better::Lower,
                            [](const ScenarioColumn& col) -> std::optional<double> {
                                return col.scenario->trainingCost();
                            }));
    // Weeks away from the work: fewer is better, as with the cost.
    rows.push_back(totalRow(c, "Training weeks", Unit::Share, Better::Lower,
                            [](const ScenarioColumn& col) -> std::optional<double> {
                                return col.scenario->trainingWeeks();
                            }));
    rows.push_back(totalRow(c, "Open slots (FTE)", Unit::Share, Better::Lower,
                            total([](const StaffingFigures& f) { return f.openSlots; })));
    rows.push_back(totalRow(c, "Must-have coverage", Unit::Percent, Better::Higher,
                            total([](const StaffingFigures& f) { return f.mustHave; })));
    rows.push_back(totalRow(c, "Nice-to-have coverage", Unit::Percent, Better::Higher,
                            total([](const StaffingFigures& f) { return f.niceToHave; })));
    rows.push_back(
        totalRow(c, "Uncovered must-haves", Unit::Count, Better::Lower,
                 [](const ScenarioColumn& col) -> std::optional<double> { return col.uncovered; }));
    rows.push_back(totalRow(c, "Single points of failure", Unit::Count, Better::Lower,
                            [](const ScenarioColumn& col) -> std::optional<double> {
                                return col.singlePointsOfFailure;
                            }));
    // Over time (docs/timeline.md): what each time line costs, its dearest quarter, and how many
    // months from its start until each team, and each maturity target, is met for good.
    rows.push_back(totalRow(c, "Cost over the time line", Unit::Money, Better::Lower,
                            [](const ScenarioColumn& col) -> std::optional<double> {
                                return col.timeline.payroll() + col.timeline.oneOff();
                            }));
    rows.push_back(totalRow(c, "Peak quarterly spend", Unit::Money, Better::Lower,
                            [](const ScenarioColumn& col) -> std::optional<double> {
                                return col.timeline.peakQuarter();
                            }));
    const auto monthsTo = [](const ScenarioColumn& col,
                             const std::optional<Month>& from) -> std::optional<double> {
        if (!from)
            return std::nullopt;
        return from->index - col.timeline.start.index;
    };
    const std::string notBy = "not by the end";
    {
        ComparisonRow all{
            "Months until every team is covered", Unit::Months, Better::Lower, {}, notBy};
        for (const auto& col : c.columns) {
            std::optional<double> most = 0.0;
            for (const auto& [team, since] : col.timeline.coveredBy) {
                const auto months = monthsTo(col, since);
                most =
                    months && most ? std::optional<double>(std::max(*most, *months)) : std::nullopt;
            }
            all.values.push_back(most);
        }
        rows.push_back(std::move(all));
    }
    for (std::size_t t = 0; t < c.teams.size(); ++t) {
        ComparisonRow row{
            c.teams[t] + ": months until covered", Unit::Months, Better::Lower, {}, notBy};
        for (const auto& col : c.columns) {
            std::optional<double> value;
            for (const auto& [team, since] : col.timeline.coveredBy) {
                if (col.scenario->findTeam(team)->name == c.teams[t])
                    value = monthsTo(col, since);
            }
            row.values.push_back(value);
        }
        rows.push_back(std::move(row));
    }
    for (int level = 1; level <= kMostMaturityLevel; ++level) {
        const bool any = std::any_of(c.columns.begin(), c.columns.end(), [&](const auto& col) {
            return col.scenario->maturityFrom(level).has_value();
        });
        if (!any)
            continue;
        ComparisonRow row{"Level " + std::to_string(level) + ": months until met",
                          Unit::Months,
                          Better::Lower,
                          {},
                          "not met"};
        for (const auto& col : c.columns) {
            std::optional<double> value;
            for (const auto& reach : col.timeline.targets) {
                if (reach.target.level == level)
                    value = monthsTo(col, reach.metFrom);
            }
            row.values.push_back(value);
        }
        rows.push_back(std::move(row));
    }
    for (std::size_t t = 0; t < c.teams.size(); ++t) {
        for (const bool must : {true, false}) {
            ComparisonRow row{c.teams[t] + (must ? ": must-have" : ": nice-to-have"),
                              Unit::Percent,
                              Better::Higher,
                              {}};
            for (std::size_t col = 0; col < c.columns.size(); ++col) {
                const StaffingFigures* f = c.teamFigures(col, t);
                row.values.push_back(f ? (must ? f->mustHave : f->niceToHave) : std::nullopt);
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::string formatValue(Unit unit, double value) {
    switch (unit) {
    case Unit::Count:
        return std::to_string(std::llround(value));
    case Unit::Share:
        return formatShare(value);
    case Unit::Money:
        return formatMoney(value);
    case Unit::Percent:
        return formatPercent(value);
    case Unit::Months:
        return countOf(std::llround(value), "month", "months");
    }
    return {};
}

std::string formatDelta(Unit unit, double delta) {
    const std::string sign = delta > 0 ? "+" : "";
    if (unit == Unit::Percent) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f pp", delta * 100.0);
        return sign + buffer;
    }
    return sign + formatValue(unit, delta);
}

int verdict(const ComparisonRow& row, std::size_t column) {
    const auto& first = row.values.front();
    const auto& value = row.values[column];
    if (column == 0 || !first || !value || std::abs(*value - *first) < 1e-9 ||
        row.better == Better::Neither)
        return 0;
    const bool higher = *value > *first;
    return (higher == (row.better == Better::Higher)) ? 1 : -1;
}

} // namespace crewplan
