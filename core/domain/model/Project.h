// The whole planning project held in memory: the skill catalog, the people, and one or more
// scenarios of the staffing. The store keeps it and the file in step; nothing else writes it.
#pragma once

#include "model/Person.h"
#include "model/Result.h"
#include "model/Scenario.h"
#include "model/Skill.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

struct Project {
    std::string name;
    std::vector<Skill> skills;       // catalog order
    std::vector<Person> people;      // employees, candidates, and every scenario's planned hires
    std::vector<Scenario> scenarios; // at least one in a valid project
    TrainingRate training;           // the default for every skill
    std::map<SkillId, TrainingRate> trainingPerSkill; // a skill's own, where it differs
    std::string toolCatalog; // the project's own MLOps tools catalog (JSON); empty: the built-in
    // What finding and hiring one person costs once, as a share of their yearly cost.
    double recruitingShare = kDefaultRecruitingShare;
    static constexpr double kDefaultRecruitingShare = 0.2;
    static constexpr double kMostRecruitingShare = 10.0; // 1,000 %
    // How long finding a hire takes: a planned hire starts no earlier than this many months
    // after the start of the time line.
    int monthsToHire = kDefaultMonthsToHire;
    static constexpr int kDefaultMonthsToHire = 3;
    static constexpr int kMostMonthsToHire = 24;

    const Skill* findSkill(SkillId id) const;
    // A skill's own training rate, if it has one; the rate that applies to it either way.
    std::optional<TrainingRate> ownTrainingRate(SkillId skill) const;
    const TrainingRate& trainingRateFor(SkillId skill) const;
    const Skill* findSkill(std::string_view name) const; // case-insensitive
    const Person* findPerson(PersonId id) const;
    Person* findPerson(PersonId id);
    const Scenario* findScenario(ScenarioId id) const;
    Scenario* findScenario(ScenarioId id);
    const Scenario* findScenario(std::string_view name) const;
    // The scenario a command names, or the first when none is named; an unknown name is an
    // error listing the scenarios there are.
    Result<const Scenario*> scenarioOrFirst(std::string_view name) const;
    // "'Current staffing', 'Hire QA'": for messages.
    std::string scenarioNames() const;

    // People who can be assigned in a scenario: the project's own, plus its planned hires.
    bool isVisibleIn(const Person& person, ScenarioId scenario) const;

    // A fresh id, larger than any id in use (ids are unique across all kinds of entity).
    std::int64_t allocateId();

    bool operator==(const Project& other) const;

    std::int64_t nextId = 1;
};

// Bounds far above any real plan and far below what would overflow the arithmetic or make a
// window or report crawl: a file from elsewhere beyond them is refused, never shown.
inline constexpr std::size_t kMaxNameLength = 500;     // bytes of UTF-8: names of anything
inline constexpr std::size_t kMaxTextLength = 100'000; // descriptions, rationales
inline constexpr double kMaxMoney = 1e12;              // one yearly cost, cost band, rate
inline constexpr int kMaxHeadcount = 10'000;           // one role's

// Checks every rule the model promises (FTE in (0, 1], allocations within FTE, names present and
// unique, references resolved…). The message names the offending entity.
Status validate(const Project& project);
// A person's dates in a scenario: months a file can hold, joining before leaving.
Status checkTenure(const Tenure& tenure);
// A scenario's maturity targets: levels 1 to 4 in storable months, each later and higher than
// the one before.
Status checkTargets(const std::vector<MaturityTarget>& targets);

// The largest id in use, plus one: what nextId must be after loading a project.
std::int64_t nextFreeId(const Project& project);

} // namespace crewplan
