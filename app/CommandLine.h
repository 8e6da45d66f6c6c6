// The headless `crewplan` commands (new, summary, generate…). They need the core alone and no
// display; main() hands over to the window only when no command is given.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace crewplan {

// Exit codes, as documented in the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

// What `crewplan report` asked for; main() hands it to the report writer (which needs Qt).
struct ReportArguments {
    std::string file;
    std::string output;
    std::string scenario;
    std::vector<std::string> compare;
    std::string pageSize = "A4";
    std::string author;
    std::string detail;
    bool json = false;
};

struct CommandLineResult {
    // Set when the command line was handled headless; the process exits with it.
    std::optional<int> exitCode;
    // Otherwise: open the window, on this file when one was named.
    std::optional<std::string> fileToOpen;
    // Or: write this report.
    std::optional<ReportArguments> report;
};

// Says "crewplan: <message>" on `err` and gives the exit code for bad input.
int failWith(std::ostream& err, const std::string& message);

CommandLineResult runCommandLine(const std::vector<std::string>& args, std::ostream& out,
                                 std::ostream& err);

} // namespace crewplan
