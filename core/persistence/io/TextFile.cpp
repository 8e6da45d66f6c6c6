#include "io/TextFile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace crewplan {

Result<std::string> readTextFile(const std::string& path) {
    if (path == "-") {
        std::ostringstream text;
        text << std::cin.rdbuf();
        return text.str();
    }
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return Error{path + ": no such file."};
    if (std::filesystem::is_directory(status))
        return Error{path + ": a folder, not a file."};
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxTextFileBytes)
        return Error{path + ": too large to read (more than 1 GiB)."};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{
            path + ": could not be read (" +
            (errno == EACCES ? std::string("permission denied") : std::string("cannot open")) +
            ")."};
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        return Error{path + ": could not be read to the end."};
    return text;
}

} // namespace crewplan
