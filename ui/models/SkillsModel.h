// The skill catalog as a table: name, category, description, and where each skill is used.
#pragma once

#include "model/Ids.h"
#include "models/IdTableModel.h"

#include <vector>

namespace crewplan {

class ProjectDocument;

class SkillsModel : public IdTableModel<SkillId> {
    Q_OBJECT

public:
    enum Column { Name, Category, Description, UsedBy, ColumnCount };

    explicit SkillsModel(ProjectDocument& document, QObject* parent = nullptr);

    SkillId skillAt(int row) const { return idAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    void refresh();
    // After an edit: a level changes its skill's row only; a person's details, nothing here.
    void refreshAfterEdit();

    struct Usage {
        int requirements = 0;
        int people = 0;
    };
    struct RowUsage {
        Usage here;       // in the current scenario
        Usage everywhere; // in the project
    };
    QString usedByText(const RowUsage& usage) const;

    ProjectDocument& document_;
    std::vector<RowUsage> usage_; // per row, counted once per change
    std::vector<QString> usedBy_; // the "Used by" text per row
};

} // namespace crewplan
