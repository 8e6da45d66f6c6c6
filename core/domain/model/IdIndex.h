// Lookups by id in O(1) over one of the model's vectors (people, teams, roles), for loops that
// would otherwise scan the vector once per row: at 10,000 people and 3,600 teams a scan per
// team is millions of comparisons. It points into the vector: make it after the last change to
// the vector and keep it no longer than the vector stays as it is.
#pragma once

#include <unordered_map>
#include <vector>

namespace crewplan {

template <class T> class IdIndex {
public:
    using Key = decltype(T::id);

    explicit IdIndex(const std::vector<T>& items) {
        byId_.reserve(items.size());
        for (const T& item : items)
            byId_.emplace(item.id, &item);
    }

    const T* find(Key id) const {
        const auto it = byId_.find(id);
        return it == byId_.end() ? nullptr : it->second;
    }
    bool contains(Key id) const { return byId_.count(id) != 0; }

private:
    std::unordered_map<Key, const T*> byId_;
};

} // namespace crewplan
