// The view's proportions rules: a wide, shallow map is drawn left to right unless
// a direction was chosen, and many leaves around one node are staggered over ranks.
#include "view_shape.h"

#include <gtest/gtest.h>

#include "map_fixture.h"

namespace argmap {
namespace {

using testing_maps::MapBuilder;

View view_of(const Model& model, const ViewOptions& options = {}) {
  Diagnostics diagnostics;
  View v = build_view(model, options, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return v;
}

/// A thesis with `n` supporting arguments and nothing else: one wide rank.
Model star(int n) {
  MapBuilder b;
  auto t = b.statement("T", "The thesis.");
  for (int i = 0; i < n; ++i) b.support(b.argument("A" + std::to_string(i), "A reason."), t);
  return b.model;
}

TEST(ViewShape, SmallMapsKeepArgdownsBottomToTop) {
  View v = view_of(star(12));  // wide, but small enough to read either way
  EXPECT_GT(estimated_aspect(v, RankDir::BT), kWideAspect);
  EXPECT_EQ(v.rankdir, RankDir::BT);
  EXPECT_FALSE(v.rankdir_auto);
}

TEST(ViewShape, EstimatedAspectOfAStar) {
  // 24 boxes of 2.5 in side by side (0.25 in apart) under one: 66 in wide; two ranks
  // of two-line boxes (0.54 in) 0.5 in apart: 1.58 in tall.
  View v = view_of(star(24));
  EXPECT_NEAR(estimated_aspect(v, RankDir::BT), 66 / 1.58, 0.01);
  // Left to right: two columns of 2.5 in, 0.5 in apart; 24 boxes of 0.54 in + 0.25 in.
  EXPECT_NEAR(estimated_aspect(v, RankDir::LR), 5.5 / (24 * 0.79), 0.01);
}

TEST(ViewShape, AWideShallowMapIsDrawnLeftToRight) {
  View v = view_of(star(24));
  EXPECT_GT(estimated_aspect(v, RankDir::BT), kWideAspect);
  EXPECT_LT(estimated_aspect(v, RankDir::LR), kWideAspect);
  EXPECT_EQ(v.rankdir, RankDir::LR);
  EXPECT_TRUE(v.rankdir_auto);
}

TEST(ViewShape, AChosenDirectionIsKept) {
  ViewOptions o;
  o.rankdir_set = true;
  o.rankdir = RankDir::BT;
  View chosen = view_of(star(24), o);
  EXPECT_EQ(chosen.rankdir, RankDir::BT);
  EXPECT_FALSE(chosen.rankdir_auto);
  Model m = star(24);  // the frontmatter's dot.graphVizSettings.rankdir
  Data rankdir = Data::of("BT");
  Data settings, dot;
  settings.kind = dot.kind = Data::Kind::Map;
  settings.fields.emplace_back("rankdir", rankdir);
  dot.fields.emplace_back("graphVizSettings", settings);
  m.frontmatter.kind = Data::Kind::Map;
  m.frontmatter.fields.emplace_back("dot", dot);
  EXPECT_EQ(view_of(m).rankdir, RankDir::BT);
}

TEST(ViewShape, ManyLeavesAreStaggeredOverThreeRanks) {
  View v = view_of(star(5));
  std::vector<int> lengths;
  for (const auto& e : v.edges) lengths.push_back(e.min_len);
  EXPECT_EQ(lengths, (std::vector<int>{1, 2, 3, 1, 2}));
  // Fewer than four leaves, or leaves with other relations, keep the default.
  for (const auto& e : view_of(star(3)).edges) EXPECT_EQ(e.min_len, 1);
  MapBuilder b;
  b.model = star(5);
  for (Id a = 0; a < 4; ++a) b.attack({ElementKind::Argument, a}, {ElementKind::Argument, a + 1});
  for (const auto& e : view_of(b.model).edges) EXPECT_EQ(e.min_len, 1);
}

}  // namespace
}  // namespace argmap
