#include "storage/ProjectRows.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"

#include <algorithm>
#include <unordered_map>

namespace crewplan {

namespace {

// A month column ("2027-03"): none when NULL; false when it holds something else.
bool monthAt(const Statement& row, int column, std::optional<Month>& out) {
    out.reset();
    if (row.isNull(column))
        return true;
    out = parseMonth(row.text(column));
    return out.has_value();
}

Status readSkills(Database& db, Project& project) {
    auto stmt =
        db.prepare("SELECT id, name, category, description FROM skill ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    while (stmt->step()) {
        Skill skill;
        skill.id = SkillId{stmt->integer(0)};
        skill.name = stmt->text(1);
        const std::string category = stmt->text(2);
        const auto parsed = parseSkillCategory(category);
        if (!parsed)
            return Error{"skill '" + skill.name + "' has an unknown category '" + category + "'"};
        skill.category = *parsed;
        skill.description = stmt->text(3);
        project.skills.push_back(std::move(skill));
    }
    if (auto status = stmt->status(); !status)
        return status;
    auto rates = db.prepare("SELECT skill_id, training_cost, training_weeks FROM skill_training");
    if (!rates)
        return rates.error();
    while (rates->step())
        project.trainingPerSkill[SkillId{rates->integer(0)}] = {rates->real(1), rates->real(2)};
    return rates->status();
}

Status readPeople(Database& db, Project& project) {
    auto stmt = db.prepare(
        "SELECT id, name, status, fte, yearly_cost, scenario_id FROM person ORDER BY id");
    if (!stmt)
        return stmt.error();
    std::unordered_map<PersonId, std::size_t> index;
    while (stmt->step()) {
        Person person;
        person.id = PersonId{stmt->integer(0)};
        person.name = stmt->text(1);
        const auto status = parsePersonStatus(stmt->text(2));
        if (!status)
            return Error{"person '" + person.name + "' has an unknown status"};
        person.status = *status;
        person.fte = stmt->real(3);
        person.yearlyCost = stmt->integer(4);
        if (!stmt->isNull(5))
            person.scenario = ScenarioId{stmt->integer(5)};
        index.emplace(person.id, project.people.size());
        project.people.push_back(std::move(person));
    }
    if (auto status = stmt->status(); !status)
        return status;

    auto levels = db.prepare("SELECT person_id, skill_id, level FROM person_skill");
    if (!levels)
        return levels.error();
    while (levels->step()) {
        const auto level = skillLevelFromInt(levels->integer(2));
        const auto it = index.find(PersonId{levels->integer(0)});
        if (!level || it == index.end())
            return Error{"a skill level refers to a missing person or is out of range"};
        project.people[it->second].skills[SkillId{levels->integer(1)}] = *level;
    }
    return levels->status();
}

Status readScenarios(Database& db, Project& project) {
    auto stmt = db.prepare("SELECT id, name, description, horizon_start, horizon_months "
                           "FROM scenario ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    std::unordered_map<ScenarioId, std::size_t> scenarioIndex;
    while (stmt->step()) {
        Scenario scenario;
        scenario.id = ScenarioId{stmt->integer(0)};
        scenario.name = stmt->text(1);
        scenario.description = stmt->text(2);
        const std::int64_t months = stmt->integer(4);
        if (!monthAt(*stmt, 3, scenario.horizonStart) || months < 1 ||
            months > Scenario::kMostHorizonMonths)
            return Error{"scenario '" + scenario.name + "' has a time line that is not real"};
        scenario.horizonMonths = static_cast<int>(months);
        scenarioIndex.emplace(scenario.id, project.scenarios.size());
        project.scenarios.push_back(std::move(scenario));
    }
    if (auto status = stmt->status(); !status)
        return status;

    auto teams = db.prepare(
        "SELECT id, scenario_id, name, description FROM team ORDER BY scenario_id, position, id");
    if (!teams)
        return teams.error();
    std::unordered_map<TeamId, ScenarioId> teamScenario;
    while (teams->step()) {
        Team team{TeamId{teams->integer(0)}, teams->text(2), teams->text(3)};
        const ScenarioId owner{teams->integer(1)};
        teamScenario.emplace(team.id, owner);
        const auto scenario = scenarioIndex.find(owner);
        if (scenario == scenarioIndex.end())
            return Error{"team '" + team.name + "' belongs to no scenario"};
        project.scenarios[scenario->second].teams.push_back(std::move(team));
    }
    if (auto status = teams->status(); !status)
        return status;

    auto roles = db.prepare(
        "SELECT role.id, role.team_id, role.name, role.headcount, role.cost_min, role.cost_max, "
        "role.ramp_up_months, role.maturity_level FROM role JOIN team ON team.id = role.team_id "
        "ORDER BY team.position, "
        "team.id, "
        "role.position, role.id");
    if (!roles)
        return roles.error();
    std::unordered_map<RoleId, std::pair<std::size_t, std::size_t>> roleIndex;
    while (roles->step()) {
        Role role;
        role.id = RoleId{roles->integer(0)};
        role.team = TeamId{roles->integer(1)};
        role.name = roles->text(2);
        const std::int64_t headcount = roles->integer(3);
        if (headcount < 1 || headcount > kMaxHeadcount)
            return Error{"role '" + role.name + "' has a headcount of " +
                         std::to_string(headcount) + ", which is not real"};
        role.headcount = static_cast<int>(headcount);
        role.costBand = {roles->integer(4), roles->integer(5)};
        const std::int64_t rampUp = roles->integer(6);
        if (rampUp < 0 || rampUp > Role::kMostRampUpMonths)
            return Error{"role '" + role.name + "' has a ramp-up that is not real"};
        role.rampUpMonths = static_cast<int>(rampUp);
        const std::int64_t maturity = roles->integer(7);
        if (maturity < 0 || maturity > kMostMaturityLevel)
            return Error{"role '" + role.name + "' has a maturity level that is not real"};
        role.maturity = static_cast<int>(maturity);
        const auto team = teamScenario.find(role.team);
        const auto scenario =
            team == teamScenario.end() ? scenarioIndex.end() : scenarioIndex.find(team->second);
        if (scenario == scenarioIndex.end())
            return Error{"role '" + role.name + "' belongs to no team"};
        const std::size_t s = scenario->second;
        roleIndex[role.id] = {s, project.scenarios[s].roles.size()};
        project.scenarios[s].roles.push_back(std::move(role));
    }
    if (auto status = roles->status(); !status)
        return status;

    // In the table's own order (by role, then skill: no sort), each role's put in position
    // order here; SQLite sorting 38,000 requirements by position took longer than reading them.
    auto reqs = db.prepare("SELECT role_id, skill_id, min_level, importance, rationale, source, "
                           "maturity_level, position "
                           "FROM requirement ORDER BY role_id, skill_id");
    if (!reqs)
        return reqs.error();
    std::vector<std::pair<std::int64_t, RoleRequirement>> ofRole; // (position, requirement)
    Role* owner = nullptr;
    const auto place = [&] {
        if (!owner)
            return;
        std::stable_sort(ofRole.begin(), ofRole.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [position, req] : ofRole)
            owner->requirements.push_back(std::move(req));
        ofRole.clear();
    };
    while (reqs->step()) {
        RoleRequirement req;
        req.skill = SkillId{reqs->integer(1)};
        const auto level = skillLevelFromInt(reqs->integer(2));
        if (!level || !parseImportance(reqs->text(3), req.importance))
            return Error{"a requirement has an invalid level or importance"};
        req.minimum = *level;
        req.rationale = reqs->text(4);
        req.source = reqs->text(5);
        const std::int64_t maturity = reqs->integer(6);
        if (maturity < 0 || maturity > kMostMaturityLevel)
            return Error{"a requirement has a maturity level that is not real"};
        req.maturity = static_cast<int>(maturity);
        const auto found = roleIndex.find(RoleId{reqs->integer(0)});
        if (found == roleIndex.end())
            return Error{"a requirement belongs to no role"};
        const auto [s, r] = found->second;
        Role* role = &project.scenarios[s].roles[r];
        if (role != owner) {
            place();
            owner = role;
        }
        ofRole.emplace_back(reqs->integer(7), std::move(req));
    }
    if (auto status = reqs->status(); !status)
        return status;
    place();

    auto assignments = db.prepare(
        "SELECT person_id, role_id, allocation FROM assignment ORDER BY role_id, person_id");
    if (!assignments)
        return assignments.error();
    while (assignments->step()) {
        Assignment a{PersonId{assignments->integer(0)}, RoleId{assignments->integer(1)},
                     assignments->real(2)};
        const auto role = roleIndex.find(a.role);
        if (role == roleIndex.end())
            return Error{"an assignment belongs to no role"};
        project.scenarios[role->second.first].assignments.push_back(a);
    }
    if (auto status = assignments->status(); !status)
        return status;

    auto training =
        db.prepare("SELECT scenario_id, person_id, skill_id, target_level, cost, weeks, "
                   "start_month FROM training ORDER BY scenario_id, person_id, skill_id");
    if (!training)
        return training.error();
    while (training->step()) {
        Scenario* scenario = project.findScenario(ScenarioId{training->integer(0)});
        const auto level = skillLevelFromInt(training->integer(3));
        if (!scenario || !level || *level == SkillLevel::None)
            return Error{"a planned training has an invalid scenario or level"};
        std::optional<Month> start;
        if (!monthAt(*training, 6, start))
            return Error{"a planned training has a start that is not a month"};
        scenario->training.push_back({PersonId{training->integer(1)}, SkillId{training->integer(2)},
                                      *level, training->real(4), training->real(5), start});
    }
    if (auto status = training->status(); !status)
        return status;

    auto declined = db.prepare("SELECT role_id, skill_id FROM declined_requirement");
    if (!declined)
        return declined.error();
    while (declined->step()) {
        const auto at = roleIndex.find(RoleId{declined->integer(0)});
        if (at == roleIndex.end())
            return Error{"a declined requirement belongs to no role"};
        project.scenarios[at->second.first].declined.insert(
            {RoleId{declined->integer(0)}, SkillId{declined->integer(1)}});
    }
    if (auto status = declined->status(); !status)
        return status;

    auto stack = db.prepare("SELECT scenario_id, stage, tool FROM stack");
    if (!stack)
        return stack.error();
    while (stack->step()) {
        Scenario* scenario = project.findScenario(ScenarioId{stack->integer(0)});
        if (!scenario)
            return Error{"a stack choice belongs to no scenario"};
        scenario->stack[stack->text(1)] = stack->text(2);
    }
    if (auto status = stack->status(); !status)
        return status;

    auto tenure = db.prepare("SELECT scenario_id, person_id, start_month, end_month FROM tenure");
    if (!tenure)
        return tenure.error();
    while (tenure->step()) {
        Scenario* scenario = project.findScenario(ScenarioId{tenure->integer(0)});
        Tenure dates;
        if (!scenario || !monthAt(*tenure, 2, dates.start) || !monthAt(*tenure, 3, dates.end))
            return Error{"a person's dates in a scenario are not months of a scenario"};
        scenario->tenure[PersonId{tenure->integer(1)}] = dates;
    }
    if (auto status = tenure->status(); !status)
        return status;

    auto targets =
        db.prepare("SELECT scenario_id, level, month FROM maturity_target ORDER BY month, level");
    if (!targets)
        return targets.error();
    while (targets->step()) {
        Scenario* scenario = project.findScenario(ScenarioId{targets->integer(0)});
        std::optional<Month> month;
        if (!scenario || !monthAt(*targets, 2, month) || !month)
            return Error{"a maturity target is not a month of a scenario"};
        const std::int64_t level = targets->integer(1);
        if (level < 1 || level > kMostMaturityLevel)
            return Error{"a maturity target has a level that is not real"};
        scenario->targets.push_back({static_cast<int>(level), *month});
    }
    return targets->status();
}

} // namespace

Result<Project> readProject(Database& db) {
    Project project;
    auto name =
        db.prepare("SELECT name, training_cost, training_weeks, tool_catalog, recruiting_share, "
                   "months_to_hire FROM project "
                   "WHERE id = 1");
    if (!name)
        return name.error();
    if (!name->step())
        return Error{"the project row is missing"};
    project.name = name->text(0);
    project.training = {name->real(1), name->real(2)};
    project.toolCatalog = name->text(3);
    project.recruitingShare = name->real(4);
    project.monthsToHire = static_cast<int>(name->integer(5)); // the schema keeps it in 0 to 24
    if (auto status = readSkills(db, project); !status)
        return status.error();
    if (auto status = readScenarios(db, project); !status)
        return status.error();
    if (auto status = readPeople(db, project); !status)
        return status.error();
    project.nextId = nextFreeId(project);
    return project;
}

Status writeProject(Database& db, const Project& project) {
    auto writer = RowWriter::prepare(db);
    if (!writer)
        return writer.error();
    RowWriter& w = *writer;
    if (auto status = w.project(project); !status)
        return status;
    int position = 0;
    for (const auto& skill : project.skills) {
        if (auto status = w.skill(skill, position++); !status)
            return status;
    }
    for (const auto& [skill, rate] : project.trainingPerSkill) {
        if (auto status = w.skillTraining(skill, rate); !status)
            return status;
    }
    position = 0;
    for (const auto& scenario : project.scenarios) {
        if (auto status = w.scenario(scenario, position++); !status)
            return status;
        int index = 0;
        for (const auto& team : scenario.teams) {
            if (auto status = w.team(scenario.id, team, index++); !status)
                return status;
        }
        index = 0;
        for (const auto& role : scenario.roles) {
            if (auto status = w.role(role, index++); !status)
                return status;
        }
    }
    for (const auto& person : project.people) {
        if (auto status = w.person(person); !status)
            return status;
    }
    for (const auto& scenario : project.scenarios) {
        for (const auto& assignment : scenario.assignments) {
            if (auto status = w.assignment(assignment); !status)
                return status;
        }
        for (const auto& training : scenario.training) {
            if (auto status = w.training(scenario.id, training); !status)
                return status;
        }
        if (auto status = w.stack(scenario.id, scenario.stack); !status)
            return status;
        if (auto status = w.tenure(scenario.id, scenario.tenure); !status)
            return status;
        if (auto status = w.declined(scenario.declined); !status)
            return status;
    }
    return {};
}

} // namespace crewplan
