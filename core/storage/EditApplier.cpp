#include "storage/EditApplier.h"

#include "model/Project.h"
#include "model/Text.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"

#include <algorithm>

namespace crewplan {

namespace {

constexpr double kShareTolerance = 1e-9;

// Runs `write` inside a transaction; only when the file has it does `commit` touch the model.
template <class Write, class Commit>
Result<Edit> transact(Database& db, Edit inverse, Write write, Commit commit) {
    Transaction tx(db);
    if (auto status = tx.begun(); !status)
        return Error{"The change could not be saved: " + status.message()};
    if (auto status = write(); !status)
        return Error{"The change could not be saved: " + status.message()};
    if (auto status = tx.commit(); !status)
        return Error{"The change could not be saved: " + status.message()};
    commit();
    return inverse;
}

// Structural edits (teams, roles, skills, people) are rare: they are made on a copy of the
// project, checked whole with validate(), written, and only then swapped in.
template <class Mutate, class Write>
Result<Edit> restructure(Database& db, Project& project, Edit inverse, Mutate mutate, Write write) {
    Project next = project;
    if (auto status = mutate(next); !status)
        return status.error();
    if (auto status = validate(next); !status)
        return status.error();
    return transact(
        db, std::move(inverse),
        [&]() -> Status {
            auto writer = RowWriter::prepare(db);
            if (!writer)
                return writer.error();
            return write(*writer, next);
        },
        [&] { project = std::move(next); });
}

template <class T, class Id> int indexOf(const std::vector<T>& items, Id id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

template <class T> void insertAt(std::vector<T>& items, int position, T item) {
    if (position < 0 || position > static_cast<int>(items.size()))
        items.push_back(std::move(item));
    else
        items.insert(items.begin() + position, std::move(item));
}

bool idInUse(const Project& project, std::int64_t id) {
    if (id <= 0)
        return true;
    if (project.findSkill(SkillId{id}) || project.findPerson(PersonId{id}) ||
        project.findScenario(ScenarioId{id}))
        return true;
    for (const auto& scenario : project.scenarios) {
        if (scenario.findTeam(TeamId{id}) || scenario.findRole(RoleId{id}))
            return true;
    }
    return false;
}

Status run(Database& db, std::string_view sql, auto&&... params) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    (stmt->bind(index++, params), ...);
    return stmt->run();
}

Status checkPersonDetails(std::string_view name, double fte, std::int64_t cost) {
    if (name.empty())
        return Error{"A person needs a name."};
    if (!(fte > 0.0 && fte <= 1.0))
        return Error{"FTE must be more than 0 and at most 1 (" + formatShare(fte) + " given)."};
    if (cost < 0)
        return Error{"The yearly cost cannot be negative."};
    return {};
}

struct Applier {
    Database& db;
    Project& project;

    Result<Edit> operator()(const SetSkillLevel& e) {
        Person* person = project.findPerson(e.person);
        if (!person)
            return Error{"That person no longer exists."};
        if (!project.findSkill(e.skill))
            return Error{"That skill is not in the catalog."};
        const SetSkillLevel inverse{e.person, e.skill, person->level(e.skill)};
        return transact(
            db, inverse,
            [&]() -> Status {
                if (e.level == SkillLevel::None)
                    return run(db,
                               "DELETE FROM person_skill WHERE person_id = ?1 AND skill_id = ?2",
                               e.person.value, e.skill.value);
                return run(
                    db,
                    "INSERT INTO person_skill (person_id, skill_id, level) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (person_id, skill_id) DO UPDATE SET level = excluded.level",
                    e.person.value, e.skill.value, static_cast<int>(e.level));
            },
            [&] {
                if (e.level == SkillLevel::None)
                    person->skills.erase(e.skill);
                else
                    person->skills[e.skill] = e.level;
            });
    }

    Result<Edit> operator()(const SetAllocation& e) {
        Scenario* scenario = project.findScenario(e.scenario);
        const Person* person = project.findPerson(e.person);
        if (!scenario || !person)
            return Error{"That scenario or person no longer exists."};
        const Role* role = scenario->findRole(e.role);
        if (!role)
            return Error{"That role is not in scenario " + inQuotes(scenario->name) + "."};
        if (!project.isVisibleIn(*person, scenario->id))
            return Error{inQuotes(person->name) + " is a planned hire of another scenario."};
        if (e.allocation < 0.0 || e.allocation > 1.0)
            return Error{"An allocation must be between 0 and 1 (" + formatShare(e.allocation) +
                         " given)."};
        auto& list = scenario->assignments;
        const auto it = std::find_if(list.begin(), list.end(), [&](const Assignment& a) {
            return a.person == e.person && a.role == e.role;
        });
        const double previous = it == list.end() ? 0.0 : it->allocation;
        const double others = scenario->allocationOf(e.person) - previous;
        if (others + e.allocation > person->fte + kShareTolerance)
            return Error{inQuotes(person->name) + " has " + formatShare(person->fte) +
                         " FTE and already gives " + formatShare(others) +
                         " to other roles: " + formatShare(e.allocation) + " more to " +
                         inQuotes(role->name) + " would exceed it."};
        const SetAllocation inverse{e.scenario, e.person, e.role, previous};
        return transact(
            db, inverse,
            [&]() -> Status {
                if (e.allocation <= 0.0)
                    return run(db, "DELETE FROM assignment WHERE person_id = ?1 AND role_id = ?2",
                               e.person.value, e.role.value);
                return run(
                    db,
                    "INSERT INTO assignment (person_id, role_id, allocation) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (person_id, role_id) DO UPDATE SET allocation = "
                    "excluded.allocation",
                    e.person.value, e.role.value, e.allocation);
            },
            [&] {
                if (e.allocation <= 0.0) {
                    if (it != list.end())
                        list.erase(it);
                } else if (it != list.end()) {
                    it->allocation = e.allocation;
                } else {
                    list.push_back({e.person, e.role, e.allocation});
                }
            });
    }

    Result<Edit> operator()(const UpdatePerson& e) {
        Person* person = project.findPerson(e.person);
        if (!person)
            return Error{"That person no longer exists."};
        if (auto status = checkPersonDetails(e.name, e.fte, e.yearlyCost); !status)
            return status.error();
        if ((e.status == PersonStatus::PlannedHire) != person->scenario.has_value())
            return Error{"A planned hire belongs to one scenario: add or remove the person "
                         "instead of changing this status."};
        for (const auto& scenario : project.scenarios) {
            const double used = scenario.allocationOf(person->id);
            if (used > e.fte + kShareTolerance)
                return Error{inQuotes(person->name) + " is allocated " + formatShare(used) +
                             " FTE in scenario " + inQuotes(scenario.name) +
                             "; lower the "
                             "allocations before the FTE."};
        }
        const UpdatePerson inverse{person->id, person->name, person->status, person->fte,
                                   person->yearlyCost};
        return transact(
            db, inverse,
            [&] {
                return run(db,
                           "UPDATE person SET name = ?1, status = ?2, fte = ?3, yearly_cost = ?4 "
                           "WHERE id = ?5",
                           std::string_view(e.name), personStatusName(e.status), e.fte,
                           e.yearlyCost, e.person.value);
            },
            [&] {
                person->name = e.name;
                person->status = e.status;
                person->fte = e.fte;
                person->yearlyCost = e.yearlyCost;
            });
    }

    Result<Edit> operator()(const AddPerson& e) {
        const Person& p = e.person;
        if (idInUse(project, p.id.value))
            return Error{"The new person needs a fresh id."};
        if (auto status = checkPersonDetails(p.name, p.fte, p.yearlyCost); !status)
            return status.error();
        return restructure(
            db, project, RemovePerson{p.id},
            [&](Project& next) -> Status {
                // People are kept in id order, as the file lists them.
                const auto at = std::lower_bound(
                    next.people.begin(), next.people.end(), p.id,
                    [](const Person& existing, PersonId id) { return existing.id < id; });
                next.people.insert(at, p);
                next.nextId = std::max(next.nextId, p.id.value + 1);
                for (const auto& placement : e.placements) {
                    Scenario* scenario = next.findScenario(placement.scenario);
                    if (!scenario)
                        return Error{"That scenario no longer exists."};
                    scenario->assignments.push_back(placement.assignment);
                }
                return {};
            },
            [&](RowWriter& w, const Project&) -> Status {
                auto status = w.person(p);
                for (const auto& placement : e.placements) {
                    if (status)
                        status = w.assignment(placement.assignment);
                }
                return status;
            });
    }

    Result<Edit> operator()(const RemovePerson& e) {
        const Person* person = project.findPerson(e.person);
        if (!person)
            return Error{"That person no longer exists."};
        AddPerson inverse{*person, {}};
        for (const auto& scenario : project.scenarios) {
            for (const auto& a : scenario.assignments) {
                if (a.person == e.person)
                    inverse.placements.push_back({scenario.id, a});
            }
        }
        return transact(
            db, inverse,
            [&] { return run(db, "DELETE FROM person WHERE id = ?1", e.person.value); },
            [&] {
                for (auto& scenario : project.scenarios) {
                    std::erase_if(scenario.assignments,
                                  [&](const Assignment& a) { return a.person == e.person; });
                }
                std::erase_if(project.people, [&](const Person& p) { return p.id == e.person; });
            });
    }
    // --- Teams ---------------------------------------------------------------------------

    Result<Edit> operator()(const AddTeam& e) {
        if (!project.findScenario(e.scenario))
            return Error{"That scenario no longer exists."};
        if (idInUse(project, e.team.id.value))
            return Error{"The new team needs a fresh id."};
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

    Result<Edit> operator()(const RemoveTeam& e) {
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
                std::erase_if(s.roles, [&](const Role& r) { return r.team == e.team; });
                std::erase_if(s.teams, [&](const Team& t) { return t.id == e.team; });
                return {};
            },
            [&](RowWriter& w, const Project& next) -> Status {
                auto status = run(db, "DELETE FROM team WHERE id = ?1", e.team.value);
                return status ? w.positions(*next.findScenario(e.scenario)) : status;
            });
    }

    Result<Edit> operator()(const UpdateTeam& e) {
        Scenario* scenario = project.findScenario(e.scenario);
        const Team* team = scenario ? scenario->findTeam(e.team) : nullptr;
        if (!team)
            return Error{"That team no longer exists."};
        if (e.name.empty())
            return Error{"A team needs a name."};
        const Team* sameName = scenario->findTeam(e.name);
        if (sameName && sameName->id != e.team)
            return Error{"This scenario already has a team named " + inQuotes(e.name) + "."};
        const UpdateTeam inverse{e.scenario, e.team, team->name, team->description};
        return transact(
            db, inverse,
            [&] {
                return run(db, "UPDATE team SET name = ?1, description = ?2 WHERE id = ?3",
                           std::string_view(e.name), std::string_view(e.description),
                           e.team.value);
            },
            [&] {
                auto& t = scenario->teams[static_cast<std::size_t>(indexOf(scenario->teams, e.team))];
                t.name = e.name;
                t.description = e.description;
            });
    }

    // --- Roles ---------------------------------------------------------------------------

    Result<Edit> operator()(const AddRole& e) {
        const Scenario* scenario = project.findScenario(e.scenario);
        if (!scenario || !scenario->findTeam(e.role.team))
            return Error{"That team no longer exists."};
        if (idInUse(project, e.role.id.value))
            return Error{"The new role needs a fresh id."};
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

    Result<Edit> operator()(const RemoveRole& e) {
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
                return {};
            },
            [&](RowWriter& w, const Project& next) -> Status {
                auto status = run(db, "DELETE FROM role WHERE id = ?1", e.role.value);
                return status ? w.positions(*next.findScenario(e.scenario)) : status;
            });
    }

    Result<Edit> operator()(const UpdateRole& e) {
        Scenario* scenario = project.findScenario(e.scenario);
        const Role* role = scenario ? scenario->findRole(e.role) : nullptr;
        if (!role)
            return Error{"That role no longer exists."};
        if (e.name.empty())
            return Error{"A role needs a name."};
        if (e.headcount < 1)
            return Error{"The headcount target must be at least 1."};
        if (e.costBand.minimum < 0)
            return Error{"The cost band cannot start below 0."};
        if (e.costBand.maximum < e.costBand.minimum)
            return Error{"The cost band's maximum must be at least its minimum."};
        const Role* sameName = scenario->findRole(role->team, e.name);
        if (sameName && sameName->id != e.role)
            return Error{"This team already has a role named " + inQuotes(e.name) + "."};
        const UpdateRole inverse{e.scenario, e.role, role->name, role->headcount, role->costBand};
        return transact(
            db, inverse,
            [&] {
                return run(db,
                           "UPDATE role SET name = ?1, headcount = ?2, cost_min = ?3, "
                           "cost_max = ?4 WHERE id = ?5",
                           std::string_view(e.name), e.headcount, e.costBand.minimum,
                           e.costBand.maximum, e.role.value);
            },
            [&] {
                auto& r = scenario->roles[static_cast<std::size_t>(indexOf(scenario->roles, e.role))];
                r.name = e.name;
                r.headcount = e.headcount;
                r.costBand = e.costBand;
            });
    }

    Result<Edit> operator()(const SetRequirement& e) {
        Scenario* scenario = project.findScenario(e.scenario);
        const Role* role = scenario ? scenario->findRole(e.role) : nullptr;
        if (!role)
            return Error{"That role no longer exists."};
        const Skill* skill = project.findSkill(e.skill);
        if (!skill)
            return Error{"That skill is not in the catalog."};
        if (e.requirement && (e.requirement->skill != e.skill ||
                              e.requirement->minimum == SkillLevel::None))
            return Error{"A requirement asks for at least Awareness of " + inQuotes(skill->name) + "."};
        const auto& reqs = role->requirements;
        const auto it = std::find_if(reqs.begin(), reqs.end(),
                                     [&](const RoleRequirement& r) { return r.skill == e.skill; });
        SetRequirement inverse{e.scenario, e.role, e.skill, std::nullopt, -1};
        if (it != reqs.end()) {
            inverse.requirement = *it;
            inverse.position = static_cast<int>(it - reqs.begin());
        }
        const std::size_t roleIndex = static_cast<std::size_t>(indexOf(scenario->roles, e.role));
        Role updated = *role;
        std::erase_if(updated.requirements, [&](const RoleRequirement& r) { return r.skill == e.skill; });
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
                return status ? writer->requirementPositions(updated) : status;
            },
            [&] { scenario->roles[roleIndex] = std::move(updated); });
    }

    // --- Skills --------------------------------------------------------------------------

    Result<Edit> operator()(const AddSkill& e) {
        if (idInUse(project, e.skill.id.value))
            return Error{"The new skill needs a fresh id."};
        if (e.skill.name.empty())
            return Error{"A skill needs a name."};
        if (project.findSkill(e.skill.name))
            return Error{"The catalog already has a skill named " + inQuotes(e.skill.name) + "."};
        return restructure(
            db, project, RemoveSkill{e.skill.id},
            [&](Project& next) -> Status {
                insertAt(next.skills, e.position, e.skill);
                next.nextId = std::max(next.nextId, e.skill.id.value + 1);
                for (const auto& [person, level] : e.levels) {
                    Person* p = next.findPerson(person);
                    if (!p)
                        return Error{"A person who held this skill no longer exists."};
                    p->skills[e.skill.id] = level;
                }
                for (const auto& use : e.uses) {
                    Scenario* s = next.findScenario(use.scenario);
                    const int index = s ? indexOf(s->roles, use.role) : -1;
                    if (index < 0)
                        return Error{"A role that asked for this skill no longer exists."};
                    insertAt(s->roles[static_cast<std::size_t>(index)].requirements, use.position,
                             use.requirement);
                }
                return {};
            },
            [&](RowWriter& w, const Project& next) -> Status {
                auto status = w.skill(e.skill, 0);
                for (const auto& [person, level] : e.levels) {
                    if (status)
                        status = w.level(person, e.skill.id, level);
                }
                for (const auto& use : e.uses) {
                    if (!status)
                        break;
                    const Role& role = *next.findScenario(use.scenario)->findRole(use.role);
                    status = w.requirement(use.role, use.requirement, 0);
                    if (status)
                        status = w.requirementPositions(role);
                }
                return status ? w.skillPositions(next.skills) : status;
            });
    }

    Result<Edit> operator()(const RemoveSkill& e) {
        const Skill* skill = project.findSkill(e.skill);
        if (!skill)
            return Error{"That skill is not in the catalog."};
        AddSkill inverse{*skill, indexOf(project.skills, e.skill), {}, {}};
        for (const auto& person : project.people) {
            if (const auto held = person.level(e.skill); held != SkillLevel::None)
                inverse.levels.emplace_back(person.id, held);
        }
        for (const auto& scenario : project.scenarios) {
            for (const auto& role : scenario.roles) {
                for (std::size_t i = 0; i < role.requirements.size(); ++i) {
                    if (role.requirements[i].skill == e.skill)
                        inverse.uses.push_back({scenario.id, role.id, role.requirements[i], static_cast<int>(i)});
                }
            }
        }
        return restructure(
            db, project, inverse,
            [&](Project& next) -> Status {
                for (auto& person : next.people)
                    person.skills.erase(e.skill);
                for (auto& scenario : next.scenarios) {
                    for (auto& role : scenario.roles)
                        std::erase_if(role.requirements,
                                      [&](const RoleRequirement& r) { return r.skill == e.skill; });
                }
                std::erase_if(next.skills, [&](const Skill& s) { return s.id == e.skill; });
                return {};
            },
            [&](RowWriter& w, const Project& next) -> Status {
                auto status = run(db, "DELETE FROM skill WHERE id = ?1", e.skill.value);
                return status ? w.skillPositions(next.skills) : status;
            });
    }

    Result<Edit> operator()(const UpdateSkill& e) {
        const Skill* skill = project.findSkill(e.skill);
        if (!skill)
            return Error{"That skill is not in the catalog."};
        if (e.name.empty())
            return Error{"A skill needs a name."};
        const Skill* sameName = project.findSkill(e.name);
        if (sameName && sameName->id != e.skill)
            return Error{"The catalog already has a skill named " + inQuotes(e.name) + "."};
        const UpdateSkill inverse{e.skill, skill->name, skill->category, skill->description};
        return transact(
            db, inverse,
            [&] {
                return run(db,
                           "UPDATE skill SET name = ?1, category = ?2, description = ?3 WHERE id = ?4",
                           std::string_view(e.name), skillCategoryName(e.category),
                           std::string_view(e.description), e.skill.value);
            },
            [&] {
                auto& s = project.skills[static_cast<std::size_t>(indexOf(project.skills, e.skill))];
                s.name = e.name;
                s.category = e.category;
                s.description = e.description;
            });
    }
};

} // namespace

Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit) {
    return std::visit(Applier{db, project}, edit);
}

} // namespace crewplan
