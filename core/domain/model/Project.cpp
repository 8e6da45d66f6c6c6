#include "model/Project.h"

#include "model/IdIndex.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace crewplan {

namespace {

template <class Range, class Pred>
auto findIn(Range& range, Pred pred) -> decltype(&*range.begin()) {
    const auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? nullptr : &*it;
}

// Allocations are sums of user-entered decimals: allow rounding, not a real excess.
constexpr double kShareTolerance = 1e-9;

// "A person's name is 1,048,576 bytes long (500 at most)": never the text itself.
Status checkLength(const std::string& what, const std::string& text, std::size_t most) {
    if (text.size() <= most)
        return {};
    return Error{what + " is " + formatMoney(static_cast<double>(text.size())) + " bytes long (" +
                 formatMoney(static_cast<double>(most)) + " at most)."};
}

bool isMoney(double amount) {
    return std::isfinite(amount) && amount >= 0 && amount <= kMaxMoney;
}

Status validateSkills(const Project& project) {
    std::set<std::string> names;
    for (const auto& skill : project.skills) {
        if (auto status = checkLength("A skill's name", skill.name, kMaxNameLength); !status)
            return status;
        if (auto status = checkLength("The description of " + inQuotes(skill.name),
                                      skill.description, kMaxTextLength);
            !status)
            return status;
        if (skill.name.empty())
            return Error{"A skill has an empty name."};
        if (!names.insert(lowered(skill.name)).second)
            return Error{"The skill catalog lists " + inQuotes(skill.name) + " twice."};
    }
    return {};
}

Status validatePerson(const Project& project, const Person& person) {
    if (auto status = checkLength("A person's name", person.name, kMaxNameLength); !status)
        return status;
    const std::string who = "Person " + inQuotes(person.name);
    if (person.name.empty())
        return Error{"A person has an empty name."};
    if (!(person.fte > 0.0 && person.fte <= 1.0))
        return Error{who + ": FTE must be more than 0 and at most 1 (it is " +
                     formatShare(person.fte) + ")."};
    if (person.yearlyCost < 0)
        return Error{who + ": the yearly cost cannot be negative."};
    if (!isMoney(static_cast<double>(person.yearlyCost)))
        return Error{who + ": a yearly cost above " + formatMoney(kMaxMoney) + " is not real."};
    for (const auto& [skill, level] : person.skills) {
        if (!project.findSkill(skill))
            return Error{who + " holds a skill that is not in the catalog (id " +
                         std::to_string(skill.value) + ")."};
        if (level == SkillLevel::None)
            return Error{who + ": a held skill must be at least Awareness."};
    }
    const bool planned = person.status == PersonStatus::PlannedHire;
    if (planned && !person.scenario)
        return Error{who + " is a planned hire but belongs to no scenario."};
    if (!planned && person.scenario)
        return Error{who + " belongs to one scenario but is not a planned hire."};
    if (person.scenario && !project.findScenario(*person.scenario))
        return Error{who + " belongs to a scenario that does not exist."};
    return {};
}

Status validateRole(const Project& project, const Scenario& scenario, const IdIndex<Team>& teams,
                    const Role& role) {
    const Team* team = teams.find(role.team);
    if (!team)
        return Error{"Role " + inQuotes(role.name) + " in scenario " + inQuotes(scenario.name) +
                     " belongs to no team."};
    if (auto status = checkLength("A role's name", role.name, kMaxNameLength); !status)
        return status;
    const std::string where = "Role " + inQuotes(role.name) + " in " + inQuotes(team->name);
    if (role.headcount > kMaxHeadcount)
        return Error{where + ": a headcount above " + std::to_string(kMaxHeadcount) +
                     " is not real."};
    if (!isMoney(static_cast<double>(role.costBand.maximum)))
        return Error{where + ": a cost band above " + formatMoney(kMaxMoney) + " is not real."};
    if (role.rampUpMonths < 0 || role.rampUpMonths > Role::kMostRampUpMonths)
        return Error{where + ": a ramp-up must be from 0 to " +
                     std::to_string(Role::kMostRampUpMonths) + " months."};
    if (role.maturity < 0 || role.maturity > kMostMaturityLevel)
        return Error{where + ": a maturity level is from 0 to " +
                     std::to_string(kMostMaturityLevel) + "."};
    for (const auto& req : role.requirements) {
        if (req.maturity < 0 || req.maturity > kMostMaturityLevel)
            return Error{where + ": a requirement's maturity level is from 0 to " +
                         std::to_string(kMostMaturityLevel) + "."};
        if (auto status =
                checkLength("A rationale of " + inQuotes(role.name), req.rationale, kMaxTextLength);
            !status)
            return status;
    }
    if (role.name.empty())
        return Error{"A role in " + inQuotes(team->name) + " has an empty name."};
    if (role.headcount < 1)
        return Error{where + ": the headcount target must be at least 1."};
    if (role.costBand.minimum < 0 || role.costBand.maximum < role.costBand.minimum)
        return Error{where + ": the cost band must satisfy 0 <= minimum <= maximum."};
    std::set<SkillId> seen;
    for (const auto& req : role.requirements) {
        const Skill* skill = project.findSkill(req.skill);
        if (!skill)
            return Error{where + " requires a skill that is not in the catalog."};
        if (!seen.insert(req.skill).second)
            return Error{where + " requires " + inQuotes(skill->name) + " twice."};
        if (req.minimum == SkillLevel::None)
            return Error{where + ": the minimum level for " + inQuotes(skill->name) +
                         " must be at least Awareness."};
    }
    return {};
}

Status validateScenario(const Project& project, const Scenario& scenario,
                        const std::unordered_map<PersonId, const Person*>& people) {
    if (auto status = checkLength("A scenario's name", scenario.name, kMaxNameLength); !status)
        return status;
    const std::string where = "Scenario " + inQuotes(scenario.name);
    if (auto status =
            checkLength("The description of " + where, scenario.description, kMaxTextLength);
        !status)
        return status;
    if (scenario.name.empty())
        return Error{"A scenario has an empty name."};
    std::set<std::string> teamNames;
    for (const auto& team : scenario.teams) {
        if (auto status = checkLength("A team's name", team.name, kMaxNameLength); !status)
            return status;
        if (auto status = checkLength("The description of " + inQuotes(team.name), team.description,
                                      kMaxTextLength);
            !status)
            return status;
        if (team.name.empty())
            return Error{where + " has a team with an empty name."};
        if (!teamNames.insert(team.name).second)
            return Error{where + " has two teams named " + inQuotes(team.name) + "."};
    }
    const IdIndex<Team> teams(scenario.teams);
    std::set<std::pair<TeamId, std::string>> roleNames;
    for (const auto& role : scenario.roles) {
        if (auto status = validateRole(project, scenario, teams, role); !status)
            return status;
        if (!roleNames.insert({role.team, role.name}).second)
            return Error{where + " has two roles named " + inQuotes(role.name) + " in one team."};
    }
    const IdIndex<Role> roles(scenario.roles);
    std::set<std::pair<PersonId, RoleId>> pairs;
    for (const auto& a : scenario.assignments) {
        const auto found = people.find(a.person);
        const Person* person = found == people.end() ? nullptr : found->second;
        const Role* role = roles.find(a.role);
        if (!person || !role)
            return Error{where + " has an assignment to a person or role that does not exist."};
        if (!project.isVisibleIn(*person, scenario.id))
            return Error{where + " assigns " + inQuotes(person->name) +
                         ", a planned hire of another scenario."};
        if (!(a.allocation > 0.0 && a.allocation <= 1.0))
            return Error{where + ": the allocation of " + inQuotes(person->name) + " to " +
                         inQuotes(role->name) + " must be more than 0 and at most 1."};
        if (!pairs.insert({a.person, a.role}).second)
            return Error{where + " assigns " + inQuotes(person->name) + " to " +
                         inQuotes(role->name) + " twice."};
    }
    std::unordered_map<PersonId, double> used;
    for (const auto& a : scenario.assignments)
        used[a.person] += a.allocation;
    for (const auto& [id, share] : used) {
        const Person& person = *people.at(id);
        if (share > person.fte + kShareTolerance)
            return Error{where + ": " + inQuotes(person.name) + " is allocated " +
                         formatShare(share) + " FTE but has only " + formatShare(person.fte) +
                         " available."};
    }
    std::set<std::pair<PersonId, SkillId>> trained;
    for (const auto& t : scenario.training) {
        const auto found = people.find(t.person);
        const Person* person = found == people.end() ? nullptr : found->second;
        const Skill* skill = project.findSkill(t.skill);
        if (!person || !skill || !project.isVisibleIn(*person, scenario.id))
            return Error{where + " plans training for a person or skill that does not exist."};
        const std::string what =
            "the training of " + inQuotes(person->name) + " in " + inQuotes(skill->name);
        if (t.target < SkillLevel::Awareness || t.target > SkillLevel::Expert)
            return Error{where + ": " + what + " must aim at a level from 1 to 4."};
        if (!(isMoney(t.cost) && t.weeks >= 0.0 && t.weeks <= 520.0))
            return Error{where + ": " + what + " needs a cost and weeks of 0 or more."};
        if (!trained.insert({t.person, t.skill}).second)
            return Error{where + " plans " + what + " twice."};
        if (t.start && !isStorableMonth(t.start->index))
            return Error{where + ": " + what + " starts outside 1900-01 to 2999-12."};
    }
    if (scenario.horizonMonths < 1 || scenario.horizonMonths > Scenario::kMostHorizonMonths)
        return Error{where + ": a time line is from 1 to " +
                     std::to_string(Scenario::kMostHorizonMonths) + " months long."};
    if (scenario.horizonStart && !isStorableMonth(scenario.horizonStart->index))
        return Error{where + ": its time line starts outside 1900-01 to 2999-12."};
    for (const auto& [id, dates] : scenario.tenure) {
        const auto found = people.find(id);
        if (found == people.end() || !project.isVisibleIn(*found->second, scenario.id))
            return Error{where + " has dates for a person who is not in it."};
        if (auto status = checkTenure(dates); !status)
            return Error{where + ", " + found->second->name + ": " + status.message()};
    }
    if (auto status = checkTargets(scenario.targets); !status)
        return Error{where + ": " + status.message()};
    return {};
}

} // namespace

Status checkTargets(const std::vector<MaturityTarget>& targets) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const MaturityTarget& t = targets[i];
        if (t.level < 1 || t.level > kMostMaturityLevel)
            return Error{"a maturity target is a level from 1 to " +
                         std::to_string(kMostMaturityLevel) + "."};
        if (!isStorableMonth(t.month.index))
            return Error{"a maturity target's month must be from 1900-01 to 2999-12."};
        if (i > 0 && !(targets[i - 1].month < t.month && targets[i - 1].level < t.level))
            return Error{"each maturity target must come after the one before, at a higher "
                         "level (level " +
                         std::to_string(targets[i - 1].level) + " by " +
                         monthText(targets[i - 1].month) + ", then level " +
                         std::to_string(t.level) + " by " + monthText(t.month) + ")."};
    }
    return {};
}

Status checkTenure(const Tenure& t) {
    for (const auto& month : {t.start, t.end}) {
        if (month && !isStorableMonth(month->index))
            return Error{"a date must be a month from 1900-01 to 2999-12."};
    }
    if (!t.start && !t.end)
        return Error{"dates need the month they join, the month they leave, or both."};
    if (t.start && t.end && !(*t.start < *t.end))
        return Error{"the month they leave (" + monthText(*t.end) +
                     ", the first they are gone) must come after the month they join (" +
                     monthText(*t.start) + ")."};
    return {};
}

std::optional<TrainingRate> Project::ownTrainingRate(SkillId skill) const {
    const auto it = trainingPerSkill.find(skill);
    return it == trainingPerSkill.end() ? std::nullopt : std::optional<TrainingRate>(it->second);
}

const TrainingRate& Project::trainingRateFor(SkillId skill) const {
    const auto it = trainingPerSkill.find(skill);
    return it == trainingPerSkill.end() ? training : it->second;
}

const Skill* Project::findSkill(SkillId id) const {
    return findIn(skills, [&](const Skill& s) { return s.id == id; });
}

const Skill* Project::findSkill(std::string_view skillName) const {
    return findIn(skills, [&](const Skill& s) { return equalsIgnoringCase(s.name, skillName); });
}

const Person* Project::findPerson(PersonId id) const {
    return findIn(people, [&](const Person& p) { return p.id == id; });
}

Person* Project::findPerson(PersonId id) {
    return findIn(people, [&](const Person& p) { return p.id == id; });
}

const Scenario* Project::findScenario(ScenarioId id) const {
    return findIn(scenarios, [&](const Scenario& s) { return s.id == id; });
}

Scenario* Project::findScenario(ScenarioId id) {
    return findIn(scenarios, [&](const Scenario& s) { return s.id == id; });
}

const Scenario* Project::findScenario(std::string_view scenarioName) const {
    return findIn(scenarios, [&](const Scenario& s) { return s.name == scenarioName; });
}

Result<const Scenario*> Project::scenarioOrFirst(std::string_view scenarioName) const {
    if (scenarioName.empty())
        return &scenarios.front();
    if (const Scenario* found = findScenario(scenarioName))
        return found;
    return Error{"no scenario named " + inQuotes(scenarioName) + " (it has " + scenarioNames() +
                 ")."};
}

std::string Project::scenarioNames() const {
    std::string names;
    for (const auto& s : scenarios)
        names += (names.empty() ? "" : ", ") + inQuotes(s.name);
    return names;
}

bool Project::isVisibleIn(const Person& person, ScenarioId scenario) const {
    return !person.scenario || *person.scenario == scenario;
}

std::int64_t Project::allocateId() {
    return nextId++;
}

bool Project::operator==(const Project& other) const {
    return name == other.name && skills == other.skills && people == other.people &&
           scenarios == other.scenarios && training == other.training &&
           trainingPerSkill == other.trainingPerSkill && toolCatalog == other.toolCatalog &&
           recruitingShare == other.recruitingShare && monthsToHire == other.monthsToHire;
}

std::int64_t nextFreeId(const Project& project) {
    std::int64_t top = 0;
    for (const auto& s : project.skills)
        top = std::max(top, s.id.value);
    for (const auto& p : project.people)
        top = std::max(top, p.id.value);
    for (const auto& sc : project.scenarios) {
        top = std::max(top, sc.id.value);
        for (const auto& t : sc.teams)
            top = std::max(top, t.id.value);
        for (const auto& r : sc.roles)
            top = std::max(top, r.id.value);
    }
    return top + 1;
}

Status validate(const Project& project) {
    if (project.name.empty())
        return Error{"The project has no name."};
    if (auto status = checkLength("The project's name", project.name, kMaxNameLength); !status)
        return status;
    if (project.scenarios.empty())
        return Error{"The project has no scenario."};
    if (auto status = validateSkills(project); !status)
        return status;
    if (!project.training.valid())
        return Error{"The project's training cost and weeks per level step must be 0 or more."};
    if (!(project.recruitingShare >= 0.0 &&
          project.recruitingShare <= Project::kMostRecruitingShare))
        return Error{"The project's recruiting cost must be between 0 and 1,000 % of a hire's "
                     "yearly cost."};
    if (project.monthsToHire < 0 || project.monthsToHire > Project::kMostMonthsToHire)
        return Error{"The project's time to hire must be from 0 to " +
                     std::to_string(Project::kMostMonthsToHire) + " months."};
    for (const auto& [id, rate] : project.trainingPerSkill) {
        const Skill* skill = project.findSkill(id);
        if (!skill)
            return Error{"A training rate is set for a skill that does not exist."};
        if (!rate.valid())
            return Error{"The training cost and weeks per level step of " + inQuotes(skill->name) +
                         " must be 0 or more."};
    }
    std::set<std::string> scenarioNames;
    for (const auto& scenario : project.scenarios) {
        if (!scenarioNames.insert(scenario.name).second)
            return Error{"Two scenarios are named " + inQuotes(scenario.name) + "."};
    }
    std::unordered_map<PersonId, const Person*> people;
    for (const auto& person : project.people) {
        if (auto status = validatePerson(project, person); !status)
            return status;
        if (!people.emplace(person.id, &person).second)
            return Error{"Two people share the id " + std::to_string(person.id.value) + "."};
    }
    for (const auto& scenario : project.scenarios) {
        if (auto status = validateScenario(project, scenario, people); !status)
            return status;
    }
    return {};
}

} // namespace crewplan
