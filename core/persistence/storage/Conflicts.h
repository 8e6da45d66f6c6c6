// When another program (a second window, the command line) commits to the file between the
// moment an edit was planned and the moment it is applied, the edit is checked against what the
// file holds now: everything it reads or changes must be as it was when it was planned. If so it
// applies to the current project and nothing is lost; if not it is refused, naming what changed.
#pragma once

#include "edits/Edit.h"
#include "model/Project.h"

#include <optional>
#include <string>

namespace crewplan {

// What changed under `edit`, in words ("'Ana Lima'", "the stack of 'Baseline'"), between `seen`
// (the project it was planned on) and `now` (the file's); nothing when it still applies.
std::optional<std::string> conflictOf(const Edit& edit, const Project& seen, const Project& now);

// What another program changed, for the window to tell: "2 people, the stack of 'Baseline'".
// Empty when the projects are equal.
std::string describeChanges(const Project& before, const Project& after);

} // namespace crewplan
