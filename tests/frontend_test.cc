// End-to-end tests of the front end: text in, model and diagnostics out.
#include "frontend.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_files.h"

namespace argmap {
namespace {

LoadedMap load(const std::string& text, Diagnostics& d) {
  return load_map_text("map.argdown", text, d);
}

TEST(FrontendTest, StatementsArgumentsAndRelations) {
  Diagnostics d;
  LoadedMap m = load("[T1]: Hello **world** #tag1\n  + <A1>: arg text\n    - [T2]: attacker\n", d);
  ASSERT_TRUE(d.items().empty());
  const Model& model = m.model;
  ASSERT_EQ(model.statements.size(), 2u);
  EXPECT_EQ(model.statements[0].title, "T1");
  EXPECT_EQ(model.statements[0].text, "Hello world #tag1");
  EXPECT_EQ(model.statements[0].tags, std::vector<std::string_view>{"tag1"});
  ASSERT_EQ(model.arguments.size(), 1u);
  EXPECT_EQ(model.arguments[0].description, "arg text");
  ASSERT_EQ(model.relations.size(), 2u);
  // Argdown makes relations when it leaves an element: the deepest first.
  EXPECT_EQ(model.relations[0].type, RelationType::Attack);
  EXPECT_EQ(model.title(model.relations[0].from), "T2");
  EXPECT_EQ(model.title(model.relations[0].to), "A1");
  EXPECT_EQ(model.relations[1].type, RelationType::Support);
  EXPECT_EQ(model.title(model.relations[1].from), "A1");
  EXPECT_EQ(model.title(model.relations[1].to), "T1");
  EXPECT_EQ(model.relations[1].where[0], (Location{0, 2, 3, 2, 4}));
}

TEST(FrontendTest, EmptyTextGivesEmptyModel) {
  Diagnostics d;
  LoadedMap m = load("", d);
  EXPECT_TRUE(d.items().empty());
  EXPECT_TRUE(m.model.statements.empty());
  ASSERT_EQ(m.sources.files.size(), 1u);
}

TEST(FrontendTest, MissingFileIsAnIoError) {
  Diagnostics d;
  load_map_file("/nonexistent/map.argdown", d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "io");
}

TEST(FrontendTest, ADirectoryIsAnIoErrorNotAnEmptyMap) {
  Diagnostics d;
  LoadedMap m = load_map_file(ARGMAP_SOURCE_DIR "/maps", d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "io");
  EXPECT_EQ(d.items()[0].message, "cannot read '" ARGMAP_SOURCE_DIR "/maps': Is a directory");
  EXPECT_TRUE(m.model.statements.empty());
}

TEST(FrontendTest, Utf8ProblemsAreFoundPastLongAsciiRuns) {
  // The checker skips ASCII eight bytes at a time: problems at every offset
  // of such a block must still be found at their exact column.
  for (std::size_t at = 0; at < 20; ++at) {
    for (std::string bad : {std::string("\xFF"), std::string(1, '\0'), std::string("\xC3")}) {
      Diagnostics d;
      std::string text = "[A]: " + std::string(at, 'x') + bad + std::string(17, 'y') + "\n";
      load(text, d);
      ASSERT_EQ(d.items().size(), 1u) << at;
      EXPECT_EQ(d.items()[0].code, bad[0] == '\0' ? "nul-byte" : "invalid-utf8");
      EXPECT_EQ(d.items()[0].where, (Location{0, 1, static_cast<std::uint32_t>(6 + at), 1,
                                              static_cast<std::uint32_t>(7 + at)}));
    }
  }
  Diagnostics d;
  load("[A]: " + std::string(40, 'x') + "\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80" +
           std::string(40, 'z') + "\n",
       d);
  EXPECT_TRUE(d.items().empty());
}

TEST(FrontendTest, InvalidUtf8AndNulBytesAreErrorsAtTheirPosition) {
  Diagnostics d;
  load(std::string("[A]: ok\n\n[B]: b\xC3(\n\nc") + std::string(1, '\0') + "d", d);
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].code, "invalid-utf8");
  EXPECT_EQ(d.items()[0].where, (Location{0, 3, 7, 3, 8}));
  EXPECT_EQ(d.items()[1].code, "nul-byte");
  EXPECT_EQ(d.items()[1].where, (Location{0, 5, 2, 5, 3}));
}

TEST(FrontendTest, BomCrlfAndTabs) {
  Diagnostics d;
  LoadedMap m = load("\xEF\xBB\xBF[A]: a\r\n\t+ [B]: b\r\n", d);
  EXPECT_TRUE(d.items().empty());
  ASSERT_EQ(m.model.statements.size(), 2u);
  EXPECT_EQ(m.model.statements[0].title, "A");
  EXPECT_EQ(m.model.statements[1].text, "b");
  EXPECT_EQ(m.model.relations.size(), 1u);
}

TEST(FrontendTest, IncludesSpliceFilesOnceEach) {
  namespace fs = std::filesystem;
  fs::path dir = test_files::scratch_dir();
  std::ofstream(dir / "main.argdown") << "[A]: a\n\n@include(part.argdown)\n\n[C]: c\n";
  std::ofstream(dir / "part.argdown")
      << "[B]: b\n  + [A]\n\n@include(main.argdown)\n\n@include(missing.argdown)\n";
  Diagnostics d;
  LoadedMap m = load_map_file((dir / "main.argdown").string(), d);
  ASSERT_EQ(m.sources.files.size(), 2u);
  ASSERT_EQ(m.model.statements.size(), 3u);
  EXPECT_EQ(m.model.statements[1].title, "B");
  EXPECT_EQ(m.model.statements[1].occurrences[0].where.file, 1u);
  EXPECT_EQ(m.model.statements[2].title, "C");
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].code, "include-repeated");
  EXPECT_EQ(d.items()[0].where, (Location{1, 4, 1, 4, 23}));
  EXPECT_EQ(d.items()[1].code, "include-not-found");
  fs::remove_all(dir);
}

// Plain texts are views of the source files, which the model's arena holds: they
// must stay valid after the sources (and every other copy of the map) are gone,
// for the main file and for an included one alike.
TEST(FrontendTest, TextsOutliveTheSources) {
  namespace fs = std::filesystem;
  fs::path dir = test_files::scratch_dir();
  std::ofstream(dir / "main.argdown") << "[A]: plain text of A\n\n@include(part.argdown)\n";
  std::ofstream(dir / "part.argdown") << "[B]: plain text of B\n  - <C>: the argument C\n";
  Model model;
  {
    Diagnostics d;
    LoadedMap m = load_map_file((dir / "main.argdown").string(), d);
    ASSERT_TRUE(d.items().empty());
    model = std::move(m.model);
  }
  fs::remove_all(dir);
  ASSERT_EQ(model.statements.size(), 2u);
  EXPECT_EQ(model.statements[0].text, "plain text of A");
  EXPECT_EQ(model.statements[1].text, "plain text of B");
  EXPECT_EQ(model.statements[1].occurrences[0].text, "plain text of B");
  ASSERT_EQ(model.arguments.size(), 1u);
  EXPECT_EQ(model.arguments[0].description, "the argument C");
}

}  // namespace
}  // namespace argmap
