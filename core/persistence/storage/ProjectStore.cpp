#include "storage/ProjectStore.h"

#include "model/Text.h"
#include "stack/ToolCatalog.h"
#include "storage/Conflicts.h"
#include "storage/EditApplier.h"
#include "storage/ProjectRows.h"
#include "storage/Schema.h"
#include "storage/SchemaCheck.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace crewplan {

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::size_t kHeaderSize = 100;

std::int64_t bigEndian32(const unsigned char* bytes) {
    return static_cast<std::int32_t>((std::uint32_t{bytes[0]} << 24) |
                                     (std::uint32_t{bytes[1]} << 16) |
                                     (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]});
}

Error refused(const std::string& path, const std::string& why) {
    return Error{path + ": " + why};
}

// Reads the SQLite header without opening the file through SQLite, so that a file which is not
// ours is refused before anything could touch it. Returns the schema version on success.
Result<int> inspectHeader(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return refused(path, "no such file.");
    if (!fs::is_regular_file(status))
        return refused(path, "not a regular file.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return refused(path, "the file cannot be read (check its permissions).");
    std::array<unsigned char, kHeaderSize> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0)
        return refused(path, "the file is empty; it is not a Crewplan project.");
    if (got < kHeaderSize || std::string_view(reinterpret_cast<const char*>(header.data()),
                                              kSqliteMagic.size()) != kSqliteMagic)
        return refused(path, "not a Crewplan project: the file is not an SQLite database.");
    const auto applicationId = bigEndian32(&header[68]);
    if (applicationId != schema::kApplicationId) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08llX",
                      static_cast<unsigned long long>(static_cast<std::uint32_t>(applicationId)));
        return refused(path, std::string("not a Crewplan project: an SQLite database of another "
                                         "application (application id ") +
                                 hex + ").");
    }
    return static_cast<int>(bigEndian32(&header[60]));
}

// quick_check reports "*** in database main ***\nPage 7: …": keep the part a person can use.
std::string readableCheck(std::string verdict) {
    const std::string banner = "*** in database main ***";
    if (const auto at = verdict.find(banner); at != std::string::npos)
        verdict.erase(at, banner.size());
    for (auto& c : verdict) {
        if (c == '\n')
            c = ' ';
    }
    const auto first = verdict.find_first_not_of(' ');
    return first == std::string::npos ? verdict : verdict.substr(first);
}

Error inUse(const std::string& path) {
    return refused(path, "in use: another program is writing to it and did not finish in time. "
                         "Try again in a moment.");
}

// A writer killed mid-transaction leaves a hot journal beside the file. A read-only connection
// cannot roll it back, and the file would look damaged; once the header says the file is ours,
// one read on a read-write connection rolls it back, as SQLite does for any writer.
Status recoverHotJournal(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path + "-journal", ec);
    if (ec || size == 0)
        return {};
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return refused(path, "cannot be opened to finish an interrupted change: " + db.message());
    if (auto read = db->pragmaInteger("schema_version"); !read)
        return db->isBusy() ? Status(inUse(path))
                            : refused(path, "an interrupted change could not be rolled back (" +
                                                read.message() + ").");
    return {};
}

// Reads the header and the version, and finishes an interrupted change; never writes anything
// else. What the pages hold is checked by checkPages.
Result<int> checkHeader(const std::string& path) {
    auto version = inspectHeader(path);
    if (!version)
        return version;
    if (auto recovered = recoverHotJournal(path); !recovered)
        return recovered.error();
    if (*version > schema::kCurrentVersion)
        return refused(path, "made by a newer Crewplan (file schema " + std::to_string(*version) +
                                 "; this version reads up to schema " +
                                 std::to_string(schema::kCurrentVersion) + "). Update Crewplan.");
    if (*version < 1)
        return refused(path, "the project file is damaged (it has no schema version).");
    return version;
}

Status checkReferences(Database& db, const std::string& path);

// SQLite's integrity check of every page and, with `references`, of every row's references, on
// a read-only connection of its own: open() runs it on the second core while it reads the
// project (both read the whole file), and waits for it before it says the file is good.
Status checkPages(const std::string& path, bool references) {
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return refused(path, "cannot be opened: " + db.message());
    auto check = db->prepare("PRAGMA quick_check(1)");
    if (!check)
        return db->isBusy()
                   ? inUse(path)
                   : refused(path, "the project file is damaged (" + check.message() + ").");
    const bool row = check->step();
    if (!row && db->isBusy())
        return inUse(path);
    const std::string verdict = row ? check->text(0) : check->status().message();
    if (verdict != "ok")
        return refused(
            path, "the project file is damaged (integrity check: " + readableCheck(verdict) + ").");
    return references ? checkReferences(*db, path) : Status{};
}

Status configure(Database& db) {
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = DELETE",
                               "PRAGMA synchronous = FULL"}) {
        if (auto status = db.execute(pragma); !status)
            return status;
    }
    return {};
}

// Runs migrations from `from` up to the current version; the caller owns the transaction.
Status migrate(Database& db, int from) {
    for (const auto& migration : schema::migrations()) {
        if (migration.version <= from)
            continue;
        if (auto status = db.execute(migration.sql); !status)
            return Error{"migration to schema " + std::to_string(migration.version) +
                         " failed: " + status.message()};
    }
    // Our own constants, not data: nothing here comes from the file.
    return db.execute("PRAGMA application_id = " + std::to_string(schema::kApplicationId) +
                      "; PRAGMA user_version = " + std::to_string(schema::kCurrentVersion));
}

std::string freeBackupName(const std::string& path, int version) {
    const std::string base = path + ".v" + std::to_string(version);
    std::string candidate = base;
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

// Where a new file is written before it is renamed into place: beside it, hidden, named after
// this process (".team.crewplan.tmp-4711"). A writer killed before the rename leaves one behind,
// with its journal; the next writer of that name removes those of processes that are gone.
std::string temporarySibling(const std::string& path) {
    const fs::path target(path);
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix))
            continue;
        std::string digits = name.substr(prefix.size());
        if (digits.ends_with("-journal"))
            digits.erase(digits.size() - std::string("-journal").size());
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos ||
            digits.size() > 9)
            continue;
        const pid_t owner = static_cast<pid_t>(std::stol(digits));
        if (owner != getpid() && kill(owner, 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
    return (folder / (prefix + std::to_string(getpid()))).string();
}

Status checkReferences(Database& db, const std::string& path) {
    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (!keys)
        return refused(path, "the project file is damaged (" + keys.message() + ").");
    if (keys->step())
        return refused(path, "the project file is damaged (a row of table '" + keys->text(0) +
                                 "' refers to a missing row).");
    return {};
}

Result<Project> loadChecked(Database& db, const std::string& path) {
    auto project = readProject(db);
    if (!project)
        return refused(path, "the project file is damaged (" + project.message() + ").");
    if (auto status = validate(*project); !status)
        return refused(path, "the project file holds an impossible value: " + status.message());
    // Its own tools catalog is read as an imported one is: bounded, every type checked.
    if (auto status = checkToolCatalog(*project, project->toolCatalog, "its tools catalog");
        !status)
        return refused(path, "the project file holds a tools catalog Crewplan cannot use (" +
                                 status.message() + ").");
    return project;
}

} // namespace

ProjectStore::ProjectStore(Database db, Project project)
    : db_(std::move(db)), project_(std::move(project)) {
    if (auto version = db_.pragmaInteger("data_version"))
        seenVersion_ = *version;
}

Result<ProjectStore> ProjectStore::create(const std::string& path, Project project) {
    if (fs::exists(path))
        return refused(path, "a file with this name already exists; choose another name.");
    if (auto status = validate(project); !status)
        return refused(path, status.message());
    const auto folder = fs::absolute(fs::path(path)).parent_path();
    if (std::error_code ec; !fs::is_directory(folder, ec))
        return refused(path,
                       "cannot be created: the folder " + folder.string() + " does not exist.");
    project.nextId = std::max(project.nextId, nextFreeId(project));

    // Write beside the target and rename into place: the file appears whole or not at all.
    const std::string temporary = temporarySibling(path);
    for (const std::string& leftover : {temporary, temporary + "-journal"}) {
        std::error_code ignored;
        fs::remove(leftover, ignored); // this process's own, from a create that failed
    }
    {
        auto db = Database::open(temporary, Database::Mode::Create);
        if (!db)
            return refused(path, "cannot be created: " + db.message());
        Status written = configure(*db);
        if (written) {
            Transaction tx(*db);
            written = tx.begun();
            if (written)
                written = migrate(*db, 0);
            if (written)
                written = writeProject(*db, project);
            if (written)
                written = tx.commit();
        }
        if (!written) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return refused(path, "cannot be written: " + written.message());
        }
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return refused(path, "cannot be created: " + ec.message());
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return refused(path, db.message());
    if (auto status = configure(*db); !status)
        return refused(path, status.message());
    return ProjectStore(std::move(*db), std::move(project));
}

Result<ProjectStore> ProjectStore::open(const std::string& path) {
    try {
        auto version = checkHeader(path);
        if (!version)
            return version.error();

        std::optional<std::string> backup;
        if (*version < schema::kCurrentVersion) {
            // Nothing is copied or written before the file is known to be whole.
            if (auto status = checkPages(path, false); !status)
                return status.error();
            backup = freeBackupName(path, *version);
            std::error_code ec;
            if (!fs::copy_file(path, *backup, ec))
                return refused(path, "cannot keep a copy before upgrading it (" + ec.message() +
                                         "); the file was not changed.");
        }
        // A step that fails before the check below has run: a damaged file is called damaged,
        // whatever else its damage made that step say.
        const auto damagedOr = [&](Error error) -> Error {
            if (!backup) {
                if (auto status = checkPages(path, false); !status)
                    return status.error();
            }
            return error;
        };

        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db)
            return damagedOr(refused(path, "cannot be opened for writing: " + db.message()));
        if (auto status = configure(*db); !status)
            return db->isBusy() ? inUse(path) : damagedOr(refused(path, status.message()));

        // Held until the project is read: no other program commits in between, so the check
        // below and the reading see the same file.
        Transaction tx(*db);
        if (auto status = tx.begun(); !status)
            return db->isBusy() ? inUse(path)
                                : damagedOr(refused(path, "cannot be opened: " + status.message()));
        // Before anything runs on it: no trigger, view or table that Crewplan does not make.
        if (auto status = checkSchema(*db, *version); !status) {
            if (backup) {
                std::error_code ignored;
                fs::remove(*backup, ignored);
            }
            return damagedOr(refused(path, status.message() + "."));
        }
        std::future<Status> pages;
        if (backup) {
            if (auto status = migrate(*db, *version); !status) {
                std::error_code ignored;
                fs::remove(*backup, ignored); // the transaction rolls back: the copy is not needed
                return refused(path, status.message() + "; the file was not changed.");
            }
            if (auto status = checkReferences(*db, path); !status) { // as migrated
                std::error_code ignored;
                fs::remove(*backup, ignored);
                return status.error();
            }
        } else {
            const auto check = [path] { return checkPages(path, true); };
            try {
                pages = std::async(std::launch::async, check);
            } catch (const std::system_error&) { // no thread to be had: checked in turn
                pages = std::async(std::launch::deferred, check);
            }
        }
        auto project = loadChecked(*db, path);
        // A damaged file is called damaged, whatever reading it made of it.
        if (pages.valid()) {
            if (Status checked = pages.get(); !checked)
                return checked.error();
        }
        if (!project) {
            if (backup) {
                std::error_code ignored;
                fs::remove(*backup, ignored);
            }
            return project.error();
        }
        if (auto status = tx.commit(); !status)
            return refused(path, "cannot be opened: " + status.message());

        ProjectStore store(std::move(*db), std::move(*project));
        store.migrationBackup_ = std::move(backup);
        return store;
    } catch (const std::exception& e) {
        return refused(path, std::string("the project file could not be read: ") + e.what());
    }
}

namespace {

// What a failed BEGIN IMMEDIATE means to the person who made the edit.
Error notSaved(const Database& db, const Status& status) {
    if (db.isBusy())
        return Error{"The change could not be saved: another program is writing to the project "
                     "file and did not finish in time. Nothing was changed; try again."};
    return Error{"The change could not be saved: " + status.message()};
}

} // namespace

Result<Project> ProjectStore::reread() {
    if (auto status = checkReferences(db_, db_.path()); !status)
        return status.error();
    auto fresh = loadChecked(db_, db_.path());
    if (!fresh)
        return fresh.error();
    // Ids this process handed out (and its undo steps may hold) are never handed out again.
    fresh->nextId = std::max(fresh->nextId, project_.nextId);
    std::swap(project_, *fresh);
    return fresh; // the project it replaced
}

Result<std::optional<Project>> ProjectStore::syncWithFile() {
    auto version = db_.pragmaInteger("data_version");
    if (!version)
        return Error{"The project file could not be read again: " + version.message()};
    if (*version == seenVersion_)
        return std::optional<Project>();
    auto previous = reread();
    if (!previous)
        return previous.error();
    seenVersion_ = *version;
    outsideChanges_ = describeChanges(*previous, project_);
    ++reloads_;
    return std::optional<Project>(std::move(*previous));
}

Result<bool> ProjectStore::refresh() {
    auto version = db_.pragmaInteger("data_version");
    if (!version)
        return Error{"The project file could not be read again: " + version.message()};
    if (*version == seenVersion_)
        return false;
    Transaction tx(db_); // one consistent reading of every table
    if (auto status = tx.begun(); !status)
        return db_.isBusy() ? Result<bool>(false) : Result<bool>(notSaved(db_, status));
    auto previous = syncWithFile();
    if (!previous)
        return previous.error();
    if (auto status = tx.commit(); !status)
        return Error{"The project file could not be read again: " + status.message()};
    return previous->has_value();
}

Result<Edit> ProjectStore::applyInTransaction(Transaction& tx, const Edit& edit) {
    auto undo = applyEdit(db_, project_, edit); // a savepoint inside the open transaction
    if (!undo)
        return undo;
    if (auto status = tx.commit(); !status) {
        (void)reread(); // the model went ahead of the file: take the file's again
        return Error{"The change could not be saved: " + status.message()};
    }
    return undo;
}

Result<Edit> ProjectStore::apply(const Edit& edit) {
    Transaction tx(db_);
    if (auto status = tx.begun(); !status)
        return notSaved(db_, status);
    auto previous = syncWithFile();
    if (!previous)
        return previous.error();
    if (*previous) {
        if (const auto changed = conflictOf(edit, **previous, project_))
            return Error{"While you worked, another program changed " + *changed +
                         " in the project file. Nothing was changed here; Crewplan now shows "
                         "the file as it is. Do it again if you still want to."};
    }
    return applyInTransaction(tx, edit);
}

Result<Edit> ProjectStore::applyPlanned(const std::function<Result<Edit>(const Project&)>& plan) {
    Transaction tx(db_);
    if (auto status = tx.begun(); !status)
        return notSaved(db_, status);
    if (auto previous = syncWithFile(); !previous)
        return previous.error();
    auto edit = plan(project_);
    if (!edit)
        return edit.error();
    return applyInTransaction(tx, *edit);
}

Status ProjectStore::saveCopyAs(const std::string& path) {
    std::error_code ec;
    if (fs::exists(path) && fs::equivalent(path, db_.path(), ec))
        return Error{path + ": this is the open project itself; choose another name."};
    const std::string temporary = temporarySibling(path);
    fs::remove(temporary, ec);
    auto stmt = db_.prepare("VACUUM INTO ?1");
    if (!stmt)
        return Error{path + ": cannot be written: " + stmt.message()};
    db_.setStepBounded(false); // the copy is one step over all of our own, checked file
    auto copied = stmt->bind(1, temporary).run();
    db_.setStepBounded(true);
    if (auto status = copied; !status) {
        fs::remove(temporary, ec);
        return Error{path + ": cannot be written: " + status.message()};
    }
    fs::rename(temporary, path, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return Error{path + ": cannot be written: " + ec.message()};
    }
    return {};
}

} // namespace crewplan
