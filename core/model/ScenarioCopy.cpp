#include "model/ScenarioCopy.h"

#include <unordered_map>

namespace crewplan {

ScenarioId cloneScenario(Project& project, ScenarioId source, std::string name) {
    Scenario copy = *project.findScenario(source);
    copy.id = ScenarioId{project.allocateId()};
    copy.name = std::move(name);

    std::unordered_map<TeamId, TeamId> teams;
    for (auto& team : copy.teams) {
        const TeamId fresh{project.allocateId()};
        teams[team.id] = fresh;
        team.id = fresh;
    }
    std::unordered_map<RoleId, RoleId> roles;
    for (auto& role : copy.roles) {
        const RoleId fresh{project.allocateId()};
        roles[role.id] = fresh;
        role.id = fresh;
        role.team = teams.at(role.team);
    }

    std::unordered_map<PersonId, PersonId> plannedHires;
    const std::size_t existing = project.people.size();
    for (std::size_t i = 0; i < existing; ++i) {
        if (project.people[i].scenario != source)
            continue;
        Person hire = project.people[i];
        hire.id = PersonId{project.allocateId()};
        hire.scenario = copy.id;
        plannedHires[project.people[i].id] = hire.id;
        project.people.push_back(std::move(hire));
    }
    for (auto& a : copy.assignments) {
        a.role = roles.at(a.role);
        if (const auto it = plannedHires.find(a.person); it != plannedHires.end())
            a.person = it->second;
    }
    project.scenarios.push_back(std::move(copy));
    return project.scenarios.back().id;
}

} // namespace crewplan
