// The skills Crewplan knows without being told: the MLOps template's catalog (name, category,
// description), read once from the template embedded at build time. The stack and the tools
// catalog look skills up here by name when a project lacks them.
#pragma once

#include "model/Skill.h"

#include <string_view>
#include <vector>

namespace crewplan {

// The MLOps template's JSON text, embedded at build time from resources/templates/mlops.json.
std::string_view mlopsTemplateJson();

// The template's skills, in catalog order; their ids are 0 (a project gives its own).
const std::vector<Skill>& knownSkills();
const Skill* findKnownSkill(std::string_view name); // case-insensitive; nullptr if unknown

} // namespace crewplan
