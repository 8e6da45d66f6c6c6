#include "ScenariosModel.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"

#include <QFont>
#include <optional>

namespace crewplan {

ScenariosModel::ScenariosModel(ProjectDocument& document, QObject* parent)
    : IdTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::edited, this, &ScenariosModel::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, &ScenariosModel::refresh);
    connect(&document_, &ProjectDocument::projectReplaced, this, &ScenariosModel::refresh);
    refresh();
}

void ScenariosModel::refresh() {
    const Project& project = document_.project();
    std::vector<ScenarioId> wanted;
    if (document_.isOpen()) {
        for (const auto& s : project.scenarios)
            wanted.push_back(s.id);
    }
    const bool sameRows = wanted == rows_;
    syncRows(wanted);
    // An allocation belongs to one scenario: after one, only the current row can change. Other
    // edits (a skill level, a person's details) can change every scenario's figures.
    const auto& change = document_.lastChange();
    const bool onlyCurrent =
        sameRows && text_.size() == rows_.size() && !change.everything && change.role.valid();
    text_.resize(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Scenario& s = *project.findScenario(rows_[i]);
        const bool current = s.id == document_.scenario().id;
        if (onlyCurrent && !current)
            continue;
        std::optional<CoverageReport> other;
        if (!current)
            other = computeCoverage(project, s);
        const auto& t = current ? document_.coverage().total : other->total;
        text_[i] = {toQString(s.name),
                    t.mustHave ? toQString(formatPercent(*t.mustHave)) : tr("n/a"),
                    QString::number(t.totalHeadcount()), toQString(formatMoney(t.yearlyCost))};
    }
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScenariosModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenariosModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        static_cast<std::size_t>(index.row()) >= text_.size())
        return {};
    const auto& text = text_[static_cast<std::size_t>(index.row())];
    const bool current = rows_[static_cast<std::size_t>(index.row())] == document_.scenario().id;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text[static_cast<std::size_t>(index.column())];
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const Scenario* s =
            document_.project().findScenario(rows_[static_cast<std::size_t>(index.row())]);
        return s ? toQString(s->description) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ScenariosModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Scenario");
    case MustHave:
        return tr("Must-have");
    case People:
        return tr("People");
    case YearlyCost:
        return tr("Yearly cost");
    default:
        return {};
    }
}

Qt::ItemFlags ScenariosModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = IdTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenariosModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Scenario* s = document_.project().findScenario(idAt(index.row()));
    if (!s)
        return false;
    const std::string name = toStdString(value.toString().trimmed());
    if (name == s->name)
        return true;
    return !document_
                .apply(UpdateScenario{s->id, name, s->description},
                       tr("Rename scenario %1").arg(toQString(s->name)))
                .has_value();
}

} // namespace crewplan
