// Starts the Qt application and the main window; main() calls it when no command was given.
#pragma once

#include <optional>
#include <string>

namespace crewplan {

int runWorkbench(int& argc, char** argv, const std::optional<std::string>& file);

} // namespace crewplan
