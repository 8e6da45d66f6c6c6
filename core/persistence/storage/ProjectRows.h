// Reading and writing a whole Project as rows of the current schema.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

namespace crewplan {

class Database;

Result<Project> readProject(Database& db);
// Inserts every row of the project; the caller owns the transaction.
Status writeProject(Database& db, const Project& project);

} // namespace crewplan
