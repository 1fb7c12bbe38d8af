#include "framework.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace argmap {
namespace {

std::vector<NodeId> ids(std::span<const NodeId> s) {
  return {s.begin(), s.end()};
}

TEST(Framework, IndexesEveryRelationBothWays) {
  Framework f(4, {{0, 1}, {2, 1}, {1, 1}}, {{3, 0}, {2, 0}}, {{3, 2}});
  EXPECT_EQ(f.size(), 4u);
  EXPECT_EQ(ids(f.attackers(1)), (std::vector<NodeId>{0, 2, 1}));
  EXPECT_EQ(ids(f.attacks_on(1)), (std::vector<NodeId>{1}));
  EXPECT_EQ(ids(f.attacks_on(2)), (std::vector<NodeId>{1}));
  EXPECT_TRUE(f.attackers(0).empty());
  EXPECT_EQ(ids(f.supporters(0)), (std::vector<NodeId>{3, 2}));
  EXPECT_EQ(ids(f.supported(3)), (std::vector<NodeId>{0}));
  EXPECT_EQ(ids(f.premises(2)), (std::vector<NodeId>{3}));
  EXPECT_EQ(ids(f.premise_of(3)), (std::vector<NodeId>{2}));
  EXPECT_FALSE(f.is_abstract());
}

TEST(Framework, AttacksOnlyDropsSupportsAndPremises) {
  Framework f(3, {{0, 1}}, {{2, 0}}, {{1, 2}});
  Framework g = f.attacks_only();
  EXPECT_TRUE(g.is_abstract());
  EXPECT_EQ(g.size(), 3u);
  EXPECT_EQ(g.attack_edges(), (std::vector<Edge>{{0, 1}}));
  EXPECT_TRUE(g.supporters(0).empty());
}

TEST(Framework, EmptyFrameworkHasNoNodes) {
  Framework f;
  EXPECT_EQ(f.size(), 0u);
  EXPECT_TRUE(f.is_abstract());
}

TEST(Framework, EdgeOutsideTheNodesIsAProgrammingError) {
  EXPECT_THROW(Framework(2, {{0, 2}}), std::out_of_range);
}

}  // namespace
}  // namespace argmap
