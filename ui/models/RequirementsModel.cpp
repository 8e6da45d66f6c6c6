#include "RequirementsModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"

namespace crewplan {

RequirementsModel::RequirementsModel(ProjectDocument& document, QObject* parent)
    : IdTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this, &RequirementsModel::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] { setRole({}); });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { setRole({}); });
}

void RequirementsModel::setRole(RoleId role) {
    beginResetModel();
    role_ = role;
    rows_.clear();
    if (const Role* r = document_.scenario().findRole(role_)) {
        for (const auto& req : r->requirements)
            rows_.push_back(req.skill);
    }
    endResetModel();
}

void RequirementsModel::refresh() {
    const Role* r = document_.scenario().findRole(role_);
    std::vector<SkillId> wanted;
    if (r) {
        for (const auto& req : r->requirements)
            wanted.push_back(req.skill);
    }
    syncRows(wanted);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RequirementsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
const RoleRequirement* findRequirement(const Role* role, SkillId skill) {
    if (!role)
        return nullptr;
    for (const auto& req : role->requirements) {
        if (req.skill == skill)
            return &req;
    }
    return nullptr;
}
} // namespace

QVariant RequirementsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RoleRequirement* req =
        findRequirement(document_.scenario().findRole(role_), skillAt(index.row()));
    const crewplan::Skill* skill = document_.project().findSkill(skillAt(index.row()));
    if (!req || !skill)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Skill:
            return toQString(skill->name);
        case Minimum:
            return toQString(skillLevelName(req->minimum));
        case Importance:
            return req->importance == crewplan::Importance::MustHave ? tr("Must-have")
                                                                     : tr("Nice-to-have");
        case Rationale:
            return toQString(req->rationale);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Minimum:
            return static_cast<int>(req->minimum);
        case Importance:
            return static_cast<int>(req->importance);
        case Rationale:
            return toQString(req->rationale);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return index.column() == Minimum ? toQString(skillLevelDescription(req->minimum))
                                         : toQString(req->rationale);
    return {};
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case Skill:
        return tr("Skill");
    case Minimum:
        return tr("Minimum level");
    case Importance:
        return tr("Importance");
    case Rationale:
        return tr("Why");
    default:
        return {};
    }
}

Qt::ItemFlags RequirementsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = IdTableModel::flags(index);
    if (index.isValid() && index.column() != Skill)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RequirementsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Role* r = document_.scenario().findRole(role_);
    const RoleRequirement* req = findRequirement(r, skillAt(index.row()));
    if (!req)
        return false;
    RoleRequirement changed = *req;
    changed.source.clear(); // edited by the planner: theirs now, whatever the stack says
    switch (index.column()) {
    case Minimum: {
        const int level = value.toInt();
        if (level < 1 || level > 4)
            return false;
        changed.minimum = static_cast<SkillLevel>(level);
        break;
    }
    case Importance:
        changed.importance = static_cast<crewplan::Importance>(value.toInt());
        break;
    case Rationale:
        changed.rationale = toStdString(value.toString());
        break;
    default:
        return false;
    }
    const QString skill = toQString(document_.project().findSkill(req->skill)->name);
    const QString key = QStringLiteral("requirement:%1:%2:%3")
                            .arg(role_.value)
                            .arg(req->skill.value)
                            .arg(index.column());
    return !document_
                .apply(SetRequirement{document_.scenario().id, role_, req->skill, changed, -1},
                       tr("Change what %1 asks of %2").arg(toQString(r->name), skill), key)
                .has_value();
}

} // namespace crewplan
