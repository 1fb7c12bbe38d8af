// End-to-end: `argmap report` on the bundled maps, run as a user would.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

namespace fs = std::filesystem;

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

/// Runs argmap with `args`; stderr goes to `dir`/stderr.txt. Returns the exit code.
int run(const fs::path& dir, const std::string& args) {
  std::string command = std::string(ARGMAP_BINARY) + " " + args + " 2>" +
                        (dir / "stderr.txt").string() + " >" + (dir / "stdout.txt").string();
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(CmdReport, WritesTheMolotovHandout) {
  fs::path dir = argmap::test_files::scratch_dir();
  fs::path out = dir / "molotov.html";
  ASSERT_EQ(run(dir, "report " + std::string(ARGMAP_SOURCE_DIR) + "/maps/molotov-1954.argdown -o " +
                         out.string()),
            0)
      << read_file(dir / "stderr.txt");
  std::string page = read_file(out);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<div id=\"am__map\" class=\"am-screen\"><svg"), std::string::npos);
  EXPECT_NE(page.find("<div class=\"am-print-map\"><svg"), std::string::npos);
  EXPECT_NE(page.find("\"title\":\"Veto concern\""), std::string::npos);
  // The node the panel opens (Graphviz writes '-' as an entity in ids).
  EXPECT_NE(page.find("\"node\":\"veto-concern\""), std::string::npos);
  EXPECT_NE(page.find("<g id=\"veto&#45;concern\" class=\"node"), std::string::npos);
  EXPECT_NE(page.find("<h2>Outline</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h3>Sources</h3>"), std::string::npos);
  EXPECT_NE(page.find("<h3>Concessions next to rebuttals</h3>"), std::string::npos);
  EXPECT_EQ(count(page, "<script"), 2u);
  EXPECT_EQ(read_file(dir / "stderr.txt"), "argmap: wrote " + out.string() + "\n");
}

TEST(CmdReport, TheMapIsColouredByGroundedStatusWithALegend) {
  fs::path dir = argmap::test_files::scratch_dir();
  fs::path out = dir / "molotov.html";
  ASSERT_EQ(run(dir, "report " + std::string(ARGMAP_SOURCE_DIR) + "/maps/molotov-1954.argdown -o " +
                         out.string()),
            0)
      << read_file(dir / "stderr.txt");
  std::string page = read_file(out);
  std::size_t print_at = page.find("<div class=\"am-print-map\">");
  ASSERT_NE(print_at, std::string::npos);
  std::string screen = page.substr(0, print_at);
  std::string print = page.substr(print_at, page.find("</svg>", print_at) - print_at);
  // The panel's label and the node's class agree: both from the grounded labelling.
  std::size_t veto = page.find("\"title\":\"Veto concern\"");
  ASSERT_NE(veto, std::string::npos);
  // nlohmann writes keys in order: the element's "label" comes before its "title".
  std::size_t label_at = page.rfind("\"label\":\"", veto) + 9;
  std::string label = page.substr(label_at, page.find('"', label_at) - label_at);
  std::string status = label == "IN"    ? "status&#45;in"  // Graphviz writes '-' as &#45;
                       : label == "OUT" ? "status&#45;out"
                                        : "status&#45;undec";
  std::size_t node = screen.find("<g id=\"veto&#45;concern\" class=\"node");
  ASSERT_NE(node, std::string::npos);
  std::string node_class = screen.substr(node, screen.find('>', node) - node);
  EXPECT_NE(node_class.find(status), std::string::npos) << node_class << " vs " << label;
  EXPECT_NE(screen.find("<g id=\"legend&#45;status&#45;in\""), std::string::npos);
  EXPECT_NE(screen.find(">IN (stands)</text>"), std::string::npos);
  EXPECT_NE(screen.find("fill=\"#56b4e9\""), std::string::npos);
  // Print: the same statuses by border line, in black, white and greys only.
  EXPECT_NE(print.find("<g id=\"am__p-legend&#45;status&#45;in\""), std::string::npos);
  EXPECT_NE(print.find("stroke-dasharray"), std::string::npos);
  EXPECT_EQ(print.find("#56b4e9"), std::string::npos);
  EXPECT_EQ(print.find("#d55e00"), std::string::npos);
}

TEST(CmdReport, HostileMapStaysText) {
  fs::path dir = argmap::test_files::scratch_dir();
  fs::path out = dir / "hostile.html";
  ASSERT_EQ(run(dir, "report " + std::string(ARGMAP_SOURCE_DIR) +
                         "/tests/data/hostile.argdown -o " + out.string()),
            0)
      << read_file(dir / "stderr.txt");
  std::string page = read_file(out);
  EXPECT_EQ(count(page, "<script"), 2u);
  EXPECT_EQ(count(page, "<img"), 0u);
  EXPECT_EQ(count(page, "<iframe"), 0u);
  EXPECT_EQ(count(page, "<b>"), 0u);
  EXPECT_EQ(count(page, "href=\"javascript"), 0u);
  EXPECT_EQ(count(page, "<svg"), 2u);  // the drawing and its print twin, no injected one
  EXPECT_NE(page.find("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile "
                      "map</title>"),
            std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(&#39;title&#39;)&gt;"), std::string::npos);
  // An entity in the map's text is text too: shown as written, not decoded.
  EXPECT_NE(page.find("&amp;lt;b&amp;gt;entities&amp;lt;/b&amp;gt;"), std::string::npos);
}

TEST(CmdReport, MarkdownWithTheMapBesideIt) {
  fs::path dir = argmap::test_files::scratch_dir();
  fs::copy_file(fs::path(ARGMAP_SOURCE_DIR) / "maps/molotov-1954.argdown", dir / "m.argdown");
  ASSERT_EQ(run(dir, "report " + (dir / "m.argdown").string() + " --format md"), 0)
      << read_file(dir / "stderr.txt");
  std::string md = read_file(dir / "m.md");
  EXPECT_EQ(md.rfind("# Molotov's Proposal of 1954 for USSR Entry into NATO\n", 0), 0u);
  EXPECT_NE(md.find("[![The argument map](m.svg)](m.svg)"), std::string::npos);
  EXPECT_NE(md.find("\n## Questions for discussion\n"), std::string::npos);
  EXPECT_NE(read_file(dir / "m.svg").find("<svg"), std::string::npos);
}

TEST(CmdReport, BrokenMapLeavesTheOldHandout) {
  fs::path dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "bad.argdown") << "<A>\n\n(1) p\n----\n";
  std::ofstream(dir / "bad.html") << "old";
  EXPECT_EQ(run(dir, "report " + (dir / "bad.argdown").string()), 1);
  EXPECT_EQ(read_file(dir / "bad.html"), "old");
  EXPECT_NE(
      read_file(dir / "stderr.txt").find("bad.argdown:4:1: error: inference without a conclusion"),
      std::string::npos)
      << read_file(dir / "stderr.txt");
  EXPECT_EQ(run(dir, "report " + (dir / "missing.argdown").string()), 2);  // an I/O failure
  EXPECT_EQ(run(dir, "report " + (dir / "bad.argdown").string() + " --format pdf"), 2);
  EXPECT_EQ(read_file(dir / "stderr.txt"), "argmap report: unknown format 'pdf' (html or md)\n");
}

}  // namespace
}  // namespace argmap
