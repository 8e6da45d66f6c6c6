#include "SkillsModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"

#include <algorithm>
#include <unordered_map>

namespace crewplan {

SkillsModel::SkillsModel(ProjectDocument& document, QObject* parent)
    : IdTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this, &SkillsModel::refreshAfterEdit);
    connect(&document_, &ProjectDocument::projectReplaced, this, &SkillsModel::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &SkillsModel::refresh);
    refresh();
}

QString SkillsModel::usedByText(const RowUsage& usage) const {
    const auto words = [](const Usage& u) {
        return tr("%n requirement(s)", nullptr, u.requirements) + QStringLiteral(" · ") +
               tr("%n people", nullptr, u.people);
    };
    QString text = tr("%1 in %2").arg(words(usage.here), toQString(document_.scenario().name));
    if (usage.here.requirements != usage.everywhere.requirements ||
        usage.here.people != usage.everywhere.people)
        text += tr("; %1 in the project").arg(words(usage.everywhere));
    return text;
}

void SkillsModel::refreshAfterEdit() {
    const auto& change = document_.lastChange();
    if (change.everything || rows_.size() != usage_.size()) {
        refresh();
        return;
    }
    if (!change.skill.valid())
        return; // details or an allocation: no requirement and no holder came or went
    // One level of one person: only the number of people holding that skill can change.
    const int row = rowOf(change.skill);
    if (row < 0)
        return;
    const Project& project = document_.project();
    const ScenarioId current = document_.scenario().id;
    RowUsage& usage = usage_[static_cast<std::size_t>(row)];
    usage.here.people = 0;
    usage.everywhere.people = 0;
    for (const auto& person : project.people) {
        if (!person.skills.count(change.skill))
            continue;
        ++usage.everywhere.people;
        if (project.isVisibleIn(person, current))
            ++usage.here.people;
    }
    QString text = usedByText(usage);
    if (text == usedBy_[static_cast<std::size_t>(row)])
        return;
    usedBy_[static_cast<std::size_t>(row)] = std::move(text);
    emit dataChanged(index(row, UsedBy), index(row, UsedBy));
}

void SkillsModel::refresh() {
    const Project& project = document_.project();
    std::vector<SkillId> wanted;
    for (const auto& skill : project.skills)
        wanted.push_back(skill.id);
    syncRows(wanted);

    // In the current scenario (its roles, the people it can staff), and — since the catalog is
    // the project's, and removing a skill reaches every scenario — in the project when that
    // differs.
    const Scenario& current = document_.scenario();
    std::unordered_map<SkillId, RowUsage> counted;
    for (const auto& scenario : project.scenarios) {
        for (const auto& role : scenario.roles) {
            for (const auto& req : role.requirements) {
                RowUsage& u = counted[req.skill];
                ++u.everywhere.requirements;
                if (scenario.id == current.id)
                    ++u.here.requirements;
            }
        }
    }
    for (const auto& person : project.people) {
        const bool visible = project.isVisibleIn(person, current.id);
        for (const auto& [skill, level] : person.skills) {
            RowUsage& u = counted[skill];
            ++u.everywhere.people;
            if (visible)
                ++u.here.people;
        }
    }
    usage_.assign(rows_.size(), {});
    usedBy_.assign(rows_.size(), {});
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        usage_[i] = counted[rows_[i]];
        usedBy_[i] = usedByText(usage_[i]);
    }
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SkillsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Skill* skill = document_.project().findSkill(skillAt(index.row()));
    if (!skill)
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return toQString(skill->name);
        case Category:
            return role == Qt::EditRole ? QVariant(static_cast<int>(skill->category))
                                        : QVariant(toQString(skillCategoryName(skill->category)));
        case Description:
            return toQString(skill->description);
        case UsedBy:
            return role == Qt::DisplayRole && row < usedBy_.size() ? QVariant(usedBy_[row])
                                                                   : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Description)
        return toQString(skill->description);
    return {};
}

QVariant SkillsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Skill");
    case Category:
        return tr("Category");
    case Description:
        return tr("Description");
    case UsedBy:
        return tr("Used by");
    default:
        return {};
    }
}

Qt::ItemFlags SkillsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = IdTableModel::flags(index);
    if (index.isValid() && index.column() != UsedBy)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SkillsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Skill* skill = document_.project().findSkill(skillAt(index.row()));
    if (!skill)
        return false;
    UpdateSkill edit{skill->id, skill->name, skill->category, skill->description};
    QString what;
    switch (index.column()) {
    case Name:
        edit.name = toStdString(value.toString().trimmed());
        what = tr("Rename skill %1").arg(toQString(skill->name));
        break;
    case Category: {
        const int category = value.toInt();
        if (category < 0 || category >= static_cast<int>(skillCategories().size()))
            return false;
        edit.category = static_cast<SkillCategory>(category);
        what = tr("Change the category of %1").arg(toQString(skill->name));
        break;
    }
    case Description:
        edit.description = toStdString(value.toString());
        what = tr("Describe %1").arg(toQString(skill->name));
        break;
    default:
        return false;
    }
    const QString key = QStringLiteral("skill:%1:%2").arg(skill->id.value).arg(index.column());
    return !document_.apply(edit, what, key).has_value();
}

} // namespace crewplan
