// A named variant of the staffing: its teams, their roles with requirements, and who is
// assigned where. Skills and people live in the project and are shared by every scenario.
#pragma once

#include "model/Ids.h"
#include "model/Month.h"
#include "model/SkillLevel.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

enum class Importance { MustHave, NiceToHave };

std::string_view importanceName(Importance importance); // "must-have", "nice-to-have"
bool parseImportance(std::string_view name, Importance& out);

struct RoleRequirement {
    SkillId skill;
    SkillLevel minimum = SkillLevel::Working;
    Importance importance = Importance::MustHave;
    std::string rationale; // why this level: shown to the planner, e.g. the source it comes from
    // The tool of the scenario's stack that asks for it (kept in step with the stack); empty
    // for the planner's own requirements, an edited one included.
    std::string source = {};
    // The MLOps maturity level it belongs to (docs/maturity.md): it applies from the month the
    // scenario's targets reach that level. 0: always.
    int maturity = 0;

    bool operator==(const RoleRequirement&) const = default;
};

struct CostBand {
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;

    double midpoint() const {
        return (static_cast<double>(minimum) + static_cast<double>(maximum)) / 2.0;
    }
    bool operator==(const CostBand&) const = default;
};

struct Role {
    RoleId id;
    TeamId team;
    std::string name;
    int headcount = 1; // target number of full-time slots
    CostBand costBand;
    std::vector<RoleRequirement> requirements;
    // Months a new person in the role needs to work at full strength; until then they count
    // at half their allocation (the time line, docs/timeline.md).
    int rampUpMonths = kDefaultRampUpMonths;
    // The MLOps maturity level that adds the role: it is there from the month the scenario's
    // targets reach that level. 0: always.
    int maturity = 0;

    static constexpr int kDefaultRampUpMonths = 2;
    static constexpr int kMostRampUpMonths = 24;
    bool operator==(const Role&) const = default;
};

struct Team {
    TeamId id;
    std::string name;
    std::string description;

    bool operator==(const Team&) const = default;
};

struct Assignment {
    PersonId person;
    RoleId role;
    double allocation = 1.0; // share of a full-time position given to the role, in (0, 1]

    bool operator==(const Assignment&) const = default;
};

// Training the plan foresees in this scenario: here the person holds the skill at `target`.
struct PlannedTraining {
    PersonId person;
    SkillId skill;
    SkillLevel target = SkillLevel::Working;
    double cost = 0.0;  // one-off, in the project's currency
    double weeks = 0.0; // time away from the work
    // When it starts; the level counts once it ends (weeks later). None: done by the start of
    // the time line, as a scenario without dates has it.
    std::optional<Month> start = {};

    bool operator==(const PlannedTraining&) const = default;
};

// When a person is in the scenario: from `start` (a planned hire, a candidate who joins later)
// until `end` (a leaver: the first month they are gone). None: from the start of the time line,
// to its end.
struct Tenure {
    std::optional<Month> start = {};
    std::optional<Month> end = {};

    bool operator==(const Tenure&) const = default;
};

// "Level 2 by 2027-06": from that month on, the scenario holds the maturity level's roles and
// requirements (docs/maturity.md).
struct MaturityTarget {
    int level = 1; // 1 to kMostMaturityLevel
    Month month;

    bool operator==(const MaturityTarget&) const = default;
};

inline constexpr int kMostMaturityLevel = 4; // Microsoft's MLOps maturity model: levels 0 to 4

struct Person;

struct Scenario {
    ScenarioId id;
    std::string name;
    std::string description;
    std::vector<Team> teams; // in display order
    std::vector<Role> roles; // grouped by team, in display order within it
    std::vector<Assignment> assignments;
    std::vector<PlannedTraining> training;         // at most one per person and skill
    std::map<std::string, std::string> stack = {}; // the MLOps stack: stage id -> tool name
    // Requirements the stack implies that the planner removed: not made again.
    std::set<std::pair<RoleId, SkillId>> declined = {};
    // The time line: from horizonStart (none: the month it is looked at) for horizonMonths.
    std::optional<Month> horizonStart = {};
    int horizonMonths = kDefaultHorizonMonths;
    std::map<PersonId, Tenure> tenure = {}; // people with dates; everyone else is there throughout
    // Maturity targets, by month; a later target asks for a higher level.
    std::vector<MaturityTarget> targets = {};

    static constexpr int kDefaultHorizonMonths = 24; // 8 quarters
    static constexpr int kMostHorizonMonths = 120;

    const Team* findTeam(TeamId id) const;
    const Role* findRole(RoleId id) const;
    const Team* findTeam(std::string_view name) const;
    const Role* findRole(TeamId team, std::string_view name) const;
    std::vector<const Role*> rolesOf(TeamId team) const;
    // A role's name, as "Team/Role" where another role of the scenario has the same name.
    std::string roleLabel(const Role& role) const;
    double allocationOf(PersonId person) const; // summed over all roles of this scenario
    // What the person holds in this scenario: their level, or the planned training's target.
    SkillLevel levelOf(const Person& person, SkillId skill) const;
    const PlannedTraining* findTraining(PersonId person, SkillId skill) const;
    double trainingCost() const;
    double trainingWeeks() const;
    // The maturity level the targets reach by `month` (0: none yet).
    int maturityAt(Month month) const;
    // The month the targets first reach `level`, from 1 (none: no target does).
    std::optional<Month> maturityFrom(int level) const;

    // Assignments and planned training compare as sets: their order carries no meaning.
    bool operator==(const Scenario& other) const;
};

} // namespace crewplan
