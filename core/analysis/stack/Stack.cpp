#include "stack/Stack.h"

#include "model/KnownSkills.h"
#include "model/Project.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"

#include <algorithm>
#include <cmath>

namespace crewplan {

Result<SetStack> stackEdit(const Project& project, const Scenario& scenario,
                           const ToolCatalog& catalog,
                           const std::map<std::string, std::string>& wanted) {
    SetStack e{scenario.id, {}, {}, {}, {}};
    for (const auto& [stageName, toolName] : wanted) {
        const Stage* stage = catalog.findStage(stageName);
        if (!stage)
            return Error{"There is no stage " + inQuotes(stageName) + " in the tools catalog."};
        const Tool* tool = catalog.findTool(toolName);
        if (!tool)
            return Error{"There is no tool " + inQuotes(toolName) + " in the tools catalog."};
        if (tool->stage != stage->id)
            return Error{tool->name + " is a tool for " + catalog.findStage(tool->stage)->name +
                         ", not for " + stage->name + "."};
        e.stack[stage->id] = tool->name;
    }
    // Skills the asks need that the project lacks come from the catalog (or the template).
    std::int64_t nextId = project.nextId;
    const auto skillId = [&](const std::string& name) -> std::optional<SkillId> {
        if (const Skill* s = project.findSkill(name))
            return s->id;
        for (const auto& added : e.addSkills) {
            if (equalsIgnoringCase(added.name, name))
                return added.id;
        }
        const Skill* source = catalog.findSkill(name);
        if (!source)
            source = findKnownSkill(name);
        if (!source)
            return std::nullopt;
        Skill skill = *source;
        skill.id = SkillId{nextId++};
        e.addSkills.push_back(skill);
        return skill.id;
    };
    for (const auto& role : scenario.roles) {
        // The planner's own requirements stay; the stack's are made afresh.
        std::vector<RoleRequirement> requirements;
        for (const auto& req : role.requirements) {
            if (req.source.empty())
                requirements.push_back(req);
        }
        for (const auto& [stage, toolName] : e.stack) {
            const Tool& tool = *catalog.findTool(toolName);
            for (const auto& ask : tool.asks) {
                if (!equalsIgnoringCase(ask.role, role.name))
                    continue;
                const auto id = skillId(ask.skill);
                if (!id)
                    return Error{tool.name + " asks for " + inQuotes(ask.skill) +
                                 ", which neither the project nor the catalog knows."};
                if (scenario.declined.count({role.id, *id}))
                    continue; // the planner removed it

                const auto same =
                    std::find_if(requirements.begin(), requirements.end(),
                                 [&](const RoleRequirement& r) { return r.skill == *id; });
                const std::string why =
                    "Asked by " + tool.name + " (" + catalog.findStage(stage)->name + ").";
                if (same == requirements.end()) {
                    requirements.push_back({*id, ask.level, Importance::MustHave, why, tool.name});
                } else if (!same->source.empty() && ask.level > same->minimum) {
                    // Two tools ask for one skill: the higher level, from the tool asking it.
                    same->minimum = ask.level;
                    same->rationale = why;
                    same->source = tool.name;
                }
            }
        }
        if (requirements != role.requirements)
            e.requirements.push_back({role.id, std::move(requirements)});
    }
    // Only skills something asks for are added.
    std::erase_if(e.addSkills, [&](const Skill& skill) {
        for (const auto& [role, requirements] : e.requirements) {
            for (const auto& req : requirements) {
                if (req.skill == skill.id)
                    return false;
            }
        }
        return true;
    });
    return e;
}

std::vector<StackRequirement> stackRequirements(const Scenario& scenario, std::string_view tool) {
    std::vector<StackRequirement> out;
    for (const auto& role : scenario.roles) {
        for (const auto& req : role.requirements) {
            if (!req.source.empty() && (tool.empty() || req.source == tool))
                out.push_back({&role, &req});
        }
    }
    return out;
}

std::string stackRequirementText(const Project& project, const StackRequirement& made) {
    return made.role->name + ": " + project.findSkill(made.requirement->skill)->name + " ≥ " +
           std::string(skillLevelName(made.requirement->minimum));
}

std::vector<ToolFit> toolFit(const Project& project, const Scenario& scenario,
                             const ToolCatalog& catalog, std::string_view stage) {
    std::vector<ToolFit> out;
    for (const Tool* tool : catalog.toolsOf(stage)) {
        ToolFit fit;
        fit.tool = tool;
        std::vector<std::string> missing;
        for (const auto& ask : tool->asks) {
            std::vector<const Role*> roles;
            for (const auto& role : scenario.roles) {
                if (equalsIgnoringCase(role.name, ask.role))
                    roles.push_back(&role);
            }
            if (roles.empty())
                continue;
            ++fit.asks;
            const Skill* skill = project.findSkill(ask.skill);
            // The best holder among the people assigned to such a role, and the cheapest way up.
            SkillLevel best = SkillLevel::None;
            const Person* nearest = nullptr;
            for (const auto& a : scenario.assignments) {
                if (std::none_of(roles.begin(), roles.end(),
                                 [&](const Role* r) { return r->id == a.role; }))
                    continue;
                const Person* person = project.findPerson(a.person);
                const SkillLevel held =
                    skill && person ? scenario.levelOf(*person, skill->id) : SkillLevel::None;
                if (!nearest || held > best) {
                    best = held;
                    nearest = person;
                }
            }
            if (best >= ask.level) {
                ++fit.covered;
                continue;
            }
            const TrainingRate& rate =
                skill ? project.trainingRateFor(skill->id) : project.training;
            const int steps = static_cast<int>(ask.level) - static_cast<int>(best);
            const double train = steps * rate.costPerLevel;
            const double hire = roles.front()->costBand.midpoint();
            const bool training = nearest && train < hire;
            fit.cost += training ? train : hire;
            missing.push_back(ask.skill + " ≥ " + std::string(skillLevelName(ask.level)) + " for " +
                              ask.role + " (" +
                              (training ? "train " + nearest->name + ", " +
                                              countOf(steps, "level step", "level steps") + ", " +
                                              formatMoney(train)
                                        : "hire, " + formatMoney(hire) + " a year") +
                              ")");
        }
        fit.reason = toolLabel(*tool) + ": the team covers " + std::to_string(fit.covered) +
                     " of its " + countOf(fit.asks, "ask", "asks");
        if (missing.empty()) {
            fit.reason += ".";
        } else {
            fit.reason += "; missing ";
            for (std::size_t i = 0; i < missing.size(); ++i)
                fit.reason += (i == 0 ? "" : "; ") + missing[i];
            fit.reason += ".";
        }
        out.push_back(std::move(fit));
    }
    std::stable_sort(out.begin(), out.end(), [](const ToolFit& a, const ToolFit& b) {
        const double shareA = a.asks ? double(a.covered) / a.asks : 1.0;
        const double shareB = b.asks ? double(b.covered) / b.asks : 1.0;
        if (std::abs(shareA - shareB) > 1e-9)
            return shareA > shareB;
        return a.cost < b.cost;
    });
    return out;
}

} // namespace crewplan
