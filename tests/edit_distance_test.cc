#include "edit_distance.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("Roberts2008", "Robert2008"), 1u);
  EXPECT_EQ(edit_distance("ab", "ba"), 2u);  // a transposition is two edits
}

TEST(EditDistance, CountsCodePointsNotBytes) {
  EXPECT_EQ(edit_distance("Fleischküche", "Fleischkuche"), 1u);
  EXPECT_EQ(edit_distance("Fleischküche", "Fleischkche"), 1u);
  EXPECT_EQ(edit_distance("€", "$"), 1u);
  // A stray byte is one unit and equals no character.
  EXPECT_EQ(edit_distance("a\xFF", "a"), 1u);
  EXPECT_EQ(edit_distance("a\xFF", "a\xC3"), 1u);
}

TEST(EditDistance, StopsAboveTheBound) {
  EXPECT_EQ(edit_distance("kitten", "sitting", 1), 2u);
  EXPECT_EQ(edit_distance("kitten", "sitting", 3), 3u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 2), 3u);
}

TEST(ClosestMatch, PrefersTheNearestThenTheFirst) {
  std::vector<std::string> keys{"Smith2001", "Roberts2008", "Roberts2009", "Jones"};
  ASSERT_NE(closest_match("Robert2008", keys, 3), nullptr);
  EXPECT_EQ(*closest_match("Robert2008", keys, 3), "Roberts2008");
  EXPECT_EQ(*closest_match("Roberts2007", keys, 3), "Roberts2008");  // tie: the first
  EXPECT_EQ(*closest_match("Jones", keys, 0), "Jones");
  EXPECT_EQ(closest_match("Jonas", keys, 0), nullptr);
  EXPECT_EQ(closest_match("Miller", keys, 2), nullptr);
}

TEST(SuggestionDistance, IsAThirdOfTheLengthAtLeastOne) {
  EXPECT_EQ(suggestion_distance("ab"), 1u);
  EXPECT_EQ(suggestion_distance("Roberts2008"), 3u);
  EXPECT_EQ(suggestion_distance("ééé"), 1u);  // code points, not bytes
}

TEST(OneEditApart, AgreesWithEditDistanceOnAllShortStrings) {
  // Every string of up to three units over an alphabet with a two-byte, a
  // three-byte character and a stray byte, against every other.
  std::vector<std::string> units{"a", "b", "\xC3\xA4", "\xE2\x82\xAC", "\xFF"};
  std::vector<std::string> words{""};
  for (std::size_t begin = 0, end = 1, length = 0; length < 3; ++length) {
    for (std::size_t i = begin; i < end; ++i)
      for (const auto& u : units) words.push_back(words[i] + u);
    begin = end;
    end = words.size();
  }
  for (const auto& a : words)
    for (const auto& b : words)
      ASSERT_EQ(one_edit_apart(a, b), edit_distance(a, b) == 1) << a << " / " << b;
}

TEST(NearNameIndex, FindsNamesOneEditAway) {
  std::vector<std::string> names{"Tax cut", "Tax cuts", "Tax hike", "Fleischküche", "ab", "ba"};
  NearNameIndex index;
  for (std::uint32_t i = 0; i < names.size(); ++i) index.add(names[i], i * 10);
  index.build();
  EXPECT_EQ(index.find_one_edit("Tax cut"), (std::vector<std::uint32_t>{10}));  // not itself
  EXPECT_EQ(index.find_one_edit("Tax cus"), (std::vector<std::uint32_t>{0, 10}));
  EXPECT_EQ(index.find_one_edit("Tax cuts!"), (std::vector<std::uint32_t>{10}));
  EXPECT_EQ(index.find_one_edit("Tx cut"), (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(index.find_one_edit("Fleischkuche"), (std::vector<std::uint32_t>{30}));
  EXPECT_EQ(index.find_one_edit("Fleischkche"), (std::vector<std::uint32_t>{30}));
  EXPECT_EQ(index.find_one_edit("a"), (std::vector<std::uint32_t>{40, 50}));
  EXPECT_EQ(index.find_one_edit("Tax increase"), (std::vector<std::uint32_t>{}));
  EXPECT_EQ(index.find_one_edit(""), (std::vector<std::uint32_t>{}));
}

TEST(NearNameIndex, AgreesWithEditDistanceOnManySimilarNames) {
  // Names that differ only in digits crowd the same deletion buckets.
  std::vector<std::string> names;
  for (int i = 0; i < 2000; ++i) names.push_back("Claim " + std::to_string(i));
  NearNameIndex index;
  for (std::uint32_t i = 0; i < names.size(); ++i) index.add(names[i], i);
  index.build();
  for (std::string word : {"Claim 1999", "Claim 2000", "Clam 12", "Claim 12a", "Claim"}) {
    std::vector<std::uint32_t> expected;
    for (std::uint32_t i = 0; i < names.size(); ++i)
      if (edit_distance(word, names[i]) == 1) expected.push_back(i);
    EXPECT_EQ(index.find_one_edit(word), expected) << word;
  }
}

}  // namespace
}  // namespace argmap
