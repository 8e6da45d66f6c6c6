// Builds small projects by name for hand-computed tests: skills, teams, roles and people are
// referred to by their names, the ids come from the project.
#pragma once

#include "model/Project.h"

#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>

namespace crewplan::test {

class ProjectBuilder {
public:
    ProjectBuilder() {
        project_.name = "Test project";
        project_.scenarios.push_back(
            {ScenarioId{project_.allocateId()}, "Baseline", "", {}, {}, {}, {}});
    }

    ProjectBuilder& skill(const std::string& name,
                          SkillCategory category = SkillCategory::Programming) {
        project_.skills.push_back({SkillId{project_.allocateId()}, name, category, ""});
        return *this;
    }

    ProjectBuilder& team(const std::string& name) {
        scenario().teams.push_back({TeamId{project_.allocateId()}, name, ""});
        return *this;
    }

    // Adds a role to the last team.
    ProjectBuilder&
    role(const std::string& name, int headcount,
         std::initializer_list<std::tuple<const char*, SkillLevel, Importance>> reqs) {
        Role role;
        role.id = RoleId{project_.allocateId()};
        role.team = scenario().teams.back().id;
        role.name = name;
        role.headcount = headcount;
        role.costBand = {50000, 100000};
        for (const auto& [skill, level, importance] : reqs)
            role.requirements.push_back({skillId(skill), level, importance, ""});
        scenario().roles.push_back(std::move(role));
        return *this;
    }

    ProjectBuilder& person(const std::string& name, double fte, std::int64_t cost,
                           std::initializer_list<std::pair<const char*, SkillLevel>> levels,
                           PersonStatus status = PersonStatus::Employee) {
        Person p;
        p.id = PersonId{project_.allocateId()};
        p.name = name;
        p.fte = fte;
        p.yearlyCost = cost;
        p.status = status;
        if (status == PersonStatus::PlannedHire)
            p.scenario = scenario().id;
        for (const auto& [skill, level] : levels)
            p.skills[skillId(skill)] = level;
        project_.people.push_back(std::move(p));
        return *this;
    }

    ProjectBuilder& assign(const std::string& person, const std::string& role, double allocation) {
        scenario().assignments.push_back({personId(person), roleId(role), allocation});
        return *this;
    }

    SkillId skillId(const std::string& name) const { return project_.findSkill(name)->id; }
    PersonId personId(const std::string& name) const {
        for (const auto& p : project_.people) {
            if (p.name == name)
                return p.id;
        }
        return {};
    }
    RoleId roleId(const std::string& name) const {
        for (const auto& r : project_.scenarios.front().roles) {
            if (r.name == name)
                return r.id;
        }
        return {};
    }

    Scenario& scenario() { return project_.scenarios.front(); }
    Project& project() { return project_; }
    Project build() const { return project_; }

private:
    Project project_;
};

} // namespace crewplan::test
