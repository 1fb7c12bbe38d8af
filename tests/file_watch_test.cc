#include "file_watch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace argmap {
namespace {

namespace fs = std::filesystem;

TEST(FileWatch, ReportsEachChangeOnce) {
  fs::path dir = fs::path(testing::TempDir()) / "file_watch";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::path map = dir / "map.argdown", include = dir / "part.argdown";
  std::ofstream(map) << "[A]: a";
  std::ofstream(include) << "[B]: b";
  FileWatcher watcher;
  watcher.watch({map.string(), include.string()});
  EXPECT_FALSE(watcher.changed());

  std::ofstream(include, std::ios::app) << " more";  // size changes
  EXPECT_TRUE(watcher.changed());
  EXPECT_FALSE(watcher.changed());

  // Same size, later time (editors that rewrite in place).
  fs::last_write_time(map, fs::last_write_time(map) + std::chrono::seconds(5));
  EXPECT_TRUE(watcher.changed());
  EXPECT_FALSE(watcher.changed());

  fs::remove(map);  // an editor's save by rename passes through "missing"
  EXPECT_TRUE(watcher.changed());
  std::ofstream(map) << "[A]: back";
  EXPECT_TRUE(watcher.changed());
  EXPECT_FALSE(watcher.changed());
}

}  // namespace
}  // namespace argmap
