#include "ProjectDocument.h"

#include "EditCommand.h"
#include "QtText.h"
#include "storage/ProjectStore.h"

#include <QLockFile>
#include <QTimer>
#include <QUndoStack>
#include <utility>

namespace crewplan {

namespace {
const Project kNoProject = [] {
    Project p;
    p.scenarios.push_back({});
    return p;
}();
} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)), fileWatch_(new QTimer(this)) {
    // Another program's commits show within two seconds; PRAGMA data_version makes the check a
    // few microseconds when nothing changed.
    fileWatch_->setInterval(2000);
    connect(fileWatch_, &QTimer::timeout, this, &ProjectDocument::checkFile);
    // Queued: the stack is put back once the sweep that failed has returned (moving it from
    // inside its own indexChanged would fight the History view, which also listens).
    connect(
        undoStack_, &QUndoStack::indexChanged, this, [this] { finishRepair(); },
        Qt::QueuedConnection);
}

void ProjectDocument::finishRepair() {
    if (repairTo_ < 0 || repairing_)
        return;
    repairing_ = true;
    undoStack_->setIndex(repairTo_); // every command on the way is skipped: as the file is
    repairing_ = false;
    repairTo_ = -1;
    // Said once the stack is back (a move of the stack clears the status bar).
    const QString refusal = std::exchange(pendingRefusal_, QString());
    if (!refusal.isEmpty())
        emit editRefused(refusal);
}

void ProjectDocument::stepRefused(const QUndoCommand* command, bool undoing,
                                  const QString& reason) {
    if (repairTo_ >= 0)
        return;
    for (int i = 0; i < undoStack_->count(); ++i) {
        if (undoStack_->command(i) == command) {
            repairTo_ = undoing ? i + 1 : i;
            break;
        }
    }
    const QString text = command->text();
    pendingRefusal_ =
        undoing ? tr("Could not undo “%1”: %2 Nothing was changed; it can be undone again once "
                     "the file can be written.")
                      .arg(text, reason)
                : tr("Could not redo “%1”: %2 Nothing was changed.").arg(text, reason);
    if (repairTo_ < 0) // not on the stack (cannot be): say it now
        emit editRefused(std::exchange(pendingRefusal_, QString()));
}

ProjectDocument::~ProjectDocument() = default;

void ProjectDocument::setStore(std::unique_ptr<ProjectStore> store, bool readOnly,
                               std::unique_ptr<QLockFile> lock) {
    lock_ = std::move(lock);
    readOnly_ = store && readOnly;
    reloadsSeen_ = store ? store->reloads() : 0;
    outsidePending_ = false;
    clearPending_ = false;
    if (store)
        fileWatch_->start();
    else
        fileWatch_->stop();
    repairTo_ = -1;
    pendingRefusal_.clear();
    undoStack_->clear();
    store_ = std::move(store);
    scenario_ = store_ ? store_->project().scenarios.front().id : ScenarioId{};
    coverage_.reset();
    lastChange_ = {};
    reindex();
    emit projectReplaced();
}

void ProjectDocument::close() {
    setStore(nullptr);
}

const Project& ProjectDocument::project() const {
    return store_ ? store_->project() : kNoProject;
}

QString ProjectDocument::filePath() const {
    return store_ ? toQString(store_->path()) : QString();
}

const Scenario& ProjectDocument::scenario() const {
    const Scenario* s = project().findScenario(scenario_);
    return s ? *s : project().scenarios.front();
}

void ProjectDocument::setScenario(ScenarioId id) {
    if (id == scenario_ || !project().findScenario(id))
        return;
    scenario_ = id;
    coverage_.reset();
    reindex();
    emit scenarioChanged();
}

const CoverageReport& ProjectDocument::coverage() const {
    if (!coverage_)
        coverage_ = computeCoverage(project(), scenario());
    return *coverage_;
}

const Person* ProjectDocument::person(PersonId id) const {
    const auto it = personIndex_.find(id);
    return it == personIndex_.end() ? nullptr : &project().people[it->second];
}

const Team* ProjectDocument::team(TeamId id) const {
    const auto it = teamIndex_.find(id);
    return it == teamIndex_.end() ? nullptr : &scenario().teams[it->second];
}

const Role* ProjectDocument::role(RoleId id) const {
    const auto it = roleIndex_.find(id);
    return it == roleIndex_.end() ? nullptr : &scenario().roles[it->second];
}

namespace {
template <class T, class Key>
void indexById(const std::vector<T>& items, std::unordered_map<Key, std::size_t>& index) {
    index.clear();
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);
}
} // namespace

void ProjectDocument::reindex() {
    indexById(project().people, personIndex_);
    indexById(scenario().teams, teamIndex_);
    indexById(scenario().roles, roleIndex_);
}

void ProjectDocument::checkFile() {
    if (!store_ || isRepairing())
        return;
    if (auto changed = store_->refresh(); changed && *changed) {
        takeOutsideChanges(true);
        emit edited();
    }
}

void ProjectDocument::takeOutsideChanges(bool now) {
    reloadsSeen_ = store_->reloads();
    if (!project().findScenario(scenario_))
        scenario_ = project().scenarios.front().id;
    coverage_.reset();
    lastChange_ = {};
    reindex();
    if (now)
        undoStack_->clear();
    else
        clearPending_ = true;
    // Said once the action that read the file has returned (an undo step, a push): the status
    // bar it may clear is then free. Inside an undo step the history is cleared only then too.
    if (!std::exchange(outsidePending_, true))
        QMetaObject::invokeMethod(
            this,
            [this] {
                outsidePending_ = false;
                if (!store_)
                    return;
                if (std::exchange(clearPending_, false))
                    undoStack_->clear();
                emit changedElsewhere(toQString(store_->outsideChanges()));
            },
            Qt::QueuedConnection);
}

std::optional<Edit> ProjectDocument::applyRaw(const Edit& edit, QString* error, bool announce) {
    if (!store_) {
        if (error)
            *error = tr("No project is open.");
        return std::nullopt;
    }
    if (readOnly_) {
        const QString reason = tr("This window opened the project read-only, as it is open in "
                                  "another window. Open it again to edit it here.");
        if (error)
            *error = reason;
        if (announce)
            emit editRefused(reason);
        return std::nullopt;
    }
    auto inverse = store_->apply(edit);
    // Another program's commits, read before the edit: refused or not, the views follow them.
    // Inside an undo step (announce off) the history is left alone until the step returns.
    const bool reloaded = store_->reloads() != reloadsSeen_;
    if (reloaded)
        takeOutsideChanges(inApply_);
    if (!inverse) {
        if (reloaded)
            emit edited(); // the views show the file as it is
        const QString reason = toQString(inverse.message());
        if (error)
            *error = reason;
        if (announce)
            emit editRefused(reason);
        return std::nullopt;
    }
    if (!project().findScenario(scenario_))
        scenario_ = project().scenarios.front().id;
    lastChange_ = std::visit(
        [](const auto& e) -> ChangeScope {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SetSkillLevel>)
                return {false, e.person, {}, e.skill};
            else if constexpr (std::is_same_v<T, UpdatePerson>)
                return {false, e.person, {}, {}};
            else if constexpr (std::is_same_v<T, SetAllocation>)
                return {false, e.person, e.role, {}};
            else
                return {};
        },
        edit.variant());
    if (reloaded)
        lastChange_ = {}; // other programs changed more than this edit
    if (lastChange_.everything)
        reindex(); // people may have come or gone
    // An edit of one person, or of one person in one role, changes the coverage of the teams it
    // touched and nothing else: at 10,000 people, a few teams instead of thousands.
    const auto touched = lastChange_.everything ? std::nullopt : teamsTouchedBy(scenario(), edit);
    if (coverage_ && touched)
        recomputeTeams(*coverage_, project(), scenario(), *touched);
    else
        coverage_.reset(); // computed again when first asked for
    emit edited();
    return std::move(*inverse);
}

std::optional<QString> ProjectDocument::apply(const Edit& edit, const QString& text,
                                              const QString& mergeKey) {
    finishRepair(); // a push must land where the file is
    QString error;
    inApply_ = true;
    auto inverse = applyRaw(edit, &error);
    inApply_ = false;
    if (!inverse)
        return error;
    // An edit that changed nothing (its inverse is itself) is no undo step.
    if (inverse->variant() == edit.variant())
        return std::nullopt;
    undoStack_->push(new EditCommand(*this, edit, std::move(*inverse), text, mergeKey));
    return std::nullopt;
}

} // namespace crewplan
