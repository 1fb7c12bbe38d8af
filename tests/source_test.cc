#include "source.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace argmap
