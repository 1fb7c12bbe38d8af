#include "file_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace argmap {
namespace {

/// read() until `size` bytes or the end; the count read, or -1 on an error.
ssize_t read_up_to(int fd, char* into, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, into + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  return static_cast<ssize_t>(done);
}

}  // namespace

FileText FileText::from_string(std::string text) {
  auto owner = std::make_shared<const std::string>(std::move(text));
  return FileText{std::string_view(*owner), owner};
}

std::optional<FileText> read_file_text(const std::string& path, std::string& error) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    // A directory would read as an empty map.
    error = S_ISDIR(info.st_mode) ? std::strerror(EISDIR) : "not a regular file";
    ::close(fd);
    return std::nullopt;
  }
  // Into a buffer sized from fstat and not cleared first: the read writes every
  // byte (clearing 8 MB first cost 4 % of checking the 50k benchmark map).
  auto size = static_cast<std::size_t>(info.st_size);
  std::shared_ptr<char[]> buffer = std::make_shared_for_overwrite<char[]>(size + 1);
  ssize_t got = read_up_to(fd, buffer.get(), size + 1);
  std::optional<FileText> text;
  if (got >= 0 && static_cast<std::size_t>(got) <= size) {
    buffer[got] = '\0';
    text = FileText{std::string_view(buffer.get(), static_cast<std::size_t>(got)), buffer};
  } else if (got >= 0) {
    // Longer than fstat said (it grew, or it is a /proc file that says it is
    // empty): the rest goes to a string that grows as it must.
    std::string all(buffer.get(), static_cast<std::size_t>(got));
    char chunk[65536];
    ssize_t n;
    while ((n = read_up_to(fd, chunk, sizeof chunk)) > 0)
      all.append(chunk, static_cast<std::size_t>(n));
    if (n == 0) text = FileText::from_string(std::move(all));
  }
  if (!text) error = "read error";
  ::close(fd);
  return text;
}

}  // namespace argmap
