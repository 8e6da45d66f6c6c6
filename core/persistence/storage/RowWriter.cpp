#include "storage/RowWriter.h"

namespace crewplan {

namespace {

Status fail(const std::string& what, const Status& status) {
    return Error{what + ": " + status.message()};
}

} // namespace

Result<RowWriter> RowWriter::prepare(Database& db) {
    RowWriter w;
    struct Sql {
        std::optional<Statement>* target;
        const char* text;
    };
    const Sql statements[] = {
        {&w.project_, "INSERT INTO project (id, name, training_cost, training_weeks, "
                      "tool_catalog, recruiting_share, months_to_hire) "
                      "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)"},
        {&w.skillTraining_, "INSERT INTO skill_training (skill_id, training_cost, "
                            "training_weeks) VALUES (?1, ?2, ?3)"},
        {&w.skill_, "INSERT INTO skill (id, name, category, description, position) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&w.scenario_,
         "INSERT INTO scenario (id, name, description, position, horizon_start, horizon_months) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
        {&w.target_, "INSERT INTO maturity_target (scenario_id, level, month) VALUES (?1, ?2, ?3)"},
        {&w.team_, "INSERT INTO team (id, scenario_id, name, description, position) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&w.role_, "INSERT INTO role (id, team_id, name, headcount, cost_min, cost_max, position, "
                   "ramp_up_months, maturity_level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
        {&w.requirement_, "INSERT INTO requirement (role_id, skill_id, min_level, importance, "
                          "rationale, position, source, maturity_level) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
        {&w.stack_, "INSERT INTO stack (scenario_id, stage, tool) VALUES (?1, ?2, ?3)"},
        {&w.declined_, "INSERT INTO declined_requirement (role_id, skill_id) VALUES (?1, ?2)"},
        {&w.person_, "INSERT INTO person (id, name, status, fte, yearly_cost, scenario_id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
        {&w.level_, "INSERT INTO person_skill (person_id, skill_id, level) VALUES (?1, ?2, ?3)"},
        {&w.assignment_,
         "INSERT INTO assignment (person_id, role_id, allocation) VALUES (?1, ?2, ?3)"},
        {&w.training_, "INSERT INTO training (scenario_id, person_id, skill_id, target_level, "
                       "cost, weeks, start_month) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w.tenure_, "INSERT INTO tenure (scenario_id, person_id, start_month, end_month) "
                     "VALUES (?1, ?2, ?3, ?4)"},
        {&w.teamPosition_, "UPDATE team SET position = ?2 WHERE id = ?1"},
        {&w.rolePosition_, "UPDATE role SET position = ?2 WHERE id = ?1"},
        {&w.skillPosition_, "UPDATE skill SET position = ?2 WHERE id = ?1"},
        {&w.scenarioPosition_, "UPDATE scenario SET position = ?2 WHERE id = ?1"},
        {&w.requirementPosition_,
         "UPDATE requirement SET position = ?3 WHERE role_id = ?1 AND skill_id = ?2"},
    };
    for (const auto& s : statements) {
        auto prepared = db.prepare(s.text);
        if (!prepared)
            return prepared.error();
        s.target->emplace(std::move(*prepared));
    }
    return w;
}

Status RowWriter::project(const Project& p) {
    project_->bind(1, p.name)
        .bind(2, p.training.costPerLevel)
        .bind(3, p.training.weeksPerLevel)
        .bind(4, p.toolCatalog)
        .bind(5, p.recruitingShare)
        .bind(6, p.monthsToHire);
    if (auto status = project_->run(); !status)
        return fail("project", status);
    return {};
}

Status RowWriter::skillTraining(SkillId skill, const TrainingRate& rate) {
    skillTraining_->bind(1, skill.value).bind(2, rate.costPerLevel).bind(3, rate.weeksPerLevel);
    if (auto status = skillTraining_->run(); !status)
        return fail("a skill's training rate", status);
    return {};
}

Status RowWriter::skill(const Skill& s, int position) {
    skill_->bind(1, s.id.value).bind(2, s.name).bind(3, skillCategoryName(s.category));
    skill_->bind(4, s.description).bind(5, position);
    if (auto status = skill_->run(); !status)
        return fail("skill '" + s.name + "'", status);
    return {};
}

Status RowWriter::scenario(const Scenario& s, int position) {
    scenario_->bind(1, s.id.value).bind(2, s.name).bind(3, s.description).bind(4, position);
    scenario_->bind(5, monthColumn(s.horizonStart)).bind(6, s.horizonMonths);
    if (auto status = scenario_->run(); !status)
        return fail("scenario '" + s.name + "'", status);
    return targets(s.id, s.targets);
}

Status RowWriter::targets(ScenarioId scenario, const std::vector<MaturityTarget>& targets) {
    for (const auto& t : targets) {
        target_->bind(1, scenario.value).bind(2, t.level).bind(3, monthText(t.month));
        if (auto status = target_->run(); !status)
            return fail("a maturity target", status);
    }
    return {};
}

Status RowWriter::team(ScenarioId scenario, const Team& t, int position) {
    team_->bind(1, t.id.value).bind(2, scenario.value).bind(3, t.name).bind(4, t.description);
    team_->bind(5, position);
    if (auto status = team_->run(); !status)
        return fail("team '" + t.name + "'", status);
    return {};
}

Status RowWriter::role(const Role& r, int position) {
    role_->bind(1, r.id.value).bind(2, r.team.value).bind(3, r.name).bind(4, r.headcount);
    role_->bind(5, r.costBand.minimum).bind(6, r.costBand.maximum).bind(7, position);
    role_->bind(8, r.rampUpMonths).bind(9, r.maturity);
    if (auto status = role_->run(); !status)
        return fail("role '" + r.name + "'", status);
    int index = 0;
    for (const auto& q : r.requirements) {
        if (auto status = requirement(r.id, q, index++); !status)
            return status;
    }
    return {};
}

Status RowWriter::requirement(RoleId role, const RoleRequirement& q, int position) {
    requirement_->bind(1, role.value).bind(2, q.skill.value).bind(3, static_cast<int>(q.minimum));
    requirement_->bind(4, importanceName(q.importance))
        .bind(5, q.rationale)
        .bind(6, position)
        .bind(7, q.source)
        .bind(8, q.maturity);
    if (auto status = requirement_->run(); !status)
        return fail("a requirement", status);
    return {};
}

Status RowWriter::person(const Person& p) {
    person_->bind(1, p.id.value).bind(2, p.name).bind(3, personStatusName(p.status));
    person_->bind(4, p.fte).bind(5, p.yearlyCost);
    person_->bind(6, p.scenario ? std::optional(p.scenario->value) : std::nullopt);
    if (auto status = person_->run(); !status)
        return fail("person '" + p.name + "'", status);
    for (const auto& [skill, held] : p.skills) {
        if (auto status = level(p.id, skill, held); !status)
            return fail("a skill of '" + p.name + "'", status);
    }
    return {};
}

Status RowWriter::level(PersonId person, SkillId skill, SkillLevel held) {
    level_->bind(1, person.value).bind(2, skill.value).bind(3, static_cast<int>(held));
    return level_->run();
}

Status RowWriter::assignment(const Assignment& a) {
    assignment_->bind(1, a.person.value).bind(2, a.role.value).bind(3, a.allocation);
    if (auto status = assignment_->run(); !status)
        return fail("an assignment", status);
    return {};
}

Status RowWriter::training(ScenarioId scenario, const PlannedTraining& t) {
    training_->bind(1, scenario.value)
        .bind(2, t.person.value)
        .bind(3, t.skill.value)
        .bind(4, static_cast<std::int64_t>(t.target))
        .bind(5, t.cost)
        .bind(6, t.weeks);
    training_->bind(7, monthColumn(t.start));
    if (auto status = training_->run(); !status)
        return fail("a planned training", status);
    return {};
}

Status RowWriter::tenure(ScenarioId scenario, const std::map<PersonId, Tenure>& dates) {
    for (const auto& [person, t] : dates) {
        tenure_->bind(1, scenario.value).bind(2, person.value);
        tenure_->bind(3, monthColumn(t.start)).bind(4, monthColumn(t.end));
        if (auto status = tenure_->run(); !status)
            return fail("a person's dates", status);
    }
    return {};
}

Status RowWriter::stack(ScenarioId scenario, const std::map<std::string, std::string>& tools) {
    for (const auto& [stage, tool] : tools) {
        stack_->bind(1, scenario.value).bind(2, stage).bind(3, tool);
        if (auto status = stack_->run(); !status)
            return fail("the stack", status);
    }
    return {};
}

Status RowWriter::declined(const std::set<std::pair<RoleId, SkillId>>& declined) {
    for (const auto& [role, skill] : declined) {
        declined_->bind(1, role.value).bind(2, skill.value);
        if (auto status = declined_->run(); !status)
            return fail("a declined requirement", status);
    }
    return {};
}

Status RowWriter::positions(const Scenario& scenario) {
    int index = 0;
    for (const auto& t : scenario.teams) {
        if (auto status = teamPosition_->bind(1, t.id.value).bind(2, index++).run(); !status)
            return status;
    }
    index = 0;
    for (const auto& r : scenario.roles) {
        if (auto status = rolePosition_->bind(1, r.id.value).bind(2, index++).run(); !status)
            return status;
    }
    return {};
}

Status RowWriter::skillPositions(const std::vector<Skill>& skills) {
    int index = 0;
    for (const auto& s : skills) {
        if (auto status = skillPosition_->bind(1, s.id.value).bind(2, index++).run(); !status)
            return status;
    }
    return {};
}

Status RowWriter::scenarioPositions(const std::vector<Scenario>& scenarios) {
    int index = 0;
    for (const auto& s : scenarios) {
        if (auto status = scenarioPosition_->bind(1, s.id.value).bind(2, index++).run(); !status)
            return status;
    }
    return {};
}

Status RowWriter::wholeScenario(const Scenario& s, int position,
                                const std::vector<Person>& plannedHires) {
    if (auto status = scenario(s, position); !status)
        return status;
    int index = 0;
    for (const auto& t : s.teams) {
        if (auto status = team(s.id, t, index++); !status)
            return status;
    }
    index = 0;
    for (const auto& r : s.roles) {
        if (auto status = role(r, index++); !status)
            return status;
    }
    for (const auto& p : plannedHires) {
        if (auto status = person(p); !status)
            return status;
    }
    for (const auto& a : s.assignments) {
        if (auto status = assignment(a); !status)
            return status;
    }
    for (const auto& t : s.training) {
        if (auto status = training(s.id, t); !status)
            return status;
    }
    if (auto status = stack(s.id, s.stack); !status)
        return status;
    if (auto status = declined(s.declined); !status)
        return status;
    if (auto status = tenure(s.id, s.tenure); !status)
        return status;
    return {};
}

Status RowWriter::requirementPositions(const Role& role) {
    int index = 0;
    for (const auto& q : role.requirements) {
        requirementPosition_->bind(1, role.id.value).bind(2, q.skill.value).bind(3, index++);
        if (auto status = requirementPosition_->run(); !status)
            return status;
    }
    return {};
}

} // namespace crewplan
