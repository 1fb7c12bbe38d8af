// The renderer on hand-built maps: DOT golden files (UPDATE_GOLDEN=1 rewrites
// them), SVG structure, PNG/PDF validity, Unicode and determinism, and the
// Argdown corpus (the render command: render_cli_test.cc).
#include "renderer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "frontend.h"
#include "map_fixture.h"
#include "render_test_support.h"
#include "view.h"

namespace argmap {
namespace {

using render_testing::read_file;
using render_testing::svg_groups;
using render_testing::xml_unescape;
using testing_maps::MapBuilder;

std::string draw(const Model& model, const ViewOptions& view_options, Format format,
                 std::optional<std::int64_t> pdf_date = std::nullopt) {
  Diagnostics diagnostics;
  View view = build_view(model, view_options, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  RenderOptions options;
  options.format = format;
  options.pdf_date = pdf_date;
  auto out = render(view, options, diagnostics);
  EXPECT_TRUE(out.has_value());
  for (const auto& d : diagnostics.items()) ADD_FAILURE() << d.code << ": " << d.message;
  return out.value_or("");
}

/// Compares with tests/golden/render/NAME.dot, or rewrites it when UPDATE_GOLDEN=1.
void expect_golden(const std::string& name, const std::string& actual) {
  auto path = std::filesystem::path(ARGMAP_SOURCE_DIR) / "tests/golden/render" / (name + ".dot");
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing: run with UPDATE_GOLDEN=1";
  EXPECT_EQ(read_file(path), actual) << "golden " << path << " differs (UPDATE_GOLDEN=1 rewrites)";
}

// The maps, one per feature.

Model support_attack_map() {
  MapBuilder b;
  auto t = b.statement("Soft drugs", "Soft drugs should be legal.", {"thesis"});
  auto pro =
      b.argument("No harm, no ban", "The law protects society from harm, not people.", {"pro"});
  auto con = b.argument("Law must protect", "Governments may override freedom.", {"con"});
  b.support(pro, t);
  b.attack(con, t);
  return b.model;
}

Model undercut_map() {
  MapBuilder b;
  auto c = b.statement("C", "We should act.");
  auto p = b.statement("P", "Acting helps.");
  auto a = b.argument("A");
  b.pcs(a, {p}, c);
  auto u = b.argument("U", "Helping is not a reason here.");
  b.relate(RelationType::Undercut, u, a);
  return b.model;
}

Model contradiction_map() {
  MapBuilder b;
  auto x = b.statement("X", "It rains.");
  auto y = b.statement("Y", "It is dry.");
  b.relate(RelationType::Contradiction, x, y);
  auto e = b.statement("E", "Everything that rains is wet.");
  auto w = b.statement("W", "It is wet.");
  b.model.strict_mode = true;
  b.relate(RelationType::Entails, e, w);
  b.relate(RelationType::Contrary, w, y);
  return b.model;
}

Model sections_map() {
  MapBuilder b;
  Id top = b.section("Debate", 1);
  Id pro = b.section("Pro side", 2, top);
  Id con = b.section("Con side", 2, top);
  auto t = b.statement("T", "The thesis.");
  auto a = b.argument("A", "For.");
  auto c = b.argument("C", "Against.");
  b.place(t, top);
  b.place(a, pro);
  b.place(c, con);
  b.support(a, t);
  b.attack(c, t);
  return b.model;
}

Model evidence_map() {
  MapBuilder b;
  b.source("Roberts2008", "Roberts", "2008");
  auto claim = b.statement("Claim", "Molotov meant it.");
  auto ev = b.evidence("Note of 1954", "The Soviet note of 31 March 1954.", "Roberts2008", "32-33");
  b.support(ev, claim);
  return b.model;
}

Model unicode_map() {
  MapBuilder b;
  auto t = b.statement("Предложение Молотова", "СССР предлагает вступить в НАТО.");
  auto a = b.argument("Ἀργυμέντ café", "Quotes \" and <tags> & a back\\slash.");
  b.support(a, t);
  return b.model;
}

Model proponent_map() {
  MapBuilder b;
  Id nato = b.proponent("NATO", "NATO", "#1f77b4");
  Id ussr = b.proponent("USSR", "Soviet Union");
  auto t = b.statement("T", "Join NATO.");
  auto a = b.argument("A", "Peace in Europe.");
  auto c = b.argument("C", "A trick.");
  b.assert_by(a, ussr);
  b.assert_by(t, ussr);
  b.assert_by(c, nato);
  b.support(a, t);
  b.attack(c, t);
  return b.model;
}

TEST(RenderDot, SupportAndAttack) {
  expect_golden("support_attack", draw(support_attack_map(), {}, Format::Dot));
}

TEST(RenderDot, UndercutEndsAtInference) {
  expect_golden("undercut", draw(undercut_map(), {}, Format::Dot));
}

TEST(RenderDot, ContradictionEntailsContrary) {
  expect_golden("contradiction", draw(contradiction_map(), {}, Format::Dot));
}

TEST(RenderDot, NestedSections) {
  expect_golden("sections", draw(sections_map(), {}, Format::Dot));
}

TEST(RenderDot, ClosedSection) {
  Model m = sections_map();
  m.sections[1].data.kind = Data::Kind::Map;
  m.sections[1].data.fields.emplace_back("isClosed", testing_maps::boolean(true));
  expect_golden("closed_section", draw(m, {}, Format::Dot));
}

TEST(RenderDot, GroupByProponentColorByProponent) {
  ViewOptions o;
  o.group_by = GroupBy::Proponent;
  o.color_by = ColorBy::Proponent;
  expect_golden("proponents", draw(proponent_map(), o, Format::Dot));
}

TEST(RenderDot, MonoTheme) {
  ViewOptions o;
  o.theme = "mono";
  Model m = undercut_map();
  m.relations.push_back(
      {RelationType::Contradiction, {ElementKind::Statement, 0}, {ElementKind::Statement, 1}, {}});
  expect_golden("mono", draw(m, o, Format::Dot));
}

TEST(RenderDot, Legend) {
  ViewOptions o;
  o.legend = true;
  expect_golden("legend", draw(support_attack_map(), o, Format::Dot));
}

TEST(RenderDot, Focus) {
  ViewOptions o;
  o.focus = "Law must protect";
  o.depth = 1;
  expect_golden("focus", draw(support_attack_map(), o, Format::Dot));
}

TEST(RenderDot, EvidenceWithCitation) {
  expect_golden("evidence", draw(evidence_map(), {}, Format::Dot));
}

TEST(RenderDot, UnicodeAndEscaping) {
  expect_golden("unicode", draw(unicode_map(), {}, Format::Dot));
}

TEST(RenderDot, RankdirWrapAndWidth) {
  ViewOptions o;
  o.rankdir_set = true;
  o.rankdir = RankDir::LR;
  o.wrap = 12;
  o.node_width = 1.5;
  expect_golden("rankdir_wrap", draw(support_attack_map(), o, Format::Dot));
}

/// T stands against C only if nothing defeats U: T OUT, C IN, plus an undecided pair.
Model status_map() {
  MapBuilder b;
  auto t = b.statement("T", "The thesis.", {"thesis"});
  auto a = b.argument("A", "For.");
  auto c = b.argument("C", "Against.");
  b.support(a, t);
  b.attack(c, t);
  auto x = b.statement("X", "It rains.");
  auto y = b.statement("Y", "It is dry.");
  b.relate(RelationType::Contradiction, x, y);
  return b.model;
}

TEST(RenderDot, ColorByStatusWithLegend) {
  ViewOptions o;
  o.color_by = ColorBy::Status;
  o.legend = true;
  expect_golden("status", draw(status_map(), o, Format::Dot));
}

TEST(RenderDot, ColorByStatusMonoBorders) {
  ViewOptions o;
  o.color_by = ColorBy::Status;
  o.theme = "mono";
  o.legend = true;
  expect_golden("status_mono", draw(status_map(), o, Format::Dot));
}

TEST(RenderDot, LargeMapSettings) {
  ViewOptions o;
  o.large_map_nodes = 2;
  expect_golden("large_map", draw(support_attack_map(), o, Format::Dot));
}

}  // namespace
}  // namespace argmap

namespace argmap {
namespace {

using render_testing::read_file;
using render_testing::svg_groups;
using render_testing::xml_unescape;
using testing_maps::MapBuilder;

/// Every `<g id="..."...><title>...</title>` of an SVG, as id -> title (decoded).
std::map<std::string, std::string> svg_titles(const std::string& svg) {
  std::map<std::string, std::string> out;
  std::regex group(R"re(<g id="([^"]+)" class="[^"]+">\s*<title>([^<]*)</title>)re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), group); it != std::sregex_iterator();
       ++it)
    out[xml_unescape((*it)[1])] = xml_unescape((*it)[2]);
  return out;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

/// How many <g> groups carry the class `cls`.
std::size_t groups_with(const std::string& svg, const std::string& cls) {
  std::size_t n = 0;
  for (const auto& [id, classes] : svg_groups(svg)) {
    std::string padded = " " + classes + " ";
    n += padded.find(" " + cls + " ") != std::string::npos;
  }
  return n;
}

TEST(RenderSvg, NodesAndEdgesCarryIdsAndClasses) {
  std::string svg = draw(support_attack_map(), {}, Format::Svg);
  auto groups = svg_groups(svg);
  EXPECT_EQ(groups["soft-drugs"], "node statement tag-thesis");
  EXPECT_EQ(groups["no-harm-no-ban"], "node argument tag-pro");
  EXPECT_EQ(groups["law-must-protect"], "node argument tag-con");
  EXPECT_EQ(groups["no-harm-no-ban--support--soft-drugs"], "edge support");
  EXPECT_EQ(groups["law-must-protect--attack--soft-drugs"], "edge attack");
  EXPECT_EQ(count(svg, "class=\"node "), 3u);
  EXPECT_EQ(count(svg, "class=\"edge "), 2u);
  EXPECT_NE(svg.find("font-weight=\"bold\""), std::string::npos);  // the bold title
}

TEST(RenderSvg, UndercutEdgeEndsAtTheInferencePoint) {
  std::string svg = draw(undercut_map(), {}, Format::Svg);
  auto groups = svg_groups(svg);
  EXPECT_EQ(groups["inference-a"], "node inference");
  EXPECT_EQ(groups["u--undercut--inference-a"], "edge undercut");
  EXPECT_EQ(groups["a--inference"], "edge inference-link");
  EXPECT_EQ(groups["inference-a--support--c"], "edge support");
  // The edge's <title> names its ends: tail->head.
  EXPECT_EQ(svg_titles(svg)["u--undercut--inference-a"], "u->inference-a");
}

TEST(RenderSvg, SectionsAreNestedClusters) {
  std::string svg = draw(sections_map(), {}, Format::Svg);
  auto groups = svg_groups(svg);
  EXPECT_EQ(groups["section-debate"], "cluster section");
  EXPECT_EQ(groups["section-pro-side"], "cluster section");
  EXPECT_EQ(groups["section-con-side"], "cluster section");
  EXPECT_NE(svg.find(">Pro side</text>"), std::string::npos);
}

TEST(RenderSvg, MonoThemeHasOnlyBlackWhiteAndGreys) {
  ViewOptions o;
  o.theme = "mono";
  o.legend = true;
  Model m = support_attack_map();
  MapBuilder b;
  b.model = m;
  b.relate(RelationType::Undercut, b.argument("U", "", {"con"}), {ElementKind::Argument, 0});
  std::string svg = draw(b.model, o, Format::Svg);
  std::regex color(R"re((fill|stroke)="([^"]+)")re");
  std::size_t checked = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), color); it != std::sregex_iterator();
       ++it, ++checked) {
    std::string c = (*it)[2];
    if (c == "none" || c == "white" || c == "black" || c == "transparent") continue;
    ASSERT_EQ(c.size(), 7u) << c;
    EXPECT_TRUE(c.substr(1, 2) == c.substr(3, 2) && c.substr(3, 2) == c.substr(5, 2))
        << "not grey: " << c;
  }
  EXPECT_GT(checked, 10u);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);  // the dashed undercut
}

TEST(RenderSvg, ColorByStatusClassesAndLegend) {
  ViewOptions o;
  o.color_by = ColorBy::Status;
  o.legend = true;
  std::string svg = draw(status_map(), o, Format::Svg);
  auto groups = svg_groups(svg);
  EXPECT_EQ(groups["t"], "node statement tag-thesis status-out");
  EXPECT_EQ(groups["a"], "node argument status-in");
  EXPECT_EQ(groups["c"], "node argument status-in");
  EXPECT_EQ(groups["x"], "node statement status-undec");
  EXPECT_EQ(groups["y"], "node statement status-undec");
  EXPECT_EQ(groups["legend-status-in"], "node legend");
  EXPECT_EQ(groups["legend-status-out"], "node legend");
  EXPECT_EQ(groups["legend-status-undec"], "node legend");
  EXPECT_EQ(count(svg, "fill=\"#d55e00\""), 2u);  // T and the OUT swatch
  EXPECT_NE(svg.find(">OUT (falls)</text>"), std::string::npos);
}

TEST(RenderSvg, ColorByStatusMonoHasOnlyGreysAndBorderLines) {
  ViewOptions o;
  o.color_by = ColorBy::Status;
  o.theme = "mono";
  o.legend = true;
  std::string svg = draw(status_map(), o, Format::Svg);
  std::regex color(R"re((fill|stroke)="([^"]+)")re");
  std::size_t checked = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), color); it != std::sregex_iterator();
       ++it, ++checked) {
    std::string c = (*it)[2];
    if (c == "none" || c == "white" || c == "black" || c == "transparent") continue;
    ASSERT_EQ(c.size(), 7u) << c;
    EXPECT_TRUE(c.substr(1, 2) == c.substr(3, 2) && c.substr(3, 2) == c.substr(5, 2))
        << "not grey: " << c;
  }
  EXPECT_GT(checked, 10u);
  // T (OUT) has a dashed border, X (UNDEC) a dotted one, A (IN) a solid one.
  auto node_svg = [&](const std::string& id) {
    std::size_t at = svg.find("<g id=\"" + id + "\"");
    return svg.substr(at, svg.find("</g>", at) - at);
  };
  EXPECT_NE(node_svg("t").find("stroke-dasharray=\"5,2\""), std::string::npos) << node_svg("t");
  EXPECT_NE(node_svg("x").find("stroke-dasharray=\"1,5\""), std::string::npos) << node_svg("x");
  EXPECT_EQ(node_svg("a").find("stroke-dasharray"), std::string::npos) << node_svg("a");
  EXPECT_EQ(groups_with(svg, "status-undec"), 2u);
}

TEST(RenderSvg, CyrillicTextSurvives) {
  std::string svg = draw(unicode_map(), {}, Format::Svg);
  EXPECT_NE(svg.find("СССР предлагает вступить в НАТО."), std::string::npos);
  EXPECT_NE(svg.find("Quotes &quot; and &lt;tags&gt; &amp; a back\\slash."), std::string::npos);
  // Ids keep non-ASCII letters as written (only ASCII is lower-cased).
  EXPECT_EQ(svg_groups(svg)["Предложение-Молотова"], "node statement");
}

std::uint32_t big_endian(const std::string& s, std::size_t at) {
  return (std::uint32_t(std::uint8_t(s[at])) << 24) |
         (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
         (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

TEST(RenderPng, IsAValidImageOfTheMapsSize) {
  std::string png = draw(support_attack_map(), {}, Format::Png);
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(png.substr(12, 4), "IHDR");
  std::uint32_t width = big_endian(png, 16), height = big_endian(png, 20);
  // Two 2.5-inch argument boxes side by side at 96 dpi, one row above the other.
  EXPECT_GT(width, 2 * 2.5 * 96);
  EXPECT_LT(width, 2000u);
  EXPECT_GT(height, 100u);
  EXPECT_LT(height, 600u);
}

/// Writes `bytes` to a temporary file and returns the output of `command FILE after`.
std::string run_on(const std::string& bytes, const std::string& command, const std::string& name,
                   const std::string& after = "") {
  auto path = std::filesystem::path(testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << bytes;
  std::string out;
  FILE* pipe = popen((command + " '" + path.string() + "' " + after + " 2>/dev/null").c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

TEST(RenderPdf, OnePageWithCyrillicText) {
  std::string pdf = draw(unicode_map(), {}, Format::Pdf);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  if (std::system("command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null") != 0)
    GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
  std::string info = run_on(pdf, "pdfinfo", "map.pdf");
  EXPECT_TRUE(std::regex_search(info, std::regex(R"(\nPages: +1\n)"))) << info;
  std::string text = run_on(pdf, "pdftotext -enc UTF-8", "map.pdf", "-");
  EXPECT_NE(text.find("СССР предлагает"), std::string::npos) << text;
  EXPECT_NE(text.find("Предложение Молотова"), std::string::npos) << text;
}

TEST(RenderDeterminism, SameInputSameBytes) {
  Model m = sections_map();
  for (Format f : {Format::Dot, Format::Svg, Format::Png}) {
    EXPECT_EQ(draw(m, {}, f), draw(m, {}, f)) << format_name(f);
  }
}

TEST(RenderDeterminism, KeepingTheGraphGivesTheSameBytes) {
  Diagnostics diagnostics;
  View view = build_view(sections_map(), {}, diagnostics);
  RenderOptions options;
  std::shared_ptr<void> graph;
  auto kept = render(view, options, diagnostics, graph);
  ASSERT_TRUE(kept.has_value());
  EXPECT_NE(graph, nullptr);  // the caller now owns the laid-out graph
  EXPECT_EQ(*kept, draw(sections_map(), {}, Format::Svg));
  graph.reset();  // frees it (LeakSanitizer checks)
}

TEST(RenderDeterminism, PdfDateComesFromSourceDateEpoch) {
  Model m = undercut_map();
  std::string first = draw(m, {}, Format::Pdf, 86400 * 365);
  std::string second = draw(m, {}, Format::Pdf, 86400 * 365);
  EXPECT_EQ(first, second);
  EXPECT_NE(first.find("/CreationDate (D:19710101000000Z)"), std::string::npos);
}

/// The DOT argmap writes is the layout problem argmap solves: Graphviz's own `dot`
/// on that DOT draws the very same SVG (nodes and edges in the same order).
TEST(RenderDot, WrittenDotLaysOutLikeTheInProcessGraph) {
  if (std::system("command -v dot >/dev/null") != 0) GTEST_SKIP() << "graphviz's dot not installed";
  Diagnostics diagnostics;
  LoadedMap molotov = load_map_file(
      (std::filesystem::path(ARGMAP_SOURCE_DIR) / "maps/molotov-1954.argdown").string(),
      diagnostics);
  ASSERT_FALSE(diagnostics.has_errors());
  MapBuilder b;  // clusters, same-rank sets, an inference point and a legend together
  b.model = sections_map();
  auto u = b.argument("U", "Not a reason.");
  b.relate(RelationType::Undercut, u, {ElementKind::Argument, 0});
  auto x = b.statement("X", "Also ranked.");
  b.attack(x, {ElementKind::Statement, 0});
  b.data(x, "rank", Data::of("side"));
  b.data(u, "rank", Data::of("side"));
  struct Case {
    std::string name;
    const Model* model;
    ViewOptions options;
  };
  ViewOptions legend, status, by_proponent;
  legend.legend = true;
  status.legend = true;
  status.color_by = ColorBy::Status;
  by_proponent.group_by = GroupBy::Proponent;
  for (const Case& c :
       {Case{"molotov", &molotov.model, legend}, Case{"molotov-status", &molotov.model, status},
        Case{"molotov-proponents", &molotov.model, by_proponent},
        Case{"mixed", &b.model, legend}}) {
    std::string dot = draw(*c.model, c.options, Format::Dot);
    std::string svg = draw(*c.model, c.options, Format::Svg);
    std::string from_dot = run_on(dot, "dot -Tsvg", c.name + ".dot");
    EXPECT_FALSE(from_dot.empty()) << c.name;
    EXPECT_TRUE(from_dot == svg) << c.name << ": dot -Tsvg on the written DOT draws differently";
  }
}

TEST(RenderFormat, FromNamesAndExtensions) {
  EXPECT_EQ(format_from_name("svg"), Format::Svg);
  EXPECT_EQ(format_from_name(".pdf"), Format::Pdf);
  EXPECT_EQ(format_from_name("gv"), Format::Dot);
  EXPECT_EQ(format_from_name("png"), Format::Png);
  EXPECT_EQ(format_from_name("jpeg"), std::nullopt);
}

}  // namespace
}  // namespace argmap

// Every Argdown corpus file Argdown accepts.
namespace argmap {
namespace {

using render_testing::read_file;
using render_testing::svg_groups;

TEST(RenderCorpus, EveryMapArgdownAcceptsRendersWithoutError) {
  auto corpus = std::filesystem::path(ARGMAP_SHARED_DIR) / "corpus/argdown";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << corpus << " is absent";
  auto expectations = std::filesystem::path(ARGMAP_SOURCE_DIR) / "tests/data/argdown";
  int rendered = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(expectations)) {
    if (entry.path().extension() != ".json") continue;
    std::string expected = read_file(entry.path());
    if (expected.find("\"accepted\": true") == std::string::npos) continue;
    auto relative = std::filesystem::relative(entry.path(), expectations).replace_extension("");
    auto map_path = corpus / relative;
    Diagnostics diagnostics;
    LoadedMap map = load_map_file(map_path.string(), diagnostics);
    if (diagnostics.has_errors()) continue;  // the front end's differences are its tests' business
    Diagnostics drawing;                     // the front end's warnings are not the renderer's
    View view = build_view(map.model, {}, drawing);
    RenderOptions options;
    options.format = Format::Svg;
    auto svg = render(view, options, drawing);
    ASSERT_TRUE(svg.has_value()) << map_path;
    for (const auto& d : drawing.items())
      ADD_FAILURE() << map_path << ": " << d.code << ": " << d.message;
    EXPECT_EQ(svg_groups(*svg).size() >= view.nodes.size(), true) << map_path;
    ++rendered;
  }
  EXPECT_GE(rendered, 50);
}

TEST(Render, RefusesToLayOutMoreNodesThanGraphvizSurvives) {
  View view;
  view.nodes.resize(kMaxLaidOutNodes + 1);
  for (std::size_t i = 0; i < view.nodes.size(); ++i) view.nodes[i].id = "n" + std::to_string(i);
  Diagnostics diagnostics;
  EXPECT_FALSE(render(view, RenderOptions{}, diagnostics).has_value());
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items().front().code, "graph-too-large");
}

}  // namespace
}  // namespace argmap
