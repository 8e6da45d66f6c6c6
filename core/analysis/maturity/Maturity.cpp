#include "maturity/Maturity.h"

#include "model/KnownSkills.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace crewplan {

const MaturityLevel* MaturityModel::find(int level) const {
    for (const auto& l : levels) {
        if (l.level == level)
            return &l;
    }
    return nullptr;
}

const Skill* MaturityModel::findSkill(std::string_view name) const {
    for (const auto& s : skills) {
        if (equalsIgnoringCase(s.name, name))
            return &s;
    }
    return nullptr;
}

namespace {

using nlohmann::json;

// Reads the model; a problem throws Problem with where it is ("levels[2].roles[0].costBand").
struct Problem {
    std::string where;
    std::string what;
};

const json& field(const json& object, const std::string& path, const char* key) {
    if (!object.is_object() || !object.contains(key))
        throw Problem{path.empty() ? key : path + "." + key, "missing"};
    return object[key];
}

std::string textOf(const json& object, const std::string& path, const char* key,
                   bool required = true) {
    if (!required && (!object.is_object() || !object.contains(key)))
        return {};
    const json& value = field(object, path, key);
    if (!value.is_string())
        throw Problem{path + "." + key, "must be text"};
    return value.get<std::string>();
}

int integerOf(const json& object, const std::string& path, const char* key, int low, int high) {
    const json& value = field(object, path, key);
    if (!value.is_number_integer() || value.get<std::int64_t>() < low ||
        value.get<std::int64_t>() > high)
        throw Problem{path + "." + key, "must be a whole number from " + std::to_string(low) +
                                            " to " + std::to_string(high)};
    return static_cast<int>(value.get<std::int64_t>());
}

const json& listOf(const json& object, const std::string& path, const char* key) {
    const json& value = field(object, path, key);
    if (!value.is_array())
        throw Problem{path + "." + key, "must be a list"};
    return value;
}

std::string at(const std::string& path, const char* key, std::size_t index) {
    return path + "." + key + "[" + std::to_string(index) + "]";
}

MaturityRequirement requirementOf(const json& item, const std::string& path, bool ofRole) {
    MaturityRequirement r;
    if (!ofRole) {
        r.team = textOf(item, path, "team");
        r.role = textOf(item, path, "role");
    }
    r.skill = textOf(item, path, "skill");
    const auto level = parseSkillLevel(textOf(item, path, "level"));
    if (!level || *level == SkillLevel::None)
        throw Problem{path + ".level", "must be Awareness, Working, Advanced or Expert"};
    r.level = *level;
    if (!parseImportance(textOf(item, path, "importance"), r.importance))
        throw Problem{path + ".importance", "must be \"must-have\" or \"nice-to-have\""};
    r.rationale = textOf(item, path, "rationale");
    return r;
}

MaturityModel modelOf(const json& root) {
    MaturityModel m;
    if (!root.is_object() || !root.contains("format") || root["format"] != "crewplan-maturity")
        throw Problem{"format", "expected \"crewplan-maturity\""};
    m.name = textOf(root, "", "name");
    m.source = textOf(root, "", "source");
    const json& skills = listOf(root, "", "skills");
    for (std::size_t i = 0; i < skills.size(); ++i) {
        const std::string path = at("", "skills", i).substr(1);
        Skill skill;
        skill.name = textOf(skills[i], path, "name");
        const auto category = parseSkillCategory(textOf(skills[i], path, "category"));
        if (!category)
            throw Problem{path + ".category", "is not a category Crewplan knows"};
        skill.category = *category;
        skill.description = textOf(skills[i], path, "description", false);
        m.skills.push_back(std::move(skill));
    }
    const json& levels = listOf(root, "", "levels");
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string path = at("", "levels", i).substr(1);
        const json& item = levels[i];
        MaturityLevel level;
        level.level = integerOf(item, path, "level", 0, kMostMaturityLevel);
        if (level.level != static_cast<int>(i))
            throw Problem{path + ".level", "levels must run 0, 1, 2… in order"};
        level.name = textOf(item, path, "name");
        level.summary = textOf(item, path, "summary");
        const json& stages = listOf(item, path, "stages");
        for (std::size_t k = 0; k < stages.size(); ++k) {
            if (!stages[k].is_string())
                throw Problem{at(path, "stages", k), "must be a stage's id"};
            level.stages.push_back(stages[k].get<std::string>());
        }
        const json& roles = listOf(item, path, "roles");
        for (std::size_t k = 0; k < roles.size(); ++k) {
            const std::string rpath = at(path, "roles", k);
            const json& r = roles[k];
            MaturityRole role;
            role.team = textOf(r, rpath, "team");
            role.name = textOf(r, rpath, "name");
            role.headcount = integerOf(r, rpath, "headcount", 1, kMaxHeadcount);
            const json& band = field(r, rpath, "costBand");
            if (!band.is_array() || band.size() != 2 || !band[0].is_number_integer() ||
                !band[1].is_number_integer() || band[0].get<std::int64_t>() < 0 ||
                band[1].get<std::int64_t>() < band[0].get<std::int64_t>())
                throw Problem{rpath + ".costBand", "must be [minimum, maximum] in whole units"};
            role.costBand = {band[0].get<std::int64_t>(), band[1].get<std::int64_t>()};
            role.rampUpMonths = integerOf(r, rpath, "rampUpMonths", 0, Role::kMostRampUpMonths);
            role.reason = textOf(r, rpath, "reason");
            const json& reqs = listOf(r, rpath, "requirements");
            for (std::size_t q = 0; q < reqs.size(); ++q)
                role.requirements.push_back(
                    requirementOf(reqs[q], at(rpath, "requirements", q), true));
            level.roles.push_back(std::move(role));
        }
        const json& reqs = listOf(item, path, "requirements");
        for (std::size_t q = 0; q < reqs.size(); ++q)
            level.requirements.push_back(
                requirementOf(reqs[q], at(path, "requirements", q), false));
        m.levels.push_back(std::move(level));
    }
    if (m.levels.size() != static_cast<std::size_t>(kMostMaturityLevel) + 1)
        throw Problem{"levels", "must be levels 0 to " + std::to_string(kMostMaturityLevel)};
    return m;
}

} // namespace

Result<MaturityModel> parseMaturityModel(std::string_view text, std::string_view sourceName) {
    const std::string where(sourceName);
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        return Error{notValidJsonAt(where, text, e.byte)};
    } catch (const json::out_of_range&) {
        return Error{where + ": a number in it is too large to read; not a maturity model."};
    }
    try {
        return modelOf(root);
    } catch (const Problem& p) {
        return Error{where + ", " + p.where + ": " + p.what + "."};
    } catch (const json::exception&) {
        return Error{where + ": a value has a type Crewplan does not expect."};
    }
}

const MaturityModel& builtInMaturityModel() {
    static const MaturityModel model = [] {
        auto parsed = parseMaturityModel(builtInMaturityJson(), "mlops-maturity.json");
        return parsed ? std::move(*parsed) : MaturityModel{}; // a test reads it whole
    }();
    return model;
}

std::string maturityLevelText(int level, const MaturityModel& model) {
    const MaturityLevel* found = model.find(level);
    return "level " + std::to_string(level) + (found ? " (" + found->name + ")" : "");
}

namespace {

// Builds the batch: ids are taken from the project's next id upwards, in the order the edits
// apply, so that each is fresh when its edit runs.
class TargetPlanner {
public:
    TargetPlanner(const Project& project, const Scenario& scenario, const MaturityModel& model)
        : project_(project), scenario_(scenario), model_(model), nextId_(project.nextId) {}

    void addLevel(const MaturityLevel& level) {
        const std::string tag = " (level " + std::to_string(level.level) + ")";
        for (const auto& role : level.roles) {
            if (findRole(role.team, role.name).exists())
                continue;
            Role made;
            made.id = RoleId{nextId_++};
            made.team = teamId(role.team, level);
            made.name = role.name;
            made.headcount = role.headcount;
            made.costBand = role.costBand;
            made.rampUpMonths = role.rampUpMonths;
            made.maturity = level.level;
            for (const auto& req : role.requirements) {
                if (const auto skill = skillId(req.skill))
                    made.requirements.push_back(requirementOf(req, *skill, level.level));
            }
            change_.added.push_back(role.name + " in " + role.team + tag);
            roles_.push_back(std::move(made));
        }
        for (const auto& req : level.requirements) {
            const RoleRef ref = findRole(req.team, req.role);
            if (!ref.exists()) {
                change_.skipped.push_back("level " + std::to_string(level.level) + " asks a " +
                                          req.role + " in " + req.team + " for " + req.skill +
                                          "; this scenario has no such role");
                continue;
            }
            const auto skill = skillId(req.skill);
            if (!skill)
                continue;
            const std::string what =
                req.role + ": " + req.skill + " ≥ " + std::string(skillLevelName(req.level)) + tag;
            if (Role* pending = ref.pending) {
                if (!hasSkill(pending->requirements, *skill)) {
                    pending->requirements.push_back(requirementOf(req, *skill, level.level));
                    change_.added.push_back(what);
                }
                continue;
            }
            const Role& role = *ref.existing;
            if (hasSkill(role.requirements, *skill) || scenario_.declined.count({role.id, *skill}))
                continue; // asked already, or the planner removed it
            const bool twice = std::any_of(
                requirements_.begin(), requirements_.end(),
                [&](const SetRequirement& e) { return e.role == role.id && e.skill == *skill; });
            if (twice)
                continue;
            requirements_.push_back({scenario_.id, role.id, *skill,
                                     requirementOf(req, *skill, level.level), -1, std::nullopt});
            change_.added.push_back(what);
        }
    }

    TargetChange finish(std::vector<MaturityTarget> targets) {
        auto& edits = change_.edit.edits;
        for (const auto& skill : skills_)
            edits.push_back(AddSkill{skill, -1, {}, {}, {}, std::nullopt});
        for (const auto& team : teams_)
            edits.push_back(AddTeam{scenario_.id, team, {}, {}, -1});
        for (const auto& role : roles_)
            edits.push_back(AddRole{scenario_.id, role, {}, -1});
        for (const auto& req : requirements_)
            edits.push_back(req);
        if (targets != scenario_.targets)
            edits.push_back(SetTargets{scenario_.id, std::move(targets)});
        return std::move(change_);
    }

private:
    struct RoleRef {
        const Role* existing = nullptr;
        Role* pending = nullptr;
        bool exists() const { return existing || pending; }
    };

    static bool hasSkill(const std::vector<RoleRequirement>& reqs, SkillId skill) {
        return std::any_of(reqs.begin(), reqs.end(),
                           [&](const RoleRequirement& r) { return r.skill == skill; });
    }

    static RoleRequirement requirementOf(const MaturityRequirement& req, SkillId skill, int level) {
        RoleRequirement out{skill, req.level, req.importance, req.rationale};
        out.maturity = level;
        return out;
    }

    // The role named in the team named (or, where the team is not found, the one role of that
    // name), in the scenario or among those this change adds.
    RoleRef findRole(const std::string& team, const std::string& name) {
        for (auto& role : roles_) {
            if (equalsIgnoringCase(role.name, name) &&
                equalsIgnoringCase(teamName(role.team), team))
                return {nullptr, &role};
        }
        const Role* byName = nullptr;
        int count = 0;
        for (const auto& role : scenario_.roles) {
            if (!equalsIgnoringCase(role.name, name))
                continue;
            const Team* owner = scenario_.findTeam(role.team);
            if (owner && equalsIgnoringCase(owner->name, team))
                return {&role, nullptr};
            byName = &role;
            ++count;
        }
        return {count == 1 ? byName : nullptr, nullptr};
    }

    std::string teamName(TeamId id) const {
        if (const Team* team = scenario_.findTeam(id))
            return team->name;
        for (const auto& team : teams_) {
            if (team.id == id)
                return team.name;
        }
        return {};
    }

    TeamId teamId(const std::string& name, const MaturityLevel& level) {
        for (const auto& team : scenario_.teams) {
            if (equalsIgnoringCase(team.name, name))
                return team.id;
        }
        for (const auto& team : teams_) {
            if (equalsIgnoringCase(team.name, name))
                return team.id;
        }
        teams_.push_back(
            {TeamId{nextId_++}, name, "Added for " + maturityLevelText(level.level, model_) + "."});
        change_.added.push_back("the team " + name + " (level " + std::to_string(level.level) +
                                ")");
        return teams_.back().id;
    }

    // The project's skill of that name, or a new one from the maturity model, the template or
    // the tools catalog.
    std::optional<SkillId> skillId(const std::string& name) {
        if (const Skill* s = project_.findSkill(name))
            return s->id;
        for (const auto& s : skills_) {
            if (equalsIgnoringCase(s.name, name))
                return s.id;
        }
        const Skill* source = model_.findSkill(name);
        if (!source)
            source = findKnownSkill(name);
        if (!source)
            source = builtInToolCatalog().findSkill(name);
        if (!source) {
            change_.skipped.push_back("no skill named " + inQuotes(name) + " is known");
            return std::nullopt;
        }
        Skill skill = *source;
        skill.id = SkillId{nextId_++};
        skills_.push_back(skill);
        return skill.id;
    }

    const Project& project_;
    const Scenario& scenario_;
    const MaturityModel& model_;
    std::int64_t nextId_;
    std::vector<Skill> skills_;
    std::vector<Team> teams_;
    std::vector<Role> roles_;
    std::vector<SetRequirement> requirements_;
    TargetChange change_;
};

} // namespace

Result<TargetChange> targetChange(const Project& project, const Scenario& scenario,
                                  std::vector<MaturityTarget> targets, const MaturityModel& model) {
    std::sort(targets.begin(), targets.end(),
              [](const MaturityTarget& a, const MaturityTarget& b) { return a.month < b.month; });
    if (auto status = checkTargets(targets); !status)
        return Error{"In " + inQuotes(scenario.name) + ", " + status.message()};
    int highest = 0;
    for (const auto& t : targets)
        highest = std::max(highest, t.level);
    TargetPlanner planner(project, scenario, model);
    for (int level = 1; level <= highest; ++level) {
        if (const MaturityLevel* found = model.find(level))
            planner.addLevel(*found);
    }
    return planner.finish(std::move(targets));
}

std::vector<std::pair<std::string, int>> missingStages(const Scenario& scenario,
                                                       const MaturityModel& model) {
    int highest = 0;
    for (const auto& t : scenario.targets)
        highest = std::max(highest, t.level);
    std::vector<std::pair<std::string, int>> out;
    for (int level = 1; level <= highest; ++level) {
        const MaturityLevel* found = model.find(level);
        if (!found)
            continue;
        for (const auto& stage : found->stages) {
            const bool listed = std::any_of(out.begin(), out.end(),
                                            [&](const auto& s) { return s.first == stage; });
            if (!listed && !scenario.stack.count(stage))
                out.push_back({stage, level});
        }
    }
    return out;
}

} // namespace crewplan
