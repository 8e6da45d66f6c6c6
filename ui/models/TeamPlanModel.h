// The current scenario's staffing as a tree: teams, their roles, and each role's slots — who
// fills them at what allocation, and which are still open. People dropped on a role are
// assigned to it.
#pragma once

#include "model/Ids.h"

#include <QAbstractItemModel>

#include <vector>

namespace crewplan {

class ProjectDocument;

class TeamPlanModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class Kind { Team, Role, Assignment, OpenSlot };
    enum Column { Name, Staffing, Coverage, ColumnCount };
    enum ItemRole { KindRole = Qt::UserRole + 1, IdRole, RoleIdRole };

    explicit TeamPlanModel(ProjectDocument& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    Kind kindOf(const QModelIndex& index) const;
    // The role an item belongs to (itself, or its slot's role); invalid for a team.
    RoleId roleOf(const QModelIndex& index) const;
    TeamId teamOf(const QModelIndex& index) const;
    PersonId personOf(const QModelIndex& index) const;
    QModelIndex indexOfTeam(TeamId team) const;
    QModelIndex indexOfRole(RoleId role) const;

    // Assigns a person to a role with what they have left, up to what the role still needs.
    // Returns the reason when it cannot.
    std::optional<QString> assign(PersonId person, RoleId role);

private:
    struct Node {
        Kind kind;
        int parent; // index in nodes_, -1 for teams
        int row;    // row under its parent
        std::int64_t id; // team, role or person id (0 for an open slot)
        RoleId role;
        double allocation = 0.0;
        std::vector<int> children;
    };
    void rebuild();
    const Node* node(const QModelIndex& index) const;

    ProjectDocument& document_;
    std::vector<Node> nodes_;
    std::vector<int> teams_; // top-level node indices
};

} // namespace crewplan
