#include "grounded.h"

#include <gtest/gtest.h>

#include <random>

#include "semantics_oracle.h"

namespace argmap {
namespace {

constexpr Label I = Label::In, O = Label::Out, U = Label::Undec;

TEST(Grounded, ChainAlternates) {
  EXPECT_EQ(grounded(Framework(3, {{0, 1}, {1, 2}})), (Labelling{I, O, I}));
}

TEST(Grounded, OddAndEvenCyclesStayUndecided) {
  EXPECT_EQ(grounded(Framework(3, {{0, 1}, {1, 2}, {2, 0}})), (Labelling{U, U, U}));
  EXPECT_EQ(grounded(Framework(2, {{0, 1}, {1, 0}})), (Labelling{U, U}));
}

TEST(Grounded, SelfAttackerLeavesItsTargetOpen) {
  EXPECT_EQ(grounded(Framework(2, {{0, 0}, {0, 1}})), (Labelling{U, U}));
  // An unattacked node defeats the self-attacker and reinstates the target.
  EXPECT_EQ(grounded(Framework(3, {{0, 0}, {0, 1}, {2, 0}})), (Labelling{O, I, I}));
}

TEST(Grounded, NixonDiamondIsUndecided) {
  // 0 Quaker, 1 Republican (facts); 2 "pacifist" and 3 "not pacifist" rebut each other.
  Framework f(4, {{2, 3}, {3, 2}}, {{0, 2}, {1, 3}});
  EXPECT_EQ(grounded(f), (Labelling{I, I, U, U}));
}

TEST(Grounded, FloatingReinstatementIsNotGrounded) {
  // a <-> b, both attack c, c attacks d: d is skeptically preferred but not grounded.
  EXPECT_EQ(grounded(Framework(4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}})),
            (Labelling{U, U, U, U}));
}

TEST(Grounded, SupportCycleJustifiesNothing) {
  EXPECT_EQ(grounded(Framework(2, {}, {{0, 1}, {1, 0}})), (Labelling{U, U}));
  // With a standing supporter from outside, the cycle stands.
  EXPECT_EQ(grounded(Framework(3, {}, {{0, 1}, {1, 0}, {2, 0}})), (Labelling{I, I, I}));
}

TEST(Grounded, SupportsAreDisjunctive) {
  // 2 supported by 0 (attacked by IN 3) and by 1 (standing): 2 stands.
  EXPECT_EQ(grounded(Framework(4, {{3, 0}}, {{0, 2}, {1, 2}})), (Labelling{O, I, I, I}));
  // All supporters OUT: the supported node falls.
  EXPECT_EQ(grounded(Framework(3, {{2, 0}}, {{0, 1}})), (Labelling{O, O, I}));
}

TEST(Grounded, PremisesAreConjunctive) {
  // Argument 2 has premises 0 and 1; 3 attacks premise 1.
  EXPECT_EQ(grounded(Framework(4, {{3, 1}}, {}, {{0, 2}, {1, 2}})), (Labelling{I, O, O, I}));
  EXPECT_EQ(grounded(Framework(3, {}, {}, {{0, 2}, {1, 2}})), (Labelling{I, I, I}));
}

TEST(Grounded, MillionNodeChainNeedsNoRecursion) {
  const NodeId n = 1'000'000;
  std::vector<Edge> chain;
  for (NodeId i = 0; i + 1 < n; ++i) chain.push_back({i, i + 1});
  Labelling l = grounded(Framework(n, std::move(chain)));
  for (NodeId i = 0; i < n; i += 99'999) EXPECT_EQ(l[i], i % 2 ? O : I) << i;
}

TEST(Grounded, ConditionLabelAndWellFoundedness) {
  Framework f(2, {}, {{0, 1}, {1, 0}});
  EXPECT_EQ(condition_label(f, {I, I}, 0), I);
  EXPECT_FALSE(is_well_founded(f, {I, I}));
  EXPECT_EQ(unfounded_in_nodes(f, {I, I}), (std::vector<NodeId>{0, 1}));
  EXPECT_TRUE(is_well_founded(f, {O, O}));
}

TEST(Grounded, EqualsTheLeastCompleteLabellingOnRandomFrameworks) {
  for (bool bipolar : {false, true}) {
    std::mt19937 rng(bipolar ? 20261128 : 1954);
    for (int round = 0; round < 3000; ++round) {
      Framework f = oracle::random_framework(rng, 6, bipolar);
      Labelling expected = oracle::grounded(f);
      ASSERT_EQ(expected.size(), f.size()) << "no least complete labelling, round " << round;
      ASSERT_EQ(grounded(f), expected) << "round " << round << " bipolar " << bipolar;
    }
  }
}

}  // namespace
}  // namespace argmap
