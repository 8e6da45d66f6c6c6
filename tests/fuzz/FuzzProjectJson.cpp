// libFuzzer target: any bytes as a project JSON (`crewplan new --from`); what it accepts must be
// a valid project.
#include "io/ProjectJson.h"
#include "model/Project.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto project = crewplan::readProjectJson(text, "fuzz.json");
    if (project && !crewplan::validate(*project))
        __builtin_trap();
    return 0;
}
