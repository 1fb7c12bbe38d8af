#include "sat_semantics.h"

#include <gtest/gtest.h>

#include <random>

#include "semantics_oracle.h"

namespace argmap {
namespace {

constexpr Label I = Label::In, O = Label::Out, U = Label::Undec;

std::vector<Labelling> sorted(std::vector<Labelling> v) {
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<Labelling> labellings(const Framework& f, Semantics s) {
  LabellingSet set = enumerate_labellings(f, s);
  EXPECT_EQ(set.status, SearchStatus::Complete);
  return sorted(set.labellings);
}

TEST(SatSemantics, ParsesSemanticsNames) {
  EXPECT_EQ(parse_semantics("preferred"), Semantics::Preferred);
  EXPECT_EQ(parse_semantics("ST"), Semantics::Stable);
  EXPECT_EQ(parse_semantics("admissible"), std::nullopt);
  EXPECT_EQ(semantics_name(Semantics::Complete), "complete");
}

TEST(SatSemantics, OddCycleHasNoStableLabelling) {
  Framework f(3, {{0, 1}, {1, 2}, {2, 0}});
  EXPECT_EQ(labellings(f, Semantics::Preferred), (std::vector<Labelling>{{U, U, U}}));
  EXPECT_TRUE(labellings(f, Semantics::Stable).empty());
  EXPECT_FALSE(some_labelling(f, Semantics::Stable).labelling);
  EXPECT_EQ(skeptically_accepted(f, Semantics::Stable, 0), Answer::Yes);  // vacuously
  EXPECT_EQ(credulously_accepted(f, Semantics::Stable, 0), Answer::No);
}

TEST(SatSemantics, EvenCycleHasTwoPreferredAndThreeComplete) {
  Framework f(2, {{0, 1}, {1, 0}});
  EXPECT_EQ(labellings(f, Semantics::Complete), (std::vector<Labelling>{{U, U}, {I, O}, {O, I}}));
  EXPECT_EQ(labellings(f, Semantics::Preferred), (std::vector<Labelling>{{I, O}, {O, I}}));
  EXPECT_EQ(labellings(f, Semantics::Stable), (std::vector<Labelling>{{I, O}, {O, I}}));
  EXPECT_EQ(credulously_accepted(f, Semantics::Preferred, 0), Answer::Yes);
  EXPECT_EQ(skeptically_accepted(f, Semantics::Preferred, 0), Answer::No);
}

TEST(SatSemantics, SelfAttackIsNeverIn) {
  Framework f(2, {{0, 0}, {0, 1}});
  EXPECT_EQ(labellings(f, Semantics::Preferred), (std::vector<Labelling>{{U, U}}));
  EXPECT_TRUE(labellings(f, Semantics::Stable).empty());
}

TEST(SatSemantics, NixonDiamondSplitsIntoTwoPositions) {
  Framework f(4, {{2, 3}, {3, 2}}, {{0, 2}, {1, 3}});
  EXPECT_EQ(labellings(f, Semantics::Preferred),
            (std::vector<Labelling>{{I, I, I, O}, {I, I, O, I}}));
  EXPECT_EQ(skeptically_accepted(f, Semantics::Preferred, 0), Answer::Yes);
  EXPECT_EQ(skeptically_accepted(f, Semantics::Preferred, 2), Answer::No);
}

TEST(SatSemantics, FloatingReinstatementIsSkepticallyPreferred) {
  Framework f(4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}});
  EXPECT_EQ(labellings(f, Semantics::Preferred),
            (std::vector<Labelling>{{I, O, O, I}, {O, I, O, I}}));
  EXPECT_EQ(skeptically_accepted(f, Semantics::Preferred, 3), Answer::Yes);
  EXPECT_EQ(skeptically_accepted(f, Semantics::Complete, 3), Answer::No);
}

TEST(SatSemantics, SupportCycleIsNeverIn) {
  // Circular support: the only stable labelling rejects both; none has them IN.
  Framework f(2, {}, {{0, 1}, {1, 0}});
  EXPECT_EQ(labellings(f, Semantics::Complete), (std::vector<Labelling>{{U, U}, {O, O}}));
  EXPECT_EQ(labellings(f, Semantics::Stable), (std::vector<Labelling>{{O, O}}));
  EXPECT_EQ(credulously_accepted(f, Semantics::Preferred, 0), Answer::No);
}

TEST(SatSemantics, TimeoutIsReportedNotHung) {
  // A deadline already past: the search stops at once and says so.
  Framework f(2, {{0, 1}, {1, 0}});
  SearchLimits limits;
  limits.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  EXPECT_EQ(enumerate_labellings(f, Semantics::Preferred, limits).status, SearchStatus::TimedOut);
  EXPECT_EQ(credulously_accepted(f, Semantics::Stable, 0, limits), Answer::Unknown);
}

TEST(SatSemantics, EnumerationCap) {
  // Five independent even cycles: 32 stable labellings, capped at 7.
  std::vector<Edge> att;
  for (NodeId i = 0; i < 10; i += 2) att.push_back({i, i + 1}), att.push_back({i + 1, i});
  Framework f(10, att);
  EXPECT_EQ(enumerate_labellings(f, Semantics::Stable).labellings.size(), 32u);
  LabellingSet capped = enumerate_labellings(f, Semantics::Stable, {7, std::nullopt});
  EXPECT_EQ(capped.labellings.size(), 7u);
  EXPECT_EQ(capped.status, SearchStatus::Capped);
}

/// Every semantics against the oracle's enumeration of all 3^n labellings.
void cross_check(const Framework& f, int round) {
  SCOPED_TRACE("round " + std::to_string(round));
  const auto complete = oracle::complete(f), preferred = oracle::preferred(f),
             stable = oracle::stable(f);
  ASSERT_EQ(labellings(f, Semantics::Complete), sorted(complete));
  ASSERT_EQ(labellings(f, Semantics::Preferred), sorted(preferred));
  ASSERT_EQ(labellings(f, Semantics::Stable), sorted(stable));
  ASSERT_EQ(labellings(f, Semantics::Grounded), (std::vector<Labelling>{oracle::grounded(f)}));
  for (auto [semantics, expected] :
       {std::pair{Semantics::Complete, &complete}, std::pair{Semantics::Preferred, &preferred},
        std::pair{Semantics::Stable, &stable}}) {
    Acceptance a = acceptance(f, semantics);
    for (NodeId v = 0; v < f.size(); ++v) {
      bool cred = false, skept = true;
      for (const auto& l : *expected) cred |= l[v] == I, skept &= l[v] == I;
      ASSERT_EQ(a.credulous[v], cred ? Answer::Yes : Answer::No) << semantics_name(semantics) << v;
      ASSERT_EQ(a.skeptical[v], skept ? Answer::Yes : Answer::No) << semantics_name(semantics) << v;
      if (v % 2 == NodeId(round) % 2) {  // the single-query entry points on half the nodes
        ASSERT_EQ(credulously_accepted(f, semantics, v), a.credulous[v]);
        ASSERT_EQ(skeptically_accepted(f, semantics, v), a.skeptical[v]);
      }
    }
    auto some = some_labelling(f, semantics);
    if (expected->empty()) {
      ASSERT_FALSE(some.labelling);
    } else {
      ASSERT_TRUE(some.labelling);
      ASSERT_NE(std::find(expected->begin(), expected->end(), *some.labelling), expected->end());
    }
  }
}

TEST(SatSemantics, AgreesWithBruteForceOnRandomAttackFrameworks) {
  std::mt19937 rng(1954);
  for (int round = 0; round < 1500; ++round)
    cross_check(oracle::random_framework(rng, 6, false), round);
}

TEST(SatSemantics, AgreesWithBruteForceOnRandomBipolarFrameworks) {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 2500; ++round)
    cross_check(oracle::random_framework(rng, 6, true), round);
}

}  // namespace
}  // namespace argmap
