// libFuzzer target: any bytes as an imported MLOps tools catalog.
#include "model/KnownSkills.h"
#include "stack/ToolCatalog.h"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<std::string> known = [] {
        std::vector<std::string> names;
        for (const auto& skill : crewplan::knownSkills())
            names.push_back(skill.name);
        return names;
    }();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto catalog = crewplan::parseToolCatalog(text, "fuzz.json", known);
    if (catalog && (catalog->tools.empty() || catalog->stages.empty()))
        __builtin_trap(); // a catalog without tools must be refused
    return 0;
}
