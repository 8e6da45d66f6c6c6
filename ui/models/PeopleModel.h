// The people of the current scenario (the project's, plus its planned hires) as a table, with
// inline editing of name, status, FTE and yearly cost. Drags carry person ids to the team plan.
#pragma once

#include "model/Ids.h"
#include "models/IdTableModel.h"

#include <QStringList>
#include <array>
#include <vector>

namespace crewplan {

class ProjectDocument;
struct Person;

class PeopleModel : public IdTableModel<PersonId> {
    Q_OBJECT

public:
    enum Column { Name, Status, Fte, YearlyCost, Allocated, Strongest, ColumnCount };
    static constexpr const char* kMimeType = "application/x-crewplan-person-ids";

    explicit PeopleModel(ProjectDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    // An assignment dragged from the team plan and dropped here is undone.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    PersonId personAt(int row) const { return idAt(row); }

    // Why the last setData was refused, for the field's tooltip.
    const QString& lastError() const { return lastError_; }

private:
    // Everything, or (after a small edit) only the row of the person it touched.
    void refresh(bool onlyLastChange);

    // What each row shows, computed once per change: data() only reads it, and a change
    // repaints only the rows whose text changed.
    using RowText = std::array<QString, ColumnCount>;
    RowText textOf(const Person& person, double allocated) const;

    ProjectDocument& document_;
    std::vector<RowText> text_;
    QString lastError_;
};

} // namespace crewplan
