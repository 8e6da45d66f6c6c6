// Whole-file writes that never leave a half-written file behind: the bytes go to a temporary
// sibling, which is flushed and renamed over the target only once all of it is written.
#pragma once

#include "model/Result.h"

#include <string>
#include <string_view>

namespace crewplan {

Status writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace crewplan
