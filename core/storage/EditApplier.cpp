#include "storage/EditApplier.h"

#include "storage/EditSupport.h"

namespace crewplan {

Result<Edit> applyEdit(Database& db, Project& project, const Edit& edit) {
    return std::visit([&](const auto& e) { return edits::apply(db, project, e); }, edit);
}

} // namespace crewplan
