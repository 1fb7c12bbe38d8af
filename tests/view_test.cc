// The view stage on hand-built models: what is selected, how relations become
// edges, inference points, focus, grouping, labels, ids, classes and colours.
#include "view.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "map_fixture.h"
#include "relation_words.h"

namespace argmap {
namespace {

using testing_maps::boolean;
using testing_maps::MapBuilder;

View view_of(const Model& model, const ViewOptions& options = {}) {
  Diagnostics diagnostics;
  View v = build_view(model, options, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return v;
}

std::vector<std::string> node_ids(const View& v) {
  std::vector<std::string> out;
  for (const auto& n : v.nodes) out.push_back(n.id);
  return out;
}

/// Edges as "from -type-> to" (inference links as "from -link-> to").
std::vector<std::string> edges(const View& v) {
  std::vector<std::string> out;
  for (const auto& e : v.edges) {
    std::string type = e.inference_link ? "link" : std::string(relation_type_name(e.type));
    out.push_back(v.nodes[e.from].id + " -" + type + "-> " + v.nodes[e.to].id);
  }
  return out;
}

const ViewNode& node(const View& v, const std::string& id) {
  auto it = std::find_if(v.nodes.begin(), v.nodes.end(), [&](auto& n) { return n.id == id; });
  if (it == v.nodes.end()) throw std::runtime_error("no node " + id);
  return *it;
}

using Strings = std::vector<std::string>;

TEST(ViewSelection, StatementsFirstThenArgumentsInModelOrder) {
  MapBuilder b;
  auto a = b.argument("A", "For it.");
  auto t = b.statement("T", "Thesis.");
  auto c = b.argument("C", "Against it.");
  b.support(a, t);
  b.attack(c, t);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"t", "a", "c"}));
  EXPECT_EQ(edges(v), (Strings{"a -support-> t", "c -attack-> t"}));
  EXPECT_EQ(v.hidden, 0u);
}

TEST(ViewSelection, DisconnectedAndIsInMapFalseAreLeftOut) {
  MapBuilder b;
  auto t = b.statement("T", "Thesis.");
  auto a = b.argument("A");
  b.support(a, t);
  b.statement("Alone", "Nobody relates to me.");
  b.argument("Lonely");
  auto hidden = b.argument("Hidden");
  b.attack(hidden, t);
  b.data(hidden, "isInMap", boolean(false));
  auto forced = b.statement("Forced", "Drawn although alone.");
  b.data(forced, "isInMap", boolean(true));
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"t", "forced", "a"}));
  EXPECT_EQ(edges(v), (Strings{"a -support-> t"}));
  EXPECT_EQ(v.hidden, 3u);
}

TEST(ViewSelection, UntitledPremisesStayInsideTheirArgument) {
  MapBuilder b;
  auto c = b.statement("C", "Conclusion.");
  auto p1 = b.untitled("An untitled premise.");
  auto p2 = b.statement("P2", "A titled premise.");
  auto a = b.argument("A");
  b.pcs(a, {p1, p2}, c);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"c", "p2", "a"}));
  EXPECT_EQ(edges(v), (Strings{"a -support-> c", "p2 -support-> a"}));
}

TEST(ViewSelection, FrontmatterStatementSelectionAll) {
  MapBuilder b;
  auto c = b.statement("C", "Conclusion.");
  auto p = b.untitled("Premise.");
  auto a = b.argument("A");
  b.pcs(a, {p}, c);
  Data mode = Data::of("all");
  Data selection;
  selection.kind = Data::Kind::Map;
  selection.fields.emplace_back("statementSelectionMode", mode);
  b.model.frontmatter.kind = Data::Kind::Map;
  b.model.frontmatter.fields.emplace_back("selection", selection);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"c", "untitled-1", "a"}));
  // An untitled statement shows its text only.
  EXPECT_TRUE(node(v, "untitled-1").title_lines.empty());
  EXPECT_EQ(node(v, "untitled-1").text_lines, (Strings{"Premise."}));
  EXPECT_EQ(node(v, "untitled-1").classes, (Strings{"statement", "untitled"}));
}

TEST(ViewEdges, RelationsOfUndrawnStatementsMoveToTheirArguments) {
  MapBuilder b;
  auto c1 = b.untitled("First conclusion.");
  auto p1 = b.untitled("First premise.");
  auto a1 = b.argument("A1");
  b.pcs(a1, {p1}, c1);
  auto c2 = b.untitled("Second conclusion.");
  auto a2 = b.argument("A2");
  b.pcs(a2, {c1}, c2);  // A1's conclusion is A2's premise
  auto x = b.untitled("Objection.");
  auto not_c1 = b.untitled("Not c1.");
  auto a3 = b.argument("A3");
  b.pcs(a3, {x}, not_c1);
  b.relate(RelationType::Contradiction, not_c1, c1);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"a1", "a2", "a3"}));
  // As in Argdown: the contradiction reaches the argument using c1 as a premise,
  // as an attack; A1, which concludes c1, gets no edge from it.
  EXPECT_EQ(edges(v), (Strings{"a3 -attack-> a2", "a1 -support-> a2"}));
}

TEST(ViewEdges, ContradictionBetweenStatementsKeepsItsType) {
  MapBuilder b;
  auto x = b.statement("X", "x");
  auto y = b.statement("Y", "y");
  b.relate(RelationType::Contradiction, x, y);
  View v = view_of(b.model);
  EXPECT_EQ(edges(v), (Strings{"x -contradictory-> y"}));
  EXPECT_EQ(v.edges[0].style.head, ArrowShape::Diamond);
  EXPECT_EQ(v.edges[0].style.tail, ArrowShape::Diamond);
  EXPECT_EQ(v.edges[0].style.color, "#ff0000");
}

TEST(ViewInference, UndercutEndsAtTheInferencePointOfTheConclusionEdge) {
  MapBuilder b;
  auto c = b.statement("C", "Conclusion.");
  auto p = b.statement("P", "Premise.");
  auto a = b.argument("A");
  b.pcs(a, {p}, c);
  auto u = b.argument("U", "Not a good reason.");
  b.relate(RelationType::Undercut, u, a);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"c", "p", "a", "u", "inference-a"}));
  EXPECT_EQ(edges(v), (Strings{"u -undercut-> inference-a", "inference-a -support-> c",
                               "p -support-> a", "a -link-> inference-a"}));
  EXPECT_EQ(node(v, "inference-a").kind, NodeKind::Inference);
  EXPECT_EQ(node(v, "inference-a").classes, (Strings{"inference"}));
  EXPECT_EQ(v.edges[3].style.head, ArrowShape::None);
}

TEST(ViewInference, WithoutAReconstructionTheOutgoingRelationCarriesIt) {
  MapBuilder b;
  auto t = b.statement("T", "Thesis.");
  auto a = b.argument("A", "Addiction.");
  b.attack(a, t);
  auto u = b.argument("U", "Addiction is no reason to ban.");
  b.relate(RelationType::Undercut, u, a);
  View v = view_of(b.model);
  EXPECT_EQ(edges(v), (Strings{"inference-a -attack-> t", "u -undercut-> inference-a",
                               "a -link-> inference-a"}));
}

TEST(ViewInference, AnUndercutArgumentWithNothingToInferKeepsTheUndercut) {
  MapBuilder b;
  auto a = b.argument("A", "Alone.");
  auto u = b.argument("U", "Against A's inference.");
  b.relate(RelationType::Undercut, u, a);
  View v = view_of(b.model);
  EXPECT_EQ(edges(v), (Strings{"u -undercut-> a"}));
}

Model chain() {
  // d -> c -> b -> a (supports), e attacks b.
  MapBuilder b;
  auto a = b.statement("A", "a");
  auto bb = b.statement("B", "b");
  auto c = b.statement("C", "c");
  auto d = b.statement("D", "d");
  auto e = b.argument("E", "e");
  b.support(bb, a);
  b.support(c, bb);
  b.support(d, c);
  b.attack(e, bb);
  return b.model;
}

TEST(ViewFocus, KeepsTheNeighbourhoodWithinDepth) {
  ViewOptions o;
  o.focus = "B";
  o.depth = 1;
  View v = view_of(chain(), o);
  EXPECT_EQ(node_ids(v), (Strings{"a", "b", "c", "e"}));
  EXPECT_EQ(edges(v), (Strings{"b -support-> a", "c -support-> b", "e -attack-> b"}));
  EXPECT_EQ(v.hidden, 1u);
  o.depth = 2;
  EXPECT_EQ(node_ids(view_of(chain(), o)), (Strings{"a", "b", "c", "d", "e"}));
  o.focus = "<E>";
  o.depth = 1;
  EXPECT_EQ(node_ids(view_of(chain(), o)), (Strings{"b", "e"}));
}

TEST(ViewFocus, TheStepThroughAnInferencePointIsFree) {
  MapBuilder b;
  auto c = b.statement("C", "Conclusion.");
  auto p = b.statement("P", "Premise.");
  auto a = b.argument("A");
  b.pcs(a, {p}, c);
  auto u = b.argument("U", "Undercutter.");
  b.relate(RelationType::Undercut, u, a);
  ViewOptions o;
  o.focus = "U";
  o.depth = 1;
  EXPECT_EQ(node_ids(view_of(b.model, o)), (Strings{"a", "u", "inference-a"}));
  o.depth = 2;
  EXPECT_EQ(node_ids(view_of(b.model, o)), (Strings{"c", "p", "a", "u", "inference-a"}));
}

TEST(ViewFocus, UnknownTitleIsAnError) {
  ViewOptions o;
  o.focus = "Nothing";
  Diagnostics d;
  View v = build_view(chain(), o, d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "unknown-focus");
  EXPECT_EQ(d.items()[0].message, "no statement or argument titled 'Nothing'");
  EXPECT_TRUE(v.nodes.empty());
}

Model sectioned() {
  MapBuilder b;
  Id top = b.section("Top", 1);
  Id mid = b.section("Middle", 2, top);
  Id low = b.section("Low", 3, mid);
  auto t = b.statement("T", "t");
  auto a = b.argument("A", "a");
  auto c = b.argument("C", "c");
  b.place(t, top);
  b.place(a, mid);
  b.place(c, low);
  b.support(a, t);
  b.attack(c, a);
  return b.model;
}

TEST(ViewGroups, OnlyTheDeepestTwoSectionLevelsAreGroupsByDefault) {
  View v = view_of(sectioned());
  ASSERT_EQ(v.clusters.size(), 2u);
  EXPECT_EQ(v.clusters[0].id, "section-middle");
  EXPECT_EQ(v.clusters[1].id, "section-low");
  EXPECT_EQ(v.clusters[1].parent, 0u);
  EXPECT_EQ(v.clusters[0].children, (std::vector<std::size_t>{1}));
  EXPECT_EQ(node(v, "t").cluster, kNone);  // "Top" is not a group
  EXPECT_EQ(node(v, "a").cluster, 0u);
  EXPECT_EQ(node(v, "c").cluster, 1u);
  EXPECT_EQ(v.clusters[0].fill, "#DADADA");
  EXPECT_EQ(v.clusters[1].fill, "#BABABA");
}

TEST(ViewGroups, IsGroupDataAndGroupByNone) {
  Model m = sectioned();
  m.sections[0].data.kind = Data::Kind::Map;
  m.sections[0].data.fields.emplace_back("isGroup", boolean(true));
  m.sections[2].data.kind = Data::Kind::Map;
  m.sections[2].data.fields.emplace_back("isGroup", boolean(false));
  View v = view_of(m);
  ASSERT_EQ(v.clusters.size(), 2u);
  EXPECT_EQ(v.clusters[0].id, "section-top");
  EXPECT_EQ(v.clusters[1].id, "section-middle");
  EXPECT_EQ(node(v, "c").cluster, 1u);  // "Low" is no group: its node sits in "Middle"
  ViewOptions o;
  o.group_by = GroupBy::None;
  EXPECT_TRUE(view_of(m, o).clusters.empty());
}

TEST(ViewGroups, ClosedSectionBecomesOneNode) {
  Model m = sectioned();
  m.sections[1].data.kind = Data::Kind::Map;
  m.sections[1].data.fields.emplace_back("isClosed", boolean(true));
  View v = view_of(m);
  EXPECT_EQ(node_ids(v), (Strings{"t", "section-middle"}));
  EXPECT_EQ(edges(v), (Strings{"section-middle -support-> t"}));
  EXPECT_EQ(node(v, "section-middle").kind, NodeKind::Group);
  EXPECT_TRUE(v.clusters.empty());
}

TEST(ViewGroups, ByProponent) {
  MapBuilder b;
  Id nato = b.proponent("NATO", "NATO");
  auto t = b.statement("T", "t");
  auto a = b.argument("A", "a");
  b.assert_by(a, nato);
  b.support(a, t);
  ViewOptions o;
  o.group_by = GroupBy::Proponent;
  View v = view_of(b.model, o);
  ASSERT_EQ(v.clusters.size(), 1u);
  EXPECT_EQ(v.clusters[0].id, "proponent-nato");
  EXPECT_EQ(v.clusters[0].label, "NATO");
  EXPECT_EQ(node(v, "a").cluster, 0u);
  EXPECT_EQ(node(v, "t").cluster, kNone);
  EXPECT_EQ(node(v, "a").classes, (Strings{"argument", "proponent-nato"}));
}

TEST(ViewStyle, TagColoursFollowArgdownsScheme) {
  MapBuilder b;
  auto t = b.statement("T", "t");
  auto pro = b.argument("Pro", "p", {"pro"});
  auto con = b.argument("Con", "c", {"con", "pro"});
  b.support(pro, t);
  b.attack(con, t);
  b.model.tags[1].color = "#123456";  // tagColors: {con: "#123456"}
  View v = view_of(b.model);
  EXPECT_EQ(node(v, "t").style.border, "#1b9e77");  // untagged: the scheme's first colour
  EXPECT_EQ(node(v, "t").style.fill, "#ffffff");
  EXPECT_EQ(node(v, "pro").style.fill, "#d95f02");  // first tag: the scheme's second colour
  EXPECT_EQ(node(v, "con").style.fill, "#123456");  // the first of its tags wins
  EXPECT_EQ(node(v, "con").classes, (Strings{"argument", "tag-con", "tag-pro"}));
}

TEST(ViewStyle, ColorDataAndSchemeFromFrontmatter) {
  MapBuilder b;
  auto t = b.statement("T", "t");
  auto a = b.argument("A", "a", {"pro"});
  b.support(a, t);
  b.data(t, "color", Data::of("#abcdef"));
  Data color;
  color.kind = Data::Kind::Map;
  color.fields.emplace_back("colorScheme", Data::of("colorbrewer-category10"));
  b.model.frontmatter.kind = Data::Kind::Map;
  b.model.frontmatter.fields.emplace_back("color", color);
  View v = view_of(b.model);
  EXPECT_EQ(node(v, "t").style.border, "#abcdef");
  EXPECT_EQ(node(v, "a").style.fill, "#ff7f0e");
  // tagColors: {pro: 0} picks the scheme's first colour.
  Data tag_colors;
  tag_colors.kind = Data::Kind::Map;
  Data zero;
  zero.kind = Data::Kind::Int;
  tag_colors.fields.emplace_back("pro", zero);
  b.model.frontmatter.fields[0].second.fields.emplace_back("tagColors", tag_colors);
  EXPECT_EQ(node(view_of(b.model), "a").style.fill, "#1f77b4");
}

TEST(ViewStyle, MonoThemeIgnoresColours) {
  MapBuilder b;
  auto t = b.statement("T", "t");
  auto a = b.argument("A", "a", {"pro"});
  b.attack(a, t);
  ViewOptions o;
  o.theme = "mono";
  View v = view_of(b.model, o);
  EXPECT_EQ(node(v, "a").style.fill, "#d9d9d9");
  EXPECT_EQ(node(v, "t").style.border, "#000000");
  EXPECT_EQ(v.edges[0].style.head, ArrowShape::Tee);
  EXPECT_EQ(v.edges[0].style.color, "#000000");
}

TEST(ViewStyle, EvidenceCarriesItsCitation) {
  MapBuilder b;
  b.source("Roberts2008", "Roberts", "2008");
  auto claim = b.statement("Claim", "c");
  auto ev = b.evidence("Note", "The note of 1954.", "Roberts2008", "32");
  auto ev2 = b.evidence("Other", "Unknown source.", "Nobody", "");
  b.support(ev, claim);
  b.support(ev2, claim);
  View v = view_of(b.model);
  EXPECT_EQ(node(v, "note").kind, NodeKind::Evidence);
  EXPECT_EQ(node(v, "note").citation, "Roberts 2008, p. 32");
  EXPECT_EQ(node(v, "other").citation, "Nobody");
  EXPECT_EQ(node(v, "note").classes, (Strings{"evidence"}));
}

TEST(ViewStyle, IdsAreUniqueSlugsOfTitles) {
  MapBuilder b;
  auto s = b.statement("Same Title!", "s");
  auto a = b.argument("Same title", "a");
  auto c = b.statement("Ölpreis & Café", "c");
  b.support(a, s);
  b.support(c, s);
  View v = view_of(b.model);
  EXPECT_EQ(node_ids(v), (Strings{"same-title", "Ölpreis-café", "same-title-2"}));
  EXPECT_EQ(v.edges[0].id, "same-title-2--support--same-title");
}

TEST(ViewStyle, LegendListsWhatIsDrawn) {
  MapBuilder b;
  auto c = b.statement("C", "c");
  auto p = b.statement("P", "p");
  auto a = b.argument("A", "", {"pro"});
  b.pcs(a, {p}, c);
  b.relate(RelationType::Undercut, b.argument("U"), a);
  ViewOptions o;
  o.legend = true;
  View v = view_of(b.model, o);
  Strings labels;
  for (const auto& e : v.legend) labels.push_back(e.label);
  EXPECT_EQ(labels, (Strings{"statement", "argument", "inference", "support", "undercut", "#pro"}));
  EXPECT_TRUE(v.legend[3].is_edge);
  EXPECT_EQ(v.legend[5].node_style.fill, "#d95f02");
}

TEST(ViewLayout, LargeMapsGetFasterSettingsUnlessExact) {
  ViewOptions o;
  o.large_map_nodes = 3;
  EXPECT_TRUE(view_of(chain(), o).fast_layout);
  o.exact_layout = true;
  EXPECT_FALSE(view_of(chain(), o).fast_layout);
  EXPECT_FALSE(view_of(chain()).fast_layout);
}

TEST(ViewLayout, RankDataMakesSameRankSets) {
  MapBuilder b;
  auto t = b.statement("T", "t");
  auto a = b.argument("A", "a");
  auto c = b.argument("C", "c");
  b.support(a, t);
  b.attack(c, t);
  b.data(a, "rank", Data::of("args"));
  b.data(c, "rank", Data::of("args"));
  View v = view_of(b.model);
  ASSERT_EQ(v.same_rank.size(), 1u);
  EXPECT_EQ(v.same_rank[0], (std::vector<std::size_t>{1, 2}));
}

TEST(ViewLabels, WordWrapCountsCodePoints) {
  EXPECT_EQ(wrap_words("one two three four", 9), (Strings{"one two", "three", "four"}));
  EXPECT_EQ(wrap_words("  Привет мир это тест ", 10), (Strings{"Привет мир", "это тест"}));
  EXPECT_EQ(wrap_words("unbreakableword x", 4), (Strings{"unbreakableword", "x"}));
  EXPECT_TRUE(wrap_words("   ", 10).empty());
  EXPECT_EQ(slug("  Hello, World! "), "hello-world");
  EXPECT_EQ(slug("<A> & [B]"), "a-b");
}

}  // namespace
}  // namespace argmap
