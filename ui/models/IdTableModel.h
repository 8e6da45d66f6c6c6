// A table whose rows are core entities, listed by id. Keeps its id list in step with the core
// with begin/end notifications: one insertion or removal at a time (what a single edit does),
// a reset for anything larger.
#pragma once

#include <QAbstractTableModel>
#include <algorithm>
#include <vector>

namespace crewplan {

template <class Id> class IdTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    Id idAt(int row) const {
        return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)] : Id{};
    }
    int rowOf(Id id) const {
        const auto it = std::find(rows_.begin(), rows_.end(), id);
        return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
    }

protected:
    void syncRows(const std::vector<Id>& wanted) {
        if (rows_ == wanted)
            return;
        const auto mismatch =
            std::mismatch(rows_.begin(), rows_.end(), wanted.begin(), wanted.end());
        const int at = static_cast<int>(mismatch.first - rows_.begin());
        const auto restMatches = [&](int rowsFrom, int wantedFrom) {
            return std::equal(rows_.begin() + rowsFrom, rows_.end(), wanted.begin() + wantedFrom,
                              wanted.end());
        };
        if (wanted.size() == rows_.size() + 1 && restMatches(at, at + 1)) {
            beginInsertRows(QModelIndex(), at, at);
            rows_.insert(rows_.begin() + at, wanted[static_cast<std::size_t>(at)]);
            endInsertRows();
        } else if (rows_.size() == wanted.size() + 1 && restMatches(at + 1, at)) {
            beginRemoveRows(QModelIndex(), at, at);
            rows_.erase(rows_.begin() + at);
            endRemoveRows();
        } else {
            beginResetModel();
            rows_ = wanted;
            endResetModel();
        }
    }

    std::vector<Id> rows_;
};

} // namespace crewplan
