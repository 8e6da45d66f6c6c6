#include "coverage/SkillMatrix.h"

#include "model/Project.h"

#include <algorithm>
#include <map>

namespace crewplan {

TeamSkillMatrix teamSkillMatrix(const Project& project, const Scenario& scenario, TeamId team) {
    TeamSkillMatrix m;
    std::map<SkillId, std::size_t> column;
    std::map<PersonId, std::map<SkillId, SkillLevel>> needs;
    std::map<RoleId, std::vector<PersonId>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(a.person);
    for (const auto& role : scenario.roles) {
        if (role.team != team)
            continue;
        for (const auto& req : role.requirements) {
            const auto [it, added] = column.try_emplace(req.skill, m.skills.size());
            if (added) {
                m.skills.push_back(req.skill);
                m.required.push_back(SkillLevel::None);
            }
            m.required[it->second] = std::max(m.required[it->second], req.minimum);
        }
        for (PersonId person : byRole[role.id]) {
            const auto [it, added] = needs.try_emplace(person);
            if (added)
                m.people.push_back(person);
            for (const auto& req : role.requirements)
                it->second[req.skill] = std::max(it->second[req.skill], req.minimum);
        }
    }
    for (PersonId id : m.people) {
        const Person* person = project.findPerson(id);
        const auto& personNeeds = needs[id];
        std::vector<SkillCell> row(m.skills.size());
        for (std::size_t s = 0; s < m.skills.size(); ++s) {
            if (person) {
                row[s].held = person->level(m.skills[s]);
                row[s].planned = scenario.levelOf(*person, m.skills[s]);
            }
            const auto need = personNeeds.find(m.skills[s]);
            if (need != personNeeds.end())
                row[s].needed = need->second;
        }
        m.cells.push_back(std::move(row));
    }
    return m;
}

std::vector<RoleSkillRow> roleSkillProfile(const Project& project, const Scenario& scenario,
                                           RoleId roleId) {
    std::vector<RoleSkillRow> rows;
    const Role* role = scenario.findRole(roleId);
    if (!role)
        return rows;
    std::vector<const Person*> people;
    for (const auto& a : scenario.assignments) {
        if (a.role == roleId) {
            if (const Person* p = project.findPerson(a.person))
                people.push_back(p);
        }
    }
    for (const auto& req : role->requirements) {
        RoleSkillRow row{req.skill, req.minimum};
        for (const Person* p : people) {
            row.bestHeld = std::max(row.bestHeld, p->level(req.skill));
            row.bestPlanned = std::max(row.bestPlanned, scenario.levelOf(*p, req.skill));
        }
        rows.push_back(row);
    }
    return rows;
}

std::string levelWithPlan(SkillLevel held, SkillLevel planned) {
    std::string text(skillLevelName(held));
    if (planned != held)
        text.append(" → ").append(skillLevelName(planned)).append(", planned");
    return text;
}

} // namespace crewplan
