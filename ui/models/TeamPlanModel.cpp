#include "TeamPlanModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "models/PeopleModel.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QPalette>

#include <cmath>
#include <unordered_map>

namespace crewplan {

TeamPlanModel::TeamPlanModel(ProjectDocument& document, QObject* parent)
    : QAbstractItemModel(parent), document_(document) {
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(&document_, &ProjectDocument::edited, this, reset);
    connect(&document_, &ProjectDocument::scenarioChanged, this, reset);
    connect(&document_, &ProjectDocument::projectReplaced, this, reset);
    rebuild();
}

void TeamPlanModel::rebuild() {
    nodes_.clear();
    teams_.clear();
    const Scenario& scenario = document_.scenario();
    std::unordered_map<RoleId, std::vector<const Assignment*>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(&a);

    for (const auto& team : scenario.teams) {
        const int teamNode = static_cast<int>(nodes_.size());
        nodes_.push_back({Kind::Team, -1, static_cast<int>(teams_.size()), team.id.value, {}, 0.0, {}});
        teams_.push_back(teamNode);
        for (const auto& role : scenario.roles) {
            if (role.team != team.id)
                continue;
            const int roleNode = static_cast<int>(nodes_.size());
            nodes_.push_back({Kind::Role, teamNode, static_cast<int>(nodes_[static_cast<std::size_t>(teamNode)].children.size()),
                              role.id.value, role.id, 0.0, {}});
            nodes_[static_cast<std::size_t>(teamNode)].children.push_back(roleNode);
            double filled = 0.0;
            const auto addChild = [&](Kind kind, std::int64_t id, double allocation) {
                const int child = static_cast<int>(nodes_.size());
                auto& parentNode = nodes_[static_cast<std::size_t>(roleNode)];
                nodes_.push_back({kind, roleNode, static_cast<int>(parentNode.children.size()), id, role.id, allocation, {}});
                nodes_[static_cast<std::size_t>(roleNode)].children.push_back(child);
            };
            for (const Assignment* a : byRole[role.id]) {
                addChild(Kind::Assignment, a->person.value, a->allocation);
                filled += a->allocation;
            }
            // One open slot per started missing FTE: 2 slots with 1.5 filled leave one open.
            const double open = role.headcount - filled;
            for (int i = 0; i < static_cast<int>(std::ceil(open - 1e-9)); ++i)
                addChild(Kind::OpenSlot, 0, std::min(1.0, open - i));
            nodes_[static_cast<std::size_t>(roleNode)].allocation = filled;
        }
    }
}

const TeamPlanModel::Node* TeamPlanModel::node(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    return &nodes_[static_cast<std::size_t>(index.internalId())];
}

QModelIndex TeamPlanModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& siblings = parent.isValid() ? node(parent)->children : teams_;
    if (row >= static_cast<int>(siblings.size()) || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<std::size_t>(row)]));
}

QModelIndex TeamPlanModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node& p = nodes_[static_cast<std::size_t>(n->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(n->parent));
}

int TeamPlanModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(teams_.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(node(parent)->children.size());
}

int TeamPlanModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant TeamPlanModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    if (role == KindRole)
        return static_cast<int>(n->kind);
    if (role == IdRole)
        return static_cast<qlonglong>(n->id);
    if (role == RoleIdRole)
        return static_cast<qlonglong>(n->role.value);

    if (role == Qt::DisplayRole) {
        switch (n->kind) {
        case Kind::Team: {
            const Team* team = scenario.findTeam(TeamId{n->id});
            if (index.column() == Name)
                return team ? toQString(team->name) : QVariant();
            const auto& report = document_.coverage();
            const auto& figures = report.teams[static_cast<std::size_t>(n->row)].figures;
            if (index.column() == Staffing)
                return tr("%1 people, %2 FTE").arg(figures.totalHeadcount()).arg(toQString(formatShare(figures.fte)));
            return figures.mustHave ? toQString(formatPercent(*figures.mustHave)) : tr("n/a");
        }
        case Kind::Role: {
            const Role* r = scenario.findRole(n->role);
            if (!r)
                return {};
            if (index.column() == Name)
                return toQString(r->name);
            if (index.column() == Staffing)
                return tr("%1 of %2 FTE filled").arg(toQString(formatShare(n->allocation))).arg(r->headcount);
            return {};
        }
        case Kind::Assignment: {
            const Person* person = document_.person(PersonId{n->id});
            if (index.column() == Name)
                return person ? toQString(person->name) : QVariant();
            if (index.column() == Staffing)
                return tr("%1 FTE").arg(toQString(formatShare(n->allocation)));
            return person ? toQString(personStatusLabel(person->status)) : QVariant();
        }
        case Kind::OpenSlot:
            if (index.column() == Name)
                return tr("Open slot");
            if (index.column() == Staffing)
                return tr("%1 FTE to fill").arg(toQString(formatShare(n->allocation)));
            return tr("drop a person here");
        }
    }
    if (role == Qt::FontRole && (n->kind == Kind::Team || n->kind == Kind::OpenSlot)) {
        QFont font = QApplication::font();
        font.setBold(n->kind == Kind::Team);
        font.setItalic(n->kind == Kind::OpenSlot);
        return font;
    }
    if (role == Qt::ForegroundRole && n->kind == Kind::OpenSlot)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && n->kind == Kind::Role) {
        const Role* r = scenario.findRole(n->role);
        return r ? tr("Cost band %1 – %2 a year; %3 requirements. Drop people here to assign them.")
                       .arg(toQString(formatMoney(static_cast<double>(r->costBand.minimum))),
                            toQString(formatMoney(static_cast<double>(r->costBand.maximum))))
                       .arg(r->requirements.size())
                 : QVariant();
    }
    (void)project;
    return {};
}

QVariant TeamPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team / role / slot");
    case Staffing:
        return tr("Staffing");
    case Coverage:
        return tr("Must-have / status");
    default:
        return {};
    }
}

Qt::ItemFlags TeamPlanModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node* n = node(index);
    if (n && n->kind != Kind::Team)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList TeamPlanModel::mimeTypes() const { return {QString::fromLatin1(PeopleModel::kMimeType)}; }

Qt::DropActions TeamPlanModel::supportedDropActions() const { return Qt::CopyAction | Qt::MoveAction; }

bool TeamPlanModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const {
    return data->hasFormat(QString::fromLatin1(PeopleModel::kMimeType)) && roleOf(parent).valid();
}

bool TeamPlanModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const RoleId role = roleOf(parent);
    const auto ids = QString::fromLatin1(data->data(QString::fromLatin1(PeopleModel::kMimeType))).split(QLatin1Char(','));
    bool any = false;
    for (const auto& id : ids)
        any = !assign(PersonId{id.toLongLong()}, role).has_value() || any;
    return any;
}

std::optional<QString> TeamPlanModel::assign(PersonId personId, RoleId roleId) {
    const Scenario& scenario = document_.scenario();
    const Person* person = document_.person(personId);
    const Role* role = scenario.findRole(roleId);
    if (!person || !role)
        return tr("That person or role no longer exists.");
    double current = 0.0;
    double filled = 0.0;
    for (const auto& a : scenario.assignments) {
        if (a.role == roleId) {
            filled += a.allocation;
            if (a.person == personId)
                current = a.allocation;
        }
    }
    const double free = person->fte - scenario.allocationOf(personId);
    if (free <= 1e-9) {
        const QString reason = tr("%1 has no FTE left in this scenario (%2 of %3 allocated).")
                                   .arg(toQString(person->name), toQString(formatShare(scenario.allocationOf(personId))),
                                        toQString(formatShare(person->fte)));
        emit document_.editRefused(reason);
        return reason;
    }
    const double need = role->headcount - filled;
    const double share = current + (need > 1e-9 ? std::min(free, need) : free);
    return document_.apply(SetAllocation{scenario.id, personId, roleId, std::min(1.0, share)},
                           tr("Assign %1 to %2").arg(toQString(person->name), toQString(role->name)));
}

TeamPlanModel::Kind TeamPlanModel::kindOf(const QModelIndex& index) const {
    const Node* n = node(index);
    return n ? n->kind : Kind::Team;
}

RoleId TeamPlanModel::roleOf(const QModelIndex& index) const {
    const Node* n = node(index);
    return n && n->kind != Kind::Team ? n->role : RoleId{};
}

TeamId TeamPlanModel::teamOf(const QModelIndex& index) const {
    const Node* n = node(index);
    while (n && n->parent >= 0)
        n = &nodes_[static_cast<std::size_t>(n->parent)];
    return n ? TeamId{n->id} : TeamId{};
}

PersonId TeamPlanModel::personOf(const QModelIndex& index) const {
    const Node* n = node(index);
    return n && n->kind == Kind::Assignment ? PersonId{n->id} : PersonId{};
}

QModelIndex TeamPlanModel::indexOfTeam(TeamId team) const {
    for (int node : teams_) {
        if (nodes_[static_cast<std::size_t>(node)].id == team.value)
            return createIndex(nodes_[static_cast<std::size_t>(node)].row, 0, static_cast<quintptr>(node));
    }
    return {};
}

QModelIndex TeamPlanModel::indexOfRole(RoleId role) const {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        if (nodes_[i].kind == Kind::Role && nodes_[i].role == role)
            return createIndex(nodes_[i].row, 0, static_cast<quintptr>(i));
    }
    return {};
}

} // namespace crewplan
