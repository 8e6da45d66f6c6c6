// Prepared INSERT statements for every kind of row, shared by whole-project writes and by edits.
// The caller owns the transaction.
#pragma once

#include "model/Project.h"
#include "model/Result.h"
#include "storage/Database.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace crewplan {

// A month as its column holds it: "2027-03", or NULL for none.
inline NullableText monthColumn(std::optional<Month> month) {
    return month ? NullableText{monthText(*month)} : NullableText{};
}

class RowWriter {
public:
    static Result<RowWriter> prepare(Database& db);

    // The project's own row: its name and settings.
    Status project(const Project& project);
    Status skillTraining(SkillId skill, const TrainingRate& rate);
    Status skill(const Skill& skill, int position);
    // The scenario's row and its maturity targets.
    Status scenario(const Scenario& scenario, int position);
    Status targets(ScenarioId scenario, const std::vector<MaturityTarget>& targets);
    Status team(ScenarioId scenario, const Team& team, int position);
    // The role and its requirements.
    Status role(const Role& role, int position);
    Status requirement(RoleId role, const RoleRequirement& requirement, int position);
    // The person and their skill levels.
    Status person(const Person& person);
    Status level(PersonId person, SkillId skill, SkillLevel level);
    Status assignment(const Assignment& assignment);
    Status training(ScenarioId scenario, const PlannedTraining& training);
    Status tenure(ScenarioId scenario, const std::map<PersonId, Tenure>& dates);
    Status stack(ScenarioId scenario, const std::map<std::string, std::string>& stack);
    Status declined(const std::set<std::pair<RoleId, SkillId>>& declined);

    // Rewrites the display order of a scenario's teams and roles, or of the skill catalog.
    Status positions(const Scenario& scenario);
    Status skillPositions(const std::vector<Skill>& skills);
    Status scenarioPositions(const std::vector<Scenario>& scenarios);
    // A whole scenario: its row, teams, roles with requirements, planned hires, assignments.
    Status wholeScenario(const Scenario& scenario, int position,
                         const std::vector<Person>& plannedHires);
    Status requirementPositions(const Role& role);

private:
    RowWriter() = default;
    std::optional<Statement> project_, skill_, scenario_, team_, role_, requirement_, person_,
        level_, assignment_, teamPosition_, rolePosition_, skillPosition_, requirementPosition_,
        scenarioPosition_, training_, skillTraining_, stack_, declined_, tenure_, target_;
};

} // namespace crewplan
