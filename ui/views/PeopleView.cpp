#include "PeopleView.h"

#include "ProjectDocument.h"
#include "QtText.h"
#include "model/Project.h"
#include "model/Text.h"
#include "models/PeopleModel.h"
#include "models/PersonSkillsModel.h"
#include "views/ColumnFit.h"
#include "views/Delegates.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace crewplan {

PeopleView::PeopleView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), people_(new PeopleModel(document, this)),
      proxy_(new QSortFilterProxyModel(this)), skills_(new PersonSkillsModel(document, this)) {
    proxy_->setSourceModel(people_);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);

    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter people by name, status or skill"));
    filter_->setClearButtonEnabled(true);
    filter_->setAccessibleName(tr("Filter people"));
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);

    table_ = new QTableView(this);
    table_->setModel(proxy_);
    table_->setAccessibleName(tr("People"));
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setDragEnabled(true);
    // Drag people to the team plan; drop an assignment from it here to undo it.
    table_->setDragDropMode(QAbstractItemView::DragDrop);
    table_->setDropIndicatorShown(false);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    // Fixed widths: resizing to contents would measure every one of thousands of rows.
    const int em = table_->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    table_->horizontalHeader()->resizeSection(PeopleModel::Name, 11 * em);
    table_->horizontalHeader()->resizeSection(PeopleModel::Status, 7 * em);
    table_->horizontalHeader()->resizeSection(PeopleModel::Fte, 3 * em);
    table_->horizontalHeader()->resizeSection(PeopleModel::YearlyCost, 6 * em);
    table_->horizontalHeader()->resizeSection(PeopleModel::Allocated, 5 * em);
    table_->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < PeopleModel::ColumnCount; ++c) {
        // Never narrower than the column's title.
        const int title = table_->horizontalHeader()->fontMetrics().horizontalAdvance(
                              people_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) +
                          2 * em;
        table_->horizontalHeader()->resizeSection(
            c, std::max(title, table_->horizontalHeader()->sectionSize(c)));
    }
    table_->setItemDelegateForColumn(
        PeopleModel::Status,
        new ChoiceDelegate({{tr("Employee"), static_cast<int>(PersonStatus::Employee)},
                            {tr("Candidate"), static_cast<int>(PersonStatus::Candidate)}},
                           this));
    {
        // The status column as wide as its editor needs for its longest choice (a combo box's
        // arrow and frame beside the text), so that the open editor never reads "Employ".
        QComboBox probe;
        probe.addItems({tr("Employee"), tr("Candidate")});
        probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
        table_->horizontalHeader()->resizeSection(
            PeopleModel::Status,
            std::max(table_->horizontalHeader()->sectionSize(PeopleModel::Status),
                     probe.sizeHint().width()));
    }
    // Names as wide as they are (up to 20 em): "Ines Ortega-Whitfield", not "Ines Ortega-…".
    new ColumnFit(table_, table_->horizontalHeader(), {PeopleModel::Name}, 20 * em);
    table_->setItemDelegateForColumn(PeopleModel::Fte, new NumberDelegate(2, this));
    table_->setItemDelegateForColumn(PeopleModel::YearlyCost, new NumberDelegate(0, this));

    personTitle_ = new QLabel(tr("Select a person to see and set their skills."), this);
    personTitle_->setWordWrap(true);
    skillTree_ = new QTreeView(this);
    skillTree_->setModel(skills_);
    skillTree_->setAccessibleName(tr("Skill levels of the selected person"));
    skillTree_->setItemDelegateForColumn(PersonSkillsModel::Level, new LevelDelegate(this));
    skillTree_->setUniformRowHeights(true);
    skillTree_->setAlternatingRowColors(true);
    skillTree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Survives the model's resets: the skill name takes what the level columns leave.
    skillTree_->header()->setStretchLastSection(true);
    skillTree_->header()->setSectionResizeMode(PersonSkillsModel::SkillName,
                                               QHeaderView::Interactive);
    skillTree_->header()->resizeSection(PersonSkillsModel::SkillName, 20 * em);
    skillTree_->header()->setSectionResizeMode(PersonSkillsModel::Level, QHeaderView::Fixed);
    // Room for the dots and the longest level text, "Awareness → Advanced, planned".
    skillTree_->header()->resizeSection(
        PersonSkillsModel::Level,
        6 * em + skillTree_->fontMetrics().horizontalAdvance(tr("Awareness → Advanced, planned")));
    skillTree_->installEventFilter(this);
    skillTree_->setToolTip(tr("Click a dot or type 0–4 to set the level of the selected skill."));
    connect(skills_, &QAbstractItemModel::modelReset, skillTree_, &QTreeView::expandAll);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filter_);
    leftLayout->addWidget(table_);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(personTitle_);
    rightLayout->addWidget(skillTree_);
    // Table above, profile below: both get the full width of the window's centre.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showPerson(people_->personAt(proxy_->mapToSource(current).row()));
            });
    connect(&document_, &ProjectDocument::edited, this, [this] { showPerson(skills_->person()); });
    // A newly opened project shows its first person, so the skill editor is never blank.
    connect(&document_, &ProjectDocument::projectReplaced, this, [this] {
        if (proxy_->rowCount() > 0)
            table_->setCurrentIndex(proxy_->index(0, PeopleModel::Name));
    });
}

void PeopleView::showPerson(PersonId id) {
    const Person* person = document_.person(id);
    if (skills_->person() != id || !person)
        skills_->setPerson(person ? id : PersonId{});
    if (!person) {
        personTitle_->setText(tr("Select a person to see and set their skills."));
        return;
    }
    personTitle_->setText(tr("<b>%1</b> — %2, %3 FTE. Click a dot or type 0–4 to set a level.")
                              .arg(toQString(person->name).toHtmlEscaped(),
                                   toQString(personStatusLabel(person->status)),
                                   toQString(formatShare(person->fte))));
}

void PeopleView::selectPerson(PersonId person) {
    const int row = people_->rowOf(person);
    if (row < 0)
        return;
    filter_->clear();
    const QModelIndex index = proxy_->mapFromSource(people_->index(row, PeopleModel::Name));
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
}

PersonId PeopleView::currentPerson() const {
    return people_->personAt(proxy_->mapToSource(table_->currentIndex()).row());
}

bool PeopleView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == skillTree_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) &&
            key->modifiers() == Qt::NoModifier) {
            // Up and down go from skill to skill: a category row takes no level, so the cursor
            // passes over it (its group still folds with the arrow keys left and right).
            const bool down = key->key() == Qt::Key_Down;
            QModelIndex next = skillTree_->currentIndex();
            do
                next = down ? skillTree_->indexBelow(next) : skillTree_->indexAbove(next);
            while (next.isValid() && !skills_->skillAt(next).valid());
            if (next.isValid())
                skillTree_->setCurrentIndex(next);
            return true;
        }
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_4) {
            const QModelIndex current = skillTree_->currentIndex();
            const QModelIndex level = current.siblingAtColumn(PersonSkillsModel::Level);
            if (level.isValid() && (level.flags() & Qt::ItemIsEditable)) {
                skills_->setData(level, key->key() - Qt::Key_0, Qt::EditRole);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crewplan
