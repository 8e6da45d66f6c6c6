// Reading a whole file a user named (a CSV to import, a project JSON), with messages in our
// words: "people.csv: no such file.", "people.csv: a folder, not a file." "-" is standard input.
#pragma once

#include "model/Result.h"

#include <cstddef>
#include <string>

namespace crewplan {

inline constexpr std::size_t kMaxTextFileBytes = std::size_t{1} << 30; // 1 GiB

Result<std::string> readTextFile(const std::string& path);

} // namespace crewplan
