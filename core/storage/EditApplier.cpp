#include "storage/EditApplier.h"

#include "storage/EditSupport.h"

#include <algorithm>

namespace crewplan {

Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit) {
    return std::visit([&](const auto& e) { return edits::apply(db, project, e); }, edit.variant());
}

namespace edits {

Result<Edit> apply(Database& db, Project& project, const EditBatch& batch) {
    // Each edit runs in a savepoint inside this transaction and changes a copy of the project;
    // the project itself changes only once the whole batch is in the file.
    Transaction tx(db);
    if (auto status = tx.begun(); !status)
        return Error{"The change could not be saved: " + status.message()};
    Project next = project;
    EditBatch inverse;
    inverse.edits.reserve(batch.edits.size());
    for (const Edit& edit : batch.edits) {
        auto undo = applyEdit(db, next, edit);
        if (!undo)
            return undo.error(); // rolled back whole
        inverse.edits.push_back(std::move(*undo));
    }
    if (auto status = tx.commit(); !status)
        return Error{"The change could not be saved: " + status.message()};
    project = std::move(next);
    std::reverse(inverse.edits.begin(), inverse.edits.end());
    return Edit{std::move(inverse)};
}

} // namespace edits

} // namespace crewplan
