#include "file_watch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_files.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

TEST(FileWatch, ReportsEachChangeOnce) {
  fs::path dir = argmap::test_files::scratch_dir();
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

TEST(FileWatch, RebuildsOnceAfterEachChangeOfTheFilesTheBuildRead) {
  fs::path dir = argmap::test_files::scratch_dir();
  fs::path map = dir / "map.argdown", other = dir / "other.argdown";
  std::ofstream(map) << "[A]: a";
  std::ofstream(other) << "[B]: b";
  int builds = 0, polls = 0;
  auto build = [&] {
    ++builds;
    return std::vector<std::string>{map.string()};  // `other` was not read
  };
  auto more = [&] {
    ++polls;
    if (polls == 2) std::ofstream(map, std::ios::app) << " changed";
    if (polls == 4) std::ofstream(other, std::ios::app) << " ignored";
    return polls < 7;
  };
  rebuild_on_change(build, more, std::chrono::milliseconds(3));
  EXPECT_EQ(builds, 2);  // the first build and one after the map changed
  EXPECT_EQ(polls, 7);
}

}  // namespace
}  // namespace argmap
