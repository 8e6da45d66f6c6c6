// Keeps chosen columns of a view as wide as their text, as the model changes: once per burst of
// changes (a queued pass), never narrower than they started, never wider than a ceiling (past
// it a long name is elided, with its tooltip). The user may still drag them. A change of a few
// rows measures only those and can only widen a column: an edit in a table of 10,000 people
// costs a row, not the thousand rows a whole fit measures, and the columns do not jump.
#pragma once

#include <QModelIndex>
#include <QObject>
#include <vector>

class QAbstractItemView;
class QHeaderView;

namespace crewplan {

class ColumnFit : public QObject {
    Q_OBJECT

public:
    ColumnFit(QAbstractItemView* view, QHeaderView* header, std::vector<int> columns, int ceiling);
    void fitSoon();

private:
    void fit();
    void widenFor(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    int clamped(std::size_t column, int wanted) const;

    QAbstractItemView* view_;
    QHeaderView* header_;
    std::vector<int> columns_;
    std::vector<int> floors_;
    int ceiling_;
    bool pending_ = false;
    int measured_ = 0; // rows measured by widenFor since the event loop last had its turn
};

} // namespace crewplan
