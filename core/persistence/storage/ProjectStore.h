// A project open from its .crewplan file. Every edit is written in its own transaction as it is
// applied, so there is never unsaved work; the in-memory Project always equals the file.
#pragma once

#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Result.h"
#include "storage/Database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace crewplan {

class ProjectStore {
public:
    // Writes a new project file; refuses an existing path. The file appears whole or not at all.
    static Result<ProjectStore> create(const std::string& path, Project project);
    // Opens a project file. A file that is not SQLite, not a Crewplan project, damaged, or from
    // a newer Crewplan is refused with a message saying which, and is left untouched. An older
    // file is copied to "<file>.v<old version>" and then migrated.
    static Result<ProjectStore> open(const std::string& path);

    const Project& project() const { return project_; }
    const std::string& path() const { return db_.path(); }
    // Where the pre-migration copy went, when open() upgraded the file.
    const std::optional<std::string>& migrationBackup() const { return migrationBackup_; }

    // Applies an edit to the file and the model, or refuses it with the reason and changes
    // nothing. On success returns the edit that undoes it.
    //
    // Several programs may write the file (two windows, the command line). Each edit is applied
    // inside one write transaction against what the file holds then: if another program
    // committed since this store last read the file, the store reads it again first, and the
    // edit applies only if everything it reads or changes is as it was when it was planned
    // (storage/Conflicts.h); otherwise it is refused, naming what changed, and the store holds
    // the file's project. Either way reloads() counts up.
    Result<Edit> apply(const Edit& edit);
    // Plans the edit inside the write transaction, on the project as the file holds it then, and
    // applies it: what the command line does, so that two commands at once never conflict.
    // `plan` may return an empty EditBatch for "nothing to change".
    Result<Edit> applyPlanned(const std::function<Result<Edit>(const Project&)>& plan);

    // Reads the file again if another program committed to it since; true if it did. What it
    // changed is in outsideChanges(). The window calls this on a timer.
    Result<bool> refresh();
    // How many times the project was read again because another program changed the file.
    std::uint64_t reloads() const { return reloads_; }
    // What another program changed, as of the last reload: "2 people and the stack of 'Baseline'".
    const std::string& outsideChanges() const { return outsideChanges_; }

    // Writes a consistent copy of the project to another file (replacing it, atomically).
    Status saveCopyAs(const std::string& path);

private:
    // Remembers the file's data_version as of the project it was handed.
    ProjectStore(Database db, Project project);
    // Reads the file again (in the caller's transaction); returns the project it replaced.
    Result<Project> reread();
    // Reads it again if another program committed since (the file's data_version moved);
    // returns the project it replaced then.
    Result<std::optional<Project>> syncWithFile();
    Result<Edit> applyInTransaction(Transaction& tx, const Edit& edit);

    Database db_;
    Project project_;
    std::int64_t seenVersion_ = -1;
    std::uint64_t reloads_ = 0;
    std::string outsideChanges_;
    std::optional<std::string> migrationBackup_;
};

} // namespace crewplan
