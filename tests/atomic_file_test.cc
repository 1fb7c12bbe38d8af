#include "atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

TEST(AtomicFile, WritesWholeFileAndLeavesNoTemporary) {
  auto dir = test_files::scratch_dir();
  std::string error;
  ASSERT_TRUE(write_file_atomically((dir / "out.txt").string(), "first", error)) << error;
  ASSERT_TRUE(write_file_atomically((dir / "out.txt").string(), "second", error)) << error;
  EXPECT_EQ(read_file(dir / "out.txt"), "second");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
}

TEST(AtomicFile, FailureKeepsNothingAndSaysWhy) {
  std::string error;
  EXPECT_FALSE(write_file_atomically("/nonexistent-dir/out.txt", "x", error));
  EXPECT_NE(error.find("/nonexistent-dir/out.txt"), std::string::npos);
}

TEST(AtomicFile, DeviceIsWrittenNotReplaced) {
  std::string error;
  ASSERT_TRUE(write_file_atomically("/dev/null", "discarded", error)) << error;
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
}

TEST(AtomicFile, DirectoryIsRefused) {
  std::string error;
  EXPECT_FALSE(write_file_atomically(testing::TempDir(), "x", error));
  EXPECT_NE(error.find("is a directory"), std::string::npos);
}

}  // namespace
}  // namespace argmap
