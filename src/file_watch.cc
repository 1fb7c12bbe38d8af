// Polling file watcher (see file_watch.h).
#include "file_watch.h"

#include <chrono>
#include <filesystem>
#include <thread>

namespace argmap {

FileWatcher::Stamp FileWatcher::stamp(const std::string& path) {
  std::error_code error;
  Stamp s;
  auto time = std::filesystem::last_write_time(path, error);
  if (error) return s;
  s.exists = true;
  s.mtime_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
  s.size = std::filesystem::file_size(path, error);
  if (error) s.size = 0;
  return s;
}

void FileWatcher::watch(std::vector<std::string> paths) {
  paths_ = std::move(paths);
  stamps_.clear();
  for (const auto& p : paths_) stamps_.push_back(stamp(p));
}

bool FileWatcher::changed() {
  bool any = false;
  for (std::size_t i = 0; i < paths_.size(); ++i) {
    Stamp now = stamp(paths_[i]);
    if (!(now == stamps_[i])) {
      stamps_[i] = now;
      any = true;
    }
  }
  return any;
}

void rebuild_on_change(const std::function<std::vector<std::string>()>& build,
                       const std::function<bool()>& more, std::chrono::milliseconds poll) {
  FileWatcher watcher;
  watcher.watch(build());
  while (more()) {
    std::this_thread::sleep_for(poll);
    if (!watcher.changed()) continue;
    // Let an editor finish writing before reading.
    std::this_thread::sleep_for(poll / 3);
    watcher.watch(build());
  }
}

}  // namespace argmap
