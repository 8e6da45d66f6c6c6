// The comparison table: one row per figure, one column per scenario; past the first column,
// the difference from the first, coloured better or worse.
#pragma once

#include "compare/ComparisonTable.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace crewplan {

class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const ScenarioComparison& comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ComparisonRow> rows_;
    QStringList scenarios_;
};

} // namespace crewplan
