// Typed identifiers, so a PersonId can never be passed where a RoleId is meant. Ids are the
// rows' primary keys in the project file and stay stable for the life of the project.
#pragma once

#include <cstdint>
#include <functional>

namespace crewplan {

template <class Tag> struct Id {
    std::int64_t value = 0;

    bool valid() const { return value > 0; }
    bool operator==(const Id&) const = default;
    // Ordering by hand rather than <=>: Qt 6.4's moc cannot parse <compare>, and UI headers
    // include this one.
    bool operator<(const Id& other) const { return value < other.value; }
    bool operator>(const Id& other) const { return value > other.value; }
};

using SkillId = Id<struct SkillTag>;
using PersonId = Id<struct PersonTag>;
using TeamId = Id<struct TeamTag>;
using RoleId = Id<struct RoleTag>;
using ScenarioId = Id<struct ScenarioTag>;

} // namespace crewplan

template <class Tag> struct std::hash<crewplan::Id<Tag>> {
    std::size_t operator()(const crewplan::Id<Tag>& id) const noexcept {
        return std::hash<std::int64_t>{}(id.value);
    }
};
