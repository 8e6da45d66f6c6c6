#include "io/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace crewplan {

namespace fs = std::filesystem;

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
    std::error_code ec;
    std::string temporary = path + ".tmp";
    for (int n = 2; fs::exists(temporary, ec); ++n)
        temporary = path + ".tmp" + std::to_string(n);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{path + ": could not be written: " + std::strerror(errno) + "."};
    std::size_t done = 0;
    int failure = 0;
    while (done < bytes.size() && failure == 0) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            failure = n < 0 ? errno : EIO;
        else
            done += static_cast<std::size_t>(n);
    }
    if (failure == 0 && ::fsync(fd) != 0)
        failure = errno;
    if (::close(fd) != 0 && failure == 0)
        failure = errno;
    if (failure == 0 && std::rename(temporary.c_str(), path.c_str()) != 0)
        failure = errno;
    if (failure == 0) {
        // The rename itself is durable only once the folder is.
        const fs::path folder = fs::path(path).parent_path();
        const int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
        if (dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    }
    if (failure != 0) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return Error{path + ": could not be written: " + std::strerror(failure) +
                     "; the file there before is unchanged."};
    }
    return {};
}

} // namespace crewplan
