#include "ColumnFit.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

namespace crewplan {

ColumnFit::ColumnFit(QAbstractItemView* view, QHeaderView* header, std::vector<int> columns,
                     int ceiling)
    : QObject(view), view_(view), header_(header), columns_(std::move(columns)), ceiling_(ceiling) {
    for (int column : columns_)
        floors_.push_back(header_->sectionSize(column));
    QAbstractItemModel* model = view_->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::fitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::fitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, model](const QModelIndex& parent, int first, int last) {
                widenFor(model->index(first, 0, parent),
                         model->index(last, model->columnCount(parent) - 1, parent));
            });
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::widenFor);
    fitSoon();
}

void ColumnFit::fitSoon() {
    if (pending_)
        return;
    pending_ = true;
    QTimer::singleShot(0, this, &ColumnFit::fit);
}

void ColumnFit::fit() {
    pending_ = false;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int column = columns_[i];
        // The view's hint looks at the rows the header's precision allows (1000 by default),
        // so a large table costs no more than a thousand rows.
        const int wanted =
            std::max(view_->sizeHintForColumn(column), header_->sectionSizeHint(column));
        header_->resizeSection(column, clamped(i, wanted));
    }
}

int ColumnFit::clamped(std::size_t column, int wanted) const {
    return std::clamp(wanted, floors_[column], std::max(floors_[column], ceiling_));
}

void ColumnFit::widenFor(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    constexpr int kFewRows = 16;   // in one change
    constexpr int kBurstRows = 64; // in the changes of one pass of the event loop
    if (pending_)
        return;         // a whole fit is on its way
    if (measured_ == 0) // a burst begins: it ends when the event loop has its turn
        QTimer::singleShot(0, this, [this] { measured_ = 0; });
    measured_ += bottomRight.row() - topLeft.row() + 1;
    if (!topLeft.isValid() || bottomRight.row() - topLeft.row() >= kFewRows ||
        measured_ > kBurstRows) {
        fitSoon();
        return;
    }
    const auto* tree = qobject_cast<const QTreeView*>(view_);
    // What a table's hint for the column adds: the grid line.
    const auto* table = qobject_cast<const QTableView*>(view_);
    const int grid = table && table->showGrid() ? 1 : 0;
    // What a tree's hint for the column adds before the text: a step of indentation per level.
    const auto indentOf = [&](const QModelIndex& index) {
        if (!tree || index.column() != tree->treePosition())
            return 0;
        int depth = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        return depth * tree->indentation();
    };
    const auto shown = [&](const QModelIndex& index) {
        for (QModelIndex up = index.parent(); tree && up.isValid(); up = up.parent()) {
            if (!tree->isExpanded(up))
                return false;
        }
        return true;
    };
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int column = columns_[i];
        if (column < topLeft.column() || column > bottomRight.column())
            continue;
        int wanted = 0;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const QModelIndex index = topLeft.sibling(row, column);
            if (shown(index))
                wanted = std::max(wanted,
                                  view_->sizeHintForIndex(index).width() + indentOf(index) + grid);
        }
        const int width = clamped(i, wanted);
        if (width > header_->sectionSize(column))
            header_->resizeSection(column, width);
    }
}

} // namespace crewplan
