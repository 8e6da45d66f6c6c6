// The current scenario's staffing as a tree: teams, their roles, and each role's slots — who
// fills them at what allocation, and which are still open. People dropped on a role are
// assigned to it.
#pragma once

#include "model/Ids.h"

#include <QAbstractItemModel>
#include <array>
#include <memory>
#include <vector>

namespace crewplan {

class ProjectDocument;
struct Assignment;
struct Role;

class TeamPlanModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class Kind { Team, Role, Assignment, OpenSlot };
    enum Column { Name, Staffing, Coverage, ColumnCount };
    enum ItemRole { KindRole = Qt::UserRole + 1, IdRole, RoleIdRole };
    // A dragged assignment, "personId:roleId": dropped on a role it moves there, dropped on the
    // people table it is undone.
    static constexpr const char* kAssignmentMimeType = "application/x-crewplan-assignment";

    explicit TeamPlanModel(ProjectDocument& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
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
    // Several people at once (a drop): one edit, one undo step.
    std::optional<QString> assign(const std::vector<PersonId>& people, RoleId role);
    // Moves a person's allocation from one role to another, as one undo step.
    std::optional<QString> move(PersonId person, RoleId from, RoleId to);

private:
    // Nodes live at stable addresses (the index's internal pointer), so that an edit updates
    // the tree in place: rows change, appear or disappear, and the view keeps its state.
    struct Node {
        Kind kind;
        Node* parent = nullptr;
        int row = 0;
        std::int64_t id = 0; // team, role or person id (0 for an open slot)
        RoleId role;
        std::array<QString, ColumnCount> text{}; // what the node shows, computed once per change
        std::vector<std::unique_ptr<Node>> children;
    };
    using Nodes = std::vector<std::unique_ptr<Node>>;

    Nodes build() const;
    // A role's slots and its own text.
    void fillRole(Node& roleNode, const Role& role,
                  const std::vector<const Assignment*>& assigned) const;
    std::array<QString, ColumnCount> teamText(std::size_t team) const;
    void refresh();
    // After an edit of one person (and perhaps one role): only what it can have changed.
    void refreshLastChange();
    // Brings `current` (the children of `parent`) to `next`; false if the teams or roles differ.
    void update(Node* parent, Nodes& current, Nodes& next);
    static bool sameSkeleton(const Nodes& a, const Nodes& b);
    const Node* node(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;

    ProjectDocument& document_;
    Nodes teams_;
};

} // namespace crewplan
