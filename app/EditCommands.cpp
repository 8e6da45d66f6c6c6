#include "EditCommands.h"

#include "CommandLine.h"
#include "EditPlanners.h"
#include "storage/ProjectStore.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace crewplan {

struct EditCommands::Command {
    Planner plan;
    std::vector<const char*> names; // the positional arguments after FILE; "…" repeats
};

namespace {

const EditCommands::Command kSkillAdd{planSkillAdd, {"NAME"}};
const EditCommands::Command kSkillRename{planSkillRename, {"SKILL", "NEW_NAME"}};
const EditCommands::Command kSkillSet{planSkillSet, {"SKILL"}};
const EditCommands::Command kSkillRemove{planSkillRemove, {"SKILL"}};
const EditCommands::Command kPersonAdd{planPersonAdd, {"NAME"}};
const EditCommands::Command kPersonSet{planPersonSet, {"PERSON"}};
const EditCommands::Command kPersonRemove{planPersonRemove, {"PERSON"}};
const EditCommands::Command kTeamAdd{planTeamAdd, {"NAME"}};
const EditCommands::Command kTeamRename{planTeamRename, {"TEAM", "NEW_NAME"}};
const EditCommands::Command kTeamRemove{planTeamRemove, {"TEAM"}};
const EditCommands::Command kRoleAdd{planRoleAdd, {"NAME"}};
const EditCommands::Command kRoleSet{planRoleSet, {"ROLE"}};
const EditCommands::Command kRoleRemove{planRoleRemove, {"ROLE"}};
const EditCommands::Command kRequire{planRequire, {"ROLE", "SKILL=LEVEL…"}};
const EditCommands::Command kAssign{planAssign, {"PERSON", "ROLE"}};
const EditCommands::Command kUnassign{planUnassign, {"PERSON", "ROLE?"}};

template <class T>
CLI::Option* optional(CLI::App* command, const std::string& flags, std::optional<T>& target,
                      const std::string& help) {
    return command->add_option_function<T>(
        flags, [&target](const T& value) { target = value; }, help);
}

constexpr const char* kRoleHelp =
    "A role: its name, or Team/Role where several teams have one of that name";

} // namespace

CLI::App* EditCommands::add(CLI::App& parent, const char* name, const char* help,
                            const Command& command) {
    auto* c = parent.add_subcommand(name, help);
    EditArguments& a = args_;
    c->add_option("FILE", a.file, "The project file")->required();
    for (std::size_t i = 0; i < command.names.size(); ++i) {
        std::string label = command.names[i];
        const bool repeats = label.ends_with("…");
        const bool optionalName = label.ends_with("?");
        if (repeats)
            label.erase(label.size() - std::string("…").size());
        if (optionalName)
            label.pop_back();
        const auto set = [&a, i](const std::string& value) {
            if (a.names.size() <= i)
                a.names.resize(i + 1);
            a.names[i] = value;
        };
        const std::string what = label == "ROLE" ? kRoleHelp : label;
        if (repeats) {
            c->add_option_function<std::vector<std::string>>(
                 label,
                 [&a, i](const std::vector<std::string>& values) {
                     a.names.resize(i);
                     a.names.insert(a.names.end(), values.begin(), values.end());
                 },
                 "One or more: a skill and the least level the role needs (0–4 or None…Expert; "
                 "None stops requiring it)")
                ->required()
                ->expected(1, -1);
        } else {
            auto* option = c->add_option_function<std::string>(label, set, what);
            if (!optionalName)
                option->required();
        }
    }
    c->add_option("--scenario", a.scenario, "Scenario (default: the first)");
    c->add_flag("--json", a.json, "Print what was changed as JSON");
    commands_.emplace_back(c, &command);
    return c;
}

EditCommands::EditCommands(CLI::App& app) {
    EditArguments& a = args_;
    const std::string levelHelp =
        "A skill level, SKILL=LEVEL (0–4 or None, Awareness, Working, Advanced, Expert); repeat "
        "for several";

    auto* skill =
        app.add_subcommand("skill", "Add, rename, change or remove a skill of the catalog");
    skill->require_subcommand(1);
    for (auto* c :
         {add(*skill, "add", "Add a skill to the catalog", kSkillAdd),
          add(*skill, "set", "Change a skill's name, category or description", kSkillSet)}) {
        optional(c, "--category", a.category,
                 "Programming, Data engineering, Machine learning, Platform & DevOps, Cloud, "
                 "Quality, Domain or Mindset");
        optional(c, "--description", a.description, "What the skill is");
    }
    optional(skill->get_subcommand("set"), "--name", a.name, "A new name");
    add(*skill, "rename", "Rename a skill", kSkillRename);
    add(*skill, "remove", "Remove a skill from the catalog, every profile and every role",
        kSkillRemove);

    auto* person = app.add_subcommand("person", "Add, change or remove a person");
    person->require_subcommand(1);
    for (auto* c :
         {add(*person, "add", "Add a person (a planned hire joins --scenario)", kPersonAdd),
          add(*person, "set",
              "Change a person's details or levels (PERSON: a name, or 'Name #2' where "
              "several share it)",
              kPersonSet)}) {
        optional(c, "--status", a.status, "employee (default), candidate or planned-hire");
        optional(c, "--fte", a.fte, "Share of a full-time position they have, in (0, 1]");
        optional(c, "--cost", a.cost, "Full yearly cost at their FTE");
        c->add_option("--level", a.levels, levelHelp);
    }
    optional(person->get_subcommand("set"), "--name", a.name, "A new name");
    add(*person, "remove", "Remove a person and their assignments in every scenario",
        kPersonRemove);

    auto* team = app.add_subcommand("team", "Add, rename or remove a team of a scenario");
    team->require_subcommand(1);
    for (auto* c : {add(*team, "add", "Add a team", kTeamAdd),
                    add(*team, "rename", "Rename a team", kTeamRename)})
        optional(c, "--description", a.description, "What the team does");
    add(*team, "remove", "Remove a team with its roles and their assignments", kTeamRemove);

    auto* role = app.add_subcommand("role", "Add, change or remove a role of a team");
    role->require_subcommand(1);
    for (auto* c : {add(*role, "add", "Add a role to a team (NAME may be Team/Role)", kRoleAdd),
                    add(*role, "set", "Change a role's name, headcount or cost band", kRoleSet)}) {
        optional(c, "--headcount", a.headcount, "How many full-time positions (default 1)")
            ->check(CLI::Range(1, 10000));
        optional(c, "--cost-band", a.costBand, "Yearly cost band, MIN-MAX (e.g. 90000-120000)");
    }
    optional(role->get_subcommand("set"), "--name", a.name, "A new name");
    add(*role, "remove", "Remove a role and its assignments", kRoleRemove);

    auto* require =
        add(app, "require", "Set what a role asks of skills (must-have unless --nice)", kRequire);
    require->add_flag("--nice", a.nice, "Nice-to-have rather than must-have");
    auto* assign = add(app, "assign", "Put a person in a role", kAssign);
    optional(assign, "--fte,--allocation", a.fte,
             "Share of a full-time position given to the role (default: what they have free, at "
             "most 1)");
    add(app, "unassign", "Take a person out of a role, or (no ROLE) out of every role", kUnassign);
    // Which team a ROLE is in, where its name alone is ambiguous; the team of a new role.
    for (auto* c :
         {role->get_subcommand("add"), role->get_subcommand("set"), role->get_subcommand("remove"),
          require, assign, app.get_subcommand("unassign")})
        optional(c, "--team", a.team,
                 c == role->get_subcommand("add")
                     ? "The team the new role joins"
                     : "The team the role is in, to tell roles of one name apart");
}

bool EditCommands::parsed() const {
    for (const auto& [app, command] : commands_) {
        if (app->parsed())
            return true;
    }
    return false;
}

int EditCommands::run(std::ostream& out, std::ostream& err) const {
    const EditArguments& a = args_;
    for (const auto& entry : commands_) {
        // Named copies: clang before 16 cannot capture structured bindings in a lambda.
        const CLI::App* app = entry.first;
        const Command* command = entry.second;
        if (!app->parsed())
            continue;
        auto store = ProjectStore::open(a.file);
        if (!store)
            return failWith(err, store.message());
        // Planned inside the write transaction, on the file as it is then: two commands at once
        // never plan on a project the other has changed.
        std::optional<Change> change;
        ScenarioId scenarioId;
        auto applied = store->applyPlanned([&](const Project& now) -> Result<Edit> {
            const auto scenario = now.scenarioOrFirst(a.scenario);
            if (!scenario)
                return scenario.error();
            scenarioId = (*scenario)->id;
            auto planned = command->plan(a, now, **scenario);
            if (!planned)
                return planned.error();
            change = std::move(*planned);
            return change->edit ? *change->edit : Edit{EditBatch{}};
        });
        if (!applied)
            return failWith(err, a.file + ": " + applied.message());
        if (!a.json) {
            out << change->done << '\n';
            return kExitOk;
        }
        const Project& project = store->project();
        const Scenario& now = *project.findScenario(scenarioId);
        const CLI::App* parent = app->get_parent();
        nlohmann::ordered_json root{
            {"command",
             (parent && parent->get_parent() ? parent->get_name() + " " : "") + app->get_name()},
            {"changed", change->edit.has_value()},
            {"done", change->done},
            {"scenario", now.name}};
        root.update(change->describe(project, now));
        out << root.dump(2) << '\n';
        return kExitOk;
    }
    return kExitUsage;
}

} // namespace crewplan
