#include "optimize/ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace crewplan {

namespace {

// Writes everything, retrying on interruption; the child has nothing else to do on failure.
void writeAll(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = sigabbrev_np(sig);
        return "it stopped with signal " + std::to_string(sig) +
               (name ? " (SIG" + std::string(name) + ")" : std::string());
    }
    if (WIFEXITED(status))
        return "it exited with code " + std::to_string(WEXITSTATUS(status));
    return "it ended abnormally";
}

} // namespace

ChildOutcome runInChild(const std::function<std::string()>& work,
                        std::chrono::steady_clock::time_point deadline, std::stop_token stop) {
    ChildOutcome outcome;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        outcome.why = std::string("no pipe could be opened: ") + std::strerror(errno);
        return outcome;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        outcome.why = std::string("no process could be started: ") + std::strerror(errno);
        ::close(fds[0]);
        ::close(fds[1]);
        return outcome;
    }
    if (child == 0) {
        // The child: only this thread exists here. Do the work, send it, and leave without
        // running the parent's exit handlers.
        // Nothing of the parent may run here: an exception ends the child, never unwinds into
        // the caller's code; and the child dies with its parent.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::close(fds[0]);
        std::signal(SIGPIPE, SIG_DFL);
        try {
            writeAll(fds[1], work());
        } catch (...) {
            ::_exit(3);
        }
        ::close(fds[1]);
        ::_exit(0);
    }
    ::close(fds[1]);

    bool killed = false;
    char buffer[1 << 16];
    for (;;) {
        if (stop.stop_requested() || std::chrono::steady_clock::now() >= deadline) {
            outcome.status = stop.stop_requested() ? ChildOutcome::Status::Stopped
                                                   : ChildOutcome::Status::TimedOut;
            ::kill(child, SIGKILL);
            killed = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, 10); // ms: how soon a stop request is seen
        if (ready < 0 && errno != EINTR) {
            ::kill(child, SIGKILL);
            outcome.why = std::string("its output could not be read: ") + std::strerror(errno);
            killed = true;
            break;
        }
        if (ready <= 0)
            continue;
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::kill(child, SIGKILL);
            outcome.why = std::string("its output could not be read: ") + std::strerror(errno);
            killed = true;
            break;
        }
        if (n == 0)
            break; // end of the child's output
        outcome.output.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    pid_t waited = -1;
    while ((waited = ::waitpid(child, &status, 0)) < 0 && errno == EINTR) {
    }
    if (waited != child) {
        outcome.status = ChildOutcome::Status::Crashed;
        outcome.why = "its end could not be awaited";
        outcome.output.clear();
        return outcome;
    }
    if (killed) {
        if (!outcome.why.empty())
            outcome.status = ChildOutcome::Status::Crashed;
        outcome.output.clear();
        return outcome;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        outcome.status = ChildOutcome::Status::Done;
    } else {
        outcome.status = ChildOutcome::Status::Crashed;
        outcome.why = describeExit(status);
        outcome.output.clear();
    }
    return outcome;
}

} // namespace crewplan
