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
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace crewplan {

TeamPlanModel::TeamPlanModel(ProjectDocument& document, QObject* parent)
    : QAbstractItemModel(parent), document_(document) {
    const auto reset = [this] {
        beginResetModel();
        teams_ = build();
        endResetModel();
    };
    connect(&document_, &ProjectDocument::edited, this, &TeamPlanModel::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, reset);
    connect(&document_, &ProjectDocument::projectReplaced, this, reset);
    teams_ = build();
}

std::array<QString, TeamPlanModel::ColumnCount> TeamPlanModel::teamText(std::size_t t) const {
    const Scenario& scenario = document_.scenario();
    const auto& figures = document_.coverage().teams[t].figures;
    return {toQString(scenario.teams[t].name),
            tr("%1 FTE").arg(toQString(formatShare(figures.fte))),
            figures.mustHave ? toQString(formatPercent(*figures.mustHave)) : tr("n/a")};
}

void TeamPlanModel::fillRole(Node& roleNode, const Role& role,
                             const std::vector<const Assignment*>& assigned) const {
    const auto add = [&](Kind kind, std::int64_t id, std::array<QString, ColumnCount> text) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->parent = &roleNode;
        node->row = static_cast<int>(roleNode.children.size());
        node->id = id;
        node->role = role.id;
        node->text = std::move(text);
        roleNode.children.push_back(std::move(node));
    };
    double filled = 0.0;
    for (const Assignment* a : assigned) {
        const Person* person = document_.person(a->person);
        add(Kind::Assignment, a->person.value,
            {person ? toQString(person->name) : QString(),
             tr("%1 FTE").arg(toQString(formatShare(a->allocation))),
             person ? toQString(personStatusLabel(person->status)) : QString()});
        filled += a->allocation;
    }
    // One open slot per started missing FTE: 2 slots with 1.5 filled leave one open.
    const double open = role.headcount - filled;
    for (int i = 0; i < static_cast<int>(std::ceil(open - 1e-9)); ++i) {
        const double missing = std::min(1.0, open - i);
        add(Kind::OpenSlot, 0,
            {tr("Open slot"), tr("%1 FTE").arg(toQString(formatShare(missing))),
             tr("drop a person here")});
    }
    roleNode.text = {toQString(role.name),
                     tr("%1 / %2 FTE").arg(toQString(formatShare(filled))).arg(role.headcount),
                     QString()};
}

TeamPlanModel::Nodes TeamPlanModel::build() const {
    Nodes teams;
    const Scenario& scenario = document_.scenario();
    std::unordered_map<RoleId, std::vector<const Assignment*>> byRole;
    for (const auto& a : scenario.assignments)
        byRole[a.role].push_back(&a);
    std::unordered_map<TeamId, Node*> teamNodes;
    for (std::size_t t = 0; t < scenario.teams.size(); ++t) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Team;
        node->row = static_cast<int>(t);
        node->id = scenario.teams[t].id.value;
        node->text = teamText(t);
        teamNodes[scenario.teams[t].id] = node.get();
        teams.push_back(std::move(node));
    }
    for (const auto& role : scenario.roles) {
        Node* teamNode = teamNodes.at(role.team);
        auto node = std::make_unique<Node>();
        node->kind = Kind::Role;
        node->parent = teamNode;
        node->row = static_cast<int>(teamNode->children.size());
        node->id = role.id.value;
        node->role = role.id;
        fillRole(*node, role, byRole[role.id]);
        teamNode->children.push_back(std::move(node));
    }
    return teams;
}

void TeamPlanModel::refreshLastChange() {
    const auto& change = document_.lastChange();
    const Scenario& scenario = document_.scenario();
    const auto announce = [this](Node& n) {
        const QModelIndex first = createIndex(n.row, 0, &n);
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    };
    // Only the teams the person works in, or the role belongs to, can show other figures.
    std::unordered_set<TeamId> affected;
    for (const auto& a : scenario.assignments) {
        if (a.person == change.person) {
            if (const Role* r = scenario.findRole(a.role))
                affected.insert(r->team);
        }
    }
    if (const Role* r = scenario.findRole(change.role))
        affected.insert(r->team);
    for (std::size_t t = 0; t < teams_.size(); ++t) {
        Node& team = *teams_[t];
        if (!affected.count(TeamId{team.id}))
            continue;
        if (auto text = teamText(t); text != team.text) {
            team.text = std::move(text);
            announce(team);
        }
        for (auto& roleNode : team.children) {
            if (roleNode->role == change.role) {
                const Role* role = scenario.findRole(change.role);
                std::vector<const Assignment*> assigned;
                for (const auto& a : scenario.assignments) {
                    if (a.role == change.role)
                        assigned.push_back(&a);
                }
                Node fresh;
                fillRole(fresh, *role, assigned);
                if (fresh.text != roleNode->text) {
                    roleNode->text = fresh.text;
                    announce(*roleNode);
                }
                update(roleNode.get(), roleNode->children, fresh.children);
                continue;
            }
            for (auto& slot : roleNode->children) {
                if (slot->kind != Kind::Assignment || slot->id != change.person.value)
                    continue;
                const Person* person = document_.person(change.person);
                if (person &&
                    (slot->text[Name] != toQString(person->name) ||
                     slot->text[Coverage] != toQString(personStatusLabel(person->status)))) {
                    slot->text[Name] = toQString(person->name);
                    slot->text[Coverage] = toQString(personStatusLabel(person->status));
                    announce(*slot);
                }
            }
        }
    }
}

bool TeamPlanModel::sameSkeleton(const Nodes& a, const Nodes& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i]->id != b[i]->id || a[i]->children.size() != b[i]->children.size())
            return false;
        for (std::size_t r = 0; r < a[i]->children.size(); ++r) {
            if (a[i]->children[r]->id != b[i]->children[r]->id)
                return false;
        }
    }
    return true;
}

void TeamPlanModel::refresh() {
    if (!document_.lastChange().everything) {
        refreshLastChange();
        return;
    }
    Nodes next = build();
    if (!sameSkeleton(teams_, next)) {
        // Teams or roles came or went: lay the tree out again.
        beginResetModel();
        teams_ = std::move(next);
        endResetModel();
        return;
    }
    update(nullptr, teams_, next);
}

void TeamPlanModel::update(Node* parent, Nodes& current, Nodes& next) {
    const QModelIndex parentIndex = parent ? indexOf(parent) : QModelIndex();
    const auto same = [](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
        return a->kind == b->kind && a->id == b->id;
    };
    // Rows that match at the start and at the end stay; only the middle is replaced.
    std::size_t head = 0;
    while (head < current.size() && head < next.size() && same(current[head], next[head]))
        ++head;
    std::size_t tail = 0;
    while (tail < current.size() - head && tail < next.size() - head &&
           same(current[current.size() - 1 - tail], next[next.size() - 1 - tail]))
        ++tail;
    const auto keep = [&](Node& mine, Node& fresh) {
        if (mine.text != fresh.text) {
            mine.text = std::move(fresh.text);
            const QModelIndex first = createIndex(mine.row, 0, &mine);
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
        update(&mine, mine.children, fresh.children);
    };
    for (std::size_t i = 0; i < head; ++i)
        keep(*current[i], *next[i]);
    const int removeCount = static_cast<int>(current.size() - head - tail);
    const int insertCount = static_cast<int>(next.size() - head - tail);
    if (removeCount > 0) {
        beginRemoveRows(parentIndex, static_cast<int>(head),
                        static_cast<int>(head) + removeCount - 1);
        current.erase(current.begin() + static_cast<long>(head),
                      current.begin() + static_cast<long>(head) + removeCount);
        for (std::size_t i = head; i < current.size(); ++i)
            current[i]->row = static_cast<int>(i);
        endRemoveRows();
    }
    if (insertCount > 0) {
        beginInsertRows(parentIndex, static_cast<int>(head),
                        static_cast<int>(head) + insertCount - 1);
        for (int i = 0; i < insertCount; ++i) {
            auto& fresh = next[head + static_cast<std::size_t>(i)];
            fresh->parent = parent;
            current.insert(current.begin() + static_cast<long>(head) + i, std::move(fresh));
        }
        for (std::size_t i = head; i < current.size(); ++i)
            current[i]->row = static_cast<int>(i);
        endInsertRows();
    }
    for (std::size_t i = 0; i < tail; ++i)
        keep(*current[current.size() - tail + i], *next[next.size() - tail + i]);
}

const TeamPlanModel::Node* TeamPlanModel::node(const QModelIndex& index) const {
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : nullptr;
}

QModelIndex TeamPlanModel::indexOf(const Node* n) const {
    return n ? createIndex(n->row, 0, const_cast<Node*>(n)) : QModelIndex();
}

QModelIndex TeamPlanModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Nodes& siblings = parent.isValid() ? node(parent)->children : teams_;
    if (row >= static_cast<int>(siblings.size()))
        return {};
    return createIndex(row, column, siblings[static_cast<std::size_t>(row)].get());
}

QModelIndex TeamPlanModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    return n ? indexOf(n->parent) : QModelIndex();
}

int TeamPlanModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(teams_.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(node(parent)->children.size());
}

int TeamPlanModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant TeamPlanModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    const Scenario& scenario = document_.scenario();
    if (role == KindRole)
        return static_cast<int>(n->kind);
    if (role == IdRole)
        return static_cast<qlonglong>(n->id);
    if (role == RoleIdRole)
        return static_cast<qlonglong>(n->role.value);

    if (role == Qt::DisplayRole)
        return n->text[static_cast<std::size_t>(index.column())];
    if (role == Qt::EditRole && n->kind == Kind::Team && index.column() == 0) {
        const Team* team = scenario.findTeam(TeamId{n->id});
        return team ? toQString(team->name) : QVariant();
    }
    if (role == Qt::ToolTipRole && n->kind == Kind::Team && index.column() == 0) {
        const Team* team = scenario.findTeam(TeamId{n->id});
        if (team && !team->description.empty())
            return toQString(team->description);
    }
    if (role == Qt::FontRole && (n->kind == Kind::Team || n->kind == Kind::OpenSlot)) {
        QFont font = QApplication::font();
        font.setBold(n->kind == Kind::Team);
        font.setItalic(n->kind == Kind::OpenSlot);
        return font;
    }
    if (role == Qt::ForegroundRole && n->kind == Kind::OpenSlot)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && n->kind == Kind::Role && index.column() == 0) {
        const Role* r = scenario.findRole(n->role);
        return r ? tr("%1: cost band %2 – %3 a year; %n requirement(s). Drop people here to "
                      "assign them.",
                      nullptr, static_cast<int>(r->requirements.size()))
                       .arg(toQString(r->name),
                            toQString(formatMoney(static_cast<double>(r->costBand.minimum))),
                            toQString(formatMoney(static_cast<double>(r->costBand.maximum))))
                 : QVariant();
    }
    if (role == Qt::ToolTipRole) // the whole text, where a narrow column elides it
        return n->text[static_cast<std::size_t>(index.column())];
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
        return tr("Must-have · status");
    default:
        return {};
    }
}

Qt::ItemFlags TeamPlanModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node* n = node(index);
    if (n && n->kind != Kind::Team)
        f |= Qt::ItemIsDropEnabled;
    if (n && n->kind == Kind::Assignment)
        f |= Qt::ItemIsDragEnabled;
    if (n && n->kind == Kind::Team && index.column() == 0)
        f |= Qt::ItemIsEditable; // F2 or double-click renames the team
    return f;
}

bool TeamPlanModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Node* n = node(index);
    if (role != Qt::EditRole || !n || n->kind != Kind::Team || index.column() != 0)
        return false;
    const Scenario& scenario = document_.scenario();
    const Team* team = scenario.findTeam(TeamId{n->id});
    if (!team)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty()) {
        emit document_.editRefused(tr("A team needs a name."));
        return false;
    }
    return !document_.apply(UpdateTeam{scenario.id, team->id, toStdString(name), team->description},
                            tr("Rename team %1 to %2").arg(toQString(team->name), name));
}

QStringList TeamPlanModel::mimeTypes() const {
    return {QString::fromLatin1(PeopleModel::kMimeType), QString::fromLatin1(kAssignmentMimeType)};
}

QMimeData* TeamPlanModel::mimeData(const QModelIndexList& indexes) const {
    for (const auto& index : indexes) {
        const Node* n = node(index);
        if (n && n->kind == Kind::Assignment) {
            auto* mime = new QMimeData;
            mime->setData(QString::fromLatin1(kAssignmentMimeType),
                          QByteArray::number(static_cast<qlonglong>(n->id)) + ':' +
                              QByteArray::number(static_cast<qlonglong>(n->role.value)));
            return mime;
        }
    }
    return nullptr;
}

Qt::DropActions TeamPlanModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction;
}

namespace {
// "personId:roleId" from a dragged assignment.
std::pair<PersonId, RoleId> draggedAssignment(const QMimeData* data) {
    const QList<QByteArray> parts =
        data->data(QString::fromLatin1(TeamPlanModel::kAssignmentMimeType)).split(':');
    if (parts.size() != 2)
        return {};
    return {PersonId{parts[0].toLongLong()}, RoleId{parts[1].toLongLong()}};
}
} // namespace

bool TeamPlanModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                    const QModelIndex& parent) const {
    const RoleId target = roleOf(parent);
    if (!target.valid())
        return false;
    if (data->hasFormat(QString::fromLatin1(kAssignmentMimeType))) {
        const auto [person, from] = draggedAssignment(data);
        return person.valid() && from.valid() && from != target;
    }
    return data->hasFormat(QString::fromLatin1(PeopleModel::kMimeType));
}

bool TeamPlanModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const RoleId role = roleOf(parent);
    if (data->hasFormat(QString::fromLatin1(kAssignmentMimeType))) {
        const auto [person, from] = draggedAssignment(data);
        return !move(person, from, role).has_value();
    }
    const auto ids = QString::fromLatin1(data->data(QString::fromLatin1(PeopleModel::kMimeType)))
                         .split(QLatin1Char(','));
    std::vector<PersonId> people;
    for (const auto& id : ids)
        people.push_back(PersonId{id.toLongLong()});
    return !assign(people, role).has_value();
}

std::optional<QString> TeamPlanModel::move(PersonId personId, RoleId from, RoleId to) {
    const Scenario& scenario = document_.scenario();
    const Person* person = document_.person(personId);
    const Role* source = scenario.findRole(from);
    const Role* target = scenario.findRole(to);
    if (!person || !source || !target)
        return tr("That person or role no longer exists.");
    double moving = 0.0;
    double already = 0.0;
    for (const auto& a : scenario.assignments) {
        if (a.person == personId && a.role == from)
            moving = a.allocation;
        if (a.person == personId && a.role == to)
            already = a.allocation;
    }
    const QString name = toQString(person->name);
    const ScenarioId scenarioId = scenario.id;
    const double combined = std::min(1.0, already + moving);
    // Out of one role and into the other: one edit, so that half a move cannot happen.
    return document_.apply(EditBatch{{SetAllocation{scenarioId, personId, from, 0.0},
                                      SetAllocation{scenarioId, personId, to, combined}}},
                           tr("Move %1 to %2").arg(name, toQString(target->name)));
}

std::optional<QString> TeamPlanModel::assign(PersonId personId, RoleId roleId) {
    return assign(std::vector<PersonId>{personId}, roleId);
}

std::optional<QString> TeamPlanModel::assign(const std::vector<PersonId>& people, RoleId roleId) {
    const Scenario& scenario = document_.scenario();
    const Role* role = scenario.findRole(roleId);
    if (!role || people.empty())
        return tr("That person or role no longer exists.");
    double filled = 0.0;
    for (const auto& a : scenario.assignments)
        filled += a.role == roleId ? a.allocation : 0.0;
    // Everyone dropped at once is one edit: each takes what the role still needs after the ones
    // before them (or all their free time once it is full).
    EditBatch batch;
    QString refusal;
    for (const PersonId personId : people) {
        const Person* person = document_.person(personId);
        if (!person)
            return tr("That person or role no longer exists.");
        double current = 0.0;
        for (const auto& a : scenario.assignments)
            current += a.role == roleId && a.person == personId ? a.allocation : 0.0;
        const double free = person->fte - scenario.allocationOf(personId);
        if (free <= 1e-9) {
            refusal = tr("%1 has no FTE left in this scenario (%2 of %3 allocated).")
                          .arg(toQString(person->name),
                               toQString(formatShare(scenario.allocationOf(personId))),
                               toQString(formatShare(person->fte)));
            continue;
        }
        const double need = role->headcount - filled;
        const double added = need > 1e-9 ? std::min(free, need) : free;
        filled += added;
        batch.edits.push_back(
            SetAllocation{scenario.id, personId, roleId, std::min(1.0, current + added)});
    }
    if (batch.edits.empty()) {
        emit document_.editRefused(refusal);
        return refusal;
    }
    const Person* first =
        document_.person(std::get<SetAllocation>(batch.edits.front().variant()).person);
    const QString text =
        batch.edits.size() == 1
            ? tr("Assign %1 to %2").arg(toQString(first->name), toQString(role->name))
            : tr("Assign %n people to %1", nullptr, static_cast<int>(batch.edits.size()))
                  .arg(toQString(role->name));
    const auto refused = batch.edits.size() == 1 ? document_.apply(batch.edits.front(), text)
                                                 : document_.apply(std::move(batch), text);
    if (!refused && !refusal.isEmpty())
        emit document_.editRefused(refusal); // the others are in; say who is not
    return refused;
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
    while (n && n->parent)
        n = n->parent;
    return n ? TeamId{n->id} : TeamId{};
}

PersonId TeamPlanModel::personOf(const QModelIndex& index) const {
    const Node* n = node(index);
    return n && n->kind == Kind::Assignment ? PersonId{n->id} : PersonId{};
}

QModelIndex TeamPlanModel::indexOfTeam(TeamId team) const {
    for (const auto& t : teams_) {
        if (t->id == team.value)
            return indexOf(t.get());
    }
    return {};
}

QModelIndex TeamPlanModel::indexOfRole(RoleId role) const {
    for (const auto& t : teams_) {
        for (const auto& r : t->children) {
            if (r->role == role)
                return indexOf(r.get());
        }
    }
    return {};
}

} // namespace crewplan
