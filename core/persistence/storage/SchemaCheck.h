// A project file from elsewhere is untrusted: before anything reads or writes it, its schema is
// compared with the one Crewplan makes for its version. A trigger could change or wipe what an
// ordinary edit touches, a view could hang every query: anything we did not make is refused.
#pragma once

#include "model/Result.h"

namespace crewplan {

class Database;

// Every table, index, view and trigger of the file against Crewplan's schema of `version`: a
// foreign one, or a table whose columns are not ours, is refused by name.
Status checkSchema(Database& db, int version);

} // namespace crewplan
