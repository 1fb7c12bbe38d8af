#include "dung_search.h"

#include <gtest/gtest.h>

#include <random>

#include "grounded.h"
#include "sat_semantics.h"
#include "semantics_oracle.h"

namespace argmap {
namespace {

constexpr Label I = Label::In, O = Label::Out, U = Label::Undec;
constexpr std::uint64_t kPlenty = 1'000'000'000;

SearchLimits general_engine() {
  SearchLimits limits;
  limits.attack_search_budget = 0;
  return limits;
}

/// An attack-only framework of `n` nodes, each attack present with probability `p`.
Framework random_attacks(std::mt19937& rng, int n, double p) {
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<Edge> att;
  for (NodeId a = 0; a < NodeId(n); ++a)
    for (NodeId b = 0; b < NodeId(n); ++b)
      if (u(rng) < p * (a == b ? 0.2 : 1)) att.push_back({a, b});
  return Framework(n, att);
}

/// IN conflict-free and every IN node defended; OUT exactly the nodes IN ones attack.
bool admissible(const Framework& f, const Labelling& l) {
  for (NodeId v = 0; v < f.size(); ++v) {
    bool attacked = false;
    for (NodeId a : f.attackers(v)) {
      attacked |= l[a] == I;
      if (l[v] == I && l[a] != O) return false;
    }
    if ((l[v] == O) != attacked) return false;
  }
  return true;
}

TEST(DungSearch, TextbookFrameworks) {
  Framework cycle3(3, {{0, 1}, {1, 2}, {2, 0}});
  Labelling g = grounded(cycle3), l;
  DungSearch s3(cycle3, g, std::nullopt);
  EXPECT_EQ(s3.stable(l, kPlenty), DungResult::None);
  EXPECT_EQ(s3.preferred(l, kPlenty), DungResult::Found);
  EXPECT_EQ(l, (Labelling{U, U, U}));

  // Floating reinstatement: 0 and 1 attack each other and both attack 2, which attacks 3.
  Framework floating(4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}});
  g = grounded(floating);
  DungSearch s(floating, g, std::nullopt);
  EXPECT_EQ(s.stable(l, kPlenty, 1), DungResult::Found);
  EXPECT_EQ(l, (Labelling{O, I, O, I}));
  EXPECT_EQ(s.stable(l, kPlenty, std::nullopt, 3), DungResult::None);
  EXPECT_EQ(s.stable(l, kPlenty, std::nullopt, 0), DungResult::Found);
  EXPECT_EQ(l, (Labelling{O, I, O, I}));
  EXPECT_EQ(s.preferred(l, kPlenty), DungResult::Found);
  EXPECT_EQ(l, (Labelling{I, O, O, I}));
}

TEST(DungSearch, OutOfBudgetLeavesAnAdmissibleLabelling) {
  std::mt19937 rng(77);
  Framework f = random_attacks(rng, 120, 0.05);
  Labelling g = grounded(f), l;
  DungSearch s(f, g, std::nullopt);
  ASSERT_TRUE(s.usable());
  EXPECT_EQ(s.preferred(l, 50), DungResult::OutOfBudget);
  EXPECT_TRUE(admissible(f, l));
  EXPECT_EQ(s.stable(l, 50), DungResult::OutOfBudget);
}

TEST(DungSearch, PastDeadlineStopsAtOnce) {
  Framework f(2, {{0, 1}, {1, 0}});
  Labelling g = grounded(f), l;
  DungSearch s(f, g, std::chrono::steady_clock::now() - std::chrono::seconds(1));
  EXPECT_EQ(s.stable(l, kPlenty), DungResult::OutOfBudget);
  EXPECT_EQ(s.preferred(l, kPlenty), DungResult::OutOfBudget);
}

TEST(DungSearch, LargeUndecidedPartIsLeftToSat) {
  // 2500 even cycles: 5000 undecided nodes, over the bitset limit.
  std::vector<Edge> att;
  for (NodeId i = 0; i < 5000; i += 2) att.push_back({i, i + 1}), att.push_back({i + 1, i});
  Framework f(5000, att);
  Labelling g = grounded(f);
  EXPECT_FALSE(DungSearch(f, g, std::nullopt).usable());
  auto some = some_labelling(f, Semantics::Stable);
  ASSERT_TRUE(some.labelling);
  EXPECT_TRUE(admissible(f, *some.labelling));
  EXPECT_EQ(std::count(some.labelling->begin(), some.labelling->end(), I), 2500);
}

/// The fast path (with budget `budget`) against the brute-force oracle.
void check_against_oracle(const Framework& f, std::uint64_t budget, int round) {
  SCOPED_TRACE("round " + std::to_string(round) + " budget " + std::to_string(budget));
  SearchLimits limits;
  limits.attack_search_budget = budget;
  const auto preferred = oracle::preferred(f), stable = oracle::stable(f);
  auto pr = some_labelling(f, Semantics::Preferred, limits);
  ASSERT_TRUE(pr.labelling);
  ASSERT_NE(std::find(preferred.begin(), preferred.end(), *pr.labelling), preferred.end());
  auto st = some_labelling(f, Semantics::Stable, limits);
  ASSERT_EQ(bool(st.labelling), !stable.empty());
  if (st.labelling) {
    ASSERT_NE(std::find(stable.begin(), stable.end(), *st.labelling), stable.end());
  }
  for (NodeId v = 0; v < f.size(); ++v) {
    bool cred = false, skept = true;
    for (const auto& l : stable) cred |= l[v] == I, skept &= l[v] == I;
    ASSERT_EQ(credulously_accepted(f, Semantics::Stable, v, limits),
              cred ? Answer::Yes : Answer::No);
    ASSERT_EQ(skeptically_accepted(f, Semantics::Stable, v, limits),
              skept ? Answer::Yes : Answer::No);
    skept = true;
    for (const auto& l : preferred) skept &= l[v] == I;
    ASSERT_EQ(skeptically_accepted(f, Semantics::Preferred, v, limits),
              skept ? Answer::Yes : Answer::No);
  }
}

TEST(DungSearch, AgreesWithBruteForceOnSmallFrameworks) {
  // Budgets: ample (the search decides), tiny (SAT goes on from a partial set) and
  // off (the general engine alone, still right on plain frameworks).
  std::mt19937 rng(4242);
  for (int round = 0; round < 1200; ++round) {
    Framework f = oracle::random_framework(rng, 7, false);
    for (std::uint64_t budget : {kPlenty, std::uint64_t{3}, std::uint64_t{0}})
      check_against_oracle(f, budget, round);
  }
}

TEST(DungSearch, AgreesWithGeneralEngineOnLargerFrameworks) {
  std::mt19937 rng(60);
  std::uniform_int_distribution<int> size(30, 60);
  std::uniform_real_distribution<double> density(0.02, 0.2);
  for (int round = 0; round < 60; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Framework f = random_attacks(rng, size(rng), density(rng));
    LabellingSet preferred = enumerate_labellings(f, Semantics::Preferred, general_engine());
    LabellingSet stable = enumerate_labellings(f, Semantics::Stable, general_engine());
    ASSERT_EQ(preferred.status, SearchStatus::Complete);
    ASSERT_EQ(stable.status, SearchStatus::Complete);
    for (std::uint64_t budget : {kPlenty, std::uint64_t{2000}}) {
      SearchLimits limits;
      limits.attack_search_budget = budget;
      auto pr = some_labelling(f, Semantics::Preferred, limits);
      ASSERT_TRUE(pr.labelling);
      ASSERT_NE(std::find(preferred.labellings.begin(), preferred.labellings.end(), *pr.labelling),
                preferred.labellings.end());
      auto st = some_labelling(f, Semantics::Stable, limits);
      ASSERT_EQ(bool(st.labelling), !stable.labellings.empty());
      if (st.labelling) {
        ASSERT_NE(std::find(stable.labellings.begin(), stable.labellings.end(), *st.labelling),
                  stable.labellings.end());
      }
      for (NodeId v = 0; v < f.size(); v += 3) {
        ASSERT_EQ(credulously_accepted(f, Semantics::Stable, v, limits),
                  credulously_accepted(f, Semantics::Stable, v, general_engine()));
        ASSERT_EQ(skeptically_accepted(f, Semantics::Stable, v, limits),
                  skeptically_accepted(f, Semantics::Stable, v, general_engine()));
        ASSERT_EQ(skeptically_accepted(f, Semantics::Preferred, v, limits),
                  skeptically_accepted(f, Semantics::Preferred, v, general_engine()));
      }
    }
  }
}

}  // namespace
}  // namespace argmap
