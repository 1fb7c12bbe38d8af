#include "text_arena.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace argmap {
namespace {

// Views handed out earlier must survive every later chunk, including one made
// for a text longer than a chunk.
TEST(TextArena, ViewsStayValidAcrossChunks) {
  TextArena arena;
  std::vector<std::string> texts;
  std::vector<std::string_view> kept;
  for (int i = 0; i < 20000; ++i) {
    texts.push_back("text number " + std::to_string(i) +
                    std::string(static_cast<std::size_t>(i % 97), 'x'));
    kept.push_back(arena.keep(texts.back()));
    if (i == 5000) {
      texts.push_back(std::string(std::size_t{1} << 20, 'L'));
      kept.push_back(arena.keep(texts.back()));
    }
  }
  ASSERT_EQ(kept.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(kept[i], texts[i]);
    EXPECT_NE(static_cast<const void*>(kept[i].data()), static_cast<const void*>(texts[i].data()));
  }
}

TEST(TextArena, KeepsBytesAsGiven) {
  TextArena arena;
  EXPECT_TRUE(arena.keep("").empty());
  std::string_view bytes = arena.keep(std::string_view("a\0b\xFF", 4));
  EXPECT_EQ(bytes, std::string_view("a\0b\xFF", 4));
}

// A held owner lives as long as the arena: views of its bytes stay valid after
// every other owner has let go. Holding the same owner twice in a row keeps one.
TEST(TextArena, HoldKeepsAnOwnerAlive) {
  auto arena = std::make_unique<TextArena>();
  auto text = std::make_shared<const std::string>("bytes owned elsewhere");
  std::string_view view(*text);
  arena->hold(text);
  arena->hold(text);
  EXPECT_EQ(text.use_count(), 2);
  std::weak_ptr<const std::string> watch = text;
  text.reset();
  EXPECT_FALSE(watch.expired());
  EXPECT_EQ(view, "bytes owned elsewhere");
  arena.reset();
  EXPECT_TRUE(watch.expired());
}

}  // namespace
}  // namespace argmap
