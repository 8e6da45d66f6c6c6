// The invertible edits a person can make to a project. Ownership rule: an Edit is a plain value
// describing a change; only ProjectStore::apply turns it into a change of the file and of the
// in-memory Project, in one SQLite transaction, and hands back the Edit that undoes it. The UI
// keeps those pairs in its undo stack; nothing else writes to a project.
#pragma once

#include "model/Person.h"
#include "model/Scenario.h"

#include <string>
#include <variant>
#include <vector>

namespace crewplan {

// Sets one person's level in one skill; None removes the skill from their profile.
struct SetSkillLevel {
    PersonId person;
    SkillId skill;
    SkillLevel level = SkillLevel::None;
};

// Puts a person in a role of a scenario with an allocation share; 0 takes them out of it.
struct SetAllocation {
    ScenarioId scenario;
    PersonId person;
    RoleId role;
    double allocation = 0.0;
};

// Changes a person's own details (not their skills or assignments).
struct UpdatePerson {
    PersonId person;
    std::string name;
    PersonStatus status = PersonStatus::Employee;
    double fte = 1.0;
    std::int64_t yearlyCost = 0;
};

// Adds a person (with a fresh id from Project::allocateId), with any assignments they hold.
struct AddPerson {
    struct Placement {
        ScenarioId scenario;
        Assignment assignment;
        bool operator==(const Placement&) const = default;
    };
    Person person;
    std::vector<Placement> placements;
};

// Removes a person and their assignments in every scenario.
struct RemovePerson {
    PersonId person;
};

using Edit = std::variant<SetSkillLevel, SetAllocation, UpdatePerson, AddPerson, RemovePerson>;

} // namespace crewplan
