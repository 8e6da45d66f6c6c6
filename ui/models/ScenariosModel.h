// The project's scenarios: name (editable), coverage, people and cost; the current one in bold.
#pragma once

#include "model/Ids.h"
#include "models/IdTableModel.h"

#include <QString>
#include <array>
#include <vector>

namespace crewplan {

class ProjectDocument;

class ScenariosModel : public IdTableModel<ScenarioId> {
    Q_OBJECT

public:
    enum Column { Name, MustHave, People, YearlyCost, ColumnCount };

    explicit ScenariosModel(ProjectDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    void refresh();

    ProjectDocument& document_;
    std::vector<std::array<QString, ColumnCount>> text_;
};

} // namespace crewplan
