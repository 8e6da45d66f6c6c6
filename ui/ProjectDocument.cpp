#include "ProjectDocument.h"

#include "EditCommand.h"
#include "QtText.h"
#include "storage/ProjectStore.h"

#include <QHash>
#include <QUndoStack>

namespace crewplan {

namespace {
const Project kNoProject = [] {
    Project p;
    p.scenarios.push_back({});
    return p;
}();
} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)) {}

ProjectDocument::~ProjectDocument() = default;

void ProjectDocument::setStore(std::unique_ptr<ProjectStore> store) {
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

void ProjectDocument::reindex() {
    personIndex_.clear();
    const auto& people = project().people;
    personIndex_.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i)
        personIndex_.emplace(people[i].id, i);
}

std::optional<Edit> ProjectDocument::applyRaw(const Edit& edit, QString* error) {
    if (!store_) {
        if (error)
            *error = tr("No project is open.");
        return std::nullopt;
    }
    auto inverse = store_->apply(edit);
    if (!inverse) {
        const QString reason = toQString(inverse.message());
        if (error)
            *error = reason;
        emit editRefused(reason);
        return std::nullopt;
    }
    if (!project().findScenario(scenario_))
        scenario_ = project().scenarios.front().id;
    coverage_.reset();
    lastChange_ = std::visit(
        [](const auto& e) -> ChangeScope {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SetSkillLevel> || std::is_same_v<T, UpdatePerson>)
                return {false, e.person, {}};
            else if constexpr (std::is_same_v<T, SetAllocation>)
                return {false, e.person, e.role};
            else
                return {};
        },
        edit);
    if (lastChange_.everything)
        reindex(); // people may have come or gone
    emit edited();
    return std::move(*inverse);
}

std::optional<QString> ProjectDocument::apply(const Edit& edit, const QString& text,
                                              const QString& mergeKey) {
    QString error;
    auto inverse = applyRaw(edit, &error);
    if (!inverse)
        return error;
    // QUndoCommand merges by an int id: derive it from the key (1 + hash keeps -1 for "never").
    const int mergeId =
        mergeKey.isEmpty() ? -1 : static_cast<int>(qHash(mergeKey) & 0x3fffffff) + 1;
    undoStack_->push(new EditCommand(*this, edit, std::move(*inverse), text, mergeId));
    return std::nullopt;
}

} // namespace crewplan
