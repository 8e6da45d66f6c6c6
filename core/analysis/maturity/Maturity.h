// MLOps maturity (docs/maturity.md): Microsoft's levels 0 to 4, and what each adds to the MLOps
// template's team — roles, requirements with their reasons, the stack stages it needs. A
// scenario's targets ("level 2 by 2027-06") bring a level's roles and requirements into the
// scenario, marked with the level, and the time line applies them from the target's month.
#pragma once

#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

struct MaturityRequirement {
    std::string team; // where the role is; for a role's own requirements, empty
    std::string role;
    std::string skill;
    SkillLevel level = SkillLevel::Working;
    Importance importance = Importance::MustHave;
    std::string rationale;
};

struct MaturityRole {
    std::string team;
    std::string name;
    int headcount = 1;
    CostBand costBand;
    int rampUpMonths = Role::kDefaultRampUpMonths;
    std::string reason;
    std::vector<MaturityRequirement> requirements;
};

struct MaturityLevel {
    int level = 0;
    std::string name;                // "Automated training"
    std::string summary;             // what the level means
    std::vector<std::string> stages; // stack stage ids it needs ("orchestration")
    std::vector<MaturityRole> roles;
    std::vector<MaturityRequirement> requirements; // of roles already there (or added before)
};

struct MaturityModel {
    std::string name;
    std::string source;
    std::vector<Skill> skills;         // skills it asks for that a project may lack; ids are 0
    std::vector<MaturityLevel> levels; // 0 to kMostMaturityLevel, in order

    const MaturityLevel* find(int level) const;
    const Skill* findSkill(std::string_view name) const; // case-insensitive
};

// The model shipped in the binary, from resources/templates/mlops-maturity.json.
std::string_view builtInMaturityJson();
const MaturityModel& builtInMaturityModel();
// Reads a maturity model; a problem is named with `sourceName` and where it is.
Result<MaturityModel> parseMaturityModel(std::string_view json, std::string_view sourceName);

// "level 2 (Automated training)"
std::string maturityLevelText(int level, const MaturityModel& model = builtInMaturityModel());

// Setting a scenario's targets as one undoable step: the targets, and whatever the levels they
// reach add that the scenario lacks (skills, a team, roles, requirements), marked with their
// level. What a level asks of a role the scenario does not have is left out and said.
struct TargetChange {
    EditBatch edit;
    std::vector<std::string> added;   // "ML Engineer in Data Science (level 2)"
    std::vector<std::string> skipped; // "level 3: no QA Engineer for Model registry"
};
Result<TargetChange> targetChange(const Project& project, const Scenario& scenario,
                                  std::vector<MaturityTarget> targets,
                                  const MaturityModel& model = builtInMaturityModel());

// The stages the targets' levels need that the scenario's stack leaves without a tool, with the
// lowest level that needs each: {"orchestration", 2}.
std::vector<std::pair<std::string, int>>
missingStages(const Scenario& scenario, const MaturityModel& model = builtInMaturityModel());

} // namespace crewplan
