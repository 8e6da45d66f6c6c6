#include "TeamPlanView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "models/TeamPlanModel.h"
#include "views/ColumnFit.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <algorithm>

namespace crewplan {

TeamPlanView::TeamPlanView(ProjectDocument& document, QWidget* parent)
    : QTreeView(parent), document_(document), model_(new TeamPlanModel(document, this)) {
    setModel(model_);
    setAccessibleName(tr("Team plan"));
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header()->resizeSection(TeamPlanModel::Name, 15 * em);
    header()->resizeSection(TeamPlanModel::Staffing, 6 * em);
    setMinimumWidth(20 * em);
    expandAll();
    // Name and staffing as wide as what they hold (up to 24 em; tooltips hold the rest).
    auto* fit =
        new ColumnFit(this, header(), {TeamPlanModel::Name, TeamPlanModel::Staffing}, 24 * em);
    connect(this, &QTreeView::expanded, fit, &ColumnFit::fitSoon);

    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this,
            &TeamPlanView::rememberExpansion);
    connect(model_, &QAbstractItemModel::modelReset, this, &TeamPlanView::restoreExpansion);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const TeamId team = model_->teamOf(current); team.valid())
                    emit teamActivated(team);
                if (const RoleId role = model_->roleOf(current); role.valid())
                    emit roleActivated(role);
                if (const PersonId person = model_->personOf(current); person.valid())
                    emit personActivated(person);
            });
}

void TeamPlanView::rememberExpansion() {
    collapsed_.clear();
    for (int t = 0; t < model_->rowCount(); ++t) {
        const QModelIndex team = model_->index(t, 0);
        if (!isExpanded(team))
            collapsed_.insert(model_->teamOf(team).value);
        for (int r = 0; r < model_->rowCount(team); ++r) {
            const QModelIndex role = model_->index(r, 0, team);
            if (!isExpanded(role))
                collapsed_.insert(model_->roleOf(role).value);
        }
    }
    const QModelIndex current = currentIndex();
    selectedRole_ = model_->roleOf(current);
    selectedPerson_ = model_->personOf(current);
}

void TeamPlanView::restoreExpansion() {
    for (int t = 0; t < model_->rowCount(); ++t) {
        const QModelIndex team = model_->index(t, 0);
        setExpanded(team, !collapsed_.count(model_->teamOf(team).value));
        for (int r = 0; r < model_->rowCount(team); ++r) {
            const QModelIndex role = model_->index(r, 0, team);
            setExpanded(role, !collapsed_.count(model_->roleOf(role).value));
            if (model_->roleOf(role) == selectedRole_) {
                QModelIndex target = role;
                for (int c = 0; c < model_->rowCount(role); ++c) {
                    const QModelIndex slot = model_->index(c, 0, role);
                    if (selectedPerson_.valid() && model_->personOf(slot) == selectedPerson_)
                        target = slot;
                }
                selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            }
        }
    }
}

void TeamPlanView::selectRole(RoleId role) {
    const QModelIndex index = model_->indexOfRole(role);
    if (!index.isValid())
        return;
    expand(index.parent());
    setCurrentIndex(index);
    scrollTo(index);
}

void TeamPlanView::renameTeam(TeamId team) {
    selectTeam(team);
    const QModelIndex index = model_->indexOfTeam(team);
    if (index.isValid()) {
        setFocus();
        edit(index);
    }
}

void TeamPlanView::selectTeam(TeamId team) {
    const QModelIndex index = model_->indexOfTeam(team);
    if (!index.isValid())
        return;
    expand(index);
    setCurrentIndex(index);
    scrollTo(index);
}

TeamId TeamPlanView::currentTeam() const {
    return model_->teamOf(currentIndex());
}
RoleId TeamPlanView::currentRole() const {
    return model_->roleOf(currentIndex());
}

void TeamPlanView::unassign(PersonId person, RoleId role) {
    const Person* p = document_.person(person);
    const Role* r = document_.scenario().findRole(role);
    if (!p || !r)
        return;
    document_.apply(SetAllocation{document_.scenario().id, person, role, 0.0},
                    tr("Unassign %1 from %2").arg(toQString(p->name), toQString(r->name)));
}

void TeamPlanView::keyPressEvent(QKeyEvent* event) {
    const QModelIndex current = currentIndex();
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        model_->kindOf(current) == TeamPlanModel::Kind::Assignment) {
        unassign(model_->personOf(current), model_->roleOf(current));
        return;
    }
    QTreeView::keyPressEvent(event);
}

void TeamPlanView::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const Scenario& scenario = document_.scenario();
    const RoleId roleId = model_->roleOf(index);
    const Role* role = scenario.findRole(roleId);
    QMenu menu(this);
    if (model_->kindOf(index) == TeamPlanModel::Kind::Team) {
        const TeamId team{index.data(TeamPlanModel::IdRole).toLongLong()};
        menu.addAction(tr("Rename team…"), this, [this, team] { renameTeam(team); });
    }
    if (model_->kindOf(index) == TeamPlanModel::Kind::Assignment && role) {
        const PersonId person = model_->personOf(index);
        const Person* p = document_.person(person);
        menu.addAction(tr("Unassign %1").arg(p ? toQString(p->name) : QString()), this,
                       [this, person, roleId] { unassign(person, roleId); });
        QMenu* share = menu.addMenu(tr("Allocation"));
        for (double value : {0.25, 0.5, 0.75, 1.0}) {
            share->addAction(toQString(formatShare(value)) + tr(" FTE"), this,
                             [this, person, roleId, value, p, role] {
                                 document_.apply(
                                     SetAllocation{document_.scenario().id, person, roleId, value},
                                     tr("Set %1's allocation to %2")
                                         .arg(toQString(p->name), toQString(role->name)));
                             });
        }
    }
    if (role) {
        // Candidates for the role: people with FTE left, the best matches first.
        struct Option {
            int met;
            const Person* person;
        };
        std::vector<Option> options;
        for (const auto& person : document_.project().people) {
            if (!document_.project().isVisibleIn(person, scenario.id) ||
                person.fte - scenario.allocationOf(person.id) <= 1e-9)
                continue;
            int met = 0;
            for (const auto& req : role->requirements)
                met += person.level(req.skill) >= req.minimum &&
                       req.importance == Importance::MustHave;
            options.push_back({met, &person});
        }
        std::stable_sort(options.begin(), options.end(),
                         [](const Option& a, const Option& b) { return a.met > b.met; });
        int must = 0;
        for (const auto& req : role->requirements)
            must += req.importance == Importance::MustHave;
        QMenu* assign = menu.addMenu(tr("Assign to %1").arg(toQString(role->name)));
        assign->setEnabled(!options.empty());
        for (std::size_t i = 0; i < options.size() && i < 15; ++i) {
            const Person* person = options[i].person;
            assign->addAction(tr("%1 — meets %2 of %3 must-haves")
                                  .arg(toQString(person->name))
                                  .arg(options[i].met)
                                  .arg(must),
                              this,
                              [this, id = person->id, roleId] { model_->assign(id, roleId); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace crewplan
