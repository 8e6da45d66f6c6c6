// Two to four scenarios side by side: each one's coverage report, its teams matched by name
// across scenarios, and what differs from the first scenario, listed.
#pragma once

#include "coverage/CoverageReport.h"
#include "model/Result.h"
#include "timeline/Timeline.h"

#include <string>
#include <vector>

namespace crewplan {

struct Project;

struct ScenarioDifference {
    enum class Kind { Team, Role, Assignment, PlannedHire, Training, Stack };
    Kind kind;
    std::string text; // e.g. "Data Engineering / Data Engineer: headcount 2 → 3"
    bool operator==(const ScenarioDifference&) const = default;
};

struct ScenarioColumn {
    const Scenario* scenario = nullptr; // into the project: valid while it is unchanged
    CoverageReport report;
    Timeline timeline;             // from the scenario's start, or this month's for one without
    int uncovered = 0;             // uncovered must-have skills, over all teams
    int singlePointsOfFailure = 0; // over all teams
    std::vector<ScenarioDifference> differences; // from the first column; empty for it
};

struct ScenarioComparison {
    std::vector<ScenarioColumn> columns;
    std::vector<std::string> teams; // every team name, in the order they first appear

    // A team's figures in a column, or nullptr when that scenario has no such team.
    const StaffingFigures* teamFigures(std::size_t column, std::size_t team) const;
};

inline constexpr std::size_t kMinCompared = 2;
inline constexpr std::size_t kMaxCompared = 4;

// Refuses fewer than two, more than four, unknown or repeated scenario names.
Result<ScenarioComparison> compareScenarios(const Project& project,
                                            const std::vector<std::string>& names);

// What `other` changes relative to `base`, in the planner's words.
std::vector<ScenarioDifference> differencesBetween(const Project& project, const Scenario& base,
                                                   const Scenario& other);

} // namespace crewplan
