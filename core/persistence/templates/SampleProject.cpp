#include "templates/SampleProject.h"

#include "model/ScenarioCopy.h"

#include <initializer_list>
#include <utility>

namespace crewplan {

namespace {

using Levels = std::initializer_list<std::pair<const char*, int>>;

struct SampleStaffing {
    Project& project;
    Scenario* scenario = nullptr;
    std::string error;

    PersonId person(const char* name, PersonStatus status, double fte, std::int64_t cost,
                    Levels levels) {
        Person p;
        p.id = PersonId{project.allocateId()};
        p.name = name;
        p.status = status;
        p.fte = fte;
        p.yearlyCost = cost;
        for (const auto& [skill, level] : levels) {
            const Skill* found = project.findSkill(skill);
            if (!found)
                error = std::string("the sample names an unknown skill: ") + skill;
            else
                p.skills[found->id] = static_cast<SkillLevel>(level);
        }
        project.people.push_back(std::move(p));
        return project.people.back().id;
    }

    void assign(PersonId person, const char* team, const char* role, double allocation) {
        const Team* t = scenario->findTeam(team);
        const Role* r = t ? scenario->findRole(t->id, role) : nullptr;
        if (!r) {
            error = std::string("the sample names an unknown role: ") + team + " / " + role;
            return;
        }
        scenario->assignments.push_back({person, r->id, allocation});
    }
};

} // namespace

Result<Project> makeSampleProject(Project project) {
    project.name = "MLOps team (sample)";
    Scenario& baseline = project.scenarios.front();
    baseline.name = "Current staffing";
    baseline.description = "Who the team has today, before any hire.";
    SampleStaffing s{project, nullptr, {}};

    using enum PersonStatus;
    const auto aisha = s.person("Aisha Khan", Employee, 1.0, 118000,
                                {{"Python", 4},
                                 {"Spark", 3},
                                 {"ETL", 3},
                                 {"Workflow orchestration", 3},
                                 {"SQL", 4},
                                 {"Data lakes & warehouses", 3},
                                 {"ML workflow", 2},
                                 {"Git & code versioning", 3},
                                 {"CI/CD", 2},
                                 {"Docker & containers", 2},
                                 {"Cloud platform", 2},
                                 {"Growth mindset", 3}});
    const auto bruno = s.person("Bruno Costa", Employee, 1.0, 96000,
                                {{"Python", 3},
                                 {"Spark", 2},
                                 {"ETL", 3},
                                 {"Workflow orchestration", 2},
                                 {"SQL", 3},
                                 {"Data lakes & warehouses", 2},
                                 {"ML workflow", 1},
                                 {"Git & code versioning", 2},
                                 {"CI/CD", 1},
                                 {"Docker & containers", 1},
                                 {"Cloud platform", 2},
                                 {"Growth mindset", 2},
                                 {"Data & model testing", 1}});
    const auto chen = s.person("Chen Wei", Employee, 1.0, 125000,
                               {{"Python", 3},
                                {"Data science & modelling", 4},
                                {"ML workflow", 3},
                                {"SQL", 3},
                                {"Spark", 2},
                                {"Git & code versioning", 2},
                                {"Growth mindset", 3}});
    const auto dana = s.person("Dana Novak", Employee, 0.8, 104000,
                               {{"Python", 2},
                                {"Data science & modelling", 3},
                                {"ML workflow", 2},
                                {"SQL", 2},
                                {"Growth mindset", 2},
                                {"Domain expertise", 2}});
    const auto elena = s.person("Elena Petrova", Employee, 0.5, 112000,
                                {{"Domain expertise", 4}, {"SQL", 2}, {"ML workflow", 1}});
    const auto farid = s.person("Farid Haddad", Employee, 1.0, 128000,
                                {{"CI/CD", 4},
                                 {"Artifact management", 3},
                                 {"Git & code versioning", 4},
                                 {"Docker & containers", 3},
                                 {"Cloud platform", 3},
                                 {"Python", 2},
                                 {"Growth mindset", 2}});
    const auto grace = s.person("Grace Liu", Candidate, 1.0, 88000,
                                {{"Test design", 3},
                                 {"Test automation", 3},
                                 {"Data & model testing", 2},
                                 {"Python", 2},
                                 {"Git & code versioning", 2}});
    s.person("Hugo Martin", Employee, 1.0, 92000,
             {{"Python", 2},
              {"SQL", 3},
              {"ETL", 2},
              {"Spark", 1},
              {"Git & code versioning", 2},
              {"Docker & containers", 2},
              {"Cloud platform", 1},
              {"Test automation", 2},
              {"Growth mindset", 3}});

    s.scenario = &baseline;
    s.assign(aisha, "Data Engineering", "Data Engineer", 1.0);
    s.assign(bruno, "Data Engineering", "Data Engineer", 1.0);
    s.assign(chen, "Data Science", "Data Scientist", 1.0);
    s.assign(dana, "Data Science", "Data Scientist", 0.8);
    s.assign(elena, "Data Science", "Subject-matter expert", 0.5);
    s.assign(farid, "DevOps", "DevOps Engineer", 1.0);

    // The alternative an architect weighs: hire Grace for QA and a senior data engineer.
    const ScenarioId hireId = cloneScenario(project, baseline.id, "Hire QA and a senior DE");
    Scenario* hire = project.findScenario(hireId);
    hire->description = "Grace Liu joins as QA engineer; a senior data engineer is hired.";
    for (auto& role : hire->roles) {
        if (role.name == "Data Engineer")
            role.headcount = 3;
    }
    s.scenario = hire;
    s.assign(grace, "QA", "QA Engineer", 1.0);
    const auto senior = s.person("Senior data engineer (to hire)", PlannedHire, 1.0, 125000,
                                 {{"Python", 3},
                                  {"Spark", 4},
                                  {"ETL", 3},
                                  {"Workflow orchestration", 3},
                                  {"SQL", 3},
                                  {"Data lakes & warehouses", 3},
                                  {"ML workflow", 2},
                                  {"Git & code versioning", 3},
                                  {"CI/CD", 2},
                                  {"Docker & containers", 2},
                                  {"Cloud platform", 2},
                                  {"Growth mindset", 2}});
    project.findPerson(senior)->scenario = hireId;
    s.assign(senior, "Data Engineering", "Data Engineer", 1.0);

    if (!s.error.empty())
        return Error{s.error};
    if (auto status = validate(project); !status)
        return Error{"the sample project is invalid: " + status.message()};
    return project;
}

} // namespace crewplan
