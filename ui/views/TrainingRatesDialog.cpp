#include "TrainingRatesDialog.h"

#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crewplan {

namespace {

// A number as the planner's locale writes it, or as C writes it.
std::optional<double> number(const QString& text) {
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (ok)
        return value;
    const double plain = text.toDouble(&ok);
    return ok ? std::optional<double>(plain) : std::nullopt;
}

} // namespace

TrainingRatesDialog::TrainingRatesDialog(const Project& project, QWidget* parent)
    : QDialog(parent), project_(project) {
    setWindowTitle(tr("Training per skill"));
    table_ = new QTableWidget(static_cast<int>(project.skills.size()), 3, this);
    table_->setHorizontalHeaderLabels(
        {tr("Skill"), tr("Cost per level step"), tr("Weeks per level step")});
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    int row = 0;
    for (const auto& skill : project.skills) {
        auto* name = new QTableWidgetItem(toQString(skill.name));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, qint64(skill.id.value));
        table_->setItem(row, 0, name);
        const auto own = project.ownTrainingRate(skill.id);
        for (int c = 1; c <= 2; ++c) {
            auto* cell = new QTableWidgetItem;
            if (own)
                cell->setText(QString::number(c == 1 ? own->costPerLevel : own->weeksPerLevel));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, c, cell);
        }
        ++row;
    }
    auto* note =
        new QLabel(tr("Leave a row blank for the project's rate (%1 and %2 weeks per level "
                      "step).")
                       .arg(toQString(formatMoney(project.training.costPerLevel)),
                            toQString(formatShare(project.training.weeksPerLevel))),
                   this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(64 * fontMetrics().horizontalAdvance(QLatin1Char('M')), 34 * fontMetrics().height());
}

std::vector<SetTrainingRate> TrainingRatesDialog::changes(QString* error) const {
    std::vector<SetTrainingRate> out;
    for (int r = 0; r < table_->rowCount(); ++r) {
        const SkillId skill{table_->item(r, 0)->data(Qt::UserRole).toLongLong()};
        const QString cost = table_->item(r, 1)->text().trimmed();
        const QString weeks = table_->item(r, 2)->text().trimmed();
        std::optional<TrainingRate> rate;
        if (!cost.isEmpty() || !weeks.isEmpty()) {
            const auto costValue =
                cost.isEmpty() ? std::optional(project_.training.costPerLevel) : number(cost);
            const auto weeksValue =
                weeks.isEmpty() ? std::optional(project_.training.weeksPerLevel) : number(weeks);
            rate = TrainingRate{costValue.value_or(-1), weeksValue.value_or(-1)};
            if (!rate->valid()) {
                *error = tr("the training of %1 needs a cost and weeks of 0 or more.")
                             .arg(table_->item(r, 0)->text());
                return {};
            }
        }
        if (rate != project_.ownTrainingRate(skill))
            out.push_back({skill, rate});
    }
    return out;
}

} // namespace crewplan
