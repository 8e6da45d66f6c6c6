#include "storage/Conflicts.h"

#include "model/Text.h"

#include <algorithm>
#include <set>

namespace crewplan {

namespace {

// What an edit reads or changes, by the parts of the project that hold it.
struct Footprint {
    std::set<std::int64_t> people; // the person, with their assignments and training everywhere
    std::set<std::int64_t> skills;
    std::set<std::pair<std::int64_t, std::int64_t>> teams; // scenario, team: with its roles
    std::set<std::pair<std::int64_t, std::int64_t>> roles; // scenario, role
    std::set<std::int64_t> staffing;  // scenario: its assignments, training and planned hires
    std::set<std::int64_t> stacks;    // scenario: its stack and declined requirements
    std::set<std::int64_t> scenarios; // scenario: all of it
    std::set<std::int64_t> headers;   // scenario: its name and description
    bool rates = false;
    bool recruiting = false;
    bool catalog = false;
    bool freshIds = false; // it adds things with ids it took from the counter
};

void add(Footprint& f, const Edit& edit);

struct Collect {
    Footprint& f;
    void operator()(const SetSkillLevel& e) const {
        f.people.insert(e.person.value);
        f.skills.insert(e.skill.value);
    }
    void operator()(const SetSkillLevels& e) const {
        for (const auto& level : e.levels)
            (*this)(level);
    }
    void operator()(const SetAllocation& e) const {
        f.people.insert(e.person.value);
        f.roles.insert({e.scenario.value, e.role.value});
    }
    void operator()(const UpdatePerson& e) const { f.people.insert(e.person.value); }
    void operator()(const AddPerson&) const { f.freshIds = true; }
    void operator()(const RemovePerson& e) const { f.people.insert(e.person.value); }
    void operator()(const AddPeople&) const { f.freshIds = true; }
    void operator()(const RemovePeople& e) const {
        for (PersonId id : e.people)
            f.people.insert(id.value);
    }
    void operator()(const AddTeam&) const { f.freshIds = true; }
    void operator()(const RemoveTeam& e) const { f.teams.insert({e.scenario.value, e.team.value}); }
    void operator()(const UpdateTeam& e) const { f.teams.insert({e.scenario.value, e.team.value}); }
    void operator()(const AddRole&) const { f.freshIds = true; }
    void operator()(const RemoveRole& e) const { f.roles.insert({e.scenario.value, e.role.value}); }
    void operator()(const UpdateRole& e) const { f.roles.insert({e.scenario.value, e.role.value}); }
    void operator()(const SetRequirement& e) const {
        f.roles.insert({e.scenario.value, e.role.value});
        f.skills.insert(e.skill.value);
    }
    void operator()(const AddSkill&) const { f.freshIds = true; }
    void operator()(const RemoveSkill& e) const { f.skills.insert(e.skill.value); }
    void operator()(const UpdateSkill& e) const { f.skills.insert(e.skill.value); }
    void operator()(const AddScenario&) const { f.freshIds = true; }
    void operator()(const RemoveScenario& e) const { f.scenarios.insert(e.scenario.value); }
    void operator()(const UpdateScenario& e) const { f.headers.insert(e.scenario.value); }
    void operator()(const SetTrainingRate&) const { f.rates = true; }
    void operator()(const SetRecruitingShare&) const { f.recruiting = true; }
    void operator()(const SetMonthsToHire&) const { f.recruiting = true; }
    void operator()(const SetTargets& e) const { f.scenarios.insert(e.scenario.value); }
    void operator()(const SetHorizon& e) const { f.scenarios.insert(e.scenario.value); }
    void operator()(const SetTenure& e) const { f.scenarios.insert(e.scenario.value); }
    void operator()(const SetTrainingStart& e) const { f.scenarios.insert(e.scenario.value); }
    void operator()(const ReplaceStaffing& e) const {
        f.staffing.insert(e.scenario.value);
        f.freshIds = f.freshIds || !e.addHires.empty();
    }
    void operator()(const SetStack& e) const {
        f.stacks.insert(e.scenario.value);
        for (const auto& [role, requirements] : e.requirements)
            f.roles.insert({e.scenario.value, role.value});
        f.freshIds = f.freshIds || !e.addSkills.empty();
    }
    void operator()(const SetToolCatalog& e) const {
        f.catalog = true;
        f.freshIds = f.freshIds || e.followStacks; // following the stacks may add skills
    }
    void operator()(const EditBatch& e) const {
        for (const Edit& edit : e.edits)
            add(f, edit);
    }
};

void add(Footprint& f, const Edit& edit) {
    std::visit(Collect{f}, edit.variant());
}

std::vector<Assignment> assignmentsOf(const Scenario& scenario, PersonId person) {
    std::vector<Assignment> out;
    for (const Assignment& a : scenario.assignments) {
        if (a.person == person)
            out.push_back(a);
    }
    std::sort(out.begin(), out.end(),
              [](const Assignment& a, const Assignment& b) { return a.role.value < b.role.value; });
    return out;
}

bool samePerson(const Project& a, const Project& b, PersonId id) {
    const Person* x = a.findPerson(id);
    const Person* y = b.findPerson(id);
    if (!x || !y)
        return !x && !y;
    if (!(*x == *y))
        return false;
    for (const Scenario& scenario : a.scenarios) {
        const Scenario* other = b.findScenario(scenario.id);
        if (other && assignmentsOf(scenario, id) != assignmentsOf(*other, id))
            return false;
    }
    return true;
}

std::vector<Role> rolesOfTeam(const Scenario& scenario, TeamId team) {
    std::vector<Role> out;
    for (const Role* role : scenario.rolesOf(team))
        out.push_back(*role);
    return out;
}

std::vector<const Person*> hiresOf(const Project& project, ScenarioId scenario) {
    std::vector<const Person*> out;
    for (const Person& p : project.people) {
        if (p.scenario == scenario)
            out.push_back(&p);
    }
    return out;
}

bool sameStaffing(const Project& a, const Scenario& x, const Project& b, const Scenario& y) {
    Scenario left = x, right = y; // compares assignments and training as sets
    left.teams = right.teams;
    left.roles = right.roles;
    left.stack = right.stack;
    left.declined = right.declined;
    left.name = right.name;
    left.description = right.description;
    if (!(left == right))
        return false;
    const auto hiresA = hiresOf(a, x.id);
    const auto hiresB = hiresOf(b, y.id);
    return std::equal(hiresA.begin(), hiresA.end(), hiresB.begin(), hiresB.end(),
                      [](const Person* p, const Person* q) { return *p == *q; });
}

std::string nameOfPerson(const Project& a, const Project& b, PersonId id) {
    const Person* p = a.findPerson(id) ? a.findPerson(id) : b.findPerson(id);
    return p ? inQuotes(p->name) : std::string("a person");
}

std::string scenarioName(const Project& a, std::int64_t id) {
    const Scenario* s = a.findScenario(ScenarioId{id});
    return s ? inQuotes(s->name) : std::string("a scenario");
}

} // namespace

std::optional<std::string> conflictOf(const Edit& edit, const Project& seen, const Project& now) {
    Footprint f;
    add(f, edit);
    for (std::int64_t id : f.people) {
        if (!samePerson(seen, now, PersonId{id}))
            return nameOfPerson(seen, now, PersonId{id});
    }
    for (std::int64_t id : f.skills) {
        const Skill* x = seen.findSkill(SkillId{id});
        const Skill* y = now.findSkill(SkillId{id});
        if ((x == nullptr) != (y == nullptr) || (x && !(*x == *y)))
            return "the skill " + inQuotes(x ? x->name : y->name);
    }
    for (std::int64_t id : f.scenarios) {
        const Scenario* x = seen.findScenario(ScenarioId{id});
        const Scenario* y = now.findScenario(ScenarioId{id});
        if ((x == nullptr) != (y == nullptr) || (x && !(*x == *y)) ||
            (x && !sameStaffing(seen, *x, now, *y)))
            return "the scenario " + scenarioName(x ? seen : now, id);
    }
    for (std::int64_t id : f.headers) {
        const Scenario* x = seen.findScenario(ScenarioId{id});
        const Scenario* y = now.findScenario(ScenarioId{id});
        if ((x == nullptr) != (y == nullptr) ||
            (x && (x->name != y->name || x->description != y->description)))
            return "the scenario " + scenarioName(x ? seen : now, id);
    }
    for (const auto& [scenario, team] : f.teams) {
        const Scenario* x = seen.findScenario(ScenarioId{scenario});
        const Scenario* y = now.findScenario(ScenarioId{scenario});
        const Team* tx = x ? x->findTeam(TeamId{team}) : nullptr;
        const Team* ty = y ? y->findTeam(TeamId{team}) : nullptr;
        if ((tx == nullptr) != (ty == nullptr) ||
            (tx && (!(*tx == *ty) || rolesOfTeam(*x, tx->id) != rolesOfTeam(*y, ty->id))))
            return "the team " +
                   inQuotes(tx   ? tx->name
                            : ty ? ty->name
                                 : "?") +
                   " of " + scenarioName(x ? seen : now, scenario);
    }
    for (const auto& [scenario, role] : f.roles) {
        const Scenario* x = seen.findScenario(ScenarioId{scenario});
        const Scenario* y = now.findScenario(ScenarioId{scenario});
        const Role* rx = x ? x->findRole(RoleId{role}) : nullptr;
        const Role* ry = y ? y->findRole(RoleId{role}) : nullptr;
        if ((rx == nullptr) != (ry == nullptr) || (rx && !(*rx == *ry)))
            return "the role " +
                   inQuotes(rx   ? rx->name
                            : ry ? ry->name
                                 : "?") +
                   " of " + scenarioName(x ? seen : now, scenario);
    }
    for (std::int64_t id : f.staffing) {
        const Scenario* x = seen.findScenario(ScenarioId{id});
        const Scenario* y = now.findScenario(ScenarioId{id});
        if ((x == nullptr) != (y == nullptr) || (x && !sameStaffing(seen, *x, now, *y)))
            return "the staffing of " + scenarioName(x ? seen : now, id);
    }
    for (std::int64_t id : f.stacks) {
        const Scenario* x = seen.findScenario(ScenarioId{id});
        const Scenario* y = now.findScenario(ScenarioId{id});
        if ((x == nullptr) != (y == nullptr) ||
            (x && (x->stack != y->stack || x->declined != y->declined)))
            return "the stack of " + scenarioName(x ? seen : now, id);
    }
    if (f.rates && (seen.training != now.training || seen.trainingPerSkill != now.trainingPerSkill))
        return std::string("the training rates");
    if (f.recruiting && seen.recruitingShare != now.recruitingShare)
        return std::string("the recruiting cost");
    if (f.recruiting && seen.monthsToHire != now.monthsToHire)
        return std::string("the time to hire");
    if (f.catalog) {
        if (seen.toolCatalog != now.toolCatalog)
            return std::string("the tools catalog");
        for (const Scenario& x : seen.scenarios) {
            const Scenario* y = now.findScenario(x.id);
            if (!y || x.stack != y->stack || x.roles != y->roles)
                return "the stack of " + inQuotes(x.name);
        }
    }
    if (f.freshIds && now.nextId > seen.nextId)
        return std::string("the project (something was added to it)");
    return std::nullopt;
}

std::string describeChanges(const Project& before, const Project& after) {
    std::vector<std::string> parts;
    const auto count = [](long long n, const char* one, const char* many) {
        return countOf(n, one, many);
    };
    long long people = 0;
    for (const Person& p : after.people) {
        const Person* old = before.findPerson(p.id);
        people += !old || !(*old == p) ? 1 : 0;
    }
    for (const Person& p : before.people)
        people += after.findPerson(p.id) ? 0 : 1;
    if (people)
        parts.push_back(count(people, "person", "people"));
    if (before.skills != after.skills)
        parts.push_back("the skills");
    for (const Scenario& s : after.scenarios) {
        const Scenario* old = before.findScenario(s.id);
        if (!old)
            parts.push_back("a new scenario " + inQuotes(s.name));
        else if (!(*old == s))
            parts.push_back("the scenario " + inQuotes(s.name));
    }
    for (const Scenario& s : before.scenarios) {
        if (!after.findScenario(s.id))
            parts.push_back("the scenario " + inQuotes(s.name) + " (removed)");
    }
    if (before.training != after.training || before.trainingPerSkill != after.trainingPerSkill)
        parts.push_back("the training rates");
    if (before.recruitingShare != after.recruitingShare)
        parts.push_back("the recruiting cost");
    if (before.monthsToHire != after.monthsToHire)
        parts.push_back("the time to hire");
    if (before.toolCatalog != after.toolCatalog)
        parts.push_back("the tools catalog");
    if (before.name != after.name)
        parts.push_back("the project's name");
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out;
}

} // namespace crewplan
