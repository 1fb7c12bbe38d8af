// The view's --color-by status: each element's class and look from its
// evaluation label (grounded, or the skeptical verdict of the other semantics),
// the legend of the statuses drawn, accessible colours, and mono's border lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "map_fixture.h"
#include "view.h"

namespace argmap {
namespace {

using testing_maps::MapBuilder;
using Strings = std::vector<std::string>;

View status_view(const Model& model, Semantics semantics = Semantics::Grounded,
                 std::string theme = "default", Diagnostics* out = nullptr) {
  ViewOptions o;
  o.color_by = ColorBy::Status;
  o.semantics = semantics;
  o.theme = theme;
  o.legend = true;
  Diagnostics diagnostics;
  View v = build_view(model, o, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  if (out) *out = diagnostics;
  return v;
}

/// "id:status" for every element node, in view order.
Strings statuses(const View& v) {
  Strings out;
  for (const auto& n : v.nodes) {
    auto it = std::find_if(n.classes.begin(), n.classes.end(),
                           [](const std::string& c) { return c.rfind("status-", 0) == 0; });
    if (it != n.classes.end()) out.push_back(n.id + ":" + it->substr(7));
  }
  return out;
}

const ViewNode& node(const View& v, const std::string& id) {
  auto it = std::find_if(v.nodes.begin(), v.nodes.end(), [&](auto& n) { return n.id == id; });
  if (it == v.nodes.end()) throw std::runtime_error("no node " + id);
  return *it;
}

Strings legend_ids(const View& v) {
  Strings out;
  for (const auto& e : v.legend) out.push_back(e.id);
  return out;
}

/// T is attacked by C and supported by A; neither argument is attacked.
Model attacked_thesis() {
  MapBuilder b;
  auto t = b.statement("T", "Thesis.", {"thesis"});
  auto a = b.argument("A", "For.");
  auto c = b.argument("C", "Against.");
  b.support(a, t);
  b.attack(c, t);
  return b.model;
}

/// Floating reinstatement: A and B attack each other and both attack C; C attacks D.
/// Grounded decides nothing; both preferred labellings make C OUT and D IN.
Model floating_reinstatement() {
  MapBuilder b;
  auto a = b.statement("A", "a");
  auto bb = b.statement("B", "b");
  auto c = b.statement("C", "c");
  auto d = b.statement("D", "d");
  b.attack(a, bb);
  b.attack(bb, a);
  b.attack(a, c);
  b.attack(bb, c);
  b.attack(c, d);
  return b.model;
}

TEST(ViewStatus, GroundedLabelsBecomeClassesAndColours) {
  View v = status_view(attacked_thesis());
  EXPECT_EQ(statuses(v), (Strings{"t:out", "a:in", "c:in"}));
  EXPECT_EQ(node(v, "t").classes, (Strings{"statement", "tag-thesis", "status-out"}));
  EXPECT_EQ(node(v, "t").style.fill, "#D55E00");  // not the tag's colour
  EXPECT_EQ(node(v, "t").style.border_style, LineStyle::Dashed);
  EXPECT_EQ(node(v, "a").style.fill, "#56B4E9");
  EXPECT_EQ(node(v, "a").style.border_style, LineStyle::Solid);
  // One legend entry per status drawn (no UNDEC here), no tag swatches.
  EXPECT_EQ(legend_ids(v), (Strings{"legend-statement", "legend-argument", "legend-support",
                                    "legend-attack", "legend-status-in", "legend-status-out"}));
  EXPECT_EQ(v.legend.back().label, "OUT (falls)");
  EXPECT_EQ(v.legend.back().node_style.fill, "#D55E00");
}

TEST(ViewStatus, SkepticalVerdictOfMultiLabellingSemantics) {
  Model m = floating_reinstatement();
  EXPECT_EQ(statuses(status_view(m)), (Strings{"a:undec", "b:undec", "c:undec", "d:undec"}));
  EXPECT_EQ(statuses(status_view(m, Semantics::Preferred)),
            (Strings{"a:undec", "b:undec", "c:out", "d:in"}));
  EXPECT_EQ(statuses(status_view(m, Semantics::Stable)),
            (Strings{"a:undec", "b:undec", "c:out", "d:in"}));
  // Complete includes the grounded labelling, so its skeptical verdict is grounded's.
  EXPECT_EQ(statuses(status_view(m, Semantics::Complete)),
            (Strings{"a:undec", "b:undec", "c:undec", "d:undec"}));
  View v = status_view(m, Semantics::Preferred);
  EXPECT_EQ(node(v, "a").style.border_style, LineStyle::Dotted);
  EXPECT_EQ(node(v, "a").style.fill, "#BBBBBB");
}

TEST(ViewStatus, NoStableLabellingIsAWarningAndAllUndec) {
  MapBuilder b;  // an odd attack cycle has no stable labelling
  auto x = b.statement("X", "x"), y = b.statement("Y", "y"), z = b.statement("Z", "z");
  b.attack(x, y);
  b.attack(y, z);
  b.attack(z, x);
  Diagnostics d;
  View v = status_view(b.model, Semantics::Stable, "default", &d);
  EXPECT_EQ(statuses(v), (Strings{"x:undec", "y:undec", "z:undec"}));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "status-no-labelling");
  EXPECT_EQ(d.items()[0].severity, Severity::Warning);
}

TEST(ViewStatus, MonoShowsStatusByBorderLineOnly) {
  View v = status_view(floating_reinstatement(), Semantics::Preferred, "mono");
  for (const auto& n : v.nodes) {
    EXPECT_EQ(n.style.fill, "#ffffff") << n.id;
    EXPECT_EQ(n.style.border, "#000000") << n.id;
  }
  EXPECT_EQ(node(v, "d").style.border_style, LineStyle::Solid);
  EXPECT_EQ(node(v, "c").style.border_style, LineStyle::Dashed);
  EXPECT_EQ(node(v, "a").style.border_style, LineStyle::Dotted);
  EXPECT_EQ(legend_ids(v), (Strings{"legend-statement", "legend-attack", "legend-status-in",
                                    "legend-status-out", "legend-status-undec"}));
  EXPECT_EQ(v.legend.back().node_style.border_style, LineStyle::Dotted);
}

double luminance(const std::string& hex) {
  double sum = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    double c = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    c = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    sum += weights[i] * c;
  }
  return sum;
}

TEST(ViewStatus, ColoursAreDistinctAndReadableWithBlackText) {
  Theme t = default_theme();
  Strings fills;
  for (Label l : {Label::In, Label::Out, Label::Undec}) {
    const StatusStyle& s = t.status(l);
    // WCAG contrast of black text on the fill: (L + 0.05) / 0.05, AA needs 4.5.
    EXPECT_GE((luminance(s.fill) + 0.05) / 0.05, 4.5) << s.fill;
    fills.push_back(s.fill);
  }
  std::sort(fills.begin(), fills.end());
  EXPECT_EQ(std::unique(fills.begin(), fills.end()), fills.end());
  // The three line styles differ too, so colour is never the only cue.
  EXPECT_NE(t.status_in.border_style, t.status_out.border_style);
  EXPECT_NE(t.status_out.border_style, t.status_undec.border_style);
  EXPECT_NE(t.status_in.border_style, t.status_undec.border_style);
}

}  // namespace
}  // namespace argmap
