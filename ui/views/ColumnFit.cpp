#include "ColumnFit.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTimer>
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
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::fitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::fitSoon);
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
        header_->resizeSection(column,
                               std::clamp(wanted, floors_[i], std::max(floors_[i], ceiling_)));
    }
}

} // namespace crewplan
