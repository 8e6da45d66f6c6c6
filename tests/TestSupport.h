// Shared helpers for Crewplan's tests: a temporary folder, fixture copies, file bytes.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <random>
#include <sstream>
#include <string>

namespace crewplan::test {

class TempDir {
public:
    TempDir() {
        std::random_device seed;
        path_ = std::filesystem::temp_directory_path() /
                ("crewplan-test-" + std::to_string(seed()) + std::to_string(seed()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

inline std::string fixture(const std::string& name) {
    return std::string(CREWPLAN_TEST_DATA) + "/" + name;
}

// Copies a fixture into `dir`, so that a test may open (and a migration may change) the copy.
inline std::string copyFixture(const TempDir& dir, const std::string& name) {
    const std::string target = dir.file(name);
    std::filesystem::copy_file(fixture(name), target,
                               std::filesystem::copy_options::overwrite_existing);
    return target;
}

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// Golden files: an output checked byte for byte against tests/data/golden/NAME. On purpose, after
// a change of the output, `CREWPLAN_UPDATE_GOLDEN=1 ctest --preset dev -R Golden` writes them
// anew; `git diff tests/data/golden` then shows what changed, to be read before committing.
inline ::testing::AssertionResult matchesGolden(const std::string& name,
                                                const std::string& actual) {
    const std::string path = fixture("golden/" + name);
    if (std::getenv("CREWPLAN_UPDATE_GOLDEN")) {
        writeBytes(path, actual);
        return ::testing::AssertionSuccess() << "wrote " << path;
    }
    if (!std::filesystem::exists(path))
        return ::testing::AssertionFailure()
               << path << " is missing; CREWPLAN_UPDATE_GOLDEN=1 writes it";
    const std::string expected = readBytes(path);
    if (expected == actual)
        return ::testing::AssertionSuccess();
    // Name the first line that differs, so a one-character change is found at once.
    std::istringstream want(expected), got(actual);
    std::string a, b;
    int line = 1;
    while (true) {
        const bool moreA = static_cast<bool>(std::getline(want, a));
        const bool moreB = static_cast<bool>(std::getline(got, b));
        if (!moreA && !moreB)
            break; // only a final newline differs
        if (!moreA || !moreB || a != b)
            break;
        ++line;
    }
    return ::testing::AssertionFailure()
           << "the output differs from " << path << " at line " << line
           << ":\n  golden: " << (want ? a : std::string("(end of file)"))
           << "\n  output: " << (got ? b : std::string("(end of output)"))
           << "\nIf the change is meant, regenerate with CREWPLAN_UPDATE_GOLDEN=1 (see "
              "tests/data/golden/README.md).";
}

} // namespace crewplan::test
