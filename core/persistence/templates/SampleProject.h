// The sample project: the MLOps template staffed with a handful of realistic people, with the
// gaps and single points of failure a real first plan has.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

namespace crewplan {

// `mlops` is the MLOps template as read from its JSON.
Result<Project> makeSampleProject(Project mlops);

} // namespace crewplan
