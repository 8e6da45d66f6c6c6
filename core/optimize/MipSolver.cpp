#include "optimize/MipSolver.h"

#include <cmath>
#include <coin/Cbc_C_Interface.h>
#include <limits>
#include <memory>
#include <string>

namespace crewplan {

int MipModel::addVariable(double lower, double upper, double cost, bool integer) {
    variables_.push_back({lower, upper, cost, integer});
    return static_cast<int>(variables_.size()) - 1;
}

void MipModel::addConstraint(std::vector<std::pair<int, double>> terms, Sense sense, double rhs) {
    constraints_.push_back({std::move(terms), sense, rhs});
}

MipModel::Solution MipModel::solve(double seconds) const {
    // The whole matrix at once, column by column (CBC's own layout): adding rows one at a time
    // costs more than solving the model.
    const int columns = variableCount();
    const int rows = constraintCount();
    std::vector<std::vector<std::pair<int, double>>> byColumn(variables_.size());
    for (int row = 0; row < rows; ++row) {
        for (const auto& [column, coefficient] : constraints_[static_cast<std::size_t>(row)].terms)
            byColumn[static_cast<std::size_t>(column)].push_back({row, coefficient});
    }
    std::vector<CoinBigIndex> start{0};
    std::vector<int> index;
    std::vector<double> value, lower, upper, cost, rowLower, rowUpper;
    for (std::size_t c = 0; c < variables_.size(); ++c) {
        for (const auto& [row, coefficient] : byColumn[c]) {
            index.push_back(row);
            value.push_back(coefficient);
        }
        start.push_back(static_cast<CoinBigIndex>(index.size()));
        lower.push_back(variables_[c].lower);
        upper.push_back(variables_[c].upper);
        cost.push_back(variables_[c].cost);
    }
    constexpr double infinity = std::numeric_limits<double>::infinity();
    for (const auto& c : constraints_) {
        rowLower.push_back(c.sense == Sense::LessEqual ? -infinity : c.rhs);
        rowUpper.push_back(c.sense == Sense::GreaterEqual ? infinity : c.rhs);
    }

    std::unique_ptr<Cbc_Model, decltype(&Cbc_deleteModel)> model(Cbc_newModel(), &Cbc_deleteModel);
    Cbc_setLogLevel(model.get(), 0);
    Cbc_loadProblem(model.get(), columns, rows, start.data(), index.data(), value.data(),
                    lower.data(), upper.data(), cost.data(), rowLower.data(), rowUpper.data());
    for (int c = 0; c < columns; ++c) {
        if (variables_[static_cast<std::size_t>(c)].integer)
            Cbc_setInteger(model.get(), c);
    }
    Cbc_setObjSense(model.get(), 1.0);
    Cbc_setAllowableGap(model.get(), absoluteGap_);
    Cbc_setParameter(model.get(), "sec", std::to_string(seconds).c_str());
    Cbc_setParameter(model.get(), "timeMode", "elapsed");
    // Measured on generated staffing models (benchmarks/RecommendBenchmark.cpp): CBC's
    // preprocessing and long root cut loops cost more than they save on models this tight.
    Cbc_setParameter(model.get(), "preprocess", "off");
    Cbc_setParameter(model.get(), "passCuts", "3");
    Cbc_solve(model.get());

    Solution s;
    const double* values = Cbc_getColSolution(model.get());
    const bool hasSolution = values && Cbc_bestSolution(model.get()) != nullptr;
    if (Cbc_isProvenOptimal(model.get()))
        s.status = Solution::Status::Optimal;
    else if (Cbc_isProvenInfeasible(model.get()))
        s.status = Solution::Status::Infeasible;
    else if (hasSolution)
        s.status = Solution::Status::Feasible;
    else
        s.status = Solution::Status::NoSolutionInTime;
    if (s.status == Solution::Status::Optimal || s.status == Solution::Status::Feasible) {
        s.values.assign(values, values + columns);
        s.objective = Cbc_getObjValue(model.get());
        s.bound = s.status == Solution::Status::Optimal
                      ? s.objective
                      : std::min(s.objective, Cbc_getBestPossibleObjValue(model.get()));
    }
    return s;
}

} // namespace crewplan
