// The MLOps stack of a scenario and the requirements it implies, as one edit.
#include "stack/Stack.h"
#include "stack/ToolCatalog.h"
#include "storage/EditApplier.h"
#include "storage/EditSupport.h"
#include "storage/RowWriter.h"

#include <algorithm>

namespace crewplan::edits {

Result<Edit> apply(Database& db, Project& project, const SetStack& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    SetStack inverse{e.scenario, scenario->stack, {}, {}, {}};
    for (const auto& [role, requirements] : e.requirements) {
        const Role* found = scenario->findRole(role);
        if (!found)
            return Error{"A role of this stack's scenario no longer exists."};
        inverse.requirements.push_back({role, found->requirements});
    }
    for (const auto& skill : e.addSkills) {
        if (idInUse(project, skill.id.value))
            return Error{"A skill the stack adds needs a fresh id."};
        if (project.findSkill(skill.name))
            return Error{"The catalog already has a skill named " + inQuotes(skill.name) + "."};
        inverse.removeSkills.push_back(skill.id);
    }
    for (const SkillId id : e.removeSkills) {
        const Skill* skill = project.findSkill(id);
        if (!skill)
            return Error{"A skill the stack takes away is not in the catalog."};
        inverse.addSkills.push_back(*skill);
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            for (const SkillId id : e.removeSkills) {
                std::erase_if(next.skills, [&](const Skill& s) { return s.id == id; });
                for (auto& person : next.people)
                    person.skills.erase(id);
                next.trainingPerSkill.erase(id);
            }
            for (const auto& skill : e.addSkills) {
                next.skills.push_back(skill);
                next.nextId = std::max(next.nextId, skill.id.value + 1);
            }
            Scenario& s = *next.findScenario(e.scenario);
            s.stack = e.stack;
            for (const auto& [role, requirements] : e.requirements) {
                const int index = indexOf(s.roles, role);
                s.roles[static_cast<std::size_t>(index)].requirements = requirements;
            }
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = run(db, "DELETE FROM stack WHERE scenario_id = ?1", e.scenario.value);
            if (status)
                status = w.stack(e.scenario, e.stack);
            for (const auto& skill : e.addSkills) {
                if (status)
                    status = w.skill(skill, 0);
            }
            for (const auto& [role, requirements] : e.requirements) {
                if (status)
                    status = run(db, "DELETE FROM requirement WHERE role_id = ?1", role.value);
                int position = 0;
                for (const auto& requirement : requirements) {
                    if (status)
                        status = w.requirement(role, requirement, position++);
                }
            }
            for (const SkillId id : e.removeSkills) {
                if (status)
                    status = run(db, "DELETE FROM skill WHERE id = ?1", id.value);
            }
            return status ? w.skillPositions(next.skills) : status;
        });
}

namespace {

Result<Edit> setCatalogOnly(Database& db, Project& project, const std::string& json) {
    if (auto status = checkToolCatalog(project, json, "the catalog"); !status)
        return status.error();
    const SetToolCatalog inverse{project.toolCatalog};
    return transact(
        db, inverse,
        [&] { return run(db, "UPDATE project SET tool_catalog = ?1", std::string_view(json)); },
        [&] { project.toolCatalog = json; });
}

} // namespace

Result<Edit> apply(Database& db, Project& project, const SetToolCatalog& e) {
    if (!e.followStacks)
        return setCatalogOnly(db, project, e.json);
    // The catalog, then each scenario's stack against it (each seeing the project as the step
    // before left it): one transaction.
    std::size_t step = 0;
    return applySequence(db, project, [&](const Project& next) -> std::optional<Result<Edit>> {
        const std::size_t i = step++;
        if (i == 0)
            return Result<Edit>(Edit{SetToolCatalog{e.json, false}});
        if (i > next.scenarios.size())
            return std::nullopt;
        const Scenario& scenario = next.scenarios[i - 1];
        auto edit = stackEdit(next, scenario, toolCatalogOf(next), scenario.stack);
        if (!edit)
            return Result<Edit>(edit.error());
        return Result<Edit>(Edit{std::move(*edit)});
    });
}

} // namespace crewplan::edits
