// End-to-end tests of the front end: text in, model and diagnostics out.
#include "frontend.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(model.statements[0].tags, std::vector<std::string>{"tag1"});
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

}  // namespace
}  // namespace argmap
