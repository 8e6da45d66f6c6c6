// How well a scenario's people cover what its teams require: the figures defined in
// docs/coverage.md (met, must-have and nice-to-have coverage, depth), per team and in total.
#pragma once

#include "model/Ids.h"
#include "model/Person.h"
#include "model/Scenario.h"

#include <array>
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

    std::vector<const SkillDepth*> uncovered() const { return depthsWhere(&SkillDepth::uncovered); }
    std::vector<const SkillDepth*> singlePointsOfFailure() const {
        return depthsWhere(&SkillDepth::singlePointOfFailure);
    }
    // Nothing when the team has no must-have skill.
    std::optional<BusFactor> busFactor() const;

private:
    std::vector<const SkillDepth*> depthsWhere(bool (SkillDepth::*test)() const) const;
};

struct CoverageReport {
    ScenarioId scenario;
    std::vector<TeamCoverage> teams; // in the scenario's team order
    StaffingFigures total;           // the same sums over all teams
};

CoverageReport computeCoverage(const Project& project, const Scenario& scenario);

// "bus factor 1 — losing Farid Haddad uncovers CI/CD ≥ Expert"; "bus factor 0 — Test design ≥
// Advanced is uncovered already". Empty when the team has no must-have skill.
std::string busFactorText(const Project& project, const TeamCoverage& team);
// The teams with a must-have, the lowest bus factor first (in team order among equals).
std::vector<std::pair<int, const TeamCoverage*>> teamsByBusFactor(const CoverageReport& report);

} // namespace crewplan
