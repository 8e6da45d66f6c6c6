#include "coverage/NearMisses.h"

#include "model/Project.h"

#include <algorithm>
#include <unordered_map>

namespace crewplan {

std::vector<NearMiss> nearMisses(const Project& project, const Scenario& scenario) {
    std::unordered_map<PersonId, const Person*> people;
    for (const auto& p : project.people)
        people.emplace(p.id, &p);
    std::unordered_map<RoleId, std::vector<PersonId>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(a.person);

    std::vector<NearMiss> out;
    for (const auto& role : scenario.roles) {
        for (const PersonId id : byRole[role.id]) {
            const Person* person = people.at(id);
            for (const auto& req : role.requirements) {
                const SkillLevel held = scenario.levelOf(*person, req.skill);
                if (static_cast<int>(held) + 1 == static_cast<int>(req.minimum))
                    out.push_back({id, role.id, req.skill, held, req.minimum,
                                   req.importance == Importance::MustHave});
            }
        }
    }
    std::stable_partition(out.begin(), out.end(), [](const NearMiss& m) { return m.mustHave; });
    return out;
}

} // namespace crewplan
