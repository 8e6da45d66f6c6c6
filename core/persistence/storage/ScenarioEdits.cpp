// Edits of the scenarios themselves: add (new, copied or restored), remove, rename.
#include "model/Text.h"
#include "storage/EditSupport.h"
#include "storage/RowWriter.h"

#include <algorithm>

namespace crewplan::edits {

Result<Edit> apply(Database& db, Project& project, const AddScenario& e) {
    const Scenario& s = e.scenario;
    if (auto named = checkName("scenario", s.name); !named)
        return named.error();
    if (project.findScenario(s.name))
        return Error{"The project already has a scenario named " + inQuotes(s.name) + "."};
    if (idInUse(project, s.id.value))
        return Error{"The new scenario needs a fresh id."};
    for (const auto& hire : e.plannedHires) {
        if (hire.scenario != s.id || idInUse(project, hire.id.value))
            return Error{"The new scenario's planned hires need fresh ids."};
    }
    return restructure(
        db, project, RemoveScenario{s.id},
        [&](Project& next) -> Status {
            insertAt(next.scenarios, e.position, s);
            for (const auto& hire : e.plannedHires) {
                const auto at =
                    std::lower_bound(next.people.begin(), next.people.end(), hire.id,
                                     [](const Person& p, PersonId id) { return p.id < id; });
                next.people.insert(at, hire);
            }
            next.nextId = std::max(next.nextId, nextFreeId(next));
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            auto status = w.wholeScenario(s, 0, e.plannedHires);
            return status ? w.scenarioPositions(next.scenarios) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const RemoveScenario& e) {
    const Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    if (project.scenarios.size() == 1)
        return Error{"A project keeps at least one scenario: " + inQuotes(scenario->name) +
                     " is the last."};
    AddScenario inverse{*scenario, {}, indexOf(project.scenarios, e.scenario)};
    for (const auto& person : project.people) {
        if (person.scenario == e.scenario)
            inverse.plannedHires.push_back(person);
    }
    return restructure(
        db, project, inverse,
        [&](Project& next) -> Status {
            std::erase_if(next.people, [&](const Person& p) { return p.scenario == e.scenario; });
            std::erase_if(next.scenarios, [&](const Scenario& s) { return s.id == e.scenario; });
            return {};
        },
        [&](RowWriter& w, const Project& next) -> Status {
            // Teams, roles, requirements, assignments and planned hires go with it (cascades).
            auto status = run(db, "DELETE FROM scenario WHERE id = ?1", e.scenario.value);
            return status ? w.scenarioPositions(next.scenarios) : status;
        });
}

Result<Edit> apply(Database& db, Project& project, const UpdateScenario& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    if (auto named = checkName("scenario", e.name); !named)
        return named.error();
    const Scenario* sameName = project.findScenario(e.name);
    if (sameName && sameName->id != e.scenario)
        return Error{"The project already has a scenario named " + inQuotes(e.name) + "."};
    const UpdateScenario inverse{e.scenario, scenario->name, scenario->description};
    return transact(
        db, inverse,
        [&] {
            return run(db, "UPDATE scenario SET name = ?1, description = ?2 WHERE id = ?3",
                       std::string_view(e.name), std::string_view(e.description), e.scenario.value);
        },
        [&] {
            scenario->name = e.name;
            scenario->description = e.description;
        });
}

Result<Edit> apply(Database& db, Project& project, const SetHorizon& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    if (e.months < 1 || e.months > Scenario::kMostHorizonMonths)
        return Error{"A time line is from 1 to " + std::to_string(Scenario::kMostHorizonMonths) +
                     " months long."};
    if (e.start && !isStorableMonth(e.start->index))
        return Error{"A time line starts between 1900-01 and 2999-12."};
    const SetHorizon inverse{e.scenario, scenario->horizonStart, scenario->horizonMonths};
    return transact(
        db, inverse,
        [&] {
            return run(db,
                       "UPDATE scenario SET horizon_start = ?1, horizon_months = ?2 WHERE id = ?3",
                       monthColumn(e.start), e.months, e.scenario.value);
        },
        [&] {
            scenario->horizonStart = e.start;
            scenario->horizonMonths = e.months;
        });
}

Result<Edit> apply(Database& db, Project& project, const SetTargets& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    if (auto status = checkTargets(e.targets); !status)
        return Error{"In " + inQuotes(scenario->name) + ", " + status.message()};
    const SetTargets inverse{e.scenario, scenario->targets};
    return transact(
        db, inverse,
        [&]() -> Status {
            auto status =
                run(db, "DELETE FROM maturity_target WHERE scenario_id = ?1", e.scenario.value);
            for (const auto& t : e.targets) {
                if (status)
                    status = run(db,
                                 "INSERT INTO maturity_target (scenario_id, level, month) "
                                 "VALUES (?1, ?2, ?3)",
                                 e.scenario.value, t.level, monthText(t.month));
            }
            return status;
        },
        [&] { scenario->targets = e.targets; });
}

Result<Edit> apply(Database& db, Project& project, const SetTenure& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    const Person* person = project.findPerson(e.person);
    if (!person || !project.isVisibleIn(*person, e.scenario))
        return Error{"That person is not in this scenario."};
    const bool none = !e.tenure.start && !e.tenure.end; // there throughout: no row
    if (auto status = none ? Status{} : checkTenure(e.tenure); !status)
        return Error{person->name + ": " + status.message()};
    const auto was = scenario->tenure.find(e.person);
    const SetTenure inverse{e.scenario, e.person,
                            was == scenario->tenure.end() ? Tenure{} : was->second};
    return transact(
        db, inverse,
        [&]() -> Status {
            auto status = run(db, "DELETE FROM tenure WHERE scenario_id = ?1 AND person_id = ?2",
                              e.scenario.value, e.person.value);
            if (status && !none)
                status = run(db,
                             "INSERT INTO tenure (scenario_id, person_id, start_month, end_month) "
                             "VALUES (?1, ?2, ?3, ?4)",
                             e.scenario.value, e.person.value, monthColumn(e.tenure.start),
                             monthColumn(e.tenure.end));
            return status;
        },
        [&] {
            if (none)
                scenario->tenure.erase(e.person);
            else
                scenario->tenure[e.person] = e.tenure;
        });
}

Result<Edit> apply(Database& db, Project& project, const SetTrainingStart& e) {
    Scenario* scenario = project.findScenario(e.scenario);
    if (!scenario)
        return Error{"That scenario no longer exists."};
    const PlannedTraining* planned = scenario->findTraining(e.person, e.skill);
    if (!planned)
        return Error{"That training is not planned in this scenario."};
    if (e.start && !isStorableMonth(e.start->index))
        return Error{"A training starts between 1900-01 and 2999-12."};
    const SetTrainingStart inverse{e.scenario, e.person, e.skill, planned->start};
    return transact(
        db, inverse,
        [&] {
            return run(db,
                       "UPDATE training SET start_month = ?1 WHERE scenario_id = ?2 AND "
                       "person_id = ?3 AND skill_id = ?4",
                       monthColumn(e.start), e.scenario.value, e.person.value, e.skill.value);
        },
        [&] {
            for (auto& t : scenario->training) {
                if (t.person == e.person && t.skill == e.skill)
                    t.start = e.start;
            }
        });
}

} // namespace crewplan::edits
