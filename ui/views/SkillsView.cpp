#include "SkillsView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "models/SkillsModel.h"
#include "views/Delegates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crewplan {

SkillsView::SkillsView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new SkillsModel(document, this)) {
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete skill"), question) == QMessageBox::Yes;
    };
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setAccessibleName(tr("Skill catalog"));
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    table_->horizontalHeader()->resizeSection(SkillsModel::Name, 14 * em);
    table_->horizontalHeader()->resizeSection(SkillsModel::Category, 10 * em);
    table_->horizontalHeader()->resizeSection(SkillsModel::Description, 34 * em);
    table_->horizontalHeader()->setStretchLastSection(true);
    std::vector<std::pair<QString, int>> categories;
    for (auto category : skillCategories())
        categories.emplace_back(toQString(skillCategoryName(category)), static_cast<int>(category));
    table_->setItemDelegateForColumn(SkillsModel::Category, new ChoiceDelegate(categories, this));

    auto* add = new QPushButton(tr("&Add skill"), this);
    auto* remove = new QPushButton(tr("&Delete skill…"), this);
    connect(add, &QPushButton::clicked, this, &SkillsView::addSkill);
    connect(remove, &QPushButton::clicked, this, &SkillsView::removeCurrentSkill);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addLayout(buttons);
}

void SkillsView::addSkill() {
    Project const& project = document_.project();
    QString name = tr("New skill");
    for (int n = 2; project.findSkill(toStdString(name)); ++n)
        name = tr("New skill %1").arg(n);
    const Skill skill{SkillId{project.nextId}, toStdString(name), SkillCategory::Programming, {}};
    if (document_.apply(AddSkill{skill, -1, {}, {}, {}, {}}, tr("Add skill %1").arg(name)))
        return;
    const QModelIndex index = model_->index(model_->rowOf(skill.id), SkillsModel::Name);
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
    table_->edit(index);
}

void SkillsView::removeCurrentSkill() {
    const Project& project = document_.project();
    const Skill* skill = project.findSkill(model_->skillAt(table_->currentIndex().row()));
    if (!skill)
        return;
    QStringList roles;
    int people = 0;
    for (const auto& scenario : project.scenarios) {
        for (const auto& role : scenario.roles) {
            for (const auto& req : role.requirements) {
                if (req.skill == skill->id)
                    roles << tr("%1 (%2)").arg(toQString(role.name), toQString(scenario.name));
            }
        }
    }
    for (const auto& person : project.people)
        people += person.level(skill->id) != SkillLevel::None;
    if (!roles.isEmpty() || people > 0) {
        const QString name = toQString(skill->name);
        QString where = tr("%1 is held by %n people", nullptr, people).arg(name);
        if (!roles.isEmpty())
            where += tr(" and required by %1").arg(roles.mid(0, 8).join(QStringLiteral(", "))) +
                     (roles.size() > 8
                          ? tr(" and %n more role(s)", nullptr, static_cast<int>(roles.size() - 8))
                          : QString());
        if (!confirm(where + tr(".\n\nDelete it everywhere? (Undo brings it back.)")))
            return;
    }
    document_.apply(RemoveSkill{skill->id}, tr("Delete skill %1").arg(toQString(skill->name)));
}

} // namespace crewplan
