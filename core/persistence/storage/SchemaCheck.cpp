#include "storage/SchemaCheck.h"

#include "model/Text.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace crewplan {

namespace {

struct Object {
    std::string type;                 // table, index, view, trigger
    std::vector<std::string> columns; // a table's: "name type hidden", in order
    bool operator==(const Object&) const = default;
};
using Objects = std::map<std::string, Object>; // by name

// SQLite's own bookkeeping: an index it makes for a UNIQUE or PRIMARY KEY, statistics.
bool isInternal(const std::string& name) {
    return name.starts_with("sqlite_");
}

Result<Objects> objectsOf(Database& db) {
    auto rows = db.prepare("SELECT type, name FROM sqlite_schema ORDER BY name");
    if (!rows)
        return rows.error();
    Objects objects;
    while (rows->step()) {
        const std::string name = rows->text(1);
        if (!isInternal(name))
            objects[name] = {rows->text(0), {}};
    }
    if (auto status = rows->status(); !status)
        return status.error();
    for (auto& [name, object] : objects) {
        if (object.type != "table")
            continue;
        auto columns = db.prepare("SELECT name, type, hidden FROM pragma_table_xinfo(?1)");
        if (!columns)
            return columns.error();
        columns->bind(1, std::string_view(name));
        while (columns->step())
            object.columns.push_back(columns->text(0) + " " + lowered(columns->text(1)) + " " +
                                     columns->text(2));
    }
    return objects;
}

// What Crewplan makes for a file of `version`: its migrations run on an empty database.
const Objects* expectedFor(int version) {
    static std::mutex guard;
    static std::map<int, Objects> made;
    std::lock_guard lock(guard);
    if (const auto it = made.find(version); it != made.end())
        return &it->second;
    auto db = Database::open(":memory:", Database::Mode::Create);
    if (!db)
        return nullptr;
    for (const auto& migration : schema::migrations()) {
        if (migration.version <= version && !db->execute(migration.sql))
            return nullptr;
    }
    auto objects = objectsOf(*db);
    if (!objects)
        return nullptr;
    return &made.emplace(version, std::move(*objects)).first->second;
}

} // namespace

Status checkSchema(Database& db, int version) {
    const Objects* expected = expectedFor(version);
    if (!expected)
        return Error{"Crewplan's own schema could not be made to compare the file with."};
    auto found = objectsOf(db);
    if (!found)
        return Error{"its schema cannot be read (" + found.message() + ")"};
    for (const auto& [name, object] : *found) {
        const auto ours = expected->find(name);
        if (object.type == "trigger" || object.type == "view") {
            if (ours == expected->end())
                return Error{"it holds a " + object.type + " " + inQuotes(name) +
                             " that Crewplan does not make; a file from elsewhere could use one "
                             "to change or wipe what you edit, so it is not opened"};
        }
        if (ours == expected->end())
            return Error{"it holds " + std::string(object.type == "index" ? "an " : "a ") +
                         object.type + " " + inQuotes(name) + " that Crewplan does not make"};
        if (ours->second.type != object.type || ours->second.columns != object.columns)
            return Error{"its " + object.type + " " + inQuotes(name) +
                         " is not as Crewplan makes it"};
    }
    return {};
}

} // namespace crewplan
