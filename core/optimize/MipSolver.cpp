#include "optimize/MipSolver.h"

#include <coin/Cbc_C_Interface.h>
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
    std::unique_ptr<Cbc_Model, decltype(&Cbc_deleteModel)> model(Cbc_newModel(), &Cbc_deleteModel);
    Cbc_setLogLevel(model.get(), 0);
    for (const auto& v : variables_)
        Cbc_addCol(model.get(), "", v.lower, v.upper, v.cost, v.integer ? 1 : 0, 0, nullptr,
                   nullptr);
    for (const auto& c : constraints_) {
        std::vector<int> columns;
        std::vector<double> coefficients;
        for (const auto& [column, coefficient] : c.terms) {
            columns.push_back(column);
            coefficients.push_back(coefficient);
        }
        const char sense = c.sense == Sense::LessEqual      ? 'L'
                           : c.sense == Sense::GreaterEqual ? 'G'
                                                            : 'E';
        Cbc_addRow(model.get(), "", static_cast<int>(columns.size()), columns.data(),
                   coefficients.data(), sense, c.rhs);
    }
    Cbc_setObjSense(model.get(), 1.0);
    Cbc_setMaximumSeconds(model.get(), seconds);
    Cbc_setParameter(model.get(), "sec", std::to_string(seconds).c_str());
    Cbc_setParameter(model.get(), "timeMode", "elapsed");
    Cbc_solve(model.get());

    Solution s;
    const int columns = Cbc_getNumCols(model.get());
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
        s.bound = s.status == Solution::Status::Optimal ? s.objective
                                                        : Cbc_getBestPossibleObjValue(model.get());
    }
    return s;
}

} // namespace crewplan
