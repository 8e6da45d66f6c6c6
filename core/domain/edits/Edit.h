// The invertible edits a person can make to a project. Ownership rule: an Edit is a plain value
// describing a change; only ProjectStore::apply turns it into a change of the file and of the
// in-memory Project, in one SQLite transaction, and hands back the Edit that undoes it. The UI
// keeps those pairs in its undo stack; nothing else writes to a project.
#pragma once

#include "model/Person.h"
#include "model/Project.h"
#include "model/Scenario.h"
#include "model/Skill.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace crewplan {

// Sets one person's level in one skill; None removes the skill from their profile.
struct SetSkillLevel {
    PersonId person;
    SkillId skill;
    SkillLevel level = SkillLevel::None;
    bool operator==(const SetSkillLevel&) const = default;
};

// Many levels at once (an import's updates): one pass over the project, one statement reused.
// Its inverse sets each back.
struct SetSkillLevels {
    std::vector<SetSkillLevel> levels;
    bool operator==(const SetSkillLevels&) const = default;
};

// Puts a person in a role of a scenario with an allocation share; 0 takes them out of it.
struct SetAllocation {
    ScenarioId scenario;
    PersonId person;
    RoleId role;
    double allocation = 0.0;
    bool operator==(const SetAllocation&) const = default;
};

// Changes a person's own details (not their skills or assignments).
struct UpdatePerson {
    PersonId person;
    std::string name;
    PersonStatus status = PersonStatus::Employee;
    double fte = 1.0;
    std::int64_t yearlyCost = 0;
    bool operator==(const UpdatePerson&) const = default;
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
    std::vector<std::pair<ScenarioId, PlannedTraining>> training; // what undoing a removal restores
    std::vector<std::pair<ScenarioId, Tenure>> tenure = {};       // and their dates
    bool operator==(const AddPerson&) const = default;
};

// Removes a person and their assignments in every scenario.
struct RemovePerson {
    PersonId person;
    bool operator==(const RemovePerson&) const = default;
};

// Adds several people at once, as an import does: the project is checked once for all of them,
// not once a person. Undone by RemovePeople.
struct AddPeople {
    std::vector<AddPerson> people;
    bool operator==(const AddPeople&) const = default;
};

// Removes several people at once, with their assignments and planned training; undone by
// AddPeople, which puts them back as they were.
struct RemovePeople {
    std::vector<PersonId> people;
    bool operator==(const RemovePeople&) const = default;
};

// Adds a team at `position` in its scenario (-1: last), with any roles and assignments it holds.
struct AddTeam {
    ScenarioId scenario;
    Team team;
    std::vector<Role> roles;
    std::vector<Assignment> assignments;
    int position = -1;
    bool operator==(const AddTeam&) const = default;
};

// Removes a team with its roles and their assignments.
struct RemoveTeam {
    ScenarioId scenario;
    TeamId team;
    bool operator==(const RemoveTeam&) const = default;
};

struct UpdateTeam {
    ScenarioId scenario;
    TeamId team;
    std::string name;
    std::string description;
    bool operator==(const UpdateTeam&) const = default;
};

// Adds a role (with its requirements) to its team, at `position` among the scenario's roles
// (-1: after the team's last role), with any assignments it holds.
struct AddRole {
    ScenarioId scenario;
    Role role;
    std::vector<Assignment> assignments;
    int position = -1;
    bool operator==(const AddRole&) const = default;
};

struct RemoveRole {
    ScenarioId scenario;
    RoleId role;
    bool operator==(const RemoveRole&) const = default;
};

struct UpdateRole {
    ScenarioId scenario;
    RoleId role;
    std::string name;
    int headcount = 1;
    CostBand costBand;
    std::optional<int> rampUpMonths = {}; // none: as it is
    bool operator==(const UpdateRole&) const = default;
};

// Sets, changes or (with no requirement) removes what a role asks of one skill.
struct SetRequirement {
    ScenarioId scenario;
    RoleId role;
    SkillId skill;
    std::optional<RoleRequirement> requirement; // its skill must equal `skill`
    int position = -1;                          // among the role's requirements; -1: last
    // Whether the stack may make this requirement again. Unset: removing one the stack made
    // declines it, setting one lifts that.
    std::optional<bool> declined = {};
    bool operator==(const SetRequirement&) const = default;
};

// Adds a skill to the catalog at `position` (-1: last), with the levels people hold in it and
// the requirements that use it (what undoing a removal restores).
struct AddSkill {
    struct Use {
        ScenarioId scenario;
        RoleId role;
        RoleRequirement requirement;
        int position = -1;
        bool operator==(const Use&) const = default;
    };
    Skill skill;
    int position = -1;
    std::vector<std::pair<PersonId, SkillLevel>> levels;
    std::vector<Use> uses;
    std::vector<std::pair<ScenarioId, PlannedTraining>> training;
    std::optional<TrainingRate> rate; // the skill's own training rate
    bool operator==(const AddSkill&) const = default;
};

// Removes a skill from the catalog, from every profile and every role that asks for it.
struct RemoveSkill {
    SkillId skill;
    bool operator==(const RemoveSkill&) const = default;
};

struct UpdateSkill {
    SkillId skill;
    std::string name;
    SkillCategory category = SkillCategory::Programming;
    std::string description;
    bool operator==(const UpdateSkill&) const = default;
};

// Adds a whole scenario (a new one, a copy, or one being restored) at `position` (-1: last),
// with its planned hires. Everything in it carries fresh ids.
struct AddScenario {
    Scenario scenario;
    std::vector<Person> plannedHires;
    int position = -1;
    bool operator==(const AddScenario&) const = default;
};

// Removes a scenario with everything in it, its planned hires included. The last one stays.
struct RemoveScenario {
    ScenarioId scenario;
    bool operator==(const RemoveScenario&) const = default;
};

struct UpdateScenario {
    ScenarioId scenario;
    std::string name;
    std::string description;
    bool operator==(const UpdateScenario&) const = default;
};

// Sets a scenario's time line: its first month (none: the month it is looked at) and length.
struct SetHorizon {
    ScenarioId scenario;
    std::optional<Month> start;
    int months = Scenario::kDefaultHorizonMonths;
    bool operator==(const SetHorizon&) const = default;
};

// Sets when a person is in a scenario (no dates: there throughout the time line).
struct SetTenure {
    ScenarioId scenario;
    PersonId person;
    Tenure tenure;
    bool operator==(const SetTenure&) const = default;
};

// Sets when a planned training starts (none: done by the start of the time line).
struct SetTrainingStart {
    ScenarioId scenario;
    PersonId person;
    SkillId skill;
    std::optional<Month> start;
    bool operator==(const SetTrainingStart&) const = default;
};

// Sets what training costs per level step: the project's default (no skill), or one skill's own
// (no rate: the skill goes back to the default).
struct SetTrainingRate {
    std::optional<SkillId> skill;
    std::optional<TrainingRate> rate;
    bool operator==(const SetTrainingRate&) const = default;
};

// Sets what recruiting a hire costs once, as a share of its yearly cost (0.2: 20 %).
struct SetRecruitingShare {
    double share = 0.2;
    bool operator==(const SetRecruitingShare&) const = default;
};

// Sets how many months finding a hire takes (the time line's earliest start for a new hire).
struct SetMonthsToHire {
    int months = Project::kDefaultMonthsToHire;
    bool operator==(const SetMonthsToHire&) const = default;
};

// Sets a scenario's maturity targets, by month (none: no target). Adding what a level brings is
// maturityTargetEdit() (maturity/Maturity.h), which batches this with the roles it adds.
struct SetTargets {
    ScenarioId scenario;
    std::vector<MaturityTarget> targets;
    bool operator==(const SetTargets&) const = default;
};

// Replaces a scenario's staffing at once — its assignments and planned training — and adds and
// removes planned hires: what carrying out a recommendation (or undoing it) is.
struct ReplaceStaffing {
    ScenarioId scenario;
    std::vector<Assignment> assignments;
    std::vector<PlannedTraining> training;
    std::vector<Person> addHires; // planned hires of this scenario, with fresh ids
    std::vector<PersonId> removeHires;
    // The scenario's dates for its people; none: as they are (less the hires removed).
    std::optional<std::map<PersonId, Tenure>> tenure = {};
    bool operator==(const ReplaceStaffing&) const = default;
};

// Gives a scenario its MLOps stack and, with it, the requirements the stack implies: each named
// role's whole requirement list, the skills the catalog adds to the project, and (undoing such
// an addition) skills to take away again.
struct SetStack {
    ScenarioId scenario;
    std::map<std::string, std::string> stack;
    std::vector<std::pair<RoleId, std::vector<RoleRequirement>>> requirements;
    std::vector<Skill> addSkills; // with fresh ids, at the end of the catalog
    std::vector<SkillId> removeSkills;
    bool operator==(const SetStack&) const = default;
};

// Gives the project its own MLOps tools catalog (JSON), or (empty) goes back to the built-in.
// With followStacks, every scenario's stack requirements follow the new catalog in the same
// transaction (its inverse then restores them exactly, and the catalog without following).
struct SetToolCatalog {
    std::string json;
    bool followStacks = false;
    bool operator==(const SetToolCatalog&) const = default;
};

struct Edit;

// Several edits that are one user action (moving a person, importing a tools catalog with the
// stacks it moves, setting several skills' training rates): applied in order in one
// transaction, all or none; its inverse is the batch of their inverses in reverse order.
struct EditBatch {
    std::vector<Edit> edits;
    bool operator==(const EditBatch&) const;
};

using EditVariant =
    std::variant<SetSkillLevel, SetSkillLevels, SetAllocation, UpdatePerson, AddPerson,
                 RemovePerson, AddPeople, RemovePeople, AddTeam, RemoveTeam, UpdateTeam, AddRole,
                 RemoveRole, UpdateRole, SetRequirement, AddSkill, RemoveSkill, UpdateSkill,
                 AddScenario, RemoveScenario, UpdateScenario, ReplaceStaffing, SetTrainingRate,
                 SetRecruitingShare, SetMonthsToHire, SetTargets, SetHorizon, SetTenure,
                 SetTrainingStart, SetStack, SetToolCatalog, EditBatch>;

// A struct rather than an alias so that EditBatch can hold edits.
struct Edit : EditVariant {
    using EditVariant::EditVariant;
    const EditVariant& variant() const { return *this; }
};

inline bool EditBatch::operator==(const EditBatch& other) const {
    return edits.size() == other.edits.size() &&
           std::equal(edits.begin(), edits.end(), other.edits.begin(),
                      [](const Edit& a, const Edit& b) { return a.variant() == b.variant(); });
}

} // namespace crewplan
