#include "relation_index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <tuple>

namespace argmap {
namespace {

// The flat index against std::map under a random mix of every operation.
TEST(RelationIndex, BehavesAsAMapUnderInsertAssignEraseAndGrowth) {
  RelationIndex index;
  std::map<std::tuple<int, int, Id, int, Id>, std::size_t> reference;
  std::mt19937 random(3);
  auto key_of = [](const RelationKey& k) {
    return std::make_tuple(static_cast<int>(k.type), static_cast<int>(k.from.kind), k.from.id,
                           static_cast<int>(k.to.kind), k.to.id);
  };
  for (int step = 0; step < 200000; ++step) {
    RelationKey k{static_cast<RelationType>(random() % 3),
                  {static_cast<ElementKind>(random() % 2), static_cast<Id>(random() % 300)},
                  {static_cast<ElementKind>(random() % 2), static_cast<Id>(random() % 300)}};
    std::size_t value = random() % 100000;
    switch (random() % 4) {
      case 0:
        index.insert(k, value);
        reference.emplace(key_of(k), value);
        break;
      case 1:
        index.assign(k, value);
        reference[key_of(k)] = value;
        break;
      case 2:
        index.erase(k);
        reference.erase(key_of(k));
        break;
      default: {
        auto it = reference.find(key_of(k));
        ASSERT_EQ(index.find(k), it == reference.end() ? RelationIndex::kAbsent : it->second);
      }
    }
  }
  EXPECT_EQ(RelationIndex().find(RelationKey{}), RelationIndex::kAbsent);
}

}  // namespace
}  // namespace argmap
