#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace argmap {
namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error) {
  if (path == "-") {
    if (!write_all(STDOUT_FILENO, content)) {
      error = std::string("cannot write to standard output: ") + std::strerror(errno);
      return false;
    }
    return true;
  }
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by a rename:
  // renaming over it would swap the device for a regular file. Write to it directly.
  struct stat target;
  if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
    if (S_ISDIR(target.st_mode)) {
      error = "cannot write " + path + ": it is a directory";
      return false;
    }
    int fd = ::open(path.c_str(), O_WRONLY);
    bool ok = fd >= 0 && write_all(fd, content);
    int saved = errno;
    if (fd >= 0) ::close(fd);
    if (!ok) error = "cannot write " + path + ": " + std::strerror(saved);
    return ok;
  }
  // The temporary file sits beside the target so that rename() stays on one file system.
  std::string temp = path + ".XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = "cannot create " + path + ": " + std::strerror(errno);
    return false;
  }
  bool ok = write_all(fd, content) && ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  if (ok) saved = errno;
  ::unlink(temp.c_str());
  error = "cannot write " + path + ": " + std::strerror(saved);
  return false;
}

}  // namespace argmap
