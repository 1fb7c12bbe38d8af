// Files as the tests read them: whole, as bytes.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace argmap::test_files {

/// The whole file as bytes ("" when it cannot be read).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// An empty directory of the running test's own. ctest runs tests in parallel processes, and
/// a name from an object's address is not unique: addresses repeat from process to process
/// (always so under AddressSanitizer), so two tests once removed each other's files.
inline std::filesystem::path scratch_dir() {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string("argmap-") + test->test_suite_name() + "." + test->name() + "-" +
                     std::to_string(::getpid());
  for (char& c : name)
    if (c == '/') c = '_';  // parameterized names
  auto dir = std::filesystem::path(::testing::TempDir()) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace argmap::test_files
