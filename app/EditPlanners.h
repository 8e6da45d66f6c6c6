// What each scripting command changes: from its arguments and the project as the file holds it,
// the one edit to apply, what to say when it is done, and how to describe the result as JSON.
// Nothing here writes; EditCommands applies the edit through the store.
#pragma once

#include "EditCommands.h"
#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Result.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace crewplan {

struct Change {
    std::optional<Edit> edit; // none: the file already holds what was asked
    std::string done;         // "Added skill 'Rust' (Domain)."
    // The changed thing as the project holds it after the edit (ids are settled by then).
    std::function<nlohmann::ordered_json(const Project&, const Scenario&)> describe;
};

using Planner = Result<Change> (*)(const EditArguments&, const Project&, const Scenario&);

Result<Change> planSkillAdd(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planSkillRename(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planSkillSet(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planSkillRemove(const EditArguments& a, const Project& p, const Scenario& s);

Result<Change> planPersonAdd(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planPersonSet(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planPersonRemove(const EditArguments& a, const Project& p, const Scenario& s);

Result<Change> planTeamAdd(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planTeamRename(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planTeamRemove(const EditArguments& a, const Project& p, const Scenario& s);

Result<Change> planRoleAdd(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planRoleSet(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planRoleRemove(const EditArguments& a, const Project& p, const Scenario& s);

Result<Change> planRequire(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planAssign(const EditArguments& a, const Project& p, const Scenario& s);
Result<Change> planUnassign(const EditArguments& a, const Project& p, const Scenario& s);

// "90000-120000", "90k-120k", "100000": a role's yearly cost band.
Result<CostBand> parseCostBand(std::string_view text);

} // namespace crewplan
