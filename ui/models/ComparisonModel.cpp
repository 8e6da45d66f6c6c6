#include "ComparisonModel.h"

#include "QtText.h"
#include "model/Scenario.h"

#include <QColor>
#include <cmath>

namespace crewplan {

void ComparisonModel::setComparison(const ScenarioComparison& comparison) {
    beginResetModel();
    rows_ = comparisonRows(comparison);
    scenarios_.clear();
    for (const auto& column : comparison.columns)
        scenarios_ << toQString(column.scenario->name);
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(scenarios_.size());
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparisonRow& row = rows_[static_cast<std::size_t>(index.row())];
    const std::size_t column = static_cast<std::size_t>(index.column());
    const auto& value = row.values[column];
    const auto& first = row.values.front();
    switch (role) {
    case Qt::DisplayRole: {
        if (!value)
            return row.missing.empty() ? tr("n/a") : toQString(row.missing);
        QString text = toQString(formatValue(row.unit, *value));
        if (column > 0 && first && std::abs(*value - *first) > 1e-9)
            text += QStringLiteral("  (%1)").arg(toQString(formatDelta(row.unit, *value - *first)));
        return text;
    }
    case Qt::ForegroundRole: {
        const int v = verdict(row, column);
        if (v > 0)
            return QColor(0x2e, 0x7d, 0x32);
        if (v < 0)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const int v = verdict(row, column);
        return v > 0   ? tr("Better than %1").arg(scenarios_.front())
               : v < 0 ? tr("Worse than %1").arg(scenarios_.front())
                       : QVariant();
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < scenarios_.size() ? scenarios_[section] : QVariant();
    return section < static_cast<int>(rows_.size())
               ? toQString(rows_[static_cast<std::size_t>(section)].label)
               : QVariant();
}

} // namespace crewplan
