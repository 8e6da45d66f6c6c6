// Runs a program in a child process, feeds it its input and hands back what it wrote, so that
// whatever the program does — abort, crash, run past its time — the caller lives on and can
// stop it at once. The child is started with posix_spawn (a new program, never a copy of this
// one): a copy made by fork() of a process with threads holds whatever locks those threads
// held, and can hang on the first of them. POSIX only (posix_spawn, socketpair, poll, kill).
#pragma once

#include <chrono>
#include <stop_token>
#include <string>
#include <vector>

namespace crewplan {

struct ChildOutcome {
    enum class Status { Done, Stopped, TimedOut, Crashed };
    Status status = Status::Crashed;
    std::string output; // Done: all the program wrote to its standard output
    std::string why;    // Crashed: in words (the signal, the exit code, or why it did not start)
};

// Runs `program` with `arguments` (argv[1]…), `input` on its standard input (then closed),
// its standard error the caller's. Done only when it exits with 0. The child is killed when
// `stop` is requested or `deadline` passes; the call returns within a few milliseconds of
// either.
ChildOutcome runProgram(const std::string& program, const std::vector<std::string>& arguments,
                        const std::string& input, std::chrono::steady_clock::time_point deadline,
                        std::stop_token stop);

} // namespace crewplan
