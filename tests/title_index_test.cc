// TitleIndex against std::unordered_map on the same inserts and lookups, and the
// spread of its hash.
#include "title_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

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

// The builder hashes a batch's titles ahead and prefetches their slots: a lookup
// with the hash given is the same lookup, and a prefetch changes nothing.
TEST(TitleIndex, AHashGivenAheadFindsTheSameTitles) {
  TitleIndex index;
  index.prefetch(title_hash("A"));  // on an empty table too
  for (int i = 0; i < 1000; ++i) {
    std::string title = "T" + std::to_string(i);
    index.prefetch(title_hash(title));
    EXPECT_EQ(index.try_emplace(title, title_hash(title), static_cast<TitleIndex::Id>(i)),
              std::make_pair(static_cast<TitleIndex::Id>(i), true));
  }
  EXPECT_EQ(index.try_emplace("T7", title_hash("T7"), 5000),
            std::make_pair(TitleIndex::Id{7}, false));
  EXPECT_EQ(index.try_emplace("T7", 5000), std::make_pair(TitleIndex::Id{7}, false));
  EXPECT_EQ(index.find("T999"), 999u);
  EXPECT_EQ(index.size(), 1000u);
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

// The hash spreads titles that differ in a few digits, in their length, or in
// one or two bytes as a random function would: as many distinct values, and
// as many distinct table slots of a 2^17 table, as 50k random draws fill
// (131072 * (1 - e^(-50000/131072)) = 41.6k, give or take 0.1k).
TEST(TitleIndex, HashSpreadsTitlesLikeARandomFunction) {
  auto distinct = [](std::vector<std::uint32_t> values) {
    std::sort(values.begin(), values.end());
    return static_cast<std::size_t>(std::unique(values.begin(), values.end()) - values.begin());
  };
  for (std::string prefix : {"", "x", "Untitled ", "A long title with a shared prefix, number "}) {
    std::vector<std::uint32_t> hashes, slots;
    for (int i = 0; i < 50000; ++i) {
      hashes.push_back(title_hash(prefix + std::to_string(i * 7 + 3)));
      slots.push_back(hashes.back() & 0x1FFFF);
    }
    EXPECT_GE(distinct(hashes), 49995u) << prefix;
    EXPECT_GE(distinct(slots), 41000u) << prefix;
  }
  std::vector<std::uint32_t> short_titles;
  for (int a = 0; a < 256; ++a)
    for (int b = 0; b < 256; ++b) short_titles.push_back(title_hash(std::string{char(a), char(b)}));
  EXPECT_GE(distinct(short_titles), 65530u);
}

}  // namespace
}  // namespace argmap
