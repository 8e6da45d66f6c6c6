#include "PersonSkillsModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"

#include <QColor>
#include <QFont>

namespace crewplan {

namespace {
// Top-level (category) items carry this internal id; skills carry their group's index.
constexpr quintptr kCategoryItem = ~quintptr{0};
} // namespace

PersonSkillsModel::PersonSkillsModel(ProjectDocument& document, QObject* parent)
    : QAbstractItemModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this, &PersonSkillsModel::refreshValues);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &PersonSkillsModel::refreshValues);
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { setPerson({}); });
    rebuild();
}

void PersonSkillsModel::setPerson(PersonId person) {
    beginResetModel();
    person_ = person;
    rebuild();
    endResetModel();
}

void PersonSkillsModel::computeNeeded() {
    needed_.clear();
    const Scenario& scenario = document_.scenario();
    for (const auto& a : scenario.assignments) {
        if (a.person != person_)
            continue;
        if (const Role* role = scenario.findRole(a.role)) {
            for (const auto& req : role->requirements) {
                auto& level = needed_[req.skill];
                level = std::max(level, req.minimum);
            }
        }
    }
}

void PersonSkillsModel::rebuild() {
    computeNeeded();
    shown_.clear();
    groups_.clear();
    shape_.clear();
    if (!document_.person(person_))
        return;
    for (auto category : skillCategories()) {
        Group group{category, {}};
        for (const auto& skill : document_.project().skills) {
            if (skill.category == category) {
                group.skills.push_back(skill.id);
                shape_.push_back(skill.id);
                shown_[skill.id] = valuesOf(skill.id);
            }
        }
        if (!group.skills.empty())
            groups_.push_back(std::move(group));
    }
}

void PersonSkillsModel::refreshValues() {
    std::vector<SkillId> shape;
    for (auto category : skillCategories()) {
        for (const auto& skill : document_.project().skills) {
            if (skill.category == category)
                shape.push_back(skill.id);
        }
    }
    if (!document_.person(person_) || shape != shape_) {
        // The person is gone or the catalog changed: lay out again.
        setPerson(document_.person(person_) ? person_ : PersonId{});
        return;
    }
    computeNeeded();
    for (int g = 0; g < static_cast<int>(groups_.size()); ++g) {
        const auto& skills = groups_[static_cast<std::size_t>(g)].skills;
        for (int r = 0; r < static_cast<int>(skills.size()); ++r) {
            const SkillId skill = skills[static_cast<std::size_t>(r)];
            const auto now = valuesOf(skill);
            auto& before = shown_[skill];
            if (before != now) {
                before = now;
                const QModelIndex first = index(r, 0, index(g, 0));
                emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
        }
    }
}

SkillCell PersonSkillsModel::valuesOf(SkillId skill) const {
    SkillCell cell;
    if (const Person* person = document_.person(person_)) {
        cell.held = person->level(skill);
        cell.planned = document_.scenario().levelOf(*person, skill);
    }
    const auto it = needed_.find(skill);
    if (it != needed_.end())
        cell.needed = it->second;
    return cell;
}

QModelIndex PersonSkillsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(groups_.size()) ? createIndex(row, column, kCategoryItem)
                                                      : QModelIndex();
    if (parent.internalId() != kCategoryItem || parent.column() != 0)
        return {};
    const auto& skills = groups_[static_cast<std::size_t>(parent.row())].skills;
    return row < static_cast<int>(skills.size())
               ? createIndex(row, column, static_cast<quintptr>(parent.row()))
               : QModelIndex();
}

QModelIndex PersonSkillsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kCategoryItem)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kCategoryItem);
}

int PersonSkillsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.internalId() != kCategoryItem || parent.column() != 0)
        return 0;
    return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].skills.size());
}

int PersonSkillsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

SkillId PersonSkillsModel::skillAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kCategoryItem)
        return {};
    return groups_[static_cast<std::size_t>(index.internalId())]
        .skills[static_cast<std::size_t>(index.row())];
}

QModelIndex PersonSkillsModel::indexOfSkill(SkillId skill, int column) const {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        for (std::size_t r = 0; r < groups_[g].skills.size(); ++r) {
            if (groups_[g].skills[r] == skill)
                return createIndex(static_cast<int>(r), column, static_cast<quintptr>(g));
        }
    }
    return {};
}

QVariant PersonSkillsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kCategoryItem) {
        if (role == Qt::DisplayRole && index.column() == SkillName)
            return toQString(
                skillCategoryName(groups_[static_cast<std::size_t>(index.row())].category));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Person* person = document_.person(person_);
    const Skill* skill = document_.project().findSkill(skillAt(index));
    if (!person || !skill)
        return {};
    const SkillLevel level = person->level(skill->id);
    const SkillCell cell = valuesOf(skill->id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SkillName)
            return toQString(skill->name);
        if (index.column() == Level)
            return toQString(levelWithPlan(cell.held, cell.planned));
        if (index.column() == Needed) {
            const auto it = needed_.find(skill->id);
            return it == needed_.end() ? QVariant() : toQString(skillLevelName(it->second));
        }
        return {};
    case Qt::EditRole:
    case LevelRole:
        return index.column() == Level ? QVariant(static_cast<int>(level)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Needed) {
            // Below what their roles ask, training counted: the gap in the warning colour.
            if (cell.gap())
                return QColor(0xc6, 0x28, 0x28);
        }
        if (index.column() == Level && cell.trained())
            return QColor(0x2e, 0x7d, 0x32);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Needed)
            return tr("The highest level the roles this person holds in the scenario ask for");
        if (index.column() == Level) {
            QString tip = toQString(skillLevelDescription(level));
            if (cell.trained())
                tip += tr("\nTraining planned in this scenario brings this to %1; coverage "
                          "counts that level.")
                           .arg(toQString(skillLevelName(cell.planned)));
            return tip;
        }
        return toQString(skill->description);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(toQString(skill->name),
                                toQString(levelWithPlan(cell.held, cell.planned)));
    default:
        return {};
    }
}

QVariant PersonSkillsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkillName:
        return tr("Skill");
    case Level:
        return tr("Level (0–4)");
    case Needed:
        return tr("Their roles ask");
    default:
        return {};
    }
}

Qt::ItemFlags PersonSkillsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != kCategoryItem && index.column() == Level)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PersonSkillsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if ((role != Qt::EditRole && role != LevelRole) || index.column() != Level)
        return false;
    const Person* person = document_.person(person_);
    const Skill* skill = document_.project().findSkill(skillAt(index));
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!person || !skill || !ok || level < 0 || level > 4)
        return false;
    if (static_cast<int>(person->level(skill->id)) == level)
        return true;
    const auto next = static_cast<SkillLevel>(level);
    return !document_
                .apply(SetSkillLevel{person_, skill->id, next},
                       tr("Set %1's %2 to %3")
                           .arg(toQString(person->name), toQString(skill->name),
                                toQString(skillLevelName(next))))
                .has_value();
}

} // namespace crewplan
