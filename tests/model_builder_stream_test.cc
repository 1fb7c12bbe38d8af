// The front end builds the model block by block while it parses (ModelBuilder as
// the parser's BlockSink). These tests check that this gives the very model, and
// the very diagnostics, that building from the whole syntax tree at once gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "frontend.h"
#include "json_export.h"
#include "model_builder.h"
#include "parser.h"
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

namespace fs = std::filesystem;

struct Built {
  std::string json;
  std::vector<std::string> diagnostics;
};

std::vector<std::string> describe(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.items())
    out.push_back(item.code + " " + std::to_string(item.where.line) + ":" +
                  std::to_string(item.where.column) + " " + item.message);
  return out;
}

/// The whole tree first, then the model (no @include support: callers skip those).
Built whole_tree(const std::string& text) {
  Diagnostics d;
  SourceSet sources;
  sources.add("map.argdown", text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? text.substr(3) : text);
  SyntaxTree tree = parse(sources.files[0], 0, d);
  Model model = build_model(std::move(tree), sources, d);
  return Built{export_json(model, sources), describe(d)};
}

/// The front end: block by block.
Built streamed(const std::string& text) {
  Diagnostics d;
  LoadedMap map = load_map_text("map.argdown", text, d);
  return Built{export_json(map.model, map.sources), describe(d)};
}

void expect_same(const std::string& text, const std::string& name) {
  if (text.find("@include(") != std::string::npos) return;
  // The front end reports invalid UTF-8 itself; the comparison is about building.
  Built a = whole_tree(text), b = streamed(text);
  std::vector<std::string> from_builder;
  for (const auto& line : b.diagnostics)
    if (line.rfind("invalid-utf8", 0) != 0 && line.rfind("nul-byte", 0) != 0)
      from_builder.push_back(line);
  // Streaming interleaves the builder's diagnostics with the parser's; the
  // printer sorts them by place anyway.
  std::sort(a.diagnostics.begin(), a.diagnostics.end());
  std::sort(from_builder.begin(), from_builder.end());
  EXPECT_EQ(a.json, b.json) << name;
  EXPECT_EQ(a.diagnostics, from_builder) << name;
}

TEST(ModelBuilderStreamTest, SameModelAsTheWholeTreeOnEveryCorpusFile) {
  const fs::path corpus = ARGMAP_SHARED_DIR "/corpus/argdown";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "the Argdown corpus is not at " << corpus;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".argdown") continue;
    expect_same(read_file(entry.path()), entry.path().string());
    ++files;
  }
  EXPECT_GT(files, 50);
}

TEST(ModelBuilderStreamTest, SameModelOnTheShippedMaps) {
  int files = 0;
  for (const auto& entry : fs::directory_iterator(ARGMAP_SOURCE_DIR "/maps")) {
    if (entry.path().extension() != ".argdown") continue;
    expect_same(read_file(entry.path()), entry.path().string());
    ++files;
  }
  EXPECT_GT(files, 0);
}

// The cases where one block depends on another: a PCS after its argument (or
// after a heading, a list or an error), frontmatter settings, broken blocks.
TEST(ModelBuilderStreamTest, SameModelWhereBlocksDependOnEachOther) {
  const char* cases[] = {
      ("===\nmodel:\n  mode: strict\n  removeTagsFromText: true\n===\n\n[A]: a #t\n  + [B]: b\n"
       "  - [C]: c\n"),
      "<Arg>: describe\n\n(1) p\n----\n(2) c\n  <_ [U]: undercut\n\n<Arg>\n  + [X]: x\n",
      "<Arg>: one\n\n# Heading\n\n(1) p\n----\n(2) c\n",
      "<A>\n\n(1) p\n-- rule {k: v} --\n(2) c\n\n(1) q\n----\n(2) d\n",
      "* [L1]: item\n* <L2>: item\n\n(1) p\n----\n(2) c\n",
      "[A]: a\n  + \n\n<B>: b **open\n\n(1) p\n----\n(2) c\n",
      "[A]: a {x: [1, 2\n\n<A2>: text\n\n(1) [A]\n----\n(2) [B]: b {isInGroup: true}\n",
      "[A]: a\n  >< [B]: b\n  >< <C>\n\n[B]\n  - [A]\n",
  };
  for (const char* text : cases) expect_same(text, text);
}

TEST(ModelBuilderStreamTest, SameModelOnRandomMaps) {
  std::mt19937 random(7);
  const char* pieces[] = {"[A]: a", "[B]",    "<C>: c",  "<C>",       "text #tag", "\n",
                          "\n\n",   "\n  + ", "\n  - ",  "\n    <_ ", "\n(1) p",   "\n----\n(2) q",
                          "# H\n",  "{k: v}", "\n  >< ", "* ",        "**b**"};
  for (int i = 0; i < 300; ++i) {
    std::string text;
    int n = 1 + static_cast<int>(random() % 30);
    for (int k = 0; k < n; ++k) text += pieces[random() % std::size(pieces)];
    expect_same(text, text);
  }
}

}  // namespace
}  // namespace argmap
