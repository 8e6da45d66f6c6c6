// libFuzzer target: any bytes as a project file. Opening must refuse or succeed in our words,
// never crash, hang or leak; what opens must be a valid project.
#include "model/Project.h"
#include "storage/ProjectStore.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/crewplan-fuzz-" + std::to_string(getpid()) + ".crewplan";
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    for (const char* extra : {"-journal", ".v1", ".v2"})
        std::remove((path + extra).c_str());
    auto store = crewplan::ProjectStore::open(path);
    if (store && !crewplan::validate(store->project()))
        __builtin_trap(); // opened, yet not a valid project
    std::remove(path.c_str());
    return 0;
}
