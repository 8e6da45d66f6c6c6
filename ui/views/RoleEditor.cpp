#include "RoleEditor.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "models/RequirementsModel.h"
#include "views/Delegates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace crewplan {

namespace {
std::vector<std::pair<QString, int>> levelChoices() {
    std::vector<std::pair<QString, int>> out;
    for (const auto& info : skillLevelScale()) {
        if (info.level != SkillLevel::None)
            out.emplace_back(toQString(info.name), static_cast<int>(info.level));
    }
    return out;
}

QSpinBox* moneyBox(QWidget* parent, const QString& name) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 99'999'999);
    box->setSingleStep(5000);
    box->setGroupSeparatorShown(true);
    box->setAccessibleName(name);
    return box;
}
} // namespace

RoleEditor::RoleEditor(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), requirements_(new RequirementsModel(document, this)) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    name_ = new QLineEdit(this);
    name_->setAccessibleName(tr("Role name"));
    headcount_ = new QSpinBox(this);
    headcount_->setRange(1, 10000);
    headcount_->setAccessibleName(tr("Headcount target"));
    // "1 slot", "2 slots": the suffix follows the value.
    const auto slotSuffix = [this](int value) {
        headcount_->setSuffix(tr("%n slot(s)", nullptr, value).mid(QString::number(value).size()));
    };
    slotSuffix(headcount_->value());
    connect(headcount_, &QSpinBox::valueChanged, this, slotSuffix);
    headcount_->setMaximumWidth(12 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    costMin_ = moneyBox(this, tr("Cost band minimum"));
    costMax_ = moneyBox(this, tr("Cost band maximum"));

    auto* band = new QHBoxLayout;
    band->addWidget(costMin_);
    band->addWidget(new QLabel(tr("to"), this));
    band->addWidget(costMax_);
    band->addWidget(new QLabel(tr("a year"), this));
    band->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Headcount target:"), headcount_);
    form->addRow(tr("Yearly &cost band:"), band);
    static_cast<QLabel*>(form->labelForField(band))->setBuddy(costMin_);

    table_ = new QTableView(this);
    table_->setModel(requirements_);
    table_->setAccessibleName(tr("Requirements of the role"));
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    table_->horizontalHeader()->resizeSection(RequirementsModel::Skill, 14 * em);
    table_->horizontalHeader()->resizeSection(RequirementsModel::Minimum, 9 * em);
    table_->horizontalHeader()->resizeSection(RequirementsModel::Importance,
                                              fontMetrics().horizontalAdvance(tr("Nice-to-have")) +
                                                  3 * em); // and the editor's arrow
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 8);
    table_->setItemDelegateForColumn(RequirementsModel::Minimum,
                                     new ChoiceDelegate(levelChoices(), this));
    table_->setItemDelegateForColumn(
        RequirementsModel::Importance,
        new ChoiceDelegate({{tr("Must-have"), static_cast<int>(Importance::MustHave)},
                            {tr("Nice-to-have"), static_cast<int>(Importance::NiceToHave)}},
                           this));

    newSkill_ = new QComboBox(this);
    newSkill_->setAccessibleName(tr("Skill to require"));
    newLevel_ = new QComboBox(this);
    newLevel_->setAccessibleName(tr("Minimum level"));
    for (const auto& [label, value] : levelChoices())
        newLevel_->addItem(label, value);
    newLevel_->setCurrentIndex(1);
    newImportance_ = new QComboBox(this);
    newImportance_->setAccessibleName(tr("Importance"));
    newImportance_->addItem(tr("Must-have"), static_cast<int>(Importance::MustHave));
    newImportance_->addItem(tr("Nice-to-have"), static_cast<int>(Importance::NiceToHave));
    add_ = new QPushButton(tr("&Require"), this);
    remove_ = new QPushButton(tr("Re&move requirement"), this);
    auto* adder = new QHBoxLayout;
    adder->addWidget(newSkill_, 2);
    adder->addWidget(newLevel_, 1);
    adder->addWidget(newImportance_, 1);
    adder->addWidget(add_);
    adder->addStretch();
    adder->addWidget(remove_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(form);
    layout->addWidget(table_, 1);
    layout->addLayout(adder);

    // Text is committed when editing finishes (Enter, Tab, focus elsewhere), never per keystroke:
    // trimming and writing back each keystroke ate the space in "ML Engineer". Numbers likewise:
    // without keyboard tracking a typed 200000 arrives whole, not as 2, 20, 200… each applied.
    connect(name_, &QLineEdit::editingFinished, this,
            [this] { commitDetails(QStringLiteral("name")); });
    for (QSpinBox* box : {headcount_, costMin_, costMax_})
        box->setKeyboardTracking(false);
    connect(headcount_, &QSpinBox::valueChanged, this,
            [this] { commitDetails(QStringLiteral("headcount")); });
    connect(costMin_, &QSpinBox::valueChanged, this,
            [this] { commitDetails(QStringLiteral("costMin")); });
    connect(costMax_, &QSpinBox::valueChanged, this,
            [this] { commitDetails(QStringLiteral("costMax")); });
    connect(add_, &QPushButton::clicked, this, &RoleEditor::addRequirement);
    connect(remove_, &QPushButton::clicked, this, &RoleEditor::removeRequirement);
    connect(&document_, &ProjectDocument::edited, this, &RoleEditor::refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, [this] { setRole({}); });
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] { setRole({}); });
    refresh();
}

RoleId RoleEditor::role() const {
    return requirements_->role();
}

void RoleEditor::setRole(RoleId role) {
    requirements_->setRole(role);
    refresh();
}

void RoleEditor::refresh() {
    const Scenario& scenario = document_.scenario();
    const Role* role = scenario.findRole(requirements_->role());
    const bool has = role != nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{name_, headcount_, costMin_, costMax_, table_, newSkill_,
                                         newLevel_, newImportance_, add_, remove_})
        w->setEnabled(has);
    if (!has) {
        // Empty, not the last role's values greyed out (after Close or Open they would be
        // another project's).
        title_->setText(tr("Select a role in the team plan to edit it."));
        updating_ = true;
        name_->clear();
        for (QSpinBox* box : {headcount_, costMin_, costMax_})
            box->setValue(box->minimum());
        newSkill_->clear();
        updating_ = false;
        return;
    }
    updating_ = true;
    const Team* team = scenario.findTeam(role->team);
    title_->setText(tr("<b>%1</b> in %2")
                        .arg(toQString(role->name).toHtmlEscaped(),
                             team ? toQString(team->name).toHtmlEscaped() : QString()));
    // Not while the name is being typed (another change must not undo the typing).
    const bool typing = name_->hasFocus() && name_->isModified();
    if (!typing && name_->text() != toQString(role->name))
        name_->setText(toQString(role->name));
    headcount_->setValue(role->headcount);
    costMin_->setValue(static_cast<int>(role->costBand.minimum));
    costMax_->setValue(static_cast<int>(role->costBand.maximum));
    const SkillId keep = SkillId{newSkill_->currentData().toLongLong()};
    const int keepRow = newSkill_->currentIndex();
    newSkill_->clear();
    for (const auto& skill : document_.project().skills) {
        const bool required =
            std::any_of(role->requirements.begin(), role->requirements.end(),
                        [&](const RoleRequirement& r) { return r.skill == skill.id; });
        if (!required)
            newSkill_->addItem(toQString(skill.name), static_cast<qlonglong>(skill.id.value));
    }
    // The same skill, or (once it is required) the one after it: not back to the first.
    const int same = newSkill_->findData(static_cast<qlonglong>(keep.value));
    newSkill_->setCurrentIndex(
        same >= 0 ? same : std::clamp(keepRow, 0, std::max(0, newSkill_->count() - 1)));
    add_->setEnabled(newSkill_->count() > 0);
    updating_ = false;
}

void RoleEditor::commitDetails(const QString& key) {
    if (updating_)
        return;
    const Role* role = document_.scenario().findRole(requirements_->role());
    if (!role)
        return;
    const UpdateRole edit{document_.scenario().id, role->id, toStdString(name_->text().trimmed()),
                          headcount_->value(), CostBand{costMin_->value(), costMax_->value()}};
    if (document_.apply(edit, tr("Edit role %1").arg(toQString(role->name)),
                        QStringLiteral("role:%1:%2").arg(role->id.value).arg(key)))
        refresh(); // refused: show the role as it is
}

void RoleEditor::addRequirement() {
    const Role* role = document_.scenario().findRole(requirements_->role());
    const SkillId skill{newSkill_->currentData().toLongLong()};
    const Skill* s = document_.project().findSkill(skill);
    if (!role || !s)
        return;
    const RoleRequirement req{skill,
                              static_cast<SkillLevel>(newLevel_->currentData().toInt()),
                              static_cast<Importance>(newImportance_->currentData().toInt()),
                              {}};
    document_.apply(SetRequirement{document_.scenario().id, role->id, skill, req, -1},
                    tr("Require %1 in %2").arg(toQString(s->name), toQString(role->name)));
}

void RoleEditor::removeRequirement() {
    const Role* role = document_.scenario().findRole(requirements_->role());
    const SkillId skill = requirements_->skillAt(table_->currentIndex().row());
    const Skill* s = document_.project().findSkill(skill);
    if (!role || !s)
        return;
    document_.apply(SetRequirement{document_.scenario().id, role->id, skill, std::nullopt, -1},
                    tr("Stop requiring %1 in %2").arg(toQString(s->name), toQString(role->name)));
}

} // namespace crewplan
