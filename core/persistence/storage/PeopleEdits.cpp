// Edits of people: their skills, details, assignments, arrival and departure.
#include "model/Text.h"
#include "storage/EditSupport.h"
#include "storage/RowWriter.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace crewplan::edits {

Result<Edit> apply(Database& db, Project& project, const SetSkillLevel& e) {
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
                return run(db, "DELETE FROM person_skill WHERE person_id = ?1 AND skill_id = ?2",
                           e.person.value, e.skill.value);
            return run(db,
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

Result<Edit> apply(Database& db, Project& project, const SetSkillLevels& e) {
    std::unordered_map<std::int64_t, Person*> people;
    for (Person& person : project.people)
        people.emplace(person.id.value, &person);
    std::unordered_set<std::int64_t> skills;
    for (const Skill& skill : project.skills)
        skills.insert(skill.id.value);
    SetSkillLevels inverse;
    inverse.levels.reserve(e.levels.size());
    // Undone last to first, so that a skill set twice comes back to what it was before both.
    std::map<std::pair<std::int64_t, std::int64_t>, SkillLevel> now;
    for (const SetSkillLevel& level : e.levels) {
        const auto person = people.find(level.person.value);
        if (person == people.end())
            return Error{"That person no longer exists."};
        if (!skills.count(level.skill.value))
            return Error{"That skill is not in the catalog."};
        const auto key = std::make_pair(level.person.value, level.skill.value);
        const auto seen = now.find(key);
        inverse.levels.push_back(
            {level.person, level.skill,
             seen != now.end() ? seen->second : person->second->level(level.skill)});
        now[key] = level.level;
    }
    std::reverse(inverse.levels.begin(), inverse.levels.end());
    return transact(
        db, std::move(inverse),
        [&]() -> Status {
            auto remove =
                db.prepare("DELETE FROM person_skill WHERE person_id = ?1 AND skill_id = ?2");
            auto upsert = db.prepare(
                "INSERT INTO person_skill (person_id, skill_id, level) VALUES (?1, ?2, ?3) "
                "ON CONFLICT (person_id, skill_id) DO UPDATE SET level = excluded.level");
            if (!remove || !upsert)
                return Error{remove ? upsert.message() : remove.message()};
            for (const SetSkillLevel& level : e.levels) {
                Status status;
                if (level.level == SkillLevel::None)
                    status = remove->bind(1, level.person.value).bind(2, level.skill.value).run();
                else
                    status = upsert->bind(1, level.person.value)
                                 .bind(2, level.skill.value)
                                 .bind(3, static_cast<int>(level.level))
                                 .run();
                if (!status)
                    return status;
            }
            return {};
        },
        [&] {
            for (const SetSkillLevel& level : e.levels) {
                Person& person = *people.at(level.person.value);
                if (level.level == SkillLevel::None)
                    person.skills.erase(level.skill);
                else
                    person.skills[level.skill] = level.level;
            }
        });
}

Result<Edit> apply(Database& db, Project& project, const SetAllocation& e) {
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

Result<Edit> apply(Database& db, Project& project, const UpdatePerson& e) {
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
                       std::string_view(e.name), personStatusName(e.status), e.fte, e.yearlyCost,
                       e.person.value);
        },
        [&] {
            person->name = e.name;
            person->status = e.status;
            person->fte = e.fte;
            person->yearlyCost = e.yearlyCost;
        });
}

Result<Edit> apply(Database& db, Project& project, const AddPerson& e) {
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
            for (const auto& [id, training] : e.training) {
                Scenario* scenario = next.findScenario(id);
                if (!scenario)
                    return Error{"That scenario no longer exists."};
                scenario->training.push_back(training);
            }
            for (const auto& [id, dates] : e.tenure) {
                Scenario* scenario = next.findScenario(id);
                if (!scenario)
                    return Error{"That scenario no longer exists."};
                scenario->tenure[p.id] = dates;
            }
            return {};
        },
        [&](RowWriter& w, const Project&) -> Status {
            auto status = w.person(p);
            for (const auto& placement : e.placements) {
                if (status)
                    status = w.assignment(placement.assignment);
            }
            for (const auto& [id, training] : e.training) {
                if (status)
                    status = w.training(id, training);
            }
            for (const auto& [id, dates] : e.tenure) {
                if (status)
                    status = w.tenure(id, {{p.id, dates}});
            }
            return status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemovePerson& e) {
    const Person* person = project.findPerson(e.person);
    if (!person)
        return Error{"That person no longer exists."};
    AddPerson inverse{*person, {}, {}};
    for (const auto& scenario : project.scenarios) {
        for (const auto& a : scenario.assignments) {
            if (a.person == e.person)
                inverse.placements.push_back({scenario.id, a});
        }
        for (const auto& t : scenario.training) {
            if (t.person == e.person)
                inverse.training.push_back({scenario.id, t});
        }
        if (const auto it = scenario.tenure.find(e.person); it != scenario.tenure.end())
            inverse.tenure.push_back({scenario.id, it->second});
    }
    return transact(
        db, inverse, [&] { return run(db, "DELETE FROM person WHERE id = ?1", e.person.value); },
        [&] {
            for (auto& scenario : project.scenarios) {
                scenario.tenure.erase(e.person);
                std::erase_if(scenario.assignments,
                              [&](const Assignment& a) { return a.person == e.person; });
                std::erase_if(scenario.training,
                              [&](const PlannedTraining& t) { return t.person == e.person; });
            }
            std::erase_if(project.people, [&](const Person& p) { return p.id == e.person; });
        });
}

Result<Edit> apply(Database& db, Project& project, const AddPeople& e) {
    std::unordered_set<std::int64_t> fresh;
    RemovePeople inverse;
    for (const AddPerson& add : e.people) {
        const Person& p = add.person;
        if (idInUse(project, p.id.value) || !fresh.insert(p.id.value).second)
            return Error{"Each new person needs a fresh id of their own."};
        if (auto status = checkPersonDetails(p.name, p.fte, p.yearlyCost); !status)
            return status.error();
        inverse.people.push_back(p.id);
    }
    return restructure(
        db, project, std::move(inverse),
        [&](Project& next) -> Status {
            for (const AddPerson& add : e.people) {
                next.people.push_back(add.person);
                next.nextId = std::max(next.nextId, add.person.id.value + 1);
                for (const auto& placement : add.placements) {
                    Scenario* scenario = next.findScenario(placement.scenario);
                    if (!scenario)
                        return Error{"That scenario no longer exists."};
                    scenario->assignments.push_back(placement.assignment);
                }
                for (const auto& [id, training] : add.training) {
                    Scenario* scenario = next.findScenario(id);
                    if (!scenario)
                        return Error{"That scenario no longer exists."};
                    scenario->training.push_back(training);
                }
                for (const auto& [id, dates] : add.tenure) {
                    Scenario* scenario = next.findScenario(id);
                    if (!scenario)
                        return Error{"That scenario no longer exists."};
                    scenario->tenure[add.person.id] = dates;
                }
            }
            // People are kept in id order, as the file lists them.
            std::stable_sort(next.people.begin(), next.people.end(),
                             [](const Person& a, const Person& b) { return a.id < b.id; });
            return {};
        },
        [&](RowWriter& w, const Project&) -> Status {
            Status status;
            for (const AddPerson& add : e.people) {
                if (status)
                    status = w.person(add.person);
                for (const auto& placement : add.placements) {
                    if (status)
                        status = w.assignment(placement.assignment);
                }
                for (const auto& [id, training] : add.training) {
                    if (status)
                        status = w.training(id, training);
                }
                for (const auto& [id, dates] : add.tenure) {
                    if (status)
                        status = w.tenure(id, {{add.person.id, dates}});
                }
            }
            return status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemovePeople& e) {
    const std::unordered_set<std::int64_t> gone = [&] {
        std::unordered_set<std::int64_t> ids;
        for (PersonId id : e.people)
            ids.insert(id.value);
        return ids;
    }();
    // What undoing it puts back, person by person in the order given.
    std::unordered_map<std::int64_t, AddPerson> restored;
    for (const Person& person : project.people) {
        if (gone.count(person.id.value))
            restored.emplace(person.id.value, AddPerson{person, {}, {}});
    }
    if (restored.size() != gone.size() || gone.size() != e.people.size())
        return Error{"Some of those people no longer exist."};
    for (const auto& scenario : project.scenarios) {
        for (const auto& a : scenario.assignments) {
            if (gone.count(a.person.value))
                restored[a.person.value].placements.push_back({scenario.id, a});
        }
        for (const auto& t : scenario.training) {
            if (gone.count(t.person.value))
                restored[t.person.value].training.push_back({scenario.id, t});
        }
        for (const auto& [person, dates] : scenario.tenure) {
            if (gone.count(person.value))
                restored[person.value].tenure.push_back({scenario.id, dates});
        }
    }
    AddPeople inverse;
    for (PersonId id : e.people)
        inverse.people.push_back(std::move(restored[id.value]));
    return transact(
        db, std::move(inverse),
        [&]() -> Status {
            auto remove = db.prepare("DELETE FROM person WHERE id = ?1");
            if (!remove)
                return remove.error();
            for (PersonId id : e.people) {
                remove->bind(1, id.value);
                if (auto status = remove->run(); !status)
                    return status;
            }
            return {};
        },
        [&] {
            const auto isGone = [&](PersonId id) { return gone.count(id.value) > 0; };
            for (auto& scenario : project.scenarios) {
                std::erase_if(scenario.assignments,
                              [&](const Assignment& a) { return isGone(a.person); });
                std::erase_if(scenario.training,
                              [&](const PlannedTraining& t) { return isGone(t.person); });
                std::erase_if(scenario.tenure,
                              [&](const auto& entry) { return isGone(entry.first); });
            }
            std::erase_if(project.people, [&](const Person& p) { return isGone(p.id); });
        });
}

} // namespace crewplan::edits
