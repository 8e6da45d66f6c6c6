// A scenario's MLOps stack — at most one tool per stage — and the requirements it implies: each
// tool's asks become must-have requirements of the roles it names, marked with the tool, and
// follow the stack whenever it changes. The planner's own requirements always win: an ask on a
// skill a role already requires leaves that requirement as it is, and a derived requirement the
// planner edits becomes theirs. Tool fit ranks a stage's tools by how much of what they ask the
// scenario's people already cover, and what the rest would cost.
#pragma once

#include "edits/Edit.h"
#include "model/Result.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

struct Project;
struct Role;
struct RoleRequirement;
struct Scenario;
struct ToolCatalog;
struct Tool;

// The edit that gives `scenario` this stack (stage id -> tool name; unknown stages or tools, or a
// tool of another stage, are refused by name), with the requirements recomputed and the skills
// the catalog adds to the project.
Result<SetStack> stackEdit(const Project& project, const Scenario& scenario,
                           const ToolCatalog& catalog,
                           const std::map<std::string, std::string>& stack);

// A requirement the stack made: which role, and what it asks.
struct StackRequirement {
    const Role* role = nullptr;
    const RoleRequirement* requirement = nullptr;
};
// The requirements the stack made in this scenario — all of them, or one tool's — role by role.
std::vector<StackRequirement> stackRequirements(const Scenario& scenario,
                                                std::string_view tool = {});
// "Data Scientist: Docker & containers ≥ Working"
std::string stackRequirementText(const Project& project, const StackRequirement& made);

struct ToolFit {
    const Tool* tool = nullptr;
    int asks = 0;      // asks of roles the scenario has
    int covered = 0;   // of those, met by somebody assigned to such a role
    double cost = 0.0; // closing the rest: the cheapest training of an assigned person, or a hire
    std::string reason;
};

// A stage's tools, best first: the most asks covered, then the least cost to close the rest.
std::vector<ToolFit> toolFit(const Project& project, const Scenario& scenario,
                             const ToolCatalog& catalog, std::string_view stage);

} // namespace crewplan
