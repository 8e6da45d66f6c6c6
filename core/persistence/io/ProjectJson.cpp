#include "io/ProjectJson.h"

#include "model/Text.h"
#include "stack/ToolCatalog.h"

#include <map>
#include <nlohmann/json.hpp>

namespace crewplan {

namespace {

// Ordered, so that an embedded tools catalog keeps its keys in the order they were written.
using json = nlohmann::ordered_json;

// Reads one JSON document into a Project, keeping the JSON path for every message.
class Reader {
public:
    Reader(std::string_view source) : source_(source) {}

    Result<Project> read(const json& root) {
        if (!root.is_object())
            return fail("", "the document must be a JSON object");
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string() ||
            format->get<std::string>() != "crewplan-project")
            return fail("format", "expected \"crewplan-project\"");
        if (const auto version = root.find("version"); version != root.end()) {
            if (!version->is_number_integer() || version->get<std::int64_t>() < 1)
                return fail("version", "must be a whole number from 1");
            if (version->get<std::int64_t>() > kProjectJsonVersion)
                return fail("version", "the file is version " + version->dump() +
                                           ", from a newer Crewplan; this one reads up to " +
                                           std::to_string(kProjectJsonVersion));
        }
        if (!text(root, "", "name", project_.name))
            return *error_;
        if (root.contains("training") && !rate(root["training"], "training", project_.training))
            return *error_;
        if (root.contains("recruitingShare")) {
            double& share = project_.recruitingShare;
            if (!number(root, "", "recruitingShare", share))
                return *error_;
            if (!(share >= 0.0 && share <= Project::kMostRecruitingShare))
                return fail("recruitingShare",
                            "must be from 0 to 10 (0 to 1,000 % of a hire's yearly cost)");
        }
        if (root.contains("monthsToHire")) {
            std::int64_t months = 0;
            if (!integer(root, "", "monthsToHire", months))
                return *error_;
            if (months < 0 || months > Project::kMostMonthsToHire)
                return fail("monthsToHire", "must be from 0 to 24");
            project_.monthsToHire = static_cast<int>(months);
        }
        if (!readSkills(root) || !readPeople(root) || !readScenarios(root) || !readAssignments() ||
            !readCatalog(root))
            return *error_;
        project_.nextId = nextFreeId(project_);
        if (auto status = validate(project_); !status)
            return Error{std::string(source_) + ": " + status.message()};
        // Every tool a stack names must be in the catalog, at its stage.
        const std::string catalog = project_.toolCatalog.empty()
                                        ? std::string(builtInToolCatalogJson())
                                        : project_.toolCatalog;
        if (auto status =
                checkToolCatalog(project_, catalog, std::string(source_) + ": toolCatalog");
            !status)
            return Error{status.message()};
        return std::move(project_);
    }

private:
    Error fail(const std::string& path, const std::string& what) {
        error_ =
            Error{std::string(source_) + ": " + (path.empty() ? "" : path + ": ") + what + "."};
        return *error_;
    }

    static std::string at(const std::string& path, std::string_view key) {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    static std::string at(const std::string& path, std::size_t index) {
        return path + "[" + std::to_string(index) + "]";
    }

    bool text(const json& object, const std::string& path, std::string_view key, std::string& out,
              bool required = true) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(at(path, key), "missing");
            return !required;
        }
        if (!it->is_string()) {
            fail(at(path, key), "must be a string");
            return false;
        }
        out = it->get<std::string>();
        if (required && out.empty()) {
            fail(at(path, key), "must not be empty");
            return false;
        }
        return true;
    }

    bool number(const json& object, const std::string& path, std::string_view key, double& out) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_number()) {
            fail(at(path, key), it == object.end() ? "missing" : "must be a number");
            return false;
        }
        out = it->get<double>();
        return true;
    }

    bool integer(const json& object, const std::string& path, std::string_view key,
                 std::int64_t& out) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_number_integer()) {
            fail(at(path, key), it == object.end() ? "missing" : "must be a whole number");
            return false;
        }
        out = it->get<std::int64_t>();
        return true;
    }

    // An optional month, "2027-03": left as none when the key is absent.
    bool month(const json& object, const std::string& path, std::string_view key,
               std::optional<Month>& out) {
        const auto it = object.find(key);
        if (it == object.end())
            return true;
        out = it->is_string() ? parseMonth(it->get<std::string>()) : std::nullopt;
        if (!out)
            return fail(at(path, key), "must be a month from 1900-01 to 2999-12, as \"2027-03\""),
                   false;
        return true;
    }

    const json* array(const json& object, const std::string& path, std::string_view key) {
        const auto it = object.find(key);
        if (it == object.end())
            return &empty_;
        if (!it->is_array()) {
            fail(at(path, key), "must be a list");
            return nullptr;
        }
        return &*it;
    }

    bool level(const json& value, const std::string& path, SkillLevel& out) {
        std::optional<SkillLevel> parsed;
        if (value.is_string())
            parsed = parseSkillLevel(value.get<std::string>());
        else if (value.is_number_integer())
            parsed = skillLevelFromInt(value.get<long long>());
        if (!parsed || *parsed == SkillLevel::None) {
            fail(path, "unknown level " + value.dump() +
                           " (expected Awareness, Working, Advanced "
                           "or Expert, or 1 to 4)");
            return false;
        }
        out = *parsed;
        return true;
    }

    // {"costPerLevel": 6000, "weeksPerLevel": 6}
    bool rate(const json& value, const std::string& path, TrainingRate& out) {
        if (!value.is_object())
            return fail(path, "must be {\"costPerLevel\": …, \"weeksPerLevel\": …}"), false;
        if (!number(value, path, "costPerLevel", out.costPerLevel) ||
            !number(value, path, "weeksPerLevel", out.weeksPerLevel))
            return false;
        if (!out.valid())
            return fail(path, "cost and weeks must be 0 or more"), false;
        return true;
    }

    bool readCatalog(const json& root) {
        const auto it = root.find("toolCatalog");
        if (it == root.end())
            return true;
        if (!it->is_object())
            return fail("toolCatalog", "must be a tools catalog (an object)"), false;
        project_.toolCatalog = it->dump(2);
        return true;
    }

    bool skill(const json& object, const std::string& path, SkillId& out) {
        std::string name;
        if (!text(object, path, "skill", name))
            return false;
        const Skill* found = project_.findSkill(name);
        if (!found) {
            fail(at(path, "skill"), "unknown skill " + inQuotes(name) + " (not in \"skills\")");
            return false;
        }
        out = found->id;
        return true;
    }

    bool readSkills(const json& root) {
        const json* skills = array(root, "", "skills");
        if (!skills)
            return false;
        for (std::size_t i = 0; i < skills->size(); ++i) {
            const json& item = (*skills)[i];
            const std::string path = at("skills", i);
            Skill skill;
            std::string category;
            if (!item.is_object())
                return fail(path, "must be an object"), false;
            if (!text(item, path, "name", skill.name) || !text(item, path, "category", category) ||
                !text(item, path, "description", skill.description, false))
                return false;
            const auto parsed = parseSkillCategory(category);
            if (!parsed)
                return fail(at(path, "category"), "unknown category " + inQuotes(category)), false;
            if (project_.findSkill(skill.name))
                return fail(at(path, "name"), inQuotes(skill.name) + " is listed twice"), false;
            skill.category = *parsed;
            skill.id = SkillId{project_.allocateId()};
            if (item.contains("training")) {
                TrainingRate own;
                if (!rate(item["training"], at(path, "training"), own))
                    return false;
                project_.trainingPerSkill[skill.id] = own;
            }
            project_.skills.push_back(std::move(skill));
        }
        return true;
    }

    bool readPeople(const json& root) {
        const json* people = array(root, "", "people");
        if (!people)
            return false;
        for (std::size_t i = 0; i < people->size(); ++i) {
            const json& item = (*people)[i];
            const std::string path = at("people", i);
            if (!item.is_object())
                return fail(path, "must be an object"), false;
            Person person;
            std::string status;
            if (!text(item, path, "name", person.name) || !text(item, path, "status", status) ||
                !number(item, path, "fte", person.fte) ||
                !integer(item, path, "yearlyCost", person.yearlyCost))
                return false;
            const auto parsed = parsePersonStatus(status);
            if (!parsed)
                return fail(at(path, "status"), "unknown status " + inQuotes(status) +
                                                    " (expected employee, candidate or "
                                                    "planned-hire)"),
                       false;
            person.status = *parsed;
            // Assignments and training name a person by "key" where two share a name.
            std::string key;
            if (!text(item, path, "key", key, false))
                return false;
            const std::string ref = key.empty() ? person.name : key;
            if (peopleByName_.count(ref))
                return fail(at(path, key.empty() ? "name" : "key"),
                            inQuotes(ref) + " is listed twice" +
                                (key.empty()
                                     ? " (give each a \"key\" of its own to tell them apart)"
                                     : "")),
                       false;
            const auto skills = item.find("skills");
            if (skills != item.end()) {
                if (!skills->is_object())
                    return fail(at(path, "skills"), "must be an object of skill: level"), false;
                for (const auto& [name, value] : skills->items()) {
                    const Skill* found = project_.findSkill(name);
                    if (!found)
                        return fail(at(at(path, "skills"), name), "unknown skill"), false;
                    SkillLevel held{};
                    if (!level(value, at(at(path, "skills"), name), held))
                        return false;
                    person.skills[found->id] = held;
                }
            }
            std::string scenario;
            if (!text(item, path, "scenario", scenario, false))
                return false;
            person.id = PersonId{project_.allocateId()};
            peopleByName_[ref] = person.id;
            if (!scenario.empty())
                pendingScenario_[person.id] = {scenario, at(path, "scenario")};
            project_.people.push_back(std::move(person));
        }
        return true;
    }

    bool readScenarios(const json& root) {
        const json* scenarios = array(root, "", "scenarios");
        if (!scenarios)
            return false;
        if (scenarios->empty())
            return fail("scenarios", "a project needs at least one scenario"), false;
        for (std::size_t i = 0; i < scenarios->size(); ++i) {
            const json& item = (*scenarios)[i];
            const std::string path = at("scenarios", i);
            if (!item.is_object())
                return fail(path, "must be an object"), false;
            Scenario scenario;
            if (!text(item, path, "name", scenario.name) ||
                !text(item, path, "description", scenario.description, false))
                return false;
            scenario.id = ScenarioId{project_.allocateId()};
            if (const auto horizon = item.find("horizon"); horizon != item.end()) {
                const std::string hpath = at(path, "horizon");
                if (!horizon->is_object())
                    return fail(hpath, "must be {\"start\": month, \"months\": length}"), false;
                std::int64_t months = scenario.horizonMonths;
                if (!month(*horizon, hpath, "start", scenario.horizonStart) ||
                    (horizon->contains("months") && !integer(*horizon, hpath, "months", months)))
                    return false;
                if (months < 1 || months > Scenario::kMostHorizonMonths)
                    return fail(at(hpath, "months"), "must be from 1 to 120"), false;
                scenario.horizonMonths = static_cast<int>(months);
            }
            if (!readTargets(item, path, scenario))
                return false;
            const json* tenure = array(item, path, "tenure");
            if (!tenure)
                return false;
            for (std::size_t k = 0; k < tenure->size(); ++k) {
                const json& entry = (*tenure)[k];
                const std::string tpath = at(at(path, "tenure"), k);
                if (!entry.is_object())
                    return fail(tpath, "must be an object"), false;
                PendingTenure pending{scenario.id, {}, {}, tpath};
                if (!text(entry, tpath, "person", pending.person) ||
                    !month(entry, tpath, "from", pending.dates.start) ||
                    !month(entry, tpath, "until", pending.dates.end))
                    return false;
                if (!pending.dates.start && !pending.dates.end)
                    return fail(tpath, "needs \"from\", \"until\" or both"), false;
                if (auto status = checkTenure(pending.dates); !status) {
                    std::string why = status.message();
                    why.pop_back(); // fail() ends the sentence
                    return fail(tpath, why), false;
                }
                pendingTenure_.push_back(std::move(pending));
            }
            const json* teams = array(item, path, "teams");
            if (!teams)
                return false;
            for (std::size_t t = 0; t < teams->size(); ++t) {
                if (!readTeam((*teams)[t], at(at(path, "teams"), t), scenario))
                    return false;
            }
            if (!readStack(item, path, scenario))
                return false;
            const json* training = array(item, path, "training");
            if (!training)
                return false;
            for (std::size_t k = 0; k < training->size(); ++k) {
                const json& entry = (*training)[k];
                const std::string tpath = at(at(path, "training"), k);
                if (!entry.is_object())
                    return fail(tpath, "must be an object"), false;
                PendingTraining pending{scenario.id, {}, {}, tpath};
                if (!text(entry, tpath, "person", pending.person) ||
                    !skill(entry, tpath, pending.training.skill))
                    return false;
                if (!entry.contains("target"))
                    return fail(at(tpath, "target"), "missing"), false;
                if (!level(entry["target"], at(tpath, "target"), pending.training.target) ||
                    !number(entry, tpath, "cost", pending.training.cost) ||
                    !number(entry, tpath, "weeks", pending.training.weeks) ||
                    !month(entry, tpath, "start", pending.training.start))
                    return false;
                pendingTraining_.push_back(std::move(pending));
            }
            project_.scenarios.push_back(std::move(scenario));
        }
        return true;
    }

    // "stack": {"orchestration": "Airflow", …}: stage id to tool name.
    bool readStack(const json& item, const std::string& path, Scenario& scenario) {
        const auto it = item.find("stack");
        if (it == item.end())
            return true;
        if (!it->is_object())
            return fail(at(path, "stack"), "must be an object of stage: tool"), false;
        for (const auto& [stage, tool] : it->items()) {
            if (!tool.is_string() || tool.get<std::string>().empty())
                return fail(at(at(path, "stack"), stage), "must be a tool's name"), false;
            scenario.stack[stage] = tool.get<std::string>();
        }
        return true;
    }

    bool readTeam(const json& item, const std::string& path, Scenario& scenario) {
        if (!item.is_object())
            return fail(path, "must be an object"), false;
        Team team;
        if (!text(item, path, "name", team.name) ||
            !text(item, path, "description", team.description, false))
            return false;
        team.id = TeamId{project_.allocateId()};
        scenario.teams.push_back(team);
        const json* roles = array(item, path, "roles");
        if (!roles)
            return false;
        for (std::size_t r = 0; r < roles->size(); ++r) {
            if (!readRole((*roles)[r], at(at(path, "roles"), r), scenario, team.id))
                return false;
        }
        return true;
    }

    // "targets": [{"level": 2, "by": "2027-06"}, …]
    bool readTargets(const json& item, const std::string& path, Scenario& scenario) {
        const json* targets = array(item, path, "targets");
        if (!targets)
            return false;
        for (std::size_t k = 0; k < targets->size(); ++k) {
            const json& entry = (*targets)[k];
            const std::string tpath = at(at(path, "targets"), k);
            if (!entry.is_object())
                return fail(tpath, "must be {\"level\": 1 to 4, \"by\": month}"), false;
            std::int64_t level = 0;
            std::optional<Month> by;
            if (!integer(entry, tpath, "level", level) || !month(entry, tpath, "by", by))
                return false;
            if (level < 1 || level > kMostMaturityLevel)
                return fail(at(tpath, "level"), "must be from 1 to 4"), false;
            if (!by)
                return fail(at(tpath, "by"), "missing"), false;
            scenario.targets.push_back({static_cast<int>(level), *by});
        }
        if (auto status = checkTargets(scenario.targets); !status) {
            std::string why = status.message();
            why.pop_back(); // fail() ends the sentence
            return fail(at(path, "targets"), why), false;
        }
        return true;
    }

    // "maturity": 0 to 4, on a role or a requirement; none: 0.
    bool maturity(const json& item, const std::string& path, int& out) {
        if (!item.contains("maturity"))
            return true;
        std::int64_t level = 0;
        if (!integer(item, path, "maturity", level))
            return false;
        if (level < 0 || level > kMostMaturityLevel)
            return fail(at(path, "maturity"), "must be from 0 to 4"), false;
        out = static_cast<int>(level);
        return true;
    }

    bool readRole(const json& item, const std::string& path, Scenario& scenario, TeamId team) {
        if (!item.is_object())
            return fail(path, "must be an object"), false;
        Role role;
        role.team = team;
        std::int64_t headcount = 0;
        if (!text(item, path, "name", role.name) || !integer(item, path, "headcount", headcount))
            return false;
        if (headcount < 1 || headcount > 10000)
            return fail(at(path, "headcount"), "must be from 1 to 10000"), false;
        role.headcount = static_cast<int>(headcount);
        const auto band = item.find("costBand");
        if (band == item.end() || !band->is_array() || band->size() != 2 ||
            !(*band)[0].is_number_integer() || !(*band)[1].is_number_integer())
            return fail(at(path, "costBand"), "must be [minimum, maximum] in whole units"), false;
        role.costBand = {(*band)[0].get<std::int64_t>(), (*band)[1].get<std::int64_t>()};
        if (item.contains("rampUpMonths")) {
            std::int64_t rampUp = 0;
            if (!integer(item, path, "rampUpMonths", rampUp))
                return false;
            if (rampUp < 0 || rampUp > Role::kMostRampUpMonths)
                return fail(at(path, "rampUpMonths"), "must be from 0 to 24"), false;
            role.rampUpMonths = static_cast<int>(rampUp);
        }
        if (!maturity(item, path, role.maturity))
            return false;
        role.id = RoleId{project_.allocateId()};

        const json* reqs = array(item, path, "requirements");
        if (!reqs)
            return false;
        for (std::size_t q = 0; q < reqs->size(); ++q) {
            const json& r = (*reqs)[q];
            const std::string rpath = at(at(path, "requirements"), q);
            if (!r.is_object())
                return fail(rpath, "must be an object"), false;
            RoleRequirement req;
            std::string importance;
            if (!skill(r, rpath, req.skill))
                return false;
            if (!r.contains("level"))
                return fail(at(rpath, "level"), "missing"), false;
            if (!level(r["level"], at(rpath, "level"), req.minimum) ||
                !text(r, rpath, "importance", importance) ||
                !text(r, rpath, "rationale", req.rationale, false))
                return false;
            if (!parseImportance(importance, req.importance))
                return fail(at(rpath, "importance"),
                            "expected \"must-have\" or \"nice-to-have\", not " +
                                inQuotes(importance)),
                       false;
            if (!text(r, rpath, "source", req.source, false) || !maturity(r, rpath, req.maturity))
                return false;
            role.requirements.push_back(std::move(req));
        }

        // Requirements the stack implies that the planner removed: ["Kubernetes", …].
        const json* declined = array(item, path, "declined");
        if (!declined)
            return false;
        for (std::size_t d = 0; d < declined->size(); ++d) {
            const std::string dpath = at(at(path, "declined"), d);
            const json& name = (*declined)[d];
            const Skill* found =
                name.is_string() ? project_.findSkill(name.get<std::string>()) : nullptr;
            if (!found)
                return fail(dpath, name.is_string()
                                       ? "unknown skill " + inQuotes(name.get<std::string>())
                                       : std::string("must be a skill's name")),
                       false;
            scenario.declined.insert({role.id, found->id});
        }

        const json* assignments = array(item, path, "assignments");
        if (!assignments)
            return false;
        for (std::size_t a = 0; a < assignments->size(); ++a) {
            const json& entry = (*assignments)[a];
            const std::string apath = at(at(path, "assignments"), a);
            std::string person;
            double allocation = 0;
            if (!entry.is_object())
                return fail(apath, "must be an object"), false;
            if (!text(entry, apath, "person", person) ||
                !number(entry, apath, "allocation", allocation))
                return false;
            pendingAssignments_.push_back({scenario.id, person, role.id, allocation, apath});
        }
        scenario.roles.push_back(std::move(role));
        return true;
    }

    // Assignments and planned hires name people and scenarios that may come later in the file.
    bool readAssignments() {
        for (const auto& [personId, pending] : pendingScenario_) {
            const Scenario* scenario = project_.findScenario(pending.first);
            if (!scenario)
                return fail(pending.second, "unknown scenario " + inQuotes(pending.first)), false;
            project_.findPerson(personId)->scenario = scenario->id;
        }
        for (const auto& p : pendingTraining_) {
            const auto it = peopleByName_.find(p.person);
            if (it == peopleByName_.end())
                return fail(p.path + ".person", "unknown person " + inQuotes(p.person)), false;
            PlannedTraining training = p.training;
            training.person = it->second;
            project_.findScenario(p.scenario)->training.push_back(training);
        }
        for (const auto& p : pendingTenure_) {
            const auto it = peopleByName_.find(p.person);
            if (it == peopleByName_.end())
                return fail(p.path + ".person", "unknown person " + inQuotes(p.person)), false;
            Scenario& scenario = *project_.findScenario(p.scenario);
            if (!scenario.tenure.emplace(it->second, p.dates).second)
                return fail(p.path, "gives " + inQuotes(p.person) + " dates twice"), false;
        }
        for (const auto& p : pendingAssignments_) {
            const auto it = peopleByName_.find(p.person);
            if (it == peopleByName_.end())
                return fail(p.path + ".person", "unknown person " + inQuotes(p.person)), false;
            project_.findScenario(p.scenario)
                ->assignments.push_back({it->second, p.role, p.allocation});
        }
        return true;
    }

    struct PendingAssignment {
        ScenarioId scenario;
        std::string person;
        RoleId role;
        double allocation;
        std::string path;
    };

    struct PendingTraining {
        ScenarioId scenario;
        std::string person;
        PlannedTraining training;
        std::string path;
    };

    struct PendingTenure {
        ScenarioId scenario;
        std::string person;
        Tenure dates;
        std::string path;
    };
    std::vector<PendingTenure> pendingTenure_;

    std::string_view source_;
    Project project_;
    std::vector<PendingTraining> pendingTraining_;
    std::optional<Error> error_;
    const json empty_ = json::array();
    std::map<std::string, PersonId> peopleByName_;
    std::map<PersonId, std::pair<std::string, std::string>> pendingScenario_;
    std::vector<PendingAssignment> pendingAssignments_;
};

// Key order as written here (nlohmann's ordered_json), so the output reads top-down.
using ordered = nlohmann::ordered_json;

ordered rateJson(const TrainingRate& rate) {
    return {{"costPerLevel", rate.costPerLevel}, {"weeksPerLevel", rate.weeksPerLevel}};
}

void putText(ordered& object, const char* key, const std::string& value) {
    if (!value.empty())
        object[key] = value; // optional texts are left out when empty
}

// How the file names a person: by name, or by a key ("Ana Lima #2") where two share a name.
using PersonRefs = std::map<std::int64_t, std::string>;

PersonRefs personRefs(const Project& project) {
    std::map<std::string, int> count, seen;
    for (const Person& person : project.people)
        ++count[person.name];
    PersonRefs refs;
    for (const Person& person : project.people)
        refs[person.id.value] = count[person.name] > 1
                                    ? person.name + " #" + std::to_string(++seen[person.name])
                                    : person.name;
    return refs;
}

ordered roleJson(const Project& project, const Scenario& scenario, const Role& role,
                 const PersonRefs& refs) {
    ordered out{{"name", role.name},
                {"headcount", role.headcount},
                {"costBand", {role.costBand.minimum, role.costBand.maximum}}};
    if (role.rampUpMonths != Role::kDefaultRampUpMonths)
        out["rampUpMonths"] = role.rampUpMonths;
    if (role.maturity != 0)
        out["maturity"] = role.maturity;
    ordered requirements = ordered::array();
    for (const RoleRequirement& req : role.requirements) {
        ordered r{{"skill", project.findSkill(req.skill)->name},
                  {"level", skillLevelName(req.minimum)},
                  {"importance", importanceName(req.importance)}};
        putText(r, "rationale", req.rationale);
        putText(r, "source", req.source);
        if (req.maturity != 0)
            r["maturity"] = req.maturity;
        requirements.push_back(std::move(r));
    }
    out["requirements"] = std::move(requirements);
    ordered assignments = ordered::array();
    for (const Assignment& a : scenario.assignments) {
        if (a.role == role.id)
            assignments.push_back(
                {{"person", refs.at(a.person.value)}, {"allocation", a.allocation}});
    }
    out["assignments"] = std::move(assignments);
    ordered declined = ordered::array();
    for (const Skill& skill : project.skills) { // in catalog order, not by id
        if (scenario.declined.count({role.id, skill.id}))
            declined.push_back(skill.name);
    }
    if (!declined.empty())
        out["declined"] = std::move(declined);
    return out;
}

ordered scenarioJson(const Project& project, const Scenario& scenario, const PersonRefs& refs) {
    ordered out{{"name", scenario.name}};
    putText(out, "description", scenario.description);
    if (scenario.horizonStart || scenario.horizonMonths != Scenario::kDefaultHorizonMonths) {
        ordered horizon;
        if (scenario.horizonStart)
            horizon["start"] = monthText(*scenario.horizonStart);
        horizon["months"] = scenario.horizonMonths;
        out["horizon"] = std::move(horizon);
    }
    if (!scenario.targets.empty()) {
        ordered targets = ordered::array();
        for (const MaturityTarget& t : scenario.targets)
            targets.push_back({{"level", t.level}, {"by", monthText(t.month)}});
        out["targets"] = std::move(targets);
    }
    ordered teams = ordered::array();
    for (const Team& team : scenario.teams) {
        ordered t{{"name", team.name}};
        putText(t, "description", team.description);
        ordered roles = ordered::array();
        for (const Role* role : scenario.rolesOf(team.id))
            roles.push_back(roleJson(project, scenario, *role, refs));
        t["roles"] = std::move(roles);
        teams.push_back(std::move(t));
    }
    out["teams"] = std::move(teams);
    if (!scenario.training.empty()) {
        ordered training = ordered::array();
        for (const PlannedTraining& t : scenario.training) {
            ordered entry{{"person", refs.at(t.person.value)},
                          {"skill", project.findSkill(t.skill)->name},
                          {"target", skillLevelName(t.target)},
                          {"cost", t.cost},
                          {"weeks", t.weeks}};
            if (t.start)
                entry["start"] = monthText(*t.start);
            training.push_back(std::move(entry));
        }
        out["training"] = std::move(training);
    }
    if (!scenario.tenure.empty()) {
        ordered tenure = ordered::array();
        for (const auto& [person, dates] : scenario.tenure) {
            ordered entry{{"person", refs.at(person.value)}};
            if (dates.start)
                entry["from"] = monthText(*dates.start);
            if (dates.end)
                entry["until"] = monthText(*dates.end);
            tenure.push_back(std::move(entry));
        }
        out["tenure"] = std::move(tenure);
    }
    if (!scenario.stack.empty())
        out["stack"] = scenario.stack;
    return out;
}

} // namespace

std::string writeProjectJson(const Project& project) {
    ordered root{{"format", "crewplan-project"},
                 {"version", kProjectJsonVersion},
                 {"name", project.name},
                 {"training", rateJson(project.training)},
                 {"recruitingShare", project.recruitingShare}};
    if (project.monthsToHire != Project::kDefaultMonthsToHire)
        root["monthsToHire"] = project.monthsToHire;
    ordered skills = ordered::array();
    for (const Skill& skill : project.skills) {
        ordered s{{"name", skill.name}, {"category", skillCategoryName(skill.category)}};
        putText(s, "description", skill.description);
        if (const auto own = project.ownTrainingRate(skill.id))
            s["training"] = rateJson(*own);
        skills.push_back(std::move(s));
    }
    root["skills"] = std::move(skills);
    const PersonRefs refs = personRefs(project);
    ordered people = ordered::array();
    for (const Person& person : project.people) {
        ordered p{{"name", person.name},
                  {"status", personStatusName(person.status)},
                  {"fte", person.fte},
                  {"yearlyCost", person.yearlyCost}};
        ordered held = ordered::object();
        for (const Skill& skill : project.skills) {
            if (person.level(skill.id) != SkillLevel::None)
                held[skill.name] = skillLevelName(person.level(skill.id));
        }
        p["skills"] = std::move(held);
        if (refs.at(person.id.value) != person.name)
            p["key"] = refs.at(person.id.value);
        if (person.scenario)
            p["scenario"] = project.findScenario(*person.scenario)->name;
        people.push_back(std::move(p));
    }
    root["people"] = std::move(people);
    ordered scenarios = ordered::array();
    for (const Scenario& scenario : project.scenarios)
        scenarios.push_back(scenarioJson(project, scenario, refs));
    root["scenarios"] = std::move(scenarios);
    if (!project.toolCatalog.empty())
        root["toolCatalog"] = ordered::parse(project.toolCatalog, nullptr, false);
    // Names come in as UTF-8 from every door; should one not be, it is replaced, never thrown.
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Result<Project> readProjectJson(std::string_view text, std::string_view sourceName) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        return Error{notValidJsonAt(sourceName, text, e.byte)};
    } catch (const json::out_of_range&) { // "1e999": valid JSON, beyond what a number can hold
        return Error{std::string(sourceName) +
                     ": a number in it is too large to read; not a Crewplan project."};
    }
    return Reader(sourceName).read(root);
}

} // namespace crewplan
