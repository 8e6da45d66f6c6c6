#include "storage/EditApplier.h"

#include "storage/EditSupport.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace crewplan {

Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit) {
    return std::visit([&](const auto& e) { return edits::apply(db, project, e); }, edit.variant());
}

namespace edits {

Result<Edit>
applySequence(Database& db, Project& project,
              const std::function<std::optional<Result<Edit>>(const Project& next)>& nextEdit) {
    // Each edit runs in a savepoint inside this transaction and changes a copy of the project;
    // the project itself changes only once all of them are in the file.
    Transaction tx(db);
    if (auto status = tx.begun(); !status)
        return Error{"The change could not be saved: " + status.message()};
    Project next = project;
    EditBatch inverse;
    while (auto edit = nextEdit(next)) {
        if (!*edit)
            return edit->error(); // rolled back whole
        auto undo = applyEdit(db, next, **edit);
        if (!undo)
            return undo.error();
        inverse.edits.push_back(std::move(*undo));
    }
    if (auto status = tx.commit(); !status)
        return Error{"The change could not be saved: " + status.message()};
    project = std::move(next);
    std::reverse(inverse.edits.begin(), inverse.edits.end());
    return Edit{std::move(inverse)};
}

Result<Edit> apply(Database& db, Project& project, const EditBatch& batch) {
    std::size_t i = 0;
    return applySequence(db, project, [&](const Project&) -> std::optional<Result<Edit>> {
        if (i == batch.edits.size())
            return std::nullopt;
        return Result<Edit>(batch.edits[i++]);
    });
}

} // namespace edits

} // namespace crewplan
