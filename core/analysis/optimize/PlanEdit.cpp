#include "optimize/PlanEdit.h"

#include "model/Project.h"
#include "optimize/PlanProgress.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

namespace crewplan {

ReplaceStaffing planEdit(const Project& project, const Scenario& scenario, const StaffingPlan& plan,
                         std::optional<std::size_t> only) {
    ReplaceStaffing e{scenario.id, scenario.assignments, scenario.training, {}, {}};
    // What the scenario holds already is not made again: a hire made step by step stays, in its
    // role, and only the hires still missing are added.
    const PlanProgress progress = planProgress(project, scenario, plan);
    if (!only) {
        e.assignments.clear();
        for (const auto& made : progress.hires) {
            for (const PersonId hire : made) {
                for (const auto& a : scenario.assignments) {
                    if (a.person == hire)
                        e.assignments.push_back(a);
                }
            }
        }
    }
    if (!only) {
        for (const PersonId id : plan.removeHires) {
            e.removeHires.push_back(id);
            std::erase_if(e.assignments, [&](const Assignment& a) { return a.person == id; });
            std::erase_if(e.training, [&](const PlannedTraining& t) { return t.person == id; });
            if (e.tenure)
                e.tenure->erase(id);
        }
    }
    std::int64_t nextId = project.nextId;
    std::map<std::string, int> hiresNamed;
    std::set<std::int64_t> placed;
    for (std::size_t index = 0; index < plan.steps.size(); ++index) {
        if (only && *only != index)
            continue;
        const PlanStep& step = plan.steps[index];
        switch (step.kind) {
        case PlanStep::Kind::Assign:
            // The person's time becomes what the plan gives them, all of it at once (both roles
            // of a split): their other assignments go.
            if (!placed.insert(step.person.value).second)
                break;
            std::erase_if(e.assignments,
                          [&](const Assignment& a) { return a.person == step.person; });
            for (const auto& share : plan.steps) {
                if (share.kind == PlanStep::Kind::Assign && share.person == step.person)
                    e.assignments.push_back({share.person, share.role, share.allocation});
            }
            break;
        case PlanStep::Kind::Train: {
            // A training planned already keeps its start month, unless a schedule dates it.
            std::optional<Month> start = step.start;
            for (const auto& t : e.training) {
                if (t.person == step.person && t.skill == step.skill && !step.start)
                    start = t.start;
            }
            std::erase_if(e.training, [&](const PlannedTraining& t) {
                return t.person == step.person && t.skill == step.skill;
            });
            e.training.push_back({step.person, step.skill, step.to, step.cost, step.weeks, start});
            break;
        }
        case PlanStep::Kind::Hire: {
            const Role* role = scenario.findRole(step.role);
            if (!role)
                break; // removed since the plan was made: nothing to hire for
            int& n = hiresNamed[role->name];
            if (n == 0) {
                for (const auto& p : project.people)
                    n += p.name.rfind(role->name + " hire ", 0) == 0 ? 1 : 0;
            }
            for (int i = progress.hiresMade(index); i < step.count; ++i) {
                Person hire;
                hire.id = PersonId{nextId++};
                hire.name = role->name + " hire " + std::to_string(++n);
                hire.status = PersonStatus::PlannedHire;
                hire.scenario = scenario.id;
                hire.fte = step.hireFte;
                hire.yearlyCost = static_cast<std::int64_t>(std::llround(step.hireYearlyCost));
                hire.skills = step.hireLevels;
                e.assignments.push_back({hire.id, role->id, step.hireFte});
                if (step.start) { // a schedule's hire joins in its month
                    if (!e.tenure)
                        e.tenure = scenario.tenure;
                    (*e.tenure)[hire.id] = Tenure{step.start, std::nullopt};
                }
                // A junior's training on arrival is planned in the scenario, as the plan prices it.
                for (const auto& t : step.hireTraining)
                    e.training.push_back({hire.id, t.skill, t.to, t.cost, t.weeks});
                e.addHires.push_back(std::move(hire));
            }
            break;
        }
        }
    }
    return e;
}

Project applyPlan(const Project& project, const Scenario& scenario, const StaffingPlan& plan) {
    const ReplaceStaffing e = planEdit(project, scenario, plan);
    Project out = project;
    std::erase_if(out.people, [&](const Person& p) {
        return std::find(e.removeHires.begin(), e.removeHires.end(), p.id) != e.removeHires.end();
    });
    for (const auto& hire : e.addHires)
        out.people.push_back(hire);
    out.nextId = std::max(out.nextId, e.addHires.empty() ? 0 : e.addHires.back().id.value + 1);
    Scenario& s = *out.findScenario(scenario.id);
    s.assignments = e.assignments;
    s.training = e.training;
    if (e.tenure)
        s.tenure = *e.tenure;
    for (const PersonId id : e.removeHires)
        s.tenure.erase(id);
    return out;
}

} // namespace crewplan
