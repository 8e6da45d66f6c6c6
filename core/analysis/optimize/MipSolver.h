// A small mixed-integer programming interface over COIN-OR CBC, so that the staffing model
// never sees the solver's API. Minimisation only.
//
// CBC runs in a program of its own, crewplan-solver (app/SolverMain.cpp), started for each
// solve: a solver library can abort (CBC 2.10 asserts on some degenerate models), and its C
// interface cannot be interrupted. In a child, an abort becomes a refusal with a message, and a
// stop request or the deadline ends the run at once by killing it.
#pragma once

#include <chrono>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace crewplan {

class MipModel {
public:
    enum class Sense { LessEqual, GreaterEqual, Equal };
    using Clock = std::chrono::steady_clock;

    int addVariable(double lower, double upper, double cost, bool integer);
    void addConstraint(std::vector<std::pair<int, double>> terms, Sense sense, double rhs);
    void setCost(int var, double cost) { variables_[static_cast<std::size_t>(var)].cost = cost; }
    void setLower(int var, double lower) {
        variables_[static_cast<std::size_t>(var)].lower = lower;
    }
    void setUpper(int var, double upper) {
        variables_[static_cast<std::size_t>(var)].upper = upper;
    }
    // The linear relaxation: the same model with every variable continuous.
    MipModel relaxed() const;
    double lowerOf(int var) const { return variables_[static_cast<std::size_t>(var)].lower; }
    double upperOf(int var) const { return variables_[static_cast<std::size_t>(var)].upper; }
    int variableCount() const { return static_cast<int>(variables_.size()); }
    int constraintCount() const { return static_cast<int>(constraints_.size()); }
    // Objective values closer than this to the best bound count as proven optimal (the staffing
    // model's 0.2: optimal to within a fifth of a money unit).
    void setAbsoluteGap(double gap) { absoluteGap_ = gap; }
    // CBC's own settings (its preprocessing on) rather than those measured fastest on the
    // staffing models: better on a model whose most variables are fixed.
    void preferSolverDefaults() { defaultsFirst_ = true; }

    // A plan known before the solve (a greedy one): CBC starts from it, and should CBC find
    // none in time, it is the answer (Status::Feasible) when it meets every row and bound.
    void setStart(std::vector<double> values) { start_ = std::move(values); }
    const std::vector<double>& start() const { return start_; }
    bool satisfies(const std::vector<double>& values) const;
    double objectiveOf(const std::vector<double>& values) const;

    struct Solution {
        enum class Status { Optimal, Feasible, Infeasible, NoSolutionInTime, Stopped, Failed };
        Status status = Status::NoSolutionInTime;
        std::vector<double> values;
        double objective = 0.0;
        double bound = 0.0;  // the best proven lower bound; -infinity when none is known
        std::string message; // Failed: what went wrong, in words
    };
    // Solves by `deadline` at the latest; a stop request ends the run within a few milliseconds
    // (Status::Stopped).
    Solution solve(Clock::time_point deadline, std::stop_token stop = {}) const;

private:
    Solution solveWithCbc(Clock::time_point deadline, std::stop_token stop) const;
    struct Variable {
        double lower, upper, cost;
        bool integer;
    };
    struct Constraint {
        std::vector<std::pair<int, double>> terms;
        Sense sense;
        double rhs;
    };
    friend struct MipPresolve;
    std::vector<Variable> variables_;
    std::vector<Constraint> constraints_;
    std::vector<double> start_;
    double absoluteGap_ = 1e-6;
    bool defaultsFirst_ = false;
};

inline constexpr const char* kSolverProgramName = "crewplan-solver";

// Where the solver program is: $CREWPLAN_SOLVER, else beside the running program, else
// ../libexec/crewplan/ from it, else (in the build tree) where the build put it; empty if none.
std::string solverProgram();

// The solver program's whole work: reads one request from `in` to its end, solves it with CBC
// and writes the answer to `out`. Returns the exit code (0, or 2 for a request it cannot read).
int serveSolveRequest(int in, int out);

} // namespace crewplan
