// What the edit implementations share: the transaction around an edit, the copy-check-swap of
// structural edits, and small helpers. Private to core/storage.
#pragma once

#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Result.h"
#include "model/Text.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>

namespace crewplan::edits {

inline constexpr double kShareTolerance = 1e-9;

// Runs `write` inside a transaction; only when the file has it does `commit` touch the model.
template <class Write, class Commit>
Result<Edit> transact(Database& db, Edit inverse, Write write, Commit commit) {
    Transaction tx(db);
    if (auto status = tx.begun(); !status)
        return Error{"The change could not be saved: " + status.message()};
    if (auto status = write(); !status)
        return Error{"The change could not be saved: " + status.message()};
    if (auto status = tx.commit(); !status)
        return Error{"The change could not be saved: " + status.message()};
    commit();
    return inverse;
}

// Structural edits (teams, roles, skills, people) are rare: they are made on a copy of the
// project, checked whole with validate(), written, and only then swapped in.
template <class Mutate, class Write>
Result<Edit> restructure(Database& db, Project& project, Edit inverse, Mutate mutate, Write write) {
    Project next = project;
    if (auto status = mutate(next); !status)
        return status.error();
    if (auto status = validate(next); !status)
        return status.error();
    return transact(
        db, std::move(inverse),
        [&]() -> Status {
            auto writer = RowWriter::prepare(db);
            if (!writer)
                return writer.error();
            return write(*writer, next);
        },
        [&] { project = std::move(next); });
}

template <class T, class Id> int indexOf(const std::vector<T>& items, Id id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

template <class T> void insertAt(std::vector<T>& items, int position, T item) {
    if (position < 0 || position > static_cast<int>(items.size()))
        items.push_back(std::move(item));
    else
        items.insert(items.begin() + position, std::move(item));
}

inline bool idInUse(const Project& project, std::int64_t id) {
    if (id <= 0)
        return true;
    if (project.findSkill(SkillId{id}) || project.findPerson(PersonId{id}) ||
        project.findScenario(ScenarioId{id}))
        return true;
    for (const auto& scenario : project.scenarios) {
        if (scenario.findTeam(TeamId{id}) || scenario.findRole(RoleId{id}))
            return true;
    }
    return false;
}

inline Status run(Database& db, std::string_view sql, auto&&... params) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    (stmt->bind(index++, params), ...);
    return stmt->run();
}

// A name an edit gives: present, and within what a file may hold (model/Project.h).
inline Status checkName(std::string_view kind, std::string_view name) {
    if (name.empty())
        return Error{"A " + std::string(kind) + " needs a name."};
    // A line break or tab would break every one-line listing of it (summary, CSV, messages).
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return Error{"A " + std::string(kind) +
                     "'s name cannot hold a line break, a tab or another control character."};
    if (name.size() > kMaxNameLength)
        return Error{"A " + std::string(kind) + "'s name can be " + std::to_string(kMaxNameLength) +
                     " bytes long at most (this one is " + std::to_string(name.size()) + ")."};
    return {};
}

inline Status checkPersonDetails(std::string_view name, double fte, std::int64_t cost) {
    if (auto status = checkName("person", name); !status)
        return status;
    if (!(fte > 0.0 && fte <= 1.0))
        return Error{"FTE must be more than 0 and at most 1 (" + formatShare(fte) + " given)."};
    if (cost < 0)
        return Error{"The yearly cost cannot be negative."};
    if (static_cast<double>(cost) > kMaxMoney)
        return Error{"A yearly cost above " + formatMoney(kMaxMoney) + " is not real."};
    return {};
}

// One per kind of edit; each refuses with the reason, or applies and returns the inverse.
Result<Edit> apply(Database& db, Project& project, const SetSkillLevel& e);
Result<Edit> apply(Database& db, Project& project, const SetSkillLevels& e);
Result<Edit> apply(Database& db, Project& project, const SetAllocation& e);
Result<Edit> apply(Database& db, Project& project, const UpdatePerson& e);
Result<Edit> apply(Database& db, Project& project, const AddPerson& e);
Result<Edit> apply(Database& db, Project& project, const RemovePerson& e);
Result<Edit> apply(Database& db, Project& project, const AddPeople& e);
Result<Edit> apply(Database& db, Project& project, const RemovePeople& e);
Result<Edit> apply(Database& db, Project& project, const AddTeam& e);
Result<Edit> apply(Database& db, Project& project, const RemoveTeam& e);
Result<Edit> apply(Database& db, Project& project, const UpdateTeam& e);
Result<Edit> apply(Database& db, Project& project, const AddRole& e);
Result<Edit> apply(Database& db, Project& project, const RemoveRole& e);
Result<Edit> apply(Database& db, Project& project, const UpdateRole& e);
Result<Edit> apply(Database& db, Project& project, const SetRequirement& e);
Result<Edit> apply(Database& db, Project& project, const AddSkill& e);
Result<Edit> apply(Database& db, Project& project, const RemoveSkill& e);
Result<Edit> apply(Database& db, Project& project, const UpdateSkill& e);
Result<Edit> apply(Database& db, Project& project, const AddScenario& e);
Result<Edit> apply(Database& db, Project& project, const RemoveScenario& e);
Result<Edit> apply(Database& db, Project& project, const UpdateScenario& e);
Result<Edit> apply(Database& db, Project& project, const ReplaceStaffing& e);
Result<Edit> apply(Database& db, Project& project, const SetTrainingRate& e);
Result<Edit> apply(Database& db, Project& project, const SetRecruitingShare& e);
Result<Edit> apply(Database& db, Project& project, const SetMonthsToHire& e);
Result<Edit> apply(Database& db, Project& project, const SetTargets& e);
Result<Edit> apply(Database& db, Project& project, const SetHorizon& e);
Result<Edit> apply(Database& db, Project& project, const SetTenure& e);
Result<Edit> apply(Database& db, Project& project, const SetTrainingStart& e);
Result<Edit> apply(Database& db, Project& project, const SetStack& e);
Result<Edit> apply(Database& db, Project& project, const SetToolCatalog& e);
Result<Edit> apply(Database& db, Project& project, const EditBatch& e);

// Several edits as one: each asked for with the project as the ones before left it (nullopt:
// done), applied in savepoints of one transaction, all or none; the inverse is their inverses
// in reverse order.
Result<Edit>
applySequence(Database& db, Project& project,
              const std::function<std::optional<Result<Edit>>(const Project& next)>& nextEdit);

} // namespace crewplan::edits
