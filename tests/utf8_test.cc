// UTF-8 validation: every problem found at its byte, wherever it sits among the
// blocks the scan skips at once.
#include "utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace argmap {
namespace {

TEST(Utf8Test, ValidTextHasNoProblems) {
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "plain ASCII, \xC3\xA9t\xC3\xA9, \xE2\x80\x94, \xF0\x9F\x98\x80\n";
  EXPECT_TRUE(find_utf8_problems(text).empty());
}

// A bad byte at each offset of a long ASCII text: the 64-byte and 16-byte
// steps of the scan and the bytes after them must each stop at it.
TEST(Utf8Test, EachBadByteIsFoundAtItsOffset) {
  for (char bad : {'\0', '\xFF', '\x80'}) {
    for (std::size_t at = 0; at < 300; ++at) {
      std::string text(300, 'a');
      text[at] = bad;
      std::vector<Utf8Problem> problems = find_utf8_problems(text);
      ASSERT_EQ(problems.size(), 1u)
          << "byte " << int(static_cast<unsigned char>(bad)) << " at " << at;
      EXPECT_EQ(problems[0].offset, at);
      EXPECT_EQ(problems[0].length, 1u);
      EXPECT_EQ(problems[0].kind,
                bad == '\0' ? Utf8Problem::Kind::NulByte : Utf8Problem::Kind::InvalidSequence);
    }
  }
}

TEST(Utf8Test, RunsAreOneProblemAndTheScanGoesOnAfterThem) {
  std::string text(100, 'a');
  text += std::string(3, '\0') + std::string(70, 'b') + "\xC0\xAF" + std::string(80, 'c') +
          "\xED\xA0\x80";
  std::vector<Utf8Problem> problems = find_utf8_problems(text);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].kind, Utf8Problem::Kind::NulByte);
  EXPECT_EQ(problems[0].offset, 100u);
  EXPECT_EQ(problems[0].length, 3u);
  EXPECT_EQ(problems[1].offset, 173u);  // an overlong '/'
  EXPECT_EQ(problems[1].length, 2u);
  EXPECT_EQ(problems[2].offset, 255u);  // a surrogate
}

}  // namespace
}  // namespace argmap
