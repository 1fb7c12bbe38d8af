// Reading a map file: whole, with a '\0' after it, and refusing what is not a file.
#include "file_text.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "test_files.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

fs::path write(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(FileTextTest, ReadsTheWholeFileWithANulAfterIt) {
  fs::path dir = test_files::scratch_dir();
  std::string bytes = "[A]: one\n  + [B]: two\r\n";
  for (int i = 0; i < 20000; ++i) bytes += "line " + std::to_string(i) + "\n";  // > 64 KiB
  std::string error;
  std::optional<FileText> text = read_file_text(write(dir, "map.argdown", bytes).string(), error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(text->bytes, bytes);
  EXPECT_EQ(text->bytes.data()[text->bytes.size()], '\0');
  EXPECT_TRUE(text->owner);
}

TEST(FileTextTest, ReadsAnEmptyFile) {
  fs::path dir = test_files::scratch_dir();
  std::string error;
  std::optional<FileText> text = read_file_text(write(dir, "empty.argdown", "").string(), error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(text->bytes, "");
  EXPECT_EQ(text->bytes.data()[0], '\0');
}

// Files in /proc say they are empty and are not: they are read to their end.
TEST(FileTextTest, ReadsPastTheSizeAFileClaims) {
  std::string error;
  std::optional<FileText> text = read_file_text("/proc/self/status", error);
  ASSERT_TRUE(text) << error;
  EXPECT_NE(text->bytes.find("Name:"), std::string_view::npos);
  EXPECT_EQ(text->bytes.data()[text->bytes.size()], '\0');
}

TEST(FileTextTest, RefusesWhatIsNotARegularFile) {
  fs::path dir = test_files::scratch_dir();
  std::string error;
  EXPECT_FALSE(read_file_text(dir.string(), error));
  EXPECT_EQ(error, "Is a directory");
  fs::path fifo = dir / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_FALSE(read_file_text(fifo.string(), error));  // and does not wait for a writer
  EXPECT_EQ(error, "not a regular file");
  EXPECT_FALSE(read_file_text((dir / "missing").string(), error));
  EXPECT_EQ(error, "No such file or directory");
}

TEST(FileTextTest, FromStringKeepsTheString) {
  FileText text = FileText::from_string("abc");
  EXPECT_EQ(text.bytes, "abc");
  EXPECT_EQ(text.bytes.data()[3], '\0');
}

}  // namespace
}  // namespace argmap
