// The project file's schema: Crewplan's application id, the current schema version, and the
// numbered migrations that bring any older file (or a new, empty one) up to it.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace crewplan::schema {

// "CREW" in ASCII, stored in the SQLite header's application_id field.
inline constexpr std::int32_t kApplicationId = 0x43524557;
inline constexpr int kCurrentVersion = 6;

struct Migration {
    int version;          // user_version after this migration has run
    std::string_view sql; // statements without parameters
};

// In order: migration i takes a file from version i to version i + 1.
std::span<const Migration> migrations();

} // namespace crewplan::schema
