#include "EditPlanners.h"

#include "io/PeopleImport.h"
#include "model/KnownSkills.h"
#include "model/Lookup.h"
#include "model/Text.h"

#include <charconv>
#include <cmath>

namespace crewplan {

namespace {

using json = nlohmann::ordered_json;

Result<SkillCategory> categoryNamed(std::string_view name) {
    for (SkillCategory category : skillCategories()) {
        if (looseKey(skillCategoryName(category)) == looseKey(name))
            return category;
    }
    std::string names;
    for (SkillCategory category : skillCategories())
        names += (names.empty() ? "" : ", ") + inQuotes(skillCategoryName(category));
    return Error{"--category: " + inQuotes(name) + " is not a category (there are " + names + ")."};
}

Result<PersonStatus> statusNamed(std::string_view name) {
    for (auto status :
         {PersonStatus::Employee, PersonStatus::Candidate, PersonStatus::PlannedHire}) {
        if (looseKey(name) == looseKey(personStatusName(status)))
            return status;
    }
    return Error{"--status: " + inQuotes(name) +
                 " is not a status (employee, candidate or planned-hire)."};
}

Result<std::int64_t> yearlyCost(double cost) {
    // A bound well above any salary, far below where money arithmetic would overflow.
    constexpr double kMaxCost = 1e12;
    if (!std::isfinite(cost) || cost < 0 || cost > kMaxCost)
        return Error{"--cost must be a yearly cost from 0 to 1,000,000,000,000."};
    return static_cast<std::int64_t>(std::llround(cost));
}

struct SkillAtLevel {
    const Skill* skill;
    SkillLevel level;
};

// "Spark=Advanced", "CI/CD=3": a skill of the catalog and a level (0–4 or a name).
Result<SkillAtLevel> skillAtLevel(const Project& project, std::string_view text,
                                  std::string_view option) {
    const auto eq = text.rfind('=');
    if (eq == std::string_view::npos)
        return Error{std::string(option) + " " + inQuotes(text) +
                     ": expected SKILL=LEVEL, e.g. Spark=Advanced."};
    const auto skill = skillNamed(project, text.substr(0, eq));
    if (!skill)
        return Error{std::string(option) + " " + inQuotes(text) + ": " + skill.message()};
    const std::string levelText = trimmed(text.substr(eq + 1));
    const auto level = parseImportedLevel(levelText, LevelScale::ZeroToFour);
    if (!level || levelText.empty())
        return Error{std::string(option) + " " + inQuotes(text) + ": " + inQuotes(levelText) +
                     " is not a level (0–4, or None, Awareness, Working, Advanced, Expert)."};
    return SkillAtLevel{*skill, *level};
}

Result<const Role*> roleNamed(const EditArguments& a, const Scenario& scenario,
                              const std::string& name) {
    return RoleLookup(scenario).find(name, a.team.value_or(""));
}

std::string fullRoleName(const Scenario& scenario, const Role& role) {
    return RoleLookup(scenario).fullName(role);
}

json skillJson(const Project& project, const Scenario& scenario, const Skill& skill) {
    int people = 0, roles = 0;
    for (const Person& person : project.people)
        people += person.level(skill.id) != SkillLevel::None ? 1 : 0;
    for (const Role& role : scenario.roles) {
        for (const RoleRequirement& req : role.requirements)
            roles += req.skill == skill.id ? 1 : 0;
    }
    json out{{"name", skill.name}, {"category", skillCategoryName(skill.category)}};
    if (!skill.description.empty())
        out["description"] = skill.description;
    out["heldBy"] = people;
    out["requiredBy"] = roles;
    return out;
}

json personJson(const Project& project, const Scenario& scenario, const Person& person) {
    json out{{"name", person.name}};
    if (const std::string key = personReference(project, person); key != person.name)
        out["key"] = key;
    out["status"] = personStatusName(person.status);
    out["fte"] = person.fte;
    out["yearlyCost"] = person.yearlyCost;
    json skills = json::object();
    for (const Skill& skill : project.skills) {
        if (const SkillLevel level = person.level(skill.id); level != SkillLevel::None)
            skills[skill.name] = skillLevelName(level);
    }
    out["skills"] = skills;
    json roles = json::array();
    for (const Assignment& a : scenario.assignments) {
        if (a.person == person.id)
            roles.push_back({{"role", fullRoleName(scenario, *scenario.findRole(a.role))},
                             {"allocation", a.allocation}});
    }
    out["roles"] = roles;
    return out;
}

json roleJson(const Project& project, const Scenario& scenario, const Role& role) {
    json out{{"team", scenario.findTeam(role.team)->name},
             {"name", role.name},
             {"headcount", role.headcount},
             {"costBand", {role.costBand.minimum, role.costBand.maximum}}};
    json requirements = json::array();
    for (const RoleRequirement& req : role.requirements)
        requirements.push_back({{"skill", project.findSkill(req.skill)->name},
                                {"level", skillLevelName(req.minimum)},
                                {"importance", importanceName(req.importance)}});
    out["requirements"] = requirements;
    json assigned = json::array();
    for (const Assignment& a : scenario.assignments) {
        if (a.role == role.id)
            assigned.push_back({{"person", personReference(project, *project.findPerson(a.person))},
                                {"allocation", a.allocation}});
    }
    out["assigned"] = assigned;
    return out;
}

json teamJson(const Scenario& scenario, const Team& team) {
    json out{{"name", team.name}};
    if (!team.description.empty())
        out["description"] = team.description;
    json roles = json::array();
    for (const Role* role : scenario.rolesOf(team.id))
        roles.push_back(role->name);
    out["roles"] = roles;
    return out;
}

// The changed thing, looked up again after the edit by its id.
template <class Id> auto describeSkill(Id id) {
    return [id](const Project& p, const Scenario& s) {
        return json{{"skill", skillJson(p, s, *p.findSkill(id))}};
    };
}
auto describePerson(PersonId id) {
    return [id](const Project& p, const Scenario& s) {
        return json{{"person", personJson(p, s, *p.findPerson(id))}};
    };
}
auto describeTeam(TeamId id) {
    return [id](const Project&, const Scenario& s) {
        return json{{"team", teamJson(s, *s.findTeam(id))}};
    };
}
auto describeRole(RoleId id) {
    return [id](const Project& p, const Scenario& s) {
        return json{{"role", roleJson(p, s, *s.findRole(id))}};
    };
}
auto describeRemoved(std::string kind, std::string name) {
    return [kind = std::move(kind), name = std::move(name)](const Project&, const Scenario&) {
        return json{{"removed", {{"kind", kind}, {"name", name}}}};
    };
}

Edit oneOrBatch(std::vector<Edit> edits) {
    if (edits.size() == 1)
        return std::move(edits.front());
    return EditBatch{std::move(edits)};
}

} // namespace

Result<CostBand> parseCostBand(std::string_view text) {
    const auto amount = [](std::string_view part) -> std::optional<std::int64_t> {
        const std::string t = trimmed(part);
        std::int64_t scale = 1;
        std::string_view digits = t;
        if (!digits.empty() && (digits.back() == 'k' || digits.back() == 'K')) {
            scale = 1000;
            digits.remove_suffix(1);
        }
        std::int64_t value = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size() ||
            value < 0 || value > 1'000'000'000'000 / scale)
            return std::nullopt;
        return value * scale;
    };
    const auto dash = text.find('-', 1);
    const auto low = amount(text.substr(0, dash));
    const auto high = dash == std::string_view::npos ? low : amount(text.substr(dash + 1));
    if (!low || !high)
        return Error{"--cost-band " + inQuotes(text) +
                     ": expected MIN-MAX in whole money units, e.g. 90000-120000 or 90k-120k."};
    return CostBand{*low, *high};
}

// ---- skills

Result<Change> planSkillAdd(const EditArguments& a, const Project& p, const Scenario&) {
    Skill skill{SkillId{p.nextId}, trimmed(a.names.at(0)), SkillCategory::Domain, {}};
    // A skill Crewplan knows keeps its category and description unless told otherwise.
    if (const Skill* known = findKnownSkill(skill.name)) {
        skill.category = known->category;
        skill.description = known->description;
    }
    if (a.category) {
        const auto category = categoryNamed(*a.category);
        if (!category)
            return category.error();
        skill.category = *category;
    }
    if (a.description)
        skill.description = *a.description;
    for (const Skill& other : p.skills) {
        if (!equalsIgnoringCase(other.name, skill.name) &&
            looseKey(other.name) == looseKey(skill.name) && !looseKey(skill.name).empty())
            return Error{"the catalog has " + inQuotes(other.name) + ", the same name as " +
                         inQuotes(skill.name) + " written another way."};
    }
    return Change{AddSkill{skill, -1, {}, {}, {}, {}},
                  "Added skill " + inQuotes(skill.name) + " (" +
                      std::string(skillCategoryName(skill.category)) + ").",
                  describeSkill(skill.id)};
}

Result<Change> planSkillRename(const EditArguments& a, const Project& p, const Scenario&) {
    const auto skill = skillNamed(p, a.names.at(0));
    if (!skill)
        return skill.error();
    const std::string name = trimmed(a.names.at(1));
    if (name == (*skill)->name)
        return Change{std::nullopt,
                      "The skill is named " + inQuotes(name) + " already; nothing changed.",
                      describeSkill((*skill)->id)};
    return Change{UpdateSkill{(*skill)->id, name, (*skill)->category, (*skill)->description},
                  "Renamed skill " + inQuotes((*skill)->name) + " to " + inQuotes(name) + ".",
                  describeSkill((*skill)->id)};
}

Result<Change> planSkillSet(const EditArguments& a, const Project& p, const Scenario&) {
    const auto skill = skillNamed(p, a.names.at(0));
    if (!skill)
        return skill.error();
    UpdateSkill edit{(*skill)->id, (*skill)->name, (*skill)->category, (*skill)->description};
    if (!a.name && !a.category && !a.description)
        return Error{"nothing to change: give --name, --category or --description."};
    if (a.name)
        edit.name = trimmed(*a.name);
    if (a.category) {
        const auto category = categoryNamed(*a.category);
        if (!category)
            return category.error();
        edit.category = *category;
    }
    if (a.description)
        edit.description = *a.description;
    if (edit ==
        UpdateSkill{(*skill)->id, (*skill)->name, (*skill)->category, (*skill)->description})
        return Change{std::nullopt,
                      "The skill " + inQuotes(edit.name) + " is so already; nothing changed.",
                      describeSkill(edit.skill)};
    return Change{edit, "Changed skill " + inQuotes(edit.name) + ".", describeSkill(edit.skill)};
}

Result<Change> planSkillRemove(const EditArguments& a, const Project& p, const Scenario& s) {
    const auto skill = skillNamed(p, a.names.at(0));
    if (!skill)
        return skill.error();
    (void)s;
    long long held = 0, asked = 0;
    for (const Person& person : p.people)
        held += person.level((*skill)->id) != SkillLevel::None ? 1 : 0;
    for (const Scenario& scenario : p.scenarios) {
        for (const Role& role : scenario.roles)
            asked +=
                std::count_if(role.requirements.begin(), role.requirements.end(),
                              [&](const RoleRequirement& r) { return r.skill == (*skill)->id; });
    }
    return Change{RemoveSkill{(*skill)->id},
                  "Removed skill " + inQuotes((*skill)->name) + " (held by " +
                      countOf(held, "person", "people") + ", asked by " +
                      countOf(asked, "role", "roles") +
                      (p.scenarios.size() > 1 ? " across the scenarios" : "") + ").",
                  describeRemoved("skill", (*skill)->name)};
}

// ---- people

Result<Change> planPersonAdd(const EditArguments& a, const Project& p, const Scenario& s) {
    Person person;
    person.id = PersonId{p.nextId};
    person.name = trimmed(a.names.at(0));
    if (a.status) {
        const auto status = statusNamed(*a.status);
        if (!status)
            return status.error();
        person.status = *status;
    }
    if (person.status == PersonStatus::PlannedHire)
        person.scenario = s.id;
    person.fte = a.fte.value_or(1.0);
    if (a.cost) {
        const auto cost = yearlyCost(*a.cost);
        if (!cost)
            return cost.error();
        person.yearlyCost = *cost;
    }
    for (const std::string& text : a.levels) {
        const auto held = skillAtLevel(p, text, "--level");
        if (!held)
            return held.error();
        if (held->level == SkillLevel::None)
            person.skills.erase(held->skill->id);
        else
            person.skills[held->skill->id] = held->level;
    }
    std::string done =
        "Added " + inQuotes(person.name) + " (" + std::string(personStatusName(person.status)) +
        ", " + formatShare(person.fte) + " FTE, " +
        countOf(static_cast<long long>(person.skills.size()), "skill", "skills") + ").";
    const PersonId id = person.id;
    return Change{AddPerson{std::move(person), {}, {}}, std::move(done), describePerson(id)};
}

Result<Change> planPersonSet(const EditArguments& a, const Project& p, const Scenario&) {
    const auto found = personNamed(p, a.names.at(0));
    if (!found)
        return found.error();
    const Person& person = **found;
    if (!a.name && !a.status && !a.fte && !a.cost && a.levels.empty())
        return Error{"nothing to change: give --name, --status, --fte, --cost or --level."};
    UpdatePerson details{person.id, person.name, person.status, person.fte, person.yearlyCost};
    if (a.name)
        details.name = trimmed(*a.name);
    if (a.status) {
        const auto status = statusNamed(*a.status);
        if (!status)
            return status.error();
        details.status = *status;
    }
    if (a.fte)
        details.fte = *a.fte;
    if (a.cost) {
        const auto cost = yearlyCost(*a.cost);
        if (!cost)
            return cost.error();
        details.yearlyCost = *cost;
    }
    std::map<SkillId, SkillLevel> wanted;
    for (const std::string& text : a.levels) {
        const auto held = skillAtLevel(p, text, "--level");
        if (!held)
            return held.error();
        wanted[held->skill->id] = held->level;
    }
    std::vector<Edit> edits;
    if (details !=
        UpdatePerson{person.id, person.name, person.status, person.fte, person.yearlyCost})
        edits.push_back(details);
    SetSkillLevels levels;
    for (const auto& [skill, level] : wanted) {
        if (person.level(skill) != level)
            levels.levels.push_back({person.id, skill, level});
    }
    if (!levels.levels.empty())
        edits.push_back(std::move(levels));
    const std::string who = inQuotes(a.name ? details.name : trimmed(a.names.at(0)));
    if (edits.empty())
        return Change{std::nullopt, who + " already has those details; nothing changed.",
                      describePerson(person.id)};
    return Change{oneOrBatch(std::move(edits)), "Changed " + who + ".", describePerson(person.id)};
}

Result<Change> planPersonRemove(const EditArguments& a, const Project& p, const Scenario&) {
    const auto found = personNamed(p, a.names.at(0));
    if (!found)
        return found.error();
    const Person& person = **found;
    std::size_t held = 0;
    for (const Scenario& scenario : p.scenarios) {
        for (const Assignment& assignment : scenario.assignments)
            held += assignment.person == person.id ? 1 : 0;
    }
    const std::string key = personReference(p, person);
    return Change{RemovePerson{person.id},
                  "Removed " + inQuotes(key) +
                      (held ? " and their " +
                                  countOf(static_cast<long long>(held), "assignment", "assignments")
                            : std::string()) +
                      ".",
                  describeRemoved("person", key)};
}

// ---- teams

Result<Change> planTeamAdd(const EditArguments& a, const Project& p, const Scenario& s) {
    const Team team{TeamId{p.nextId}, trimmed(a.names.at(0)), a.description.value_or("")};
    return Change{AddTeam{s.id, team, {}, {}, -1},
                  "Added team " + inQuotes(team.name) + " to " + inQuotes(s.name) + ".",
                  describeTeam(team.id)};
}

Result<Change> planTeamRename(const EditArguments& a, const Project&, const Scenario& s) {
    const auto team = teamNamed(s, a.names.at(0));
    if (!team)
        return team.error();
    const std::string name = trimmed(a.names.at(1));
    const std::string description = a.description.value_or((*team)->description);
    if (name == (*team)->name && description == (*team)->description)
        return Change{std::nullopt,
                      "The team is named " + inQuotes(name) + " already; nothing changed.",
                      describeTeam((*team)->id)};
    return Change{UpdateTeam{s.id, (*team)->id, name, description},
                  "Renamed team " + inQuotes((*team)->name) + " to " + inQuotes(name) + ".",
                  describeTeam((*team)->id)};
}

Result<Change> planTeamRemove(const EditArguments& a, const Project&, const Scenario& s) {
    const auto team = teamNamed(s, a.names.at(0));
    if (!team)
        return team.error();
    const std::vector<const Role*> held = s.rolesOf((*team)->id);
    std::string roles;
    for (const Role* role : held)
        roles += (roles.empty() ? "" : ", ") + inQuotes(role->name);
    return Change{
        RemoveTeam{s.id, (*team)->id},
        "Removed team " + inQuotes((*team)->name) + " from " + inQuotes(s.name) +
            (held.empty()
                 ? ""
                 : std::string(held.size() == 1 ? " with its role " : " with its roles ") + roles) +
            ".",
        describeRemoved("team", (*team)->name)};
}

// ---- roles

namespace {

// The team a new role goes to: --team, else "Team/Role" in its name, else the only team.
Result<std::pair<const Team*, std::string>> placeOfNewRole(const EditArguments& a,
                                                           const Scenario& s) {
    const std::string name = trimmed(a.names.at(0));
    if (a.team) {
        const auto team = teamNamed(s, *a.team);
        if (!team)
            return team.error();
        return std::pair{*team, name};
    }
    // "Team/Role", split at each slash whose left side is a team: one reading, or refused.
    std::vector<std::pair<const Team*, std::string>> readings;
    for (auto slash = name.find('/'); slash != std::string::npos;
         slash = name.find('/', slash + 1)) {
        if (const auto team = teamNamed(s, name.substr(0, slash)))
            readings.emplace_back(*team, trimmed(name.substr(slash + 1)));
    }
    if (readings.size() == 1)
        return readings.front();
    if (readings.size() > 1) {
        std::string ways;
        for (const auto& [team, role] : readings)
            ways +=
                (ways.empty() ? "" : " or ") + inQuotes(role) + " in team " + inQuotes(team->name);
        return Error{inQuotes(name) + " reads as " + ways + ": say which with --team."};
    }
    if (s.teams.size() == 1)
        return std::pair{&s.teams.front(), name};
    if (s.teams.empty())
        return Error{"add a team first: a role belongs to a team (crewplan team add)."};
    std::string teams;
    for (const Team& team : s.teams)
        teams += (teams.empty() ? "" : ", ") + inQuotes(team.name);
    return Error{"say which team " + inQuotes(name) +
                 " belongs to, with --team or as Team/Role (the teams are " + teams + ")."};
}

} // namespace

Result<Change> planRoleAdd(const EditArguments& a, const Project& p, const Scenario& s) {
    const auto place = placeOfNewRole(a, s);
    if (!place)
        return place.error();
    Role role;
    role.id = RoleId{p.nextId};
    role.team = place->first->id;
    role.name = place->second;
    role.headcount = a.headcount.value_or(1);
    if (a.costBand) {
        const auto band = parseCostBand(*a.costBand);
        if (!band)
            return band.error();
        role.costBand = *band;
    }
    const RoleId id = role.id;
    std::string done = "Added role " + inQuotes(place->first->name + "/" + role.name) +
                       " (headcount " + std::to_string(role.headcount) + ").";
    return Change{AddRole{s.id, std::move(role), {}, -1}, std::move(done), describeRole(id)};
}

Result<Change> planRoleSet(const EditArguments& a, const Project&, const Scenario& s) {
    const auto role = roleNamed(a, s, a.names.at(0));
    if (!role)
        return role.error();
    if (!a.name && !a.headcount && !a.costBand)
        return Error{"nothing to change: give --name, --headcount or --cost-band."};
    UpdateRole edit{s.id, (*role)->id, (*role)->name, (*role)->headcount, (*role)->costBand};
    if (a.name)
        edit.name = trimmed(*a.name);
    if (a.headcount)
        edit.headcount = *a.headcount;
    if (a.costBand) {
        const auto band = parseCostBand(*a.costBand);
        if (!band)
            return band.error();
        edit.costBand = *band;
    }
    if (edit == UpdateRole{s.id, (*role)->id, (*role)->name, (*role)->headcount, (*role)->costBand})
        return Change{std::nullopt,
                      "The role " + inQuotes(fullRoleName(s, **role)) +
                          " is so already; nothing changed.",
                      describeRole(edit.role)};
    return Change{edit, "Changed role " + inQuotes(fullRoleName(s, **role)) + ".",
                  describeRole(edit.role)};
}

Result<Change> planRoleRemove(const EditArguments& a, const Project&, const Scenario& s) {
    const auto role = roleNamed(a, s, a.names.at(0));
    if (!role)
        return role.error();
    const std::string name = fullRoleName(s, **role);
    return Change{RemoveRole{s.id, (*role)->id}, "Removed role " + inQuotes(name) + ".",
                  describeRemoved("role", name)};
}

// ---- requirements and assignments

Result<Change> planRequire(const EditArguments& a, const Project& p, const Scenario& s) {
    const auto role = roleNamed(a, s, a.names.at(0));
    if (!role)
        return role.error();
    // Each skill as the last SKILL=LEVEL that names it asks, in the order first named.
    std::vector<SkillAtLevel> asked;
    for (std::size_t i = 1; i < a.names.size(); ++i) {
        const auto wanted = skillAtLevel(p, a.names[i], "require");
        if (!wanted)
            return wanted.error();
        const auto same = std::find_if(asked.begin(), asked.end(), [&](const SkillAtLevel& x) {
            return x.skill == wanted->skill;
        });
        if (same == asked.end())
            asked.push_back(*wanted);
        else
            same->level = wanted->level;
    }
    std::vector<Edit> edits;
    for (const SkillAtLevel& entry : asked) {
        const SkillAtLevel* wanted = &entry;
        const RoleRequirement* current = nullptr;
        for (const RoleRequirement& req : (*role)->requirements) {
            if (req.skill == wanted->skill->id)
                current = &req;
        }
        if (wanted->level == SkillLevel::None) { // SKILL=None: stop requiring it
            if (current)
                edits.push_back(
                    SetRequirement{s.id, (*role)->id, wanted->skill->id, std::nullopt, -1});
            continue;
        }
        RoleRequirement req{wanted->skill->id, wanted->level,
                            a.nice ? Importance::NiceToHave : Importance::MustHave,
                            current ? current->rationale : std::string()};
        if (current && current->minimum == req.minimum && current->importance == req.importance)
            continue;
        edits.push_back(SetRequirement{s.id, (*role)->id, req.skill, req, -1});
    }
    const std::string name = inQuotes(fullRoleName(s, **role));
    if (edits.empty())
        return Change{std::nullopt, name + " already asks that; nothing changed.",
                      describeRole((*role)->id)};
    return Change{oneOrBatch(std::move(edits)), "Changed what " + name + " requires.",
                  describeRole((*role)->id)};
}

Result<Change> planAssign(const EditArguments& a, const Project& p, const Scenario& s) {
    const auto person = personNamed(p, a.names.at(0), &s);
    if (!person)
        return person.error();
    const auto role = roleNamed(a, s, a.names.at(1));
    if (!role)
        return role.error();
    double current = 0.0;
    for (const Assignment& held : s.assignments) {
        if (held.person == (*person)->id && held.role == (*role)->id)
            current = held.allocation;
    }
    const std::string who = inQuotes(personReference(p, **person));
    const std::string where = inQuotes(fullRoleName(s, **role));
    if (current > 0.0 && !a.fte)
        return Change{std::nullopt,
                      who + " already holds " + where + " at " + formatShare(current) +
                          " FTE; nothing changed (give --fte to change it).",
                      describePerson((*person)->id)};
    if (a.fte && !(*a.fte > 0.0 && *a.fte <= 1.0))
        return Error{"--fte must be a share of a full-time position, more than 0 and at most 1 "
                     "(unassign takes someone out of a role)."};
    if (a.fte && std::abs(*a.fte - current) < 1e-9)
        return Change{std::nullopt,
                      who + " already holds " + where + " at " + formatShare(current) +
                          " FTE; nothing changed.",
                      describePerson((*person)->id)};
    // By default the person gives the role what they have free, a full position at most.
    const double free = (*person)->fte - s.allocationOf((*person)->id) + current;
    const double share = a.fte ? *a.fte : free > 1e-9 ? std::min(1.0, free) : (*person)->fte;
    return Change{SetAllocation{s.id, (*person)->id, (*role)->id, share},
                  "Assigned " + who + " to " + where + " at " + formatShare(share) + " FTE in " +
                      inQuotes(s.name) + ".",
                  describePerson((*person)->id)};
}

Result<Change> planUnassign(const EditArguments& a, const Project& p, const Scenario& s) {
    const auto person = personNamed(p, a.names.at(0), &s);
    if (!person)
        return person.error();
    const Role* only = nullptr;
    if (a.names.size() > 1) {
        const auto role = roleNamed(a, s, a.names.at(1));
        if (!role)
            return role.error();
        only = *role;
    }
    std::vector<Edit> edits;
    for (const Assignment& held : s.assignments) {
        if (held.person == (*person)->id && (!only || held.role == only->id))
            edits.push_back(SetAllocation{s.id, held.person, held.role, 0.0});
    }
    const std::string who = inQuotes(personReference(p, **person));
    const std::string what = only ? inQuotes(fullRoleName(s, *only)) : std::string("any role");
    const auto count = static_cast<long long>(edits.size());
    if (edits.empty())
        return Change{std::nullopt,
                      who + " does not hold " + what + " in " + inQuotes(s.name) +
                          "; nothing changed.",
                      describePerson((*person)->id)};
    return Change{oneOrBatch(std::move(edits)),
                  "Took " + who + " out of " + (only ? what : countOf(count, "role", "roles")) +
                      " in " + inQuotes(s.name) + ".",
                  describePerson((*person)->id)};
}

} // namespace crewplan
