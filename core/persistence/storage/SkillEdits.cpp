// Edits of the skill catalog.
#include "model/Text.h"
#include "storage/EditSupport.h"
#include "storage/RowWriter.h"

#include <algorithm>
#include <cmath>

namespace crewplan::edits {

Result<Edit> apply(Database& db, Project& project, const AddSkill& e) {
    if (idInUse(project, e.skill.id.value))
        return Error{"The new skill needs a fresh id."};
    if (auto named = checkName("skill", e.skill.name); !named)
        return named.error();
    if (project.findSkill(e.skill.name))
        return Error{"The catalog already has a skill named " + inQuotes(e.skill.name) + "."};
    return restructure(
        db, project, RemoveSkill{e.skill.id},
        [&](Project& next) -> Status {
            insertAt(next.skills, e.position, e.skill);
            next.nextId = std::max(next.nextId, e.skill.id.value + 1);
            for (const auto& [person, level] : e.levels) {
                Person* p = next.findPerson(person);
                if (!p)
                    return Error{"A person who held this skill no longer exists."};
                p->skills[e.skill.id] = level;
            }
            for (const auto& use : e.uses) {
                Scenario* s = next.findScenario(use.scenario);
                const int index = s ? indexOf(s->roles, use.role) : -1;
                if (index < 0)
                    return Error{"A role that asked for this skill no longer exists."};
                insertAt(s->roles[static_cast<std::size_t>(index)].requirements, use.position,
                         use.requirement);
            }
            if (e.rate)
                next.trainingPerSkill[e.skill.id] = *e.rate;
            for (const auto& [id, training] : e.training) {
                Scenario* s = next.findScenario(id);
                if (!s)
                    return Error{
                        "A scenario that planned training in this skill no longer exists."};
                s->training.push_back(training);
            }
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = w.skill(e.skill, 0);
            for (const auto& [person, level] : e.levels) {
                if (status)
                    status = w.level(person, e.skill.id, level);
            }
            for (const auto& use : e.uses) {
                if (!status)
                    break;
                const Role& role = *next.findScenario(use.scenario)->findRole(use.role);
                status = w.requirement(use.role, use.requirement, 0);
                if (status)
                    status = w.requirementPositions(role);
            }
            for (const auto& [id, training] : e.training) {
                if (status)
                    status = w.training(id, training);
            }
            if (status && e.rate)
                status = w.skillTraining(e.skill.id, *e.rate);
            return status ? w.skillPositions(next.skills) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemoveSkill& e) {
    const Skill* skill = project.findSkill(e.skill);
    if (!skill)
        return Error{"That skill is not in the catalog."};
    AddSkill inverse{*skill, indexOf(project.skills, e.skill), {}, {}, {}, {}};
    inverse.rate = project.ownTrainingRate(e.skill);
    for (const auto& person : project.people) {
        if (const auto held = person.level(e.skill); held != SkillLevel::None)
            inverse.levels.emplace_back(person.id, held);
    }
    for (const auto& scenario : project.scenarios) {
        for (const auto& role : scenario.roles) {
            for (std::size_t i = 0; i < role.requirements.size(); ++i) {
                if (role.requirements[i].skill == e.skill)
                    inverse.uses.push_back(
                        {scenario.id, role.id, role.requirements[i], static_cast<int>(i)});
            }
        }
        for (const auto& t : scenario.training) {
            if (t.skill == e.skill)
                inverse.training.push_back({scenario.id, t});
        }
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            for (auto& person : next.people)
                person.skills.erase(e.skill);
            for (auto& scenario : next.scenarios) {
                for (auto& role : scenario.roles)
                    std::erase_if(role.requirements,
                                  [&](const RoleRequirement& r) { return r.skill == e.skill; });
                std::erase_if(scenario.training,
                              [&](const PlannedTraining& t) { return t.skill == e.skill; });
                std::erase_if(scenario.declined,
                              [&](const auto& d) { return d.second == e.skill; });
            }
            std::erase_if(next.skills, [&](const Skill& s) { return s.id == e.skill; });
            next.trainingPerSkill.erase(e.skill);
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = run(db, "DELETE FROM skill WHERE id = ?1", e.skill.value);
            return status ? w.skillPositions(next.skills) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const UpdateSkill& e) {
    const Skill* skill = project.findSkill(e.skill);
    if (!skill)
        return Error{"That skill is not in the catalog."};
    if (auto named = checkName("skill", e.name); !named)
        return named.error();
    const Skill* sameName = project.findSkill(e.name);
    if (sameName && sameName->id != e.skill)
        return Error{"The catalog already has a skill named " + inQuotes(e.name) + "."};
    const UpdateSkill inverse{e.skill, skill->name, skill->category, skill->description};
    return transact(
        db, inverse,
        [&] {
            return run(db,
                       "UPDATE skill SET name = ?1, category = ?2, description = ?3 WHERE id = ?4",
                       std::string_view(e.name), skillCategoryName(e.category),
                       std::string_view(e.description), e.skill.value);
        },
        [&] {
            auto& s = project.skills[static_cast<std::size_t>(indexOf(project.skills, e.skill))];
            s.name = e.name;
            s.category = e.category;
            s.description = e.description;
        });
}

Result<Edit> apply(Database& db, Project& project, const SetTrainingRate& e) {
    if (e.rate && !e.rate->valid())
        return Error{"Training cost and weeks per level step must be 0 or more."};
    if (!e.skill) {
        if (!e.rate)
            return Error{"The project's training rate cannot be removed, only changed."};
        const SetTrainingRate inverse{{}, project.training};
        return transact(
            db, inverse,
            [&] {
                return run(db, "UPDATE project SET training_cost = ?1, training_weeks = ?2",
                           e.rate->costPerLevel, e.rate->weeksPerLevel);
            },
            [&] { project.training = *e.rate; });
    }
    if (!project.findSkill(*e.skill))
        return Error{"That skill is not in the catalog."};
    const SetTrainingRate inverse{e.skill, project.ownTrainingRate(*e.skill)};
    return transact(
        db, inverse,
        [&]() -> Status {
            auto status = run(db, "DELETE FROM skill_training WHERE skill_id = ?1", e.skill->value);
            if (status && e.rate)
                status = run(db,
                             "INSERT INTO skill_training (skill_id, training_cost, training_weeks) "
                             "VALUES (?1, ?2, ?3)",
                             e.skill->value, e.rate->costPerLevel, e.rate->weeksPerLevel);
            return status;
        },
        [&] {
            if (e.rate)
                project.trainingPerSkill[*e.skill] = *e.rate;
            else
                project.trainingPerSkill.erase(*e.skill);
        });
}

Result<Edit> apply(Database& db, Project& project, const SetRecruitingShare& e) {
    if (!(e.share >= 0.0 && e.share <= Project::kMostRecruitingShare))
        return Error{"The recruiting cost must be between 0 and 1,000 % of a hire's yearly cost."};
    const SetRecruitingShare inverse{project.recruitingShare};
    return transact(
        db, inverse, [&] { return run(db, "UPDATE project SET recruiting_share = ?1", e.share); },
        [&] { project.recruitingShare = e.share; });
}

Result<Edit> apply(Database& db, Project& project, const SetMonthsToHire& e) {
    if (e.months < 0 || e.months > Project::kMostMonthsToHire)
        return Error{"The time to hire must be from 0 to " +
                     std::to_string(Project::kMostMonthsToHire) + " months."};
    const SetMonthsToHire inverse{project.monthsToHire};
    return transact(
        db, inverse, [&] { return run(db, "UPDATE project SET months_to_hire = ?1", e.months); },
        [&] { project.monthsToHire = e.months; });
}

} // namespace crewplan::edits
