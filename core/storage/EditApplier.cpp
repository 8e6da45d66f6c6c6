#include "storage/EditApplier.h"

#include "model/Project.h"
#include "model/Text.h"
#include "storage/Database.h"

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
        if (!p.id.valid() || project.findPerson(p.id))
            return Error{"The new person needs a fresh id."};
        if (auto status = checkPersonDetails(p.name, p.fte, p.yearlyCost); !status)
            return status.error();
        // Validate the result as a whole: the placements may reference any scenario.
        Project next = project;
        next.people.push_back(p);
        for (const auto& placement : e.placements) {
            Scenario* scenario = next.findScenario(placement.scenario);
            if (!scenario)
                return Error{"That scenario no longer exists."};
            scenario->assignments.push_back(placement.assignment);
        }
        if (auto status = validate(next); !status)
            return status.error();
        return transact(
            db, RemovePerson{p.id},
            [&]() -> Status {
                auto status =
                    run(db,
                        "INSERT INTO person (id, name, status, fte, yearly_cost, "
                        "scenario_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        p.id.value, std::string_view(p.name), personStatusName(p.status), p.fte,
                        p.yearlyCost, p.scenario ? std::optional(p.scenario->value) : std::nullopt);
                for (const auto& [skill, level] : p.skills) {
                    if (status)
                        status = run(db,
                                     "INSERT INTO person_skill (person_id, skill_id, level) "
                                     "VALUES (?1, ?2, ?3)",
                                     p.id.value, skill.value, static_cast<int>(level));
                }
                for (const auto& placement : e.placements) {
                    const auto& a = placement.assignment;
                    if (status)
                        status = run(db,
                                     "INSERT INTO assignment (person_id, role_id, allocation) "
                                     "VALUES (?1, ?2, ?3)",
                                     a.person.value, a.role.value, a.allocation);
                }
                return status;
            },
            [&] {
                // People are kept in id order, as the file lists them.
                const auto at = std::lower_bound(
                    project.people.begin(), project.people.end(), p.id,
                    [](const Person& existing, PersonId id) { return existing.id < id; });
                project.people.insert(at, p);
                project.nextId = std::max(project.nextId, p.id.value + 1);
                for (const auto& placement : e.placements)
                    project.findScenario(placement.scenario)
                        ->assignments.push_back(placement.assignment);
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
};

} // namespace

Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit) {
    return std::visit(Applier{db, project}, edit);
}

} // namespace crewplan
