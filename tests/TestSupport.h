// Shared helpers for Crewplan's tests: a temporary folder, fixture copies, file bytes.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
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

} // namespace crewplan::test
