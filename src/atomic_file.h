// Writes a whole file or nothing: a temporary file beside the target, then rename.
// A failed write leaves the previous file untouched.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

/// A file written in pieces that appears at its path only when committed.
/// "-" is stdout; a device or pipe (/dev/null, a FIFO) is written directly.
class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Starts writing `path`; on failure returns false and sets `error`.
  bool open(const std::string& path, std::string& error);
  /// Appends bytes; false on failure (commit then reports the error).
  bool write(std::string_view content);
  /// Finishes: flushes to disk and renames over the target. On failure returns
  /// false, sets `error` and leaves the target untouched.
  bool commit(std::string& error);

 private:
  std::string path_, temp_;
  int fd_ = -1;
  bool own_fd_ = false;  ///< not stdout
  bool failed_ = false;
  int errno_ = 0;
};

/// Writes `content` to `path` atomically; "-" means stdout. On failure returns
/// false and sets `error` to a one-line reason.
bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);

}  // namespace argmap
