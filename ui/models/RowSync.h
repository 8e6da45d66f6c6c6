// Keeps a model's list of row ids in step with the core, with begin/end notifications: one
// insertion or removal at a time (what a single edit does), a reset for anything larger.
#pragma once

#include <QAbstractItemModel>

#include <algorithm>
#include <vector>

namespace crewplan {

template <class Id, class Model>
void syncRows(Model& model, std::vector<Id>& rows, const std::vector<Id>& wanted) {
    if (rows == wanted)
        return;
    const auto mismatch = std::mismatch(rows.begin(), rows.end(), wanted.begin(), wanted.end());
    const int at = static_cast<int>(mismatch.first - rows.begin());
    const auto restMatches = [&](int rowsFrom, int wantedFrom) {
        return std::equal(rows.begin() + rowsFrom, rows.end(), wanted.begin() + wantedFrom, wanted.end());
    };
    if (wanted.size() == rows.size() + 1 && restMatches(at, at + 1)) {
        model.beginInsertRows(QModelIndex(), at, at);
        rows.insert(rows.begin() + at, wanted[static_cast<std::size_t>(at)]);
        model.endInsertRows();
    } else if (rows.size() == wanted.size() + 1 && restMatches(at + 1, at)) {
        model.beginRemoveRows(QModelIndex(), at, at);
        rows.erase(rows.begin() + at);
        model.endRemoveRows();
    } else {
        model.beginResetModel();
        rows = wanted;
        model.endResetModel();
    }
}

} // namespace crewplan
