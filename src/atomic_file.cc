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

AtomicFile::~AtomicFile() {
  if (own_fd_ && fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());  // never committed
}

bool AtomicFile::open(const std::string& path, std::string& error) {
  path_ = path;
  if (path == "-") {
    fd_ = STDOUT_FILENO;
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
    fd_ = ::open(path.c_str(), O_WRONLY);
    if (fd_ < 0) {
      error = "cannot write " + path + ": " + std::strerror(errno);
      return false;
    }
    own_fd_ = true;
    return true;
  }
  // The temporary file sits beside the target so that rename() stays on one file system.
  std::string temp = path + ".XXXXXX";
  fd_ = ::mkstemp(temp.data());
  if (fd_ < 0) {
    error = "cannot create " + path + ": " + std::strerror(errno);
    return false;
  }
  own_fd_ = true;
  temp_ = std::move(temp);
  return true;
}

bool AtomicFile::write(std::string_view content) {
  if (failed_ || fd_ < 0) return false;
  if (!write_all(fd_, content)) {
    failed_ = true;
    errno_ = errno;
  }
  return !failed_;
}

bool AtomicFile::commit(std::string& error) {
  if (fd_ < 0) {
    error = "cannot write " + path_ + ": not open";
    return false;
  }
  bool ok = !failed_;
  int saved = errno_;
  if (!temp_.empty() && ok && (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0)) {
    ok = false;
    saved = errno;
  }
  if (own_fd_) {
    if (::close(fd_) != 0 && ok) {
      ok = false;
      saved = errno;
    }
    own_fd_ = false;
  }
  fd_ = -1;
  if (ok && !temp_.empty()) {
    if (::rename(temp_.c_str(), path_.c_str()) == 0) {
      temp_.clear();
      return true;
    }
    ok = false;
    saved = errno;
  }
  if (ok) return true;
  error = path_ == "-" ? std::string("cannot write to standard output: ") + std::strerror(saved)
                       : "cannot write " + path_ + ": " + std::strerror(saved);
  return false;
}

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error) {
  AtomicFile file;
  return file.open(path, error) && (file.write(content), true) && file.commit(error);
}

}  // namespace argmap
