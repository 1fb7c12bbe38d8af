// Notices when any of a set of files changes (modification time, size or existence), by
// polling: `report --watch` and `render --watch` rebuild when the map or an @include changes.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace argmap {

class FileWatcher {
 public:
  /// Watches `paths` from now on: their current state is the baseline.
  void watch(std::vector<std::string> paths);

  /// True once per change: when some file's state differs from the baseline, which
  /// then becomes the new baseline.
  bool changed();

  const std::vector<std::string>& paths() const { return paths_; }

 private:
  struct Stamp {
    bool exists = false;
    std::int64_t mtime_ns = 0;
    std::uintmax_t size = 0;
    friend bool operator==(const Stamp&, const Stamp&) = default;
  };
  static Stamp stamp(const std::string& path);

  std::vector<std::string> paths_;
  std::vector<Stamp> stamps_;
};

/// The `--watch` loop of `report` and `render`: runs `build` (which returns the files
/// it read, so that @includes are followed), then polls those files every `poll` and
/// runs `build` again after each change, for as long as `more()` says so.
void rebuild_on_change(const std::function<std::vector<std::string>()>& build,
                       const std::function<bool()>& more,
                       std::chrono::milliseconds poll = std::chrono::milliseconds(300));

}  // namespace argmap
