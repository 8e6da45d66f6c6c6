// What one role of the current scenario asks for: skill, minimum level, importance and why.
#pragma once

#include "model/Ids.h"
#include "models/IdTableModel.h"

#include <vector>

namespace crewplan {

class ProjectDocument;

class RequirementsModel : public IdTableModel<SkillId> {
    Q_OBJECT

public:
    enum Column { Skill, Minimum, Importance, Rationale, ColumnCount };

    explicit RequirementsModel(ProjectDocument& document, QObject* parent = nullptr);

    void setRole(RoleId role);
    RoleId role() const { return role_; }
    SkillId skillAt(int row) const { return idAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    void refresh();

    ProjectDocument& document_;
    RoleId role_;
};

} // namespace crewplan
