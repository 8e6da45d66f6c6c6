#include "model/Scenario.h"

#include "model/Person.h"
#include "model/Text.h"

#include <algorithm>

namespace crewplan {

std::string_view importanceName(Importance importance) {
    return importance == Importance::MustHave ? "must-have" : "nice-to-have";
}

bool parseImportance(std::string_view name, Importance& out) {
    if (equalsIgnoringCase(name, "must-have") || equalsIgnoringCase(name, "must")) {
        out = Importance::MustHave;
        return true;
    }
    if (equalsIgnoringCase(name, "nice-to-have") || equalsIgnoringCase(name, "nice")) {
        out = Importance::NiceToHave;
        return true;
    }
    return false;
}

const Team* Scenario::findTeam(TeamId id) const {
    const auto it =
        std::find_if(teams.begin(), teams.end(), [&](const Team& t) { return t.id == id; });
    return it == teams.end() ? nullptr : &*it;
}

const Role* Scenario::findRole(RoleId id) const {
    const auto it =
        std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.id == id; });
    return it == roles.end() ? nullptr : &*it;
}

const Team* Scenario::findTeam(std::string_view name) const {
    const auto it =
        std::find_if(teams.begin(), teams.end(), [&](const Team& t) { return t.name == name; });
    return it == teams.end() ? nullptr : &*it;
}

const Role* Scenario::findRole(TeamId team, std::string_view name) const {
    const auto it = std::find_if(roles.begin(), roles.end(),
                                 [&](const Role& r) { return r.team == team && r.name == name; });
    return it == roles.end() ? nullptr : &*it;
}

std::string Scenario::roleLabel(const Role& role) const {
    const bool shared = std::any_of(roles.begin(), roles.end(), [&](const Role& r) {
        return r.id != role.id && r.name == role.name;
    });
    const Team* team = findTeam(role.team);
    return shared && team ? team->name + "/" + role.name : role.name;
}

std::vector<const Role*> Scenario::rolesOf(TeamId team) const {
    std::vector<const Role*> out;
    for (const auto& role : roles) {
        if (role.team == team)
            out.push_back(&role);
    }
    return out;
}

double Scenario::allocationOf(PersonId person) const {
    double total = 0.0;
    for (const auto& a : assignments) {
        if (a.person == person)
            total += a.allocation;
    }
    return total;
}

} // namespace crewplan

namespace crewplan {

SkillLevel Scenario::levelOf(const Person& person, SkillId skill) const {
    const SkillLevel held = person.level(skill);
    const PlannedTraining* planned = findTraining(person.id, skill);
    return planned ? std::max(held, planned->target) : held;
}

const PlannedTraining* Scenario::findTraining(PersonId person, SkillId skill) const {
    const auto it = std::find_if(training.begin(), training.end(), [&](const PlannedTraining& t) {
        return t.person == person && t.skill == skill;
    });
    return it == training.end() ? nullptr : &*it;
}

double Scenario::trainingCost() const {
    double total = 0.0;
    for (const auto& t : training)
        total += t.cost;
    return total;
}

double Scenario::trainingWeeks() const {
    double total = 0.0;
    for (const auto& t : training)
        total += t.weeks;
    return total;
}

int Scenario::maturityAt(Month month) const {
    int level = 0;
    for (const auto& t : targets) {
        if (t.month <= month)
            level = std::max(level, t.level);
    }
    return level;
}

std::optional<Month> Scenario::maturityFrom(int level) const {
    std::optional<Month> from;
    for (const auto& t : targets) {
        if (t.level >= level && (!from || t.month < *from))
            from = t.month;
    }
    return from;
}

bool Scenario::operator==(const Scenario& other) const {
    if (id != other.id || name != other.name || description != other.description ||
        teams != other.teams || roles != other.roles ||
        assignments.size() != other.assignments.size() ||
        training.size() != other.training.size() || stack != other.stack ||
        declined != other.declined || horizonStart != other.horizonStart ||
        horizonMonths != other.horizonMonths || tenure != other.tenure || targets != other.targets)
        return false;
    const auto trainingKey = [](const PlannedTraining& t) { return std::pair(t.person, t.skill); };
    auto myTraining = training;
    auto theirTraining = other.training;
    for (auto* list : {&myTraining, &theirTraining})
        std::sort(list->begin(), list->end(),
                  [&](const auto& a, const auto& b) { return trainingKey(a) < trainingKey(b); });
    if (myTraining != theirTraining)
        return false;
    const auto key = [](const Assignment& a) { return std::pair(a.role, a.person); };
    const auto byKey = [&](const Assignment& a, const Assignment& b) { return key(a) < key(b); };
    auto mine = assignments;
    auto theirs = other.assignments;
    std::sort(mine.begin(), mine.end(), byKey);
    std::sort(theirs.begin(), theirs.end(), byKey);
    return mine == theirs;
}

} // namespace crewplan
