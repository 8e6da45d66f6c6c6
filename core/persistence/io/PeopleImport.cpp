#include "io/PeopleImport.h"

#include "model/Lookup.h"
#include "model/Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace crewplan {

namespace {

bool isOneOf(const std::string& key, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), key) != words.end();
}

// A number as people type it: "0.8", "0,8", "80%", "118,000", "1.250.000", "118 000 €". Read
// without the C library's locale (a window on a German desktop still reads "0.8").
std::optional<double> parseNumber(std::string_view text, bool percentAllowed) {
    std::string digits;
    bool percent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const std::string_view rest = text.substr(i);
        if (c == '%' && percentAllowed && !percent) {
            percent = true;
        } else if ((c >= '0' && c <= '9') || c == '.' || c == ',' || (c == '-' && digits.empty())) {
            digits += c;
        } else if (c == ' ' || c == '\'' || c == '_' || c == '$') {
            continue;
        } else if (rest.substr(0, 2) == "\xC2\xA0" || rest.substr(0, 2) == "\xC2\xA3") {
            ++i; // a no-break space, £
        } else if (rest.substr(0, 3) == "\xE2\x82\xAC" || rest.substr(0, 3) == "\xE2\x80\xAF") {
            i += 2; // €, a narrow no-break space
        } else {
            return std::nullopt; // a letter, a range ("100–120"), a minus sign that is not '-'
        }
    }
    if (digits.empty() || digits == "-")
        return std::nullopt;
    // Which of ',' and '.' groups thousands and which is the decimal point: with both, the last
    // one is the point; with one kind, it groups when every group after it has three digits
    // ("1,250,000"; "118,000" where a share is not expected), else it is the point ("0,8").
    const auto groupsOfThree = [&](char sep) {
        std::size_t count = 0, last = std::string::npos;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (digits[i] != sep)
                continue;
            if (last != std::string::npos && i - last != 4)
                return false;
            if (last == std::string::npos && (i == 0 || i > (digits[0] == '-' ? 4u : 3u)))
                return false;
            last = i;
            ++count;
        }
        return count > 0 && digits.size() - last == 4 && (count > 1 || !percentAllowed);
    };
    const auto comma = digits.rfind(','), dot = digits.rfind('.');
    char group = '\0', point = '\0';
    if (comma != std::string::npos && dot != std::string::npos) {
        point = comma > dot ? ',' : '.';
        group = point == ',' ? '.' : ',';
    } else if (comma != std::string::npos || dot != std::string::npos) {
        const char sep = comma != std::string::npos ? ',' : '.';
        (groupsOfThree(sep) ? group : point) = sep;
    }
    std::string plain;
    int points = 0;
    for (char c : digits) {
        if (c == group)
            continue;
        if (c == ',' || c == '.') {
            if (c != point || ++points > 1)
                return std::nullopt;
            plain += '.';
        } else {
            plain += c;
        }
    }
    double value = 0;
    const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return percent ? value / 100.0 : value;
}

// A share or a cost as the CSV writes it: the shortest text that reads back as the same number.
std::string exactNumber(double value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::optional<PersonStatus> parseImportedStatus(const std::string& text) {
    if (const auto status = parsePersonStatus(text))
        return status;
    const std::string key = headerKey(text);
    if (isOneOf(key, {"employee", "staff", "permanent", "internal", "current"}))
        return PersonStatus::Employee;
    if (isOneOf(key, {"candidate", "applicant", "external"}))
        return PersonStatus::Candidate;
    if (isOneOf(key, {"plannedhire", "hire", "open", "tobehired", "vacancy"}))
        return PersonStatus::PlannedHire;
    return std::nullopt;
}

std::string scaleHint(LevelScale scale) {
    const char* numbers = scale == LevelScale::OneToFive ? "1–5"
                          : scale == LevelScale::Stars   ? "1–5 stars"
                                                         : "0–4";
    return std::string("(") + numbers +
           ", None, Awareness, Working, Advanced, Expert, or a word such as Basic, Intermediate or "
           "Strong)";
}

// The roles a cell names: "Data Engineering/Data Engineer; QA/QA Engineer", or a role's name
// alone where only one role has it (in `team` when the row names one).
std::vector<const Role*> rolesNamed(const RoleLookup& lookup, const std::string& cell,
                                    const std::string& team, std::string& problem) {
    std::vector<const Role*> roles;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t end = cell.find(';', start);
        if (end == std::string::npos)
            end = cell.size();
        const std::string part = trimmed(std::string_view(cell).substr(start, end - start));
        start = end + 1;
        if (part.empty())
            continue;
        const auto role = lookup.find(part, team);
        if (!role) {
            problem = role.message();
            return {};
        }
        if (std::find(roles.begin(), roles.end(), *role) == roles.end())
            roles.push_back(*role);
    }
    return roles;
}

} // namespace

std::optional<LevelScale> parseLevelScale(std::string_view name) {
    if (name == "0-4")
        return LevelScale::ZeroToFour;
    if (name == "1-5")
        return LevelScale::OneToFive;
    if (name == "stars")
        return LevelScale::Stars;
    return std::nullopt;
}

std::string headerKey(std::string_view header) {
    return looseKey(header);
}

std::optional<SkillLevel> parseImportedLevel(std::string_view raw, LevelScale scale) {
    const std::string text = trimmed(raw);
    if (text.empty())
        return SkillLevel::None;
    if (scale == LevelScale::Stars) {
        // "★★★☆☆" or "***": the filled stars count.
        int stars = 0;
        std::string_view rest = text;
        bool onlyStars = true;
        while (!rest.empty()) {
            if (rest.substr(0, 3) == "\u2605") {
                ++stars;
                rest.remove_prefix(3);
            } else if (rest.substr(0, 3) == "\u2606") {
                rest.remove_prefix(3);
            } else if (rest.front() == '*') {
                ++stars;
                rest.remove_prefix(1);
            } else if (rest.front() == ' ') {
                rest.remove_prefix(1);
            } else {
                onlyStars = false;
                break;
            }
        }
        if (onlyStars)
            return stars <= 1 ? SkillLevel::None : static_cast<SkillLevel>(std::min(stars, 5) - 1);
    }
    if (const auto number = parseNumber(text, false)) {
        const double v = *number;
        // Far outside any scale: no level, and never cast (a double past int's range is UB).
        if (v != std::floor(v) || v < 0 || v > 5)
            return std::nullopt;
        const int n = static_cast<int>(v);
        if (scale == LevelScale::ZeroToFour && n >= 0 && n <= 4)
            return static_cast<SkillLevel>(n);
        if (scale != LevelScale::ZeroToFour && n >= 1 && n <= 5)
            return static_cast<SkillLevel>(n - 1);
        return std::nullopt;
    }
    const std::string key = headerKey(text);
    if (isOneOf(key, {"none", "no", "na", "nil", "never", "unknown"}))
        return SkillLevel::None;
    if (isOneOf(key, {"awareness", "aware", "basic", "basics", "beginner", "novice", "familiar",
                      "elementary", "learning", "fundamental", "fundamentals"}))
        return SkillLevel::Awareness;
    if (isOneOf(key, {"working", "intermediate", "competent", "good", "practitioner", "medium",
                      "moderate", "capable", "solid"}))
        return SkillLevel::Working;
    if (isOneOf(key,
                {"advanced", "strong", "proficient", "experienced", "senior", "high", "skilled"}))
        return SkillLevel::Advanced;
    if (isOneOf(key, {"expert", "master", "mastery", "authority", "lead", "guru", "principal"}))
        return SkillLevel::Expert;
    return std::nullopt;
}

std::vector<ImportColumn> guessImportColumns(const Project& project,
                                             const std::vector<std::string>& header,
                                             bool createSkills) {
    // By key ("cicd" for CI/CD), unless two skills share one ("C", "C++", "C#"): those are
    // matched by their exact name (case aside) only.
    std::unordered_map<std::string, std::vector<SkillId>> skills;
    for (const Skill& skill : project.skills)
        skills[headerKey(skill.name)].push_back(skill.id);
    std::vector<ImportColumn> columns;
    std::set<std::string> taken;
    for (const std::string& raw : header) {
        ImportColumn column;
        column.header = raw;
        const std::string key = headerKey(raw);
        using Kind = ImportColumn::Kind;
        const auto field = [&](Kind kind) {
            if (taken.insert("field:" + std::to_string(static_cast<int>(kind))).second)
                column.kind = kind;
        };
        if (key.empty()) {
            // no header: ignored
        } else if (const Skill* exact = project.findSkill(trimmed(raw))) {
            if (taken.insert("skill:" + std::to_string(exact->id.value)).second) {
                column.kind = Kind::Skill;
                column.skill = exact->id;
            }
        } else if (const auto it = skills.find(key); it != skills.end() && it->second.size() == 1) {
            if (taken.insert("skill:" + std::to_string(it->second.front().value)).second) {
                column.kind = Kind::Skill;
                column.skill = it->second.front();
            }
        } else if (isOneOf(key, {"name", "fullname", "person", "employee", "employeename"})) {
            field(Kind::Name);
        } else if (isOneOf(key, {"status", "type", "employmentstatus"})) {
            field(Kind::Status);
        } else if (isOneOf(key, {"fte", "capacity", "availability"})) {
            field(Kind::Fte);
        } else if (isOneOf(key, {"yearlycost", "cost", "annualcost", "salary", "yearlysalary",
                                 "costperyear"})) {
            field(Kind::YearlyCost);
        } else if (isOneOf(key, {"role", "roles", "assignment", "assignments", "position"})) {
            field(Kind::Role);
        } else if (isOneOf(key, {"team", "department"})) {
            field(Kind::Team);
        } else if (createSkills && taken.insert("skill:" + key).second) {
            column.kind = Kind::NewSkill;
            column.newSkillName = trimmed(raw);
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

ImportPlan planPeopleImport(const Project& project, const CsvTable& table,
                            const std::vector<ImportColumn>& columns, const ImportOptions& options,
                            std::string_view sourceName) {
    using Kind = ImportColumn::Kind;
    ImportPlan plan;
    plan.columns = columns;
    const std::string source(sourceName);
    const auto place = [&](std::size_t line, const std::string& column) {
        return source + ", line " + std::to_string(line) +
               (column.empty() ? std::string() : ", column " + inQuotes(column));
    };
    const auto problem = [&](std::size_t line, const std::string& column, const std::string& what) {
        plan.problems.push_back({line, column, place(line, column) + ": " + what + "."});
    };

    const std::size_t headerLine = table.rows.empty() ? 1 : table.rows.front().line;
    const auto nameColumn = std::find_if(
        columns.begin(), columns.end(), [](const ImportColumn& c) { return c.kind == Kind::Name; });
    if (table.rows.empty()) {
        problem(1, "", "the file is empty; a header row and a row per person were expected");
    } else if (nameColumn == columns.end()) {
        problem(headerLine, "",
                "no column holds the names (a header 'Name', 'Full name' or 'Person')");
    }
    const auto scenarioFound = project.scenarioOrFirst(options.scenario);
    if (!scenarioFound)
        plan.problems.push_back({0, "", source + ": " + scenarioFound.message()});
    for (const ImportColumn& c : columns) {
        if (c.kind == Kind::NewSkill &&
            (c.newSkillName.empty() || project.findSkill(c.newSkillName)))
            problem(headerLine, c.header, "cannot become a new skill");
    }
    if (!plan.problems.empty()) {
        plan.blocked = true;
        return plan;
    }
    const Scenario& scenario = **scenarioFound;
    const RoleLookup roles(scenario);
    const std::size_t nameIndex = static_cast<std::size_t>(nameColumn - columns.begin());

    std::int64_t nextId = project.nextId;
    // Skills to create come first in the batch, so that the rows' levels can name them.
    std::vector<SkillId> columnSkill(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].kind == Kind::Skill) {
            columnSkill[c] = columns[c].skill;
        } else if (columns[c].kind == Kind::NewSkill) {
            AddSkill add;
            add.skill.id = SkillId{nextId++};
            add.skill.name = columns[c].newSkillName;
            add.skill.category = SkillCategory::Domain;
            columnSkill[c] = add.skill.id;
            plan.newSkills.push_back(add.skill.name);
            plan.edit.edits.push_back(std::move(add));
        }
    }

    // People there already, by name; a name two of them share matches neither (never guessed).
    std::unordered_map<std::string, const Person*> existing;
    std::set<std::string> shared;
    for (const Person& person : project.people) {
        if (project.isVisibleIn(person, scenario.id) &&
            !existing.emplace(lowered(person.name), &person).second)
            shared.insert(lowered(person.name));
    }
    // The most each person gives to roles in any scenario: an FTE may not drop below it.
    std::unordered_map<std::int64_t, double> mostAllocated;
    for (const Scenario& s : project.scenarios) {
        std::unordered_map<std::int64_t, double> sum;
        for (const Assignment& a : s.assignments)
            sum[a.person.value] += a.allocation;
        for (const auto& [person, share] : sum)
            mostAllocated[person] = std::max(mostAllocated[person], share);
    }
    std::unordered_map<std::string, std::size_t> seenOnLine;
    // Who holds which role, and how much of their FTE is given, in the scenario.
    std::set<std::pair<std::int64_t, std::int64_t>> held;
    std::unordered_map<std::int64_t, double> allocated;
    for (const Assignment& a : scenario.assignments) {
        held.insert({a.person.value, a.role.value});
        allocated[a.person.value] += a.allocation;
    }
    AddPeople newPeople;       // one edit for all of them: the project is checked once
    SetSkillLevels levelEdits; // and one for the levels of the people there already
    std::vector<Edit> rowEdits;
    bool anyBadRow = false;

    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        const std::size_t problemsBefore = plan.problems.size();
        std::size_t width = row.fields.size();
        while (width > columns.size() && trimmed(row.fields[width - 1]).empty())
            --width; // empty fields past the header's last are nothing
        if (width != columns.size()) {
            problem(row.line, "",
                    countOf(static_cast<long long>(width), "field", "fields") +
                        " where the header has " + std::to_string(columns.size()) +
                        (width < columns.size() ? " (a missing level would read as None)" : ""));
            anyBadRow = true;
            plan.skipped.push_back("line " + std::to_string(row.line));
            continue;
        }
        const auto cell = [&](std::size_t c) {
            return c < row.fields.size() ? trimmed(row.fields[c]) : std::string();
        };
        const std::string name = cell(nameIndex);
        if (name.empty()) {
            problem(row.line, columns[nameIndex].header, "the name is empty");
            anyBadRow = true;
            plan.skipped.push_back("line " + std::to_string(row.line));
            continue;
        }
        const std::string key = lowered(name);
        if (const auto seen = seenOnLine.find(key); seen != seenOnLine.end()) {
            problem(row.line, columns[nameIndex].header,
                    inQuotes(name) + " is also on line " + std::to_string(seen->second));
            anyBadRow = true;
            plan.skipped.push_back(name);
            continue;
        }
        seenOnLine.emplace(key, row.line);
        if (shared.count(key)) {
            problem(row.line, columns[nameIndex].header,
                    inQuotes(name) + " is the name of several people in " +
                        inQuotes(scenario.name) + "; give them names of their own first");
            anyBadRow = true;
            plan.skipped.push_back(name);
            continue;
        }
        const auto found = existing.find(key);
        const Person* current = found == existing.end() ? nullptr : found->second;
        if (current && options.mode == ImportOptions::Mode::AddOnly) {
            plan.skipped.push_back(name);
            continue;
        }

        Person person = current ? *current : Person{};
        person.name = current ? current->name : name;
        std::string roleCell, teamCell;
        std::string roleHeader;
        std::map<SkillId, SkillLevel> levels; // as the row has them
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const ImportColumn& column = columns[c];
            const std::string value = cell(c);
            switch (column.kind) {
            case Kind::Status:
                if (!value.empty()) {
                    const auto status = parseImportedStatus(value);
                    if (!status)
                        problem(row.line, column.header,
                                inQuotes(value) +
                                    " is not a status (Employee, Candidate or Planned hire)");
                    else if (current && (*status == PersonStatus::PlannedHire) !=
                                            (current->status == PersonStatus::PlannedHire))
                        problem(row.line, column.header,
                                inQuotes(name) + " cannot become or stop being a planned hire "
                                                 "by import");
                    else
                        person.status = *status;
                }
                break;
            case Kind::Fte:
                if (!value.empty()) {
                    const auto fte = parseNumber(value, true);
                    if (!fte || *fte <= 0.0 || *fte > 1.0)
                        problem(row.line, column.header,
                                inQuotes(value) +
                                    " is not an FTE (more than 0 and at most 1, e.g. 0.8 or 80%)");
                    else
                        person.fte = *fte;
                }
                break;
            case Kind::YearlyCost:
                if (!value.empty()) {
                    const auto cost = parseNumber(value, false);
                    if (!cost || *cost < 0.0 || *cost > 1e12)
                        problem(row.line, column.header,
                                inQuotes(value) +
                                    " is not a yearly cost (a whole amount, 0 or more)");
                    else
                        person.yearlyCost = static_cast<std::int64_t>(std::llround(*cost));
                }
                break;
            case Kind::Role:
                roleCell = value;
                roleHeader = column.header;
                break;
            case Kind::Team:
                teamCell = value;
                break;
            case Kind::Skill:
            case Kind::NewSkill: {
                const auto level = parseImportedLevel(value, options.scale);
                if (!level)
                    problem(row.line, column.header,
                            inQuotes(value) + " is not a level " + scaleHint(options.scale));
                else
                    levels[columnSkill[c]] = *level;
                break;
            }
            case Kind::Name:
            case Kind::Ignore:
                break;
            }
        }
        std::string roleProblem;
        const std::vector<const Role*> wanted =
            roleCell.empty() ? std::vector<const Role*>{}
                             : rolesNamed(roles, roleCell, teamCell, roleProblem);
        if (!roleProblem.empty())
            problem(row.line, roleHeader, roleProblem);
        if (!current && person.status == PersonStatus::PlannedHire)
            person.scenario = scenario.id;

        // New assignments share what the person has left in the scenario.
        std::vector<const Role*> newRoles;
        for (const Role* role : wanted) {
            if (!current || !held.count({current->id.value, role->id.value}))
                newRoles.push_back(role);
        }
        if (current) {
            const double given = mostAllocated[current->id.value];
            if (person.fte + 1e-9 < given)
                problem(row.line, "",
                        "the FTE " + formatShare(person.fte) + " is less than the " +
                            formatShare(given) + " " + inQuotes(name) +
                            " already gives to roles; unassign them first");
        }
        const double left = person.fte - (current ? allocated[current->id.value] : 0.0);
        if (!newRoles.empty() && left <= 1e-9)
            problem(row.line, roleHeader,
                    inQuotes(name) + " has no FTE left in " + inQuotes(scenario.name) +
                        " for another role");
        if (plan.problems.size() != problemsBefore) {
            anyBadRow = true;
            plan.skipped.push_back(name);
            continue;
        }
        const double share = newRoles.empty() ? 0.0 : left / static_cast<double>(newRoles.size());

        if (!current) {
            person.id = PersonId{nextId++};
            for (const auto& [skill, level] : levels) {
                if (level != SkillLevel::None)
                    person.skills[skill] = level;
            }
            AddPerson add{person, {}, {}};
            for (const Role* role : newRoles)
                add.placements.push_back({scenario.id, {person.id, role->id, share}});
            plan.levelChanges += static_cast<int>(person.skills.size());
            plan.assignments += static_cast<int>(newRoles.size());
            plan.added.push_back(name);
            newPeople.people.push_back(std::move(add));
            continue;
        }
        const std::size_t editsBefore = rowEdits.size();
        if (person.status != current->status || person.fte != current->fte ||
            person.yearlyCost != current->yearlyCost)
            rowEdits.push_back(UpdatePerson{current->id, current->name, person.status, person.fte,
                                            person.yearlyCost});
        bool levelChanged = false;
        for (const auto& [skill, level] : levels) {
            if (current->level(skill) != level) {
                levelEdits.levels.push_back(SetSkillLevel{current->id, skill, level});
                ++plan.levelChanges;
                levelChanged = true;
            }
        }
        for (const Role* role : newRoles) {
            rowEdits.push_back(SetAllocation{scenario.id, current->id, role->id, share});
            ++plan.assignments;
        }
        (rowEdits.size() == editsBefore && !levelChanged ? plan.unchanged : plan.updated)
            .push_back(name);
    }

    // Roles the new assignments fill past their headcount.
    std::unordered_map<std::int64_t, double> filled, adding;
    for (const Assignment& a : scenario.assignments)
        filled[a.role.value] += a.allocation;
    for (const AddPerson& add : newPeople.people) {
        for (const auto& placement : add.placements)
            adding[placement.assignment.role.value] += placement.assignment.allocation;
    }
    for (const Edit& e : rowEdits) {
        if (const auto* set = std::get_if<SetAllocation>(&e.variant()))
            adding[set->role.value] += set->allocation;
    }
    for (const Role& role : scenario.roles) {
        const auto more = adding.find(role.id.value);
        if (more == adding.end())
            continue;
        const double total = filled[role.id.value] + more->second;
        if (total > role.headcount + 1e-9)
            plan.notices.push_back(scenario.findTeam(role.team)->name + "/" + role.name + ": " +
                                   formatShare(total) + " FTE for a headcount of " +
                                   std::to_string(role.headcount));
    }

    plan.blocked = anyBadRow && !options.skipBadRows;
    if (plan.blocked) {
        plan.edit.edits.clear(); // nothing, not even the new skills, until the rows are good
        return plan;
    }
    if (!newPeople.people.empty())
        plan.edit.edits.push_back(std::move(newPeople));
    if (!levelEdits.levels.empty())
        plan.edit.edits.push_back(std::move(levelEdits));
    for (Edit& e : rowEdits)
        plan.edit.edits.push_back(std::move(e));
    return plan;
}

std::string peopleCsv(const Project& project, const Scenario& scenario, bool words) {
    std::vector<std::string> header{"Name", "Status", "FTE", "Yearly cost", "Role"};
    for (const Skill& skill : project.skills)
        header.push_back(skill.name);
    std::string out = csvLine(header);
    // Each person's roles, in the scenario's role order.
    std::unordered_map<std::int64_t, std::string> roleNames;
    for (const Role& role : scenario.roles) {
        const std::string name = scenario.findTeam(role.team)->name + "/" + role.name;
        for (const Assignment& a : scenario.assignments) {
            if (a.role == role.id) {
                std::string& names = roleNames[a.person.value];
                names += (names.empty() ? "" : "; ") + name;
            }
        }
    }
    for (const Person& person : project.people) {
        if (!project.isVisibleIn(person, scenario.id))
            continue;
        const auto roles = roleNames.find(person.id.value);
        const std::string noRole;
        std::vector<std::string> fields{person.name, std::string(personStatusLabel(person.status)),
                                        exactNumber(person.fte), std::to_string(person.yearlyCost),
                                        roles == roleNames.end() ? noRole : roles->second};
        for (const Skill& skill : project.skills) {
            const SkillLevel level = person.level(skill.id);
            fields.push_back(words ? std::string(skillLevelName(level))
                                   : std::to_string(static_cast<int>(level)));
        }
        out += csvLine(fields);
    }
    return out;
}

} // namespace crewplan
