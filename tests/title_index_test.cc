// TitleIndex against std::unordered_map on the same inserts and lookups.
#include "title_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>

namespace argmap {
namespace {

TEST(TitleIndex, FindsWhatWasInsertedAndKeepsTheFirstId) {
  TitleIndex index;
  EXPECT_EQ(index.find("A"), TitleIndex::kAbsent);
  EXPECT_EQ(index.try_emplace("A", 7), std::make_pair(TitleIndex::Id{7}, true));
  EXPECT_EQ(index.try_emplace("A", 9), std::make_pair(TitleIndex::Id{7}, false));
  EXPECT_EQ(index.try_emplace("", 3), std::make_pair(TitleIndex::Id{3}, true));
  EXPECT_EQ(index.try_emplace(std::string("a\0b", 3), 4), std::make_pair(TitleIndex::Id{4}, true));
  EXPECT_EQ(index.find("A"), 7u);
  EXPECT_EQ(index.find(""), 3u);
  EXPECT_EQ(index.find("a"), TitleIndex::kAbsent);
  EXPECT_EQ(index.find(std::string("a\0b", 3)), 4u);
  EXPECT_EQ(index.size(), 3u);
}

// Many titles that share long prefixes (as "Untitled 1", "Untitled 2"... do), through
// many growths, each looked up before and after it is inserted.
// With and without room reserved (less than needed, and more).
void agrees_with_an_unordered_map(std::size_t reserved) {
  std::mt19937 random(11);
  TitleIndex index;
  index.reserve(reserved);
  std::unordered_map<std::string, TitleIndex::Id> reference;
  for (TitleIndex::Id i = 0; i < 20000; ++i) {
    std::string title = (random() % 2 ? "Untitled " : "Claim ") + std::to_string(random() % 15000);
    auto expected = reference.find(title);
    EXPECT_EQ(index.find(title),
              expected == reference.end() ? TitleIndex::kAbsent : expected->second);
    auto [id, inserted] = index.try_emplace(title, i);
    auto [it, fresh] = reference.try_emplace(title, i);
    ASSERT_EQ(inserted, fresh) << title;
    ASSERT_EQ(id, it->second) << title;
  }
  EXPECT_EQ(index.size(), reference.size());
  for (const auto& [title, id] : reference) EXPECT_EQ(index.find(title), id) << title;
}

TEST(TitleIndex, AgreesWithAnUnorderedMap) {
  for (std::size_t reserved : {0, 100, 40000}) agrees_with_an_unordered_map(reserved);
}

}  // namespace
}  // namespace argmap
