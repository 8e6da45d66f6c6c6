// Runs the real `crewplan` binary for the command-line tests: exit code, stdout and stderr.
#pragma once

#include "TestSupport.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace crewplan::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// How many rounds a long test runs: the environment variable's number, or `fallback`.
inline int roundsFrom(const char* variable, int fallback) {
    const char* text = std::getenv(variable);
    const int n = text ? std::atoi(text) : 0;
    return n > 0 ? n : fallback;
}

inline std::string shellQuoted(const std::string& arg) {
    std::string q = "'";
    for (char c : arg)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// With `input`, standard input reads it; else it is empty (/dev/null).
inline CliRun runCrewplan(const TempDir& dir, const std::vector<std::string>& args,
                          const std::string& environment = "",
                          const std::optional<std::string>& input = std::nullopt) {
    std::string stdinPath = "/dev/null";
    if (input) {
        stdinPath = dir.file("stdin.txt");
        crewplan::test::writeBytes(stdinPath, *input);
    }
    // The preferences of a test's own, never the developer's (File › Report settings › Detail
    // changes what `report` writes); `environment` may still set another.
    std::string command = "XDG_CONFIG_HOME=" + shellQuoted(dir.file("config")) + " " + environment +
                          shellQuoted(CREWPLAN_BINARY);
    for (const auto& a : args)
        command += " " + shellQuoted(a);
    command += " >" + shellQuoted(dir.file("stdout.txt")) + " 2>" +
               shellQuoted(dir.file("stderr.txt")) + " <" + shellQuoted(stdinPath);
    const int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = crewplan::test::readBytes(dir.file("stdout.txt"));
    run.err = crewplan::test::readBytes(dir.file("stderr.txt"));
    return run;
}

// The sample project, made by the real binary as a user would.
inline std::string sampleProject(const TempDir& dir, const std::string& name = "sample.crewplan") {
    const std::string file = dir.file(name);
    const CliRun created = runCrewplan(dir, {"new", file, "--template", "sample"});
    EXPECT_EQ(created.exitCode, 0) << created.err;
    return file;
}

} // namespace crewplan::test
