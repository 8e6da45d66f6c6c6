#include "PeopleModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "models/TeamPlanModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QMimeData>
#include <QStyle>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace crewplan {

PeopleModel::PeopleModel(ProjectDocument& document, QObject* parent)
    : IdTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this,
            [this] { refresh(!document_.lastChange().everything); });
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] { refresh(false); });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { refresh(false); });
    refresh(false);
}

PeopleModel::RowText PeopleModel::textOf(const Person& person, double allocated) const {
    const Project& project = document_.project();
    std::vector<std::pair<SkillLevel, SkillId>> held;
    for (const auto& [skill, level] : person.skills)
        held.emplace_back(level, skill);
    std::stable_sort(held.begin(), held.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList strongest;
    for (std::size_t i = 0; i < held.size() && i < 3; ++i)
        strongest << toQString(project.findSkill(held[i].second)->name);
    return {toQString(person.name),
            toQString(personStatusLabel(person.status)),
            toQString(formatShare(person.fte)),
            toQString(formatMoney(static_cast<double>(person.yearlyCost))),
            toQString(formatShare(allocated)),
            strongest.join(QStringLiteral(", "))};
}

void PeopleModel::refresh(bool onlyLastChange) {
    const auto& change = document_.lastChange();
    if (onlyLastChange) {
        // One person changed: their row alone.
        const int row = rowOf(change.person);
        if (row >= 0) {
            text_[static_cast<std::size_t>(row)] = textOf(
                *document_.person(change.person), document_.scenario().allocationOf(change.person));
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    std::vector<PersonId> wanted;
    wanted.reserve(project.people.size());
    for (const auto& person : project.people) {
        if (project.isVisibleIn(person, scenario.id))
            wanted.push_back(person.id);
    }
    // Keep the old texts by id while the rows move, to repaint only what changed.
    std::unordered_map<PersonId, RowText> before;
    before.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size() && i < text_.size(); ++i)
        before.emplace(rows_[i], std::move(text_[i]));
    text_.clear();
    syncRows(wanted);

    std::unordered_map<PersonId, double> allocated;
    for (const auto& a : scenario.assignments)
        allocated[a.person] += a.allocation;
    text_.resize(rows_.size());
    int firstChanged = -1;
    const auto flush = [&](int end) {
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0), index(end - 1, ColumnCount - 1));
        firstChanged = -1;
    };
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        const auto it = allocated.find(rows_[row]);
        text_[row] =
            textOf(*document_.person(rows_[row]), it == allocated.end() ? 0.0 : it->second);
        const auto old = before.find(rows_[row]);
        const bool changed = old == before.end() || old->second != text_[row];
        if (changed && firstChanged < 0)
            firstChanged = static_cast<int>(row);
        else if (!changed)
            flush(static_cast<int>(row));
    }
    flush(static_cast<int>(rows_.size()));
}

int PeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person* person = document_.person(rows_[static_cast<std::size_t>(index.row())]);
    if (!person)
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    if (row >= text_.size())
        return {};
    if (role == Qt::DisplayRole)
        return text_[row][static_cast<std::size_t>(index.column())];
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return text_[row][Name];
        case Status:
            return static_cast<int>(person->status);
        case Fte:
            return person->fte;
        case YearlyCost:
            return static_cast<qlonglong>(person->yearlyCost);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Fte && index.column() <= Allocated)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Allocated)
        return tr("%1 of %2 FTE allocated in this scenario")
            .arg(text_[row][Allocated], text_[row][Fte]);
    // No yearly cost yet (a new person starts so): every cost figure would leave them out.
    if (index.column() == YearlyCost && person->yearlyCost == 0) {
        if (role == Qt::ForegroundRole)
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return tr("No yearly cost set: team costs, the scenario's cost and the "
                      "recommendations count this person as free. Double-click to enter it.");
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Fte:
        return tr("FTE");
    case YearlyCost:
        return tr("Yearly cost");
    case Allocated:
        return tr("Allocated");
    case Strongest:
        return tr("Strongest skills");
    default:
        return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = IdTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    const Person* person = document_.person(personAt(index.row()));
    const bool plannedHire = person && person->status == PersonStatus::PlannedHire;
    if (index.column() <= YearlyCost && !(index.column() == Status && plannedHire))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PeopleModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Person* person = document_.person(personAt(index.row()));
    if (!person)
        return false;
    // Numbers come as numbers (from code) or as the text typed (from the editor).
    const auto number = [&](double& out) {
        bool ok = false;
        out = value.typeId() == QMetaType::QString ? QLocale().toDouble(value.toString(), &ok)
                                                   : value.toDouble(&ok);
        if (!ok) {
            lastError_ = tr("“%1” is not a number.").arg(value.toString());
            emit document_.editRefused(lastError_);
        }
        return ok;
    };
    UpdatePerson edit{person->id, person->name, person->status, person->fte, person->yearlyCost};
    QString what;
    switch (index.column()) {
    case Name:
        edit.name = toStdString(value.toString().trimmed());
        what = tr("Rename %1").arg(toQString(person->name));
        break;
    case Status:
        edit.status = static_cast<PersonStatus>(value.toInt());
        what = tr("Change the status of %1").arg(toQString(person->name));
        break;
    case Fte:
        if (!number(edit.fte))
            return false;
        what = tr("Change the FTE of %1").arg(toQString(person->name));
        break;
    case YearlyCost: {
        double cost = 0.0;
        if (!number(cost))
            return false;
        edit.yearlyCost = std::llround(cost);
        what = tr("Change the yearly cost of %1").arg(toQString(person->name));
        break;
    }
    default:
        return false;
    }
    const QString key = QStringLiteral("person:%1:%2").arg(person->id.value).arg(index.column());
    if (auto error = document_.apply(edit, what, key)) {
        lastError_ = *error;
        return false;
    }
    lastError_.clear();
    return true;
}

QStringList PeopleModel::mimeTypes() const {
    return {QString::fromLatin1(kMimeType),
            QString::fromLatin1(TeamPlanModel::kAssignmentMimeType)};
}

bool PeopleModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                  const QModelIndex&) const {
    return data->hasFormat(QString::fromLatin1(TeamPlanModel::kAssignmentMimeType));
}

bool PeopleModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<QByteArray> parts =
        data->data(QString::fromLatin1(TeamPlanModel::kAssignmentMimeType)).split(':');
    if (parts.size() != 2)
        return false;
    const PersonId person{parts[0].toLongLong()};
    const RoleId role{parts[1].toLongLong()};
    const Person* p = document_.person(person);
    const Role* r = document_.scenario().findRole(role);
    if (!p || !r)
        return false;
    return !document_
                .apply(SetAllocation{document_.scenario().id, person, role, 0.0},
                       tr("Unassign %1 from %2").arg(toQString(p->name), toQString(r->name)))
                .has_value();
}

QMimeData* PeopleModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const auto& index : indexes) {
        const QString id = QString::number(personAt(index.row()).value);
        if (!ids.contains(id))
            ids << id;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

} // namespace crewplan
