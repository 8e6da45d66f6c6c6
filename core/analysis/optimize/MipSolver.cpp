#include "optimize/MipSolver.h"

#include "optimize/ChildProcess.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <coin/Cbc_C_Interface.h>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>

namespace crewplan {

int MipModel::addVariable(double lower, double upper, double cost, bool integer) {
    variables_.push_back({lower, upper, cost, integer});
    return static_cast<int>(variables_.size()) - 1;
}

void MipModel::addConstraint(std::vector<std::pair<int, double>> terms, Sense sense, double rhs) {
    constraints_.push_back({std::move(terms), sense, rhs});
}

using Solution = MipModel::Solution;
using Status = Solution::Status;

MipModel MipModel::relaxed() const {
    MipModel out = *this;
    for (auto& v : out.variables_)
        v.integer = false;
    out.start_.clear();
    return out;
}

double MipModel::objectiveOf(const std::vector<double>& values) const {
    double sum = 0.0;
    for (std::size_t c = 0; c < variables_.size() && c < values.size(); ++c)
        sum += variables_[c].cost * values[c];
    return sum;
}

bool MipModel::satisfies(const std::vector<double>& values) const {
    constexpr double tolerance = 1e-6;
    if (values.size() != variables_.size())
        return false;
    for (std::size_t c = 0; c < values.size(); ++c) {
        const auto& v = variables_[c];
        if (values[c] < v.lower - tolerance || values[c] > v.upper + tolerance ||
            (v.integer && std::abs(values[c] - std::round(values[c])) > tolerance))
            return false;
    }
    for (const auto& row : constraints_) {
        double lhs = 0.0;
        for (const auto& [column, coefficient] : row.terms)
            lhs += coefficient * values[static_cast<std::size_t>(column)];
        const bool ok = row.sense == Sense::LessEqual      ? lhs <= row.rhs + tolerance
                        : row.sense == Sense::GreaterEqual ? lhs >= row.rhs - tolerance
                                                           : std::abs(lhs - row.rhs) <= tolerance;
        if (!ok)
            return false;
    }
    return true;
}

// What CBC is handed never has an empty row or a row of one variable (CBC 2.10 asserts in
// OsiClpSolverInterface::crunch() on such models with preprocessing off): those become bounds,
// or prove the model infeasible, before the solver sees it. A model with no row left is solved
// here, variable by variable.
struct MipPresolve {
    static constexpr double kTolerance = 1e-9;

    std::vector<MipModel::Variable> variables;
    std::vector<MipModel::Constraint> rows;
    bool infeasible = false;

    MipPresolve() = default;
    explicit MipPresolve(const MipModel& model) : variables(model.variables_) {
        for (const auto& c : model.constraints_) {
            std::map<int, double> merged;
            for (const auto& [column, coefficient] : c.terms)
                merged[column] += coefficient;
            std::erase_if(merged, [](const auto& t) { return t.second == 0.0; });
            if (merged.empty())
                infeasible = infeasible || !holds(0.0, c.sense, c.rhs);
            else if (merged.size() == 1)
                bound(merged.begin()->first, merged.begin()->second, c.sense, c.rhs);
            else
                rows.push_back({{merged.begin(), merged.end()}, c.sense, c.rhs});
        }
        for (const auto& v : variables)
            infeasible = infeasible || v.lower > v.upper + kTolerance;
    }

    static bool holds(double lhs, MipModel::Sense sense, double rhs) {
        switch (sense) {
        case MipModel::Sense::LessEqual:
            return lhs <= rhs + kTolerance;
        case MipModel::Sense::GreaterEqual:
            return lhs >= rhs - kTolerance;
        case MipModel::Sense::Equal:
            return std::abs(lhs - rhs) <= kTolerance;
        }
        return false;
    }

    // a·x (sense) rhs as a bound on x.
    void bound(int column, double a, MipModel::Sense sense, double rhs) {
        auto& v = variables[static_cast<std::size_t>(column)];
        const double limit = rhs / a;
        const bool upperBound = (sense == MipModel::Sense::LessEqual) == (a > 0);
        const auto tighten = [&](bool upper) {
            if (upper)
                v.upper = std::min(v.upper, v.integer ? std::floor(limit + kTolerance) : limit);
            else
                v.lower = std::max(v.lower, v.integer ? std::ceil(limit - kTolerance) : limit);
        };
        if (sense == MipModel::Sense::Equal) {
            tighten(true);
            tighten(false);
        } else {
            tighten(upperBound);
        }
    }

    // With no row left, each variable goes to its cheaper bound.
    std::optional<Solution> trivial() const {
        if (infeasible) {
            Solution s;
            s.status = Status::Infeasible;
            return s;
        }
        if (!rows.empty())
            return std::nullopt;
        Solution s;
        s.status = Status::Optimal;
        for (const auto& v : variables) {
            const double x = v.cost > 0   ? v.lower
                             : v.cost < 0 ? v.upper
                                          : std::clamp(0.0, v.lower, v.upper);
            if (!std::isfinite(x)) {
                s.status = Status::Failed;
                s.message = "the model is unbounded";
                s.values.clear();
                return s;
            }
            s.values.push_back(x);
            s.objective += v.cost * x;
        }
        s.bound = s.objective;
        return s;
    }
};

namespace {

// The bytes a solve sends back from the child: status, objective, bound, then the values.
std::string encode(const Solution& s) {
    std::string out;
    const auto put = [&](const void* data, std::size_t size) {
        if (size > 0) // no values: data() may be null, which append and memcpy must not see
            out.append(static_cast<const char*>(data), size);
    };
    const auto status = static_cast<std::int32_t>(s.status);
    const auto count = static_cast<std::uint64_t>(s.values.size());
    put(&status, sizeof status);
    put(&s.objective, sizeof s.objective);
    put(&s.bound, sizeof s.bound);
    put(&count, sizeof count);
    put(s.values.data(), s.values.size() * sizeof(double));
    return out;
}

std::optional<Solution> decode(const std::string& bytes, std::size_t columns) {
    Solution s;
    std::int32_t status = 0;
    std::uint64_t count = 0;
    constexpr std::size_t head = sizeof status + 2 * sizeof(double) + sizeof count;
    if (bytes.size() < head)
        return std::nullopt;
    const char* at = bytes.data();
    const auto take = [&](void* data, std::size_t size) {
        if (size > 0)
            std::memcpy(data, at, size);
        at += size;
    };
    take(&status, sizeof status);
    take(&s.objective, sizeof s.objective);
    take(&s.bound, sizeof s.bound);
    take(&count, sizeof count);
    if (status < 0 || status > static_cast<std::int32_t>(Status::NoSolutionInTime) ||
        (count != 0 && count != columns) || bytes.size() != head + count * sizeof(double))
        return std::nullopt;
    s.status = static_cast<Status>(status);
    s.values.resize(count);
    take(s.values.data(), count * sizeof(double));
    // A plan has a value for every column, each a number.
    const bool plan = s.status == Status::Optimal || s.status == Status::Feasible;
    if (plan &&
        (count != columns || !std::isfinite(s.objective) ||
         !std::all_of(s.values.begin(), s.values.end(), [](double x) { return std::isfinite(x); })))
        return std::nullopt;
    return s;
}

// CBC itself, on the presolved model; runs inside the child.
Solution runCbc(const MipPresolve& model, const std::vector<double>& startValues,
                double absoluteGap, double seconds, bool tuned) {
    // The whole matrix at once, column by column (CBC's own layout): adding rows one at a time
    // costs more than solving the model.
    const auto columns = model.variables.size();
    const auto rows = model.rows.size();
    std::vector<std::vector<std::pair<int, double>>> byColumn(columns);
    for (std::size_t row = 0; row < rows; ++row) {
        for (const auto& [column, coefficient] : model.rows[row].terms)
            byColumn[static_cast<std::size_t>(column)].push_back(
                {static_cast<int>(row), coefficient});
    }
    std::vector<CoinBigIndex> start{0};
    std::vector<int> index;
    std::vector<double> value, lower, upper, cost, rowLower, rowUpper;
    for (std::size_t c = 0; c < columns; ++c) {
        for (const auto& [row, coefficient] : byColumn[c]) {
            index.push_back(row);
            value.push_back(coefficient);
        }
        start.push_back(static_cast<CoinBigIndex>(index.size()));
        lower.push_back(model.variables[c].lower);
        upper.push_back(model.variables[c].upper);
        cost.push_back(model.variables[c].cost);
    }
    constexpr double infinity = std::numeric_limits<double>::infinity();
    for (const auto& c : model.rows) {
        rowLower.push_back(c.sense == MipModel::Sense::LessEqual ? -infinity : c.rhs);
        rowUpper.push_back(c.sense == MipModel::Sense::GreaterEqual ? infinity : c.rhs);
    }

    std::unique_ptr<Cbc_Model, decltype(&Cbc_deleteModel)> cbc(Cbc_newModel(), &Cbc_deleteModel);
    Cbc_setLogLevel(cbc.get(), 0);
    Cbc_loadProblem(cbc.get(), static_cast<int>(columns), static_cast<int>(rows), start.data(),
                    index.data(), value.data(), lower.data(), upper.data(), cost.data(),
                    rowLower.data(), rowUpper.data());
    for (std::size_t c = 0; c < columns; ++c) {
        if (model.variables[c].integer)
            Cbc_setInteger(cbc.get(), static_cast<int>(c));
    }
    Cbc_setObjSense(cbc.get(), 1.0);
    Cbc_setAllowableGap(cbc.get(), absoluteGap);
    Cbc_setParameter(cbc.get(), "sec", std::to_string(seconds).c_str());
    Cbc_setParameter(cbc.get(), "timeMode", "elapsed");
    if (tuned) {
        // Measured on generated staffing models (benchmarks/RecommendBenchmark.cpp): CBC's
        // preprocessing and long root cut loops cost more than they save on models this tight.
        Cbc_setParameter(cbc.get(), "preprocess", "off");
        Cbc_setParameter(cbc.get(), "passCuts", "3");
    }
    std::vector<int> all;
    if (startValues.size() == columns) {
        all.resize(columns);
        for (std::size_t c = 0; c < columns; ++c)
            all[c] = static_cast<int>(c);
        Cbc_setMIPStartI(cbc.get(), static_cast<int>(columns), all.data(), startValues.data());
    }
    Cbc_solve(cbc.get());

    Solution s;
    const double* values = Cbc_getColSolution(cbc.get());
    const bool hasSolution = values && Cbc_bestSolution(cbc.get()) != nullptr;
    if (Cbc_isProvenOptimal(cbc.get()))
        s.status = Status::Optimal;
    else if (Cbc_isProvenInfeasible(cbc.get()))
        s.status = Status::Infeasible;
    else if (hasSolution)
        s.status = Status::Feasible;
    else
        s.status = Status::NoSolutionInTime;
    s.bound = -std::numeric_limits<double>::infinity();
    if ((s.status == Status::Optimal || s.status == Status::Feasible) && values) {
        s.values.assign(values, values + columns);
        s.objective = Cbc_getObjValue(cbc.get());
        s.bound = s.status == Status::Optimal
                      ? s.objective
                      : std::min(s.objective, Cbc_getBestPossibleObjValue(cbc.get()));
    } else if (s.status == Status::NoSolutionInTime) {
        const double best = Cbc_getBestPossibleObjValue(cbc.get());
        if (std::isfinite(best) && std::abs(best) < 1e30)
            s.bound = best; // what the caller's own start can be measured against
    }
    return s;
}

} // namespace

namespace {

// What the solver program is asked: the presolved model, and how to solve it.
struct Request {
    MipPresolve model;
    std::vector<double> start; // empty, or one value per column
    double absoluteGap = 0.0, seconds = 0.0;
    bool tuned = true;
};

constexpr char kRequestMagic[8] = {'C', 'P', 'M', 'I', 'P', '0', '0', '2'};

std::string encodeRequest(const MipPresolve& model, const std::vector<double>& start, double gap,
                          double seconds, bool tuned) {
    std::string out(kRequestMagic, sizeof kRequestMagic);
    const auto put = [&](const auto& value) {
        out.append(reinterpret_cast<const char*>(&value), sizeof value);
    };
    put(static_cast<std::uint64_t>(model.variables.size()));
    put(static_cast<std::uint64_t>(model.rows.size()));
    put(gap);
    put(seconds);
    put(static_cast<std::uint8_t>(tuned));
    for (const auto& v : model.variables) {
        put(v.lower);
        put(v.upper);
        put(v.cost);
        put(static_cast<std::uint8_t>(v.integer));
    }
    for (const auto& row : model.rows) {
        put(static_cast<std::uint8_t>(row.sense));
        put(row.rhs);
        put(static_cast<std::uint64_t>(row.terms.size()));
        for (const auto& [column, coefficient] : row.terms) {
            put(static_cast<std::int32_t>(column));
            put(coefficient);
        }
    }
    put(static_cast<std::uint64_t>(start.size()));
    for (const double x : start)
        put(x);
    return out;
}

// Reads what encodeRequest() wrote; nothing when the bytes are not such a request whole.
std::optional<Request> decodeRequest(const std::string& bytes) {
    std::size_t at = 0;
    bool ok = bytes.compare(0, sizeof kRequestMagic, kRequestMagic, sizeof kRequestMagic) == 0;
    at = sizeof kRequestMagic;
    const auto take = [&](auto& value) {
        if (!ok || bytes.size() - at < sizeof value) {
            ok = false;
            return;
        }
        std::memcpy(&value, bytes.data() + at, sizeof value);
        at += sizeof value;
    };
    Request r;
    std::uint64_t columns = 0, rows = 0;
    std::uint8_t flag = 0;
    take(columns);
    take(rows);
    take(r.absoluteGap);
    take(r.seconds);
    take(flag);
    r.tuned = flag != 0;
    // Every column takes 25 bytes and every row at least 17: counts beyond the bytes are a lie.
    if (!ok || columns > bytes.size() / 25 || rows > bytes.size() / 17)
        return std::nullopt;
    r.model.variables.resize(columns);
    for (auto& v : r.model.variables) {
        take(v.lower);
        take(v.upper);
        take(v.cost);
        take(flag);
        v.integer = flag != 0;
    }
    r.model.rows.resize(rows);
    for (auto& row : r.model.rows) {
        std::uint64_t terms = 0;
        take(flag);
        take(row.rhs);
        take(terms);
        if (!ok || flag > static_cast<std::uint8_t>(MipModel::Sense::Equal) ||
            terms > (bytes.size() - at) / 12)
            return std::nullopt;
        row.sense = static_cast<MipModel::Sense>(flag);
        row.terms.resize(terms);
        for (auto& [column, coefficient] : row.terms) {
            std::int32_t c = 0;
            take(c);
            take(coefficient);
            if (c < 0 || static_cast<std::uint64_t>(c) >= columns)
                ok = false;
            column = c;
        }
    }
    std::uint64_t starts = 0;
    take(starts);
    if (!ok || (starts != 0 && starts != columns) || (bytes.size() - at) / 8 < starts)
        return std::nullopt;
    r.start.resize(starts);
    for (auto& x : r.start)
        take(x);
    if (!ok || at != bytes.size())
        return std::nullopt;
    return r;
}

bool executable(const std::string& path) {
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

} // namespace

std::string solverProgram() {
    if (const char* named = std::getenv("CREWPLAN_SOLVER"); named && *named)
        return named;
    // Beside the running program (the build tree, or bin/ once installed), then in libexec/.
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto here = self.parent_path();
        for (const auto& candidate :
             {here / kSolverProgramName,
              here.parent_path() / "libexec" / "crewplan" / kSolverProgramName}) {
            if (executable(candidate.string()))
                return candidate.string();
        }
    }
#ifdef CREWPLAN_SOLVER_BUILD_PATH
    if (executable(CREWPLAN_SOLVER_BUILD_PATH))
        return CREWPLAN_SOLVER_BUILD_PATH; // the tests and tools of the build tree
#endif
    return {};
}

int serveSolveRequest(int in, int out) {
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return 2;
        if (n == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    const auto request = decodeRequest(bytes);
    if (!request)
        return 2;
    const std::string answer = encode(runCbc(request->model, request->start, request->absoluteGap,
                                             request->seconds, request->tuned));
    std::size_t done = 0;
    while (done < answer.size()) {
        const ssize_t n = ::write(out, answer.data() + done, answer.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 2;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

Solution MipModel::solve(Clock::time_point deadline, std::stop_token stop) const {
    Solution s = solveWithCbc(deadline, stop);
    // CBC found nothing in time (or was stopped by the deadline before it said so): the start,
    // when there is one that holds, measured against whatever bound CBC proved.
    if (s.status == Status::NoSolutionInTime && !start_.empty() && satisfies(start_)) {
        s.status = Status::Feasible;
        s.values = start_;
        s.objective = objectiveOf(start_);
        s.bound = std::min(s.bound, s.objective);
    }
    return s;
}

Solution MipModel::solveWithCbc(Clock::time_point deadline, std::stop_token stop) const {
    if (stop.stop_requested()) {
        Solution stopped;
        stopped.status = Status::Stopped;
        return stopped;
    }
    if (Clock::now() >= deadline) {
        Solution late; // no time left for CBC at all
        late.bound = -std::numeric_limits<double>::infinity();
        return late;
    }
    const MipPresolve model(*this);
    if (auto solved = model.trivial())
        return *solved;
    const std::string program = solverProgram();
    if (program.empty()) {
        Solution s;
        s.status = Status::Failed;
        s.message = "The solver program (" + std::string(kSolverProgramName) +
                    ") is missing: it belongs beside crewplan, or in ../libexec/crewplan/. "
                    "Reinstall Crewplan.";
        return s;
    }

    // First with the settings measured fastest (or CBC's defaults, when asked); should CBC fail
    // on them, once more with the other, in whatever time is left.
    std::string failure;
    const std::vector<double> start = satisfies(start_) ? start_ : std::vector<double>{};
    for (const bool tuned : {!defaultsFirst_, defaultsFirst_}) {
        const double left = std::chrono::duration<double>(deadline - Clock::now()).count();
        // CBC is asked to stop a little before the deadline, so that it can hand back the best
        // plan it has; the deadline itself is enforced by killing the child.
        const double seconds = std::max(0.01, std::min(left * 0.85, left - 0.3));
        const auto outcome =
            runProgram(program, {std::to_string(::getpid())},
                       encodeRequest(model, start, absoluteGap_, seconds, tuned), deadline, stop);
        Solution s;
        switch (outcome.status) {
        case ChildOutcome::Status::Stopped:
            s.status = Status::Stopped;
            return s;
        case ChildOutcome::Status::TimedOut:
            if (!failure.empty())
                break; // the retry ran out of time: the failure before it is the answer
            s.status = Status::NoSolutionInTime;
            s.bound = -std::numeric_limits<double>::infinity();
            return s;
        case ChildOutcome::Status::Crashed:
            failure = outcome.why;
            continue;
        case ChildOutcome::Status::Done:
            if (auto decoded = decode(outcome.output, model.variables.size()))
                return *decoded;
            failure = "its answer could not be read";
            continue;
        }
    }
    Solution s;
    s.status = Status::Failed;
    s.message = "The solver (COIN-OR CBC) failed on this model: " + failure + ".";
    return s;
}

} // namespace crewplan
