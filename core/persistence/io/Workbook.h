// The staffing as a spreadsheet (XLSX, written by libxlsxwriter) for those who go on in Excel or
// LibreOffice: People (the skills matrix, gaps against the person's roles in red, planned
// training in green), Coverage (per team), Gaps (uncovered must-haves, single points of failure),
// and, when given, Plan (a recommendation's steps) and Compare (scenarios side by side). Numbers
// are numbers, shares percentages; header rows are frozen and columns as wide as their text.
#pragma once

#include "model/Result.h"

#include <string>

namespace crewplan {

struct Project;
struct Scenario;
struct StaffingPlan;
struct ScenarioComparison;

struct WorkbookContent {
    const Project* project = nullptr;
    const Scenario* scenario = nullptr;
    const StaffingPlan* plan = nullptr;             // optional: the Plan sheet
    const ScenarioComparison* comparison = nullptr; // optional: the Compare sheet
};

// Written whole or not at all: to a temporary sibling, renamed over `path` once complete.
Status writeWorkbook(const std::string& path, const WorkbookContent& content);

} // namespace crewplan
