#include "PeopleModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "models/RowSync.h"

#include <QMimeData>

#include <algorithm>
#include <unordered_map>

namespace crewplan {

PeopleModel::PeopleModel(ProjectDocument& document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this, &PeopleModel::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &PeopleModel::refresh);
    connect(&document_, &ProjectDocument::projectReplaced, this, &PeopleModel::refresh);
    refresh();
}

void PeopleModel::refresh() {
    const Project& project = document_.project();
    const Scenario& scenario = document_.scenario();
    std::vector<PersonId> wanted;
    wanted.reserve(project.people.size());
    for (const auto& person : project.people) {
        if (project.isVisibleIn(person, scenario.id))
            wanted.push_back(person.id);
    }
    syncRows(*this, rows_, wanted);

    // Derived columns are computed once per change, not per cell.
    std::unordered_map<PersonId, double> allocated;
    for (const auto& a : scenario.assignments)
        allocated[a.person] += a.allocation;
    cache_.assign(rows_.size(), {});
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        const Person* person = document_.person(rows_[row]);
        cache_[row].allocated = allocated.count(rows_[row]) ? allocated[rows_[row]] : 0.0;
        std::vector<std::pair<SkillLevel, SkillId>> held;
        for (const auto& [skill, level] : person->skills)
            held.emplace_back(level, skill);
        std::stable_sort(held.begin(), held.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList names;
        for (std::size_t i = 0; i < held.size() && i < 3; ++i)
            names << toQString(project.findSkill(held[i].second)->name);
        cache_[row].strongest = names.join(QStringLiteral(", "));
    }
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

PersonId PeopleModel::personAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)] : PersonId{};
}

int PeopleModel::rowOf(PersonId id) const {
    const auto it = std::find(rows_.begin(), rows_.end(), id);
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person* person = document_.person(rows_[static_cast<std::size_t>(index.row())]);
    if (!person)
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    const bool cached = row < cache_.size();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Name:
            return toQString(person->name);
        case Status:
            return edit ? QVariant(static_cast<int>(person->status)) : QVariant(toQString(personStatusLabel(person->status)));
        case Fte:
            return edit ? QVariant(person->fte) : QVariant(toQString(formatShare(person->fte)));
        case YearlyCost:
            return edit ? QVariant(static_cast<qlonglong>(person->yearlyCost)) : QVariant(toQString(formatMoney(static_cast<double>(person->yearlyCost))));
        case Allocated:
            return cached ? toQString(formatShare(cache_[row].allocated)) : QVariant();
        case Strongest:
            return cached ? cache_[row].strongest : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Fte && index.column() <= Allocated)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Allocated && cached)
        return tr("%1 of %2 FTE allocated in this scenario").arg(toQString(formatShare(cache_[row].allocated)), toQString(formatShare(person->fte)));
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
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
        edit.fte = value.toDouble();
        what = tr("Change the FTE of %1").arg(toQString(person->name));
        break;
    case YearlyCost:
        edit.yearlyCost = value.toLongLong();
        what = tr("Change the yearly cost of %1").arg(toQString(person->name));
        break;
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

QStringList PeopleModel::mimeTypes() const { return {QString::fromLatin1(kMimeType)}; }

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
