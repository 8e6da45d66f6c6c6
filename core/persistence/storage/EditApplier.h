// Checks and applies one Edit to the file (one transaction) and then to the in-memory model.
#pragma once

#include "edits/Edit.h"
#include "model/Result.h"

namespace crewplan {

class Database;
struct Project;

// Refuses an impossible edit with the reason and changes nothing; otherwise returns its inverse.
Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit);

} // namespace crewplan
