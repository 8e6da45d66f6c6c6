// Someone who can fill a role: a current employee, a candidate, or a hire the plan foresees.
// Employees and candidates belong to the project; a planned hire belongs to one scenario.
#pragma once

#include "model/Ids.h"
#include "model/SkillLevel.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace crewplan {

enum class PersonStatus { Employee, Candidate, PlannedHire };

std::string_view personStatusName(PersonStatus status);  // "employee", "candidate", "planned-hire"
std::string_view personStatusLabel(PersonStatus status); // "Employee", "Candidate", "Planned hire"
std::optional<PersonStatus> parsePersonStatus(std::string_view name);

struct Person {
    PersonId id;
    std::string name;
    PersonStatus status = PersonStatus::Employee;
    double fte = 1.0;                     // share of a full-time position available, in (0, 1]
    std::int64_t yearlyCost = 0;          // of a full-time position (they cost it × allocation)
    std::map<SkillId, SkillLevel> skills; // levels above None only
    std::optional<ScenarioId> scenario;   // set for planned hires only

    SkillLevel level(SkillId skill) const {
        const auto it = skills.find(skill);
        return it == skills.end() ? SkillLevel::None : it->second;
    }

    bool operator==(const Person&) const = default;
};

} // namespace crewplan
