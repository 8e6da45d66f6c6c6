// crewplan-solver: the COIN-OR CBC run behind one recommendation, in a process of its own
// (core/analysis/optimize/MipSolver.h). Started by crewplan for each solve with the parent's
// process id; reads the model on standard input, writes the solution on standard output.
// Not meant to be run by hand.
#include "optimize/MipSolver.h"

#include <csignal>
#include <cstdlib>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char** argv) {
    // Dies with the program that asked, so that a solve never outlives the window or command.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (argc > 1 && std::to_string(::getppid()) != argv[1])
        return 3; // the parent was gone before the line above took effect
    // The answer keeps standard output to itself: whatever CBC or its libraries print goes to
    // standard error instead, never into the bytes the parent decodes.
    const int answer = ::dup(STDOUT_FILENO);
    if (answer < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return 2;
    return crewplan::serveSolveRequest(STDIN_FILENO, answer);
}
