// Runs a piece of work in a forked child process and hands back the bytes it produced, so that
// whatever the work does — abort, crash, run past its time — the caller lives on, and can stop
// it at once. POSIX only (fork, pipe, poll, kill).
#pragma once

#include <chrono>
#include <functional>
#include <stop_token>
#include <string>

namespace crewplan {

struct ChildOutcome {
    enum class Status { Done, Stopped, TimedOut, Crashed };
    Status status = Status::Crashed;
    std::string output; // Done: all the work wrote
    std::string why;    // Crashed: in words (the signal or the exit code)
};

// `work` runs in the child; what it returns is sent back through a pipe. The child is killed
// when `stop` is requested or `deadline` passes; the call returns within a few milliseconds of
// either.
ChildOutcome runInChild(const std::function<std::string()>& work,
                        std::chrono::steady_clock::time_point deadline, std::stop_token stop);

} // namespace crewplan
