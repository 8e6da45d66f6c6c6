// How well a scenario's people cover what its teams require: the figures defined in
// docs/coverage.md (met, must-have and nice-to-have coverage, depth), per team and in total.
#pragma once

#include "edits/Edit.h"
#include "model/Ids.h"
#include "model/Person.h"
#include "model/Scenario.h"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace crewplan {

struct Project;

// One role requirement and how far it is met: met(R, s) = min(1, sum of qualified allocation / h).
struct RequirementCoverage {
    RoleId role;
    SkillId skill;
    SkillLevel minimum = SkillLevel::Working;
    Importance importance = Importance::MustHave;
    int headcount = 1;
    double met = 0.0;

    bool operator==(const RequirementCoverage&) const = default;
};

// A person assigned to a role one level below one of its requirements: the cheapest gap to
// close (one level of training).
struct NearMiss {
    PersonId person;
    RoleId role;
    SkillId skill;
    SkillLevel held = SkillLevel::None;     // what the person has
    SkillLevel required = SkillLevel::None; // what the role asks: one level more
    bool mustHave = true;

    bool operator==(const NearMiss&) const = default;
};

// Depth of one skill in one team: the distinct people assigned to the team who hold it at or
// above the highest level any of the team's roles requires.
struct SkillDepth {
    SkillId skill;
    SkillLevel level = SkillLevel::Working; // the highest level required in the team
    bool mustHave = false;                  // must-have in at least one of the team's roles
    std::vector<PersonId> holders;

    int depth() const { return static_cast<int>(holders.size()); }
    bool uncovered() const { return mustHave && holders.empty(); }
    bool singlePointOfFailure() const { return mustHave && holders.size() == 1; }

    bool operator==(const SkillDepth&) const = default;
};

struct StaffingFigures {
    std::array<int, 3> headcount{};   // distinct people with allocation > 0, by PersonStatus
    double fte = 0.0;                 // sum of allocations
    double yearlyCost = 0.0;          // sum of yearly cost x allocation
    double openSlots = 0.0;           // sum over roles of max(0, headcount target - allocations)
    std::optional<double> mustHave;   // nullopt: no must-have requirement ("n/a")
    std::optional<double> niceToHave; // nullopt: no nice-to-have requirement ("n/a")

    int totalHeadcount() const { return headcount[0] + headcount[1] + headcount[2]; }
    int headcountOf(PersonStatus status) const {
        return headcount[static_cast<std::size_t>(status)];
    }

    bool operator==(const StaffingFigures&) const = default;
};

// The bus factor of a team: the fewest people whose leaving uncovers one of its must-have skills
// (docs/coverage.md). Exact: a set of people uncovers a skill only when it holds every holder
// of it, so the smallest such set is the holders of the skill with fewest — the team's lowest
// depth. 0: a must-have skill is uncovered already.
struct BusFactor {
    int people = 0;
    const SkillDepth* weakest = nullptr; // the skill losing them uncovers (the first of the fewest)
};

struct TeamCoverage {
    TeamId team;
    StaffingFigures figures;
    std::vector<RequirementCoverage> requirements; // role by role, in requirement order
    std::vector<SkillDepth> depths;                // one per skill the team requires
    std::vector<PersonId> people;                  // assigned to it, each once, by id
    std::vector<NearMiss> nearMisses;              // role by role, then by person id

    std::vector<const SkillDepth*> uncovered() const { return depthsWhere(&SkillDepth::uncovered); }
    std::vector<const SkillDepth*> singlePointsOfFailure() const {
        return depthsWhere(&SkillDepth::singlePointOfFailure);
    }
    // Nothing when the team has no must-have skill.
    std::optional<BusFactor> busFactor() const;

    bool operator==(const TeamCoverage&) const = default;

private:
    std::vector<const SkillDepth*> depthsWhere(bool (SkillDepth::*test)() const) const;
};

struct CoverageReport {
    ScenarioId scenario;
    std::vector<TeamCoverage> teams; // in the scenario's team order
    StaffingFigures total;           // the same sums over all teams

    bool operator==(const CoverageReport&) const = default;
};

CoverageReport computeCoverage(const Project& project, const Scenario& scenario);

// The report again after an edit that changed only what `teams` depend on: their roles, the
// assignments to them, or the people assigned to them (a skill level, a person's details). Those
// teams are computed anew and the totals summed again; the rest is kept. Equal to
// computeCoverage(project, scenario) when the edit changed nothing else; when the scenario's
// teams are no longer the report's (one came or went), it is computed whole.
void recomputeTeams(CoverageReport& report, const Project& project, const Scenario& scenario,
                    const std::vector<TeamId>& teams);

// The teams of `scenario` (as it is after the edit) whose coverage an edit can have changed: for
// a skill level or a person's details, the teams the person is assigned to; for an allocation,
// the team of its role (none when the role is another scenario's). Nothing for other edits:
// they may change anything.
std::optional<std::vector<TeamId>> teamsTouchedBy(const Scenario& scenario, const Edit& edit);

// "bus factor 1 — losing Farid Haddad uncovers CI/CD ≥ Expert"; "bus factor 0 — Test design ≥
// Advanced is uncovered already". Empty when the team has no must-have skill.
// `personOf` finds a holder by id (nothing: "a removed person").
std::string busFactorText(const Project& project,
                          const std::function<const Person*(PersonId)>& personOf,
                          const TeamCoverage& team);
// The teams with a must-have, the lowest bus factor first (in team order among equals).
std::vector<std::pair<int, const TeamCoverage*>> teamsByBusFactor(const CoverageReport& report);

} // namespace crewplan
