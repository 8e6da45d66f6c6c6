// A project open from its .crewplan file. Every edit is written in its own transaction as it is
// applied, so there is never unsaved work; the in-memory Project always equals the file.
#pragma once

#include "edits/Edit.h"
#include "model/Project.h"
#include "model/Result.h"
#include "storage/Database.h"

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
    Result<Edit> apply(const Edit& edit);

    // Writes a consistent copy of the project to another file (replacing it, atomically).
    Status saveCopyAs(const std::string& path);

private:
    ProjectStore(Database db, Project project) : db_(std::move(db)), project_(std::move(project)) {}

    Database db_;
    Project project_;
    std::optional<std::string> migrationBackup_;
};

} // namespace crewplan
