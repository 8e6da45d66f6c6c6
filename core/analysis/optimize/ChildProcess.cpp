#include "optimize/ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace crewplan {

namespace {

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = sigabbrev_np(sig);
        return "it stopped with signal " + std::to_string(sig) +
               (name ? " (SIG" + std::string(name) + ")" : std::string());
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status) == 127
                   ? std::string("it could not be started")
                   : "it exited with code " + std::to_string(WEXITSTATUS(status));
    return "it ended abnormally";
}

// Both ends of a stream, closed when done with (-1 once closed).
struct Ends {
    int ours = -1, theirs = -1;
    ~Ends() {
        closeOurs();
        closeTheirs();
    }
    void closeOurs() {
        if (ours >= 0)
            ::close(ours);
        ours = -1;
    }
    void closeTheirs() {
        if (theirs >= 0)
            ::close(theirs);
        theirs = -1;
    }
};

// A socket pair rather than a pipe: send(MSG_NOSIGNAL) to a child that has died is an error,
// where write() to a pipe would raise SIGPIPE and end the caller.
bool openStream(Ends& ends) {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return false;
    ends.ours = fds[0];
    ends.theirs = fds[1];
    return true;
}

} // namespace

ChildOutcome runProgram(const std::string& program, const std::vector<std::string>& arguments,
                        const std::string& input, std::chrono::steady_clock::time_point deadline,
                        std::stop_token stop) {
    ChildOutcome outcome;
    Ends in, out;
    if (!openStream(in) || !openStream(out)) {
        outcome.why = std::string("no pipe could be opened: ") + std::strerror(errno);
        return outcome;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.theirs, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.theirs, STDOUT_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // The child starts with default signal handling whatever the caller set (SIGPIPE included).
    sigset_t all;
    sigfillset(&all);
    posix_spawnattr_setsigdefault(&attributes, &all);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t child = -1;
    const int spawned =
        posix_spawn(&child, program.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        outcome.why = "it could not be started (" + program + ": " + std::strerror(spawned) + ")";
        return outcome;
    }
    in.closeTheirs();
    out.closeTheirs();
    ::fcntl(in.ours, F_SETFL, ::fcntl(in.ours, F_GETFL) | O_NONBLOCK);

    bool killed = false;
    std::size_t sent = 0;
    if (input.empty())
        in.closeOurs();
    char buffer[1 << 16];
    const auto fail = [&](const char* what) {
        const int error = errno; // before kill() can change it
        ::kill(child, SIGKILL);
        outcome.why = std::string(what) + std::strerror(error);
        killed = true;
    };
    // A stop request or the deadline ends the child: true once it is killed for either.
    const auto endIfDue = [&] {
        if (!stop.stop_requested() && std::chrono::steady_clock::now() < deadline)
            return false;
        outcome.status =
            stop.stop_requested() ? ChildOutcome::Status::Stopped : ChildOutcome::Status::TimedOut;
        ::kill(child, SIGKILL);
        killed = true;
        return true;
    };
    for (;;) {
        if (endIfDue())
            break;
        pollfd p[2] = {{out.ours, POLLIN, 0}, {in.ours, POLLOUT, 0}};
        const int ready = ::poll(p, in.ours >= 0 ? 2 : 1, 10); // ms: how soon a stop is seen
        if (ready < 0 && errno != EINTR) {
            fail("its output could not be read: ");
            break;
        }
        if (ready <= 0)
            continue;
        if (in.ours >= 0 && (p[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n =
                ::send(in.ours, input.data() + sent, input.size() - sent, MSG_NOSIGNAL);
            if (n > 0)
                sent += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EINTR && errno != EAGAIN) || sent == input.size())
                in.closeOurs(); // all sent, or the child stopped reading: its exit tells why
        }
        if (!(p[0].revents & (POLLIN | POLLERR | POLLHUP)))
            continue;
        const ssize_t n = ::read(out.ours, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail("its output could not be read: ");
            break;
        }
        if (n == 0)
            break; // end of the child's output
        outcome.output.append(buffer, static_cast<std::size_t>(n));
    }
    in.closeOurs();
    out.closeOurs();
    // Its output is closed; it should be gone, but the stop and the deadline still hold while
    // it leaves.
    int status = 0;
    pid_t waited = -1;
    for (;;) {
        waited = ::waitpid(child, &status, killed ? 0 : WNOHANG);
        if (waited < 0 && errno == EINTR)
            continue;
        if (waited != 0)
            break;
        if (!killed && endIfDue())
            continue;
        ::usleep(1000);
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
