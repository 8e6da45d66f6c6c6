// Edits of a scenario's structure: teams, roles and what each role requires.
#include "model/Text.h"
#include "storage/EditSupport.h"
#include "storage/RowWriter.h"

#include <algorithm>

namespace crewplan::edits {

Result<Edit> apply(Database& db, Project& project, const AddTeam& e) {
    if (!project.findScenario(e.scenario))
        return Error{"That scenario no longer exists."};
    if (idInUse(project, e.team.id.value))
        return Error{"The new team needs a fresh id."};
    if (auto named = checkName("team", e.team.name); !named)
        return named.error();
    if (project.findScenario(e.scenario)->findTeam(e.team.name))
        return Error{"This scenario already has a team named " + inQuotes(e.team.name) + "."};
    for (const auto& role : e.roles) {
        if (role.team != e.team.id || idInUse(project, role.id.value))
            return Error{"The new team's roles need fresh ids."};
    }
    return restructure(
        db, project, RemoveTeam{e.scenario, e.team.id},
        [&](Project& next) -> Status {
            Scenario& s = *next.findScenario(e.scenario);
            insertAt(s.teams, e.position, e.team);
            // Roles follow their team's order.
            std::vector<Role> roles;
            for (const auto& team : s.teams) {
                if (team.id == e.team.id)
                    roles.insert(roles.end(), e.roles.begin(), e.roles.end());
                for (auto& role : s.roles) {
                    if (role.team == team.id)
                        roles.push_back(std::move(role));
                }
            }
            s.roles = std::move(roles);
            s.assignments.insert(s.assignments.end(), e.assignments.begin(), e.assignments.end());
            next.nextId = std::max(next.nextId, nextFreeId(next));
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            const Scenario& s = *next.findScenario(e.scenario);
            auto status = w.team(e.scenario, e.team, 0);
            for (const auto& role : e.roles) {
                if (status)
                    status = w.role(role, 0);
            }
            for (const auto& a : e.assignments) {
                if (status)
                    status = w.assignment(a);
            }
            return status ? w.positions(s) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemoveTeam& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    const Team* team = scenario ? scenario->findTeam(e.team) : nullptr;
    if (!team)
        return Error{"That team no longer exists."};
    AddTeam inverse{e.scenario, *team, {}, {}, indexOf(scenario->teams, e.team)};
    for (const auto& role : scenario->roles) {
        if (role.team != e.team)
            continue;
        inverse.roles.push_back(role);
        for (const auto& a : scenario->assignments) {
            if (a.role == role.id)
                inverse.assignments.push_back(a);
        }
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            Scenario& s = *next.findScenario(e.scenario);
            std::erase_if(s.assignments, [&](const Assignment& a) {
                const Role* role = s.findRole(a.role);
                return role && role->team == e.team;
            });
            std::erase_if(s.declined, [&](const auto& d) {
                const Role* r = s.findRole(d.first);
                return r && r->team == e.team;
            });
            std::erase_if(s.roles, [&](const Role& r) { return r.team == e.team; });
            std::erase_if(s.teams, [&](const Team& t) { return t.id == e.team; });
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = run(db, "DELETE FROM team WHERE id = ?1", e.team.value);
            return status ? w.positions(*next.findScenario(e.scenario)) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const UpdateTeam& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    const Team* team = scenario ? scenario->findTeam(e.team) : nullptr;
    if (!team)
        return Error{"That team no longer exists."};
    if (auto named = checkName("team", e.name); !named)
        return named.error();
    const Team* sameName = scenario->findTeam(e.name);
    if (sameName && sameName->id != e.team)
        return Error{"This scenario already has a team named " + inQuotes(e.name) + "."};
    const UpdateTeam inverse{e.scenario, e.team, team->name, team->description};
    return transact(
        db, inverse,
        [&] {
            return run(db, "UPDATE team SET name = ?1, description = ?2 WHERE id = ?3",
                       std::string_view(e.name), std::string_view(e.description), e.team.value);
        },
        [&] {
            auto& t = scenario->teams[static_cast<std::size_t>(indexOf(scenario->teams, e.team))];
            t.name = e.name;
            t.description = e.description;
        });
}

Result<Edit> apply(Database& db, Project& project, const AddRole& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario || !scenario->findTeam(e.role.team))
        return Error{"That team no longer exists."};
    if (idInUse(project, e.role.id.value))
        return Error{"The new role needs a fresh id."};
    // What UpdateRole says of the same values, so that adding and editing refuse alike.
    if (auto named = checkName("role", e.role.name); !named)
        return named.error();
    if (e.role.headcount < 1)
        return Error{"The headcount target must be at least 1."};
    if (e.role.costBand.minimum < 0)
        return Error{"The cost band cannot start below 0."};
    if (e.role.costBand.maximum < e.role.costBand.minimum)
        return Error{"The cost band's maximum must be at least its minimum."};
    if (scenario->findRole(e.role.team, e.role.name))
        return Error{"This team already has a role named " + inQuotes(e.role.name) + "."};
    return restructure(
        db, project, RemoveRole{e.scenario, e.role.id},
        [&](Project& next) -> Status {
            Scenario& s = *next.findScenario(e.scenario);
            int position = e.position;
            if (position < 0) {
                // After the team's last role, or where the team's roles would start.
                position = 0;
                for (const auto& team : s.teams) {
                    for (std::size_t i = 0; i < s.roles.size(); ++i) {
                        if (s.roles[i].team == team.id)
                            position = static_cast<int>(i) + 1;
                    }
                    if (team.id == e.role.team)
                        break;
                }
            }
            insertAt(s.roles, position, e.role);
            s.assignments.insert(s.assignments.end(), e.assignments.begin(), e.assignments.end());
            next.nextId = std::max(next.nextId, e.role.id.value + 1);
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = w.role(e.role, 0);
            for (const auto& a : e.assignments) {
                if (status)
                    status = w.assignment(a);
            }
            return status ? w.positions(*next.findScenario(e.scenario)) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemoveRole& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    const Role* role = scenario ? scenario->findRole(e.role) : nullptr;
    if (!role)
        return Error{"That role no longer exists."};
    AddRole inverse{e.scenario, *role, {}, indexOf(scenario->roles, e.role)};
    for (const auto& a : scenario->assignments) {
        if (a.role == e.role)
            inverse.assignments.push_back(a);
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            Scenario& s = *next.findScenario(e.scenario);
            std::erase_if(s.assignments, [&](const Assignment& a) { return a.role == e.role; });
            std::erase_if(s.roles, [&](const Role& r) { return r.id == e.role; });
            std::erase_if(s.declined, [&](const auto& d) { return d.first == e.role; });
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = run(db, "DELETE FROM role WHERE id = ?1", e.role.value);
            return status ? w.positions(*next.findScenario(e.scenario)) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const UpdateRole& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    const Role* role = scenario ? scenario->findRole(e.role) : nullptr;
    if (!role)
        return Error{"That role no longer exists."};
    if (auto named = checkName("role", e.name); !named)
        return named.error();
    if (e.headcount < 1)
        return Error{"The headcount target must be at least 1."};
    if (e.costBand.minimum < 0)
        return Error{"The cost band cannot start below 0."};
    if (e.costBand.maximum < e.costBand.minimum)
        return Error{"The cost band's maximum must be at least its minimum."};
    const Role* sameName = scenario->findRole(role->team, e.name);
    if (sameName && sameName->id != e.role)
        return Error{"This team already has a role named " + inQuotes(e.name) + "."};
    if (e.rampUpMonths && (*e.rampUpMonths < 0 || *e.rampUpMonths > Role::kMostRampUpMonths))
        return Error{"A role's ramp-up must be from 0 to " +
                     std::to_string(Role::kMostRampUpMonths) + " months."};
    const int rampUp = e.rampUpMonths.value_or(role->rampUpMonths);
    // The ramp-up in the inverse only when the edit sets one: an edit that changes nothing
    // then equals its inverse (and is no undo step).
    const UpdateRole inverse{
        e.scenario,     e.role,
        role->name,     role->headcount,
        role->costBand, e.rampUpMonths ? std::optional<int>(role->rampUpMonths) : std::nullopt};
    return transact(
        db, inverse,
        [&] {
            return run(db,
                       "UPDATE role SET name = ?1, headcount = ?2, cost_min = ?3, "
                       "cost_max = ?4, ramp_up_months = ?5 WHERE id = ?6",
                       std::string_view(e.name), e.headcount, e.costBand.minimum,
                       e.costBand.maximum, rampUp, e.role.value);
        },
        [&] {
            auto& r = scenario->roles[static_cast<std::size_t>(indexOf(scenario->roles, e.role))];
            r.name = e.name;
            r.headcount = e.headcount;
            r.costBand = e.costBand;
            r.rampUpMonths = rampUp;
        });
}

Result<Edit> apply(Database& db, Project& project, const SetRequirement& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    const Role* role = scenario ? scenario->findRole(e.role) : nullptr;
    if (!role)
        return Error{"That role no longer exists."};
    const Skill* skill = project.findSkill(e.skill);
    if (!skill)
        return Error{"That skill is not in the catalog."};
    if (e.requirement &&
        (e.requirement->skill != e.skill || e.requirement->minimum == SkillLevel::None))
        return Error{"A requirement asks for at least Awareness of " + inQuotes(skill->name) + "."};
    const auto& reqs = role->requirements;
    const auto it = std::find_if(reqs.begin(), reqs.end(),
                                 [&](const RoleRequirement& r) { return r.skill == e.skill; });
    SetRequirement inverse{e.scenario, e.role, e.skill, std::nullopt, -1};
    if (it != reqs.end()) {
        inverse.requirement = *it;
        inverse.position = static_cast<int>(it - reqs.begin());
    }
    const std::pair key{e.role, e.skill};
    inverse.declined = scenario->declined.count(key) > 0;
    const bool declined = e.declined.value_or(
        e.requirement ? false : (it != reqs.end() && !it->source.empty()) || *inverse.declined);
    const std::size_t roleIndex = static_cast<std::size_t>(indexOf(scenario->roles, e.role));
    Role updated = *role;
    std::erase_if(updated.requirements,
                  [&](const RoleRequirement& r) { return r.skill == e.skill; });
    if (e.requirement) {
        // Changing a requirement keeps its place; a new one goes where it was asked to.
        const int position = it != reqs.end() && e.position < 0 ? inverse.position : e.position;
        insertAt(updated.requirements, position, *e.requirement);
    }
    return transact(
        db, inverse,
        [&]() -> Status {
            auto writer = RowWriter::prepare(db);
            if (!writer)
                return writer.error();
            auto status = run(db, "DELETE FROM requirement WHERE role_id = ?1 AND skill_id = ?2",
                              e.role.value, e.skill.value);
            if (status && e.requirement)
                status = writer->requirement(e.role, *e.requirement, 0);
            if (status)
                status =
                    run(db, "DELETE FROM declined_requirement WHERE role_id = ?1 AND skill_id = ?2",
                        e.role.value, e.skill.value);
            if (status && declined)
                status = writer->declined({key});
            return status ? writer->requirementPositions(updated) : status;
        },
        [&] {
            scenario->roles[roleIndex] = std::move(updated);
            if (declined)
                scenario->declined.insert(key);
            else
                scenario->declined.erase(key);
        });
}

Result<Edit> apply(Database& db, Project& project, const ReplaceStaffing& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    ReplaceStaffing inverse{e.scenario, scenario->assignments, scenario->training, {}, {}};
    // The dates in the inverse only when this edit changes them (an edit that changes nothing
    // then equals its inverse).
    const bool datesChange =
        e.tenure || std::any_of(e.removeHires.begin(), e.removeHires.end(),
                                [&](PersonId id) { return scenario->tenure.count(id) > 0; });
    if (datesChange)
        inverse.tenure = scenario->tenure;
    for (const PersonId id : e.removeHires) {
        const Person* hire = project.findPerson(id);
        if (!hire || hire->scenario != e.scenario)
            return Error{"Only this scenario's planned hires can be removed with its staffing."};
        inverse.addHires.push_back(*hire);
    }
    for (const auto& hire : e.addHires) {
        if (idInUse(project, hire.id.value))
            return Error{"A new planned hire needs a fresh id."};
        if (hire.status != PersonStatus::PlannedHire || hire.scenario != e.scenario)
            return Error{"A hire added with a scenario's staffing must be its planned hire."};
        inverse.removeHires.push_back(hire.id);
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            std::erase_if(next.people, [&](const Person& p) {
                return std::find(e.removeHires.begin(), e.removeHires.end(), p.id) !=
                       e.removeHires.end();
            });
            for (const auto& hire : e.addHires) {
                const auto at = std::lower_bound(
                    next.people.begin(), next.people.end(), hire.id,
                    [](const Person& existing, PersonId id) { return existing.id < id; });
                next.people.insert(at, hire);
                next.nextId = std::max(next.nextId, hire.id.value + 1);
            }
            Scenario& s = *next.findScenario(e.scenario);
            s.assignments = e.assignments;
            s.training = e.training;
            if (e.tenure)
                s.tenure = *e.tenure;
            for (const PersonId id : e.removeHires)
                s.tenure.erase(id); // their rows go with them
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            const Scenario& s = *next.findScenario(e.scenario);
            auto status = run(db,
                              "DELETE FROM assignment WHERE role_id IN (SELECT role.id FROM role "
                              "JOIN team ON role.team_id = team.id WHERE team.scenario_id = ?1)",
                              e.scenario.value);
            if (status)
                status = run(db, "DELETE FROM training WHERE scenario_id = ?1", e.scenario.value);
            if (status)
                status = run(db, "DELETE FROM tenure WHERE scenario_id = ?1", e.scenario.value);
            for (const PersonId id : e.removeHires) {
                if (status)
                    status = run(db, "DELETE FROM person WHERE id = ?1", id.value);
            }
            for (const auto& hire : e.addHires) {
                if (status)
                    status = w.person(hire);
            }
            for (const auto& a : s.assignments) {
                if (status)
                    status = w.assignment(a);
            }
            for (const auto& t : s.training) {
                if (status)
                    status = w.training(s.id, t);
            }
            if (status)
                status = w.tenure(s.id, s.tenure);
            return status;
        });
}

} // namespace crewplan::edits
