#include "model/ScenarioCopy.h"

#include <set>
#include <unordered_map>

namespace crewplan {

ScenarioCopy copyScenario(const Project& project, ScenarioId source, std::string name,
                          std::int64_t& nextId) {
    ScenarioCopy out;
    Scenario& copy = out.scenario;
    copy = *project.findScenario(source);
    copy.id = ScenarioId{nextId++};
    copy.name = std::move(name);

    std::unordered_map<TeamId, TeamId> teams;
    for (auto& team : copy.teams) {
        const TeamId fresh{nextId++};
        teams[team.id] = fresh;
        team.id = fresh;
    }
    std::unordered_map<RoleId, RoleId> roles;
    for (auto& role : copy.roles) {
        const RoleId fresh{nextId++};
        roles[role.id] = fresh;
        role.id = fresh;
        role.team = teams.at(role.team);
    }
    std::unordered_map<PersonId, PersonId> plannedHires;
    for (const auto& person : project.people) {
        if (person.scenario != source)
            continue;
        Person hire = person;
        hire.id = PersonId{nextId++};
        hire.scenario = copy.id;
        plannedHires[person.id] = hire.id;
        out.plannedHires.push_back(std::move(hire));
    }
    for (auto& a : copy.assignments) {
        a.role = roles.at(a.role);
        if (const auto it = plannedHires.find(a.person); it != plannedHires.end())
            a.person = it->second;
    }
    std::set<std::pair<RoleId, SkillId>> declined;
    for (const auto& [role, skill] : copy.declined)
        declined.insert({roles.at(role), skill});
    copy.declined = std::move(declined);
    for (auto& t : copy.training) {
        if (const auto it = plannedHires.find(t.person); it != plannedHires.end())
            t.person = it->second;
    }
    std::map<PersonId, Tenure> tenure;
    for (const auto& [person, dates] : copy.tenure) {
        const auto it = plannedHires.find(person);
        tenure[it == plannedHires.end() ? person : it->second] = dates;
    }
    copy.tenure = std::move(tenure);
    return out;
}

ScenarioId cloneScenario(Project& project, ScenarioId source, std::string name) {
    ScenarioCopy copy = copyScenario(project, source, std::move(name), project.nextId);
    for (auto& hire : copy.plannedHires)
        project.people.push_back(std::move(hire));
    project.scenarios.push_back(std::move(copy.scenario));
    return project.scenarios.back().id;
}

} // namespace crewplan
