#include "source.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace argmap {
namespace {

TEST(SourceFile, PositionsCountLinesAndByteColumns) {
  SourceFile file("m.argdown", "ab\ncd\r\nef\rg");
  EXPECT_EQ(file.line_count(), 4u);
  EXPECT_EQ(file.position(0), std::make_pair(1u, 1u));
  EXPECT_EQ(file.position(4), std::make_pair(2u, 2u));
  EXPECT_EQ(file.position(7), std::make_pair(3u, 1u));
  EXPECT_EQ(file.position(10), std::make_pair(4u, 1u));
  EXPECT_EQ(file.position(99), std::make_pair(4u, 2u));  // clamped to the end
}

TEST(SourceFile, LineTextDropsLineEnds) {
  SourceFile file("m.argdown", "ab\ncd\r\nef");
  EXPECT_EQ(file.line_text(1), "ab");
  EXPECT_EQ(file.line_text(2), "cd");
  EXPECT_EQ(file.line_text(3), "ef");
  EXPECT_EQ(file.line_text(4), "");
  EXPECT_EQ(file.line_text(0), "");
}

TEST(SourceFile, SpanCoversByteRange) {
  SourceFile file("m.argdown", "[T]: text\n  + [U]");
  Location loc = file.span(0, 12, 17);
  EXPECT_EQ(loc, (Location{0, 2, 3, 2, 8}));
}

// The line index (memchr over '\n', then lone '\r's) and span() (one search,
// then a walk) against the obvious byte-by-byte definitions.
TEST(SourceFile, LinesAndSpansMatchAByteByByteScan) {
  std::mt19937 random(5);
  for (int round = 0; round < 300; ++round) {
    // Every other text has no '\r', which takes the line-start scan's shorter path.
    std::string text;
    std::size_t length = random() % 120;
    const char* bytes = round % 2 == 0 ? "ab\n\r x" : "ab\n  x";
    for (std::size_t i = 0; i < length; ++i) text += bytes[random() % 7];
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (text[i] == '\n' || text[i] == '\r') starts.push_back(i + 1);
    }
    auto naive = [&](std::size_t offset) {
      offset = std::min(offset, text.size());
      std::uint32_t line = 0;
      while (line < starts.size() && starts[line] <= offset) ++line;
      return std::make_pair(line, static_cast<std::uint32_t>(offset - starts[line - 1] + 1));
    };
    SourceFile file("m", text);
    ASSERT_EQ(file.line_count(), starts.size()) << text;
    for (std::size_t begin = 0; begin <= text.size() + 1; ++begin) {
      std::size_t end = begin + random() % 20;
      auto [line, column] = naive(begin);
      auto [end_line, end_column] = naive(std::max(begin, end));
      EXPECT_EQ(file.span(2, begin, end), (Location{2, line, column, end_line, end_column}));
    }
    // A hint left anywhere (forward walks, jumps back, far jumps) changes no answer.
    LineHint hint;
    for (int k = 0; k < 200; ++k) {
      std::size_t begin = random() % (text.size() + 2);
      if (k % 3 == 0) begin = std::min(begin, static_cast<std::size_t>(k));
      std::size_t end = begin + random() % 40;
      EXPECT_EQ(file.span(2, begin, end, hint), file.span(2, begin, end)) << begin;
    }
  }
}

}  // namespace
}  // namespace argmap
