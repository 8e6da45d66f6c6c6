#include "model/Lookup.h"

#include "model/Text.h"

#include <algorithm>
#include <map>

namespace crewplan {

namespace {

// "'Ana', 'Bea' and 2 more": candidates in a message, never a page of them.
std::string listed(const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 8;
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
        out += (i == 0 ? "" : ", ") + inQuotes(names[i]);
    if (names.size() > kShown)
        out += " and " + std::to_string(names.size() - kShown) + " more";
    return out;
}

std::string describe(const Project& project, const Person& person) {
    return inQuotes(personReference(project, person)) + " (" +
           std::string(personStatusName(person.status)) + ", " + formatShare(person.fte) + " FTE)";
}

} // namespace

std::string looseKey(std::string_view text) {
    std::string key;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        // '+' and '#' are part of a name (C, C++, C#), not separators between its words.
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '+' || c == '#')
            key += c;
        else if (c >= 'A' && c <= 'Z')
            key += static_cast<char>(c - 'A' + 'a');
    }
    return key;
}

Result<const Skill*> skillNamed(const Project& project, std::string_view name) {
    const std::string wanted = trimmed(name);
    if (wanted.empty())
        return Error{"a skill needs a name."};
    if (const Skill* skill = project.findSkill(wanted))
        return skill;
    const std::string key = looseKey(wanted);
    std::vector<const Skill*> loose;
    for (const Skill& skill : project.skills) {
        if (!key.empty() && looseKey(skill.name) == key)
            loose.push_back(&skill);
    }
    if (loose.size() == 1)
        return loose.front();
    if (loose.empty())
        return Error{"there is no skill " + inQuotes(wanted) + " in the catalog."};
    std::vector<std::string> names;
    for (const Skill* skill : loose)
        names.push_back(skill->name);
    return Error{inQuotes(wanted) + " could be any of the skills " + listed(names) +
                 ": name one exactly."};
}

std::string personReference(const Project& project, const Person& person) {
    int count = 0, position = 0;
    for (const Person& other : project.people) {
        if (other.name != person.name)
            continue;
        ++count;
        if (other.id == person.id)
            position = count;
    }
    return count > 1 ? person.name + " #" + std::to_string(position) : person.name;
}

Result<const Person*> personNamed(const Project& project, std::string_view name,
                                  const Scenario* scenario) {
    const std::string wanted = trimmed(name);
    if (wanted.empty())
        return Error{"a person needs a name."};
    const auto visible = [&](const Person& p) {
        return !scenario || project.isVisibleIn(p, scenario->id);
    };
    std::vector<const Person*> exact, folded;
    const Person* hidden = nullptr;
    for (const Person& person : project.people) {
        const bool same = person.name == wanted;
        if (!same && !equalsIgnoringCase(person.name, wanted))
            continue;
        if (!visible(person)) {
            hidden = &person;
            continue;
        }
        (same ? exact : folded).push_back(&person);
    }
    const std::vector<const Person*>& found = exact.empty() ? folded : exact;
    if (found.size() == 1)
        return found.front();
    if (found.size() > 1) {
        std::string candidates;
        for (std::size_t i = 0; i < found.size() && i < 8; ++i)
            candidates += (i == 0 ? "" : ", ") + describe(project, *found[i]);
        if (found.size() > 8)
            candidates += " and " + std::to_string(found.size() - 8) + " more";
        return Error{std::to_string(found.size()) + " people are named " + inQuotes(wanted) + ": " +
                     candidates + ". Name one as shown."};
    }
    // "Ana Lima #2": the key of one of several who share a name.
    if (const auto hash = wanted.rfind(" #"); hash != std::string::npos) {
        const std::string base = trimmed(std::string_view(wanted).substr(0, hash));
        const std::string digits = wanted.substr(hash + 2);
        if (!digits.empty() && digits.size() < 7 &&
            std::all_of(digits.begin(), digits.end(),
                        [](char c) { return c >= '0' && c <= '9'; })) {
            const int n = std::stoi(digits);
            int seen = 0;
            for (const Person& person : project.people) {
                if (equalsIgnoringCase(person.name, base) && ++seen == n) {
                    if (!visible(person)) {
                        hidden = &person;
                        break;
                    }
                    return &person;
                }
            }
        }
    }
    if (hidden) {
        const Scenario* of = hidden->scenario ? project.findScenario(*hidden->scenario) : nullptr;
        return Error{inQuotes(hidden->name) + " is a planned hire of scenario " +
                     inQuotes(of ? of->name : "?") + ", not of " +
                     inQuotes(scenario ? scenario->name : "") + "."};
    }
    return Error{"there is no person named " + inQuotes(wanted) + " in the project."};
}

Result<const Team*> teamNamed(const Scenario& scenario, std::string_view name) {
    const std::string wanted = trimmed(name);
    if (wanted.empty())
        return Error{"a team needs a name."};
    if (const Team* team = scenario.findTeam(wanted))
        return team;
    std::vector<const Team*> folded;
    for (const Team& team : scenario.teams) {
        if (equalsIgnoringCase(team.name, wanted))
            folded.push_back(&team);
    }
    if (folded.size() == 1)
        return folded.front();
    std::vector<std::string> names;
    for (const Team* team : folded)
        names.push_back(team->name);
    if (!folded.empty())
        return Error{inQuotes(wanted) + " could be any of the teams " + listed(names) +
                     ": name one exactly."};
    for (const Team& team : scenario.teams)
        names.push_back(team.name);
    return Error{
        "there is no team " + inQuotes(wanted) + " in scenario " + inQuotes(scenario.name) +
        (names.empty() ? " (it has no teams yet)." : " (there are " + listed(names) + ").")};
}

RoleLookup::RoleLookup(const Scenario& scenario) : scenario_(scenario) {
    for (const Role& role : scenario.roles) {
        const Team* team = scenario.findTeam(role.team);
        byName_[lowered(role.name)].push_back({&role, team ? lowered(team->name) : ""});
    }
}

std::vector<const Role*> RoleLookup::matching(std::string_view name, std::string_view team) const {
    std::vector<const Role*> found;
    const std::string teamKey = lowered(team);
    if (const auto it = byName_.find(lowered(name)); it != byName_.end()) {
        for (const Entry& entry : it->second) {
            if (teamKey.empty() || entry.team == teamKey)
                found.push_back(entry.role);
        }
    }
    return found;
}

Result<const Role*> RoleLookup::find(std::string_view raw, std::string_view team) const {
    const std::string text = trimmed(raw);
    if (text.empty())
        return Error{"a role needs a name."};
    // Every reading of the text: the role's whole name, and "Team/Role" split at each slash, so
    // that team and role names may hold slashes of their own. More than one is ambiguous.
    std::vector<const Role*> found = matching(text, trimmed(team));
    for (auto slash = text.find('/'); slash != std::string::npos;
         slash = text.find('/', slash + 1)) {
        const std::string teamPart = trimmed(std::string_view(text).substr(0, slash));
        const std::string rolePart = trimmed(std::string_view(text).substr(slash + 1));
        if (teamPart.empty() || rolePart.empty())
            continue;
        for (const Role* role : matching(rolePart, teamPart)) {
            if (std::find(found.begin(), found.end(), role) == found.end())
                found.push_back(role);
        }
    }
    if (found.size() == 1)
        return found.front();
    if (found.empty()) {
        if (!team.empty())
            return Error{inQuotes(text) + " is not a role of team " + inQuotes(team) + " in " +
                         inQuotes(scenario_.name) + "."};
        return Error{inQuotes(text) + " is not a role in " + inQuotes(scenario_.name) +
                     " (write Team/Role, e.g. " + example() + ")."};
    }
    std::vector<std::string> names;
    for (const Role* role : found)
        names.push_back(fullName(*role));
    return Error{inQuotes(text) + " could be any of the roles " + listed(names) +
                 ": name one as Team/Role, or with its team."};
}

std::string RoleLookup::fullName(const Role& role) const {
    const Team* team = scenario_.findTeam(role.team);
    return (team ? team->name : std::string("?")) + "/" + role.name;
}

std::string RoleLookup::example() const {
    if (scenario_.roles.empty())
        return "'Data Engineering/Data Engineer'";
    return inQuotes(fullName(scenario_.roles.front()));
}

} // namespace crewplan
