// The builder's {data}: repeated blocks share one value, and sharing never lets a
// merge or a diagnostic reach another element.
#include <gtest/gtest.h>

#include "frontend.h"

namespace argmap {
namespace {

std::string page(const Data& data) {
  const Data* p = data.find("page");
  return p ? p->text() : "-";
}

TEST(ModelBuilderData, RepeatedBlocksShareAValueThatMergesDoNotChange) {
  Diagnostics d;
  Model m = load_map_text("map.argdown",
                          "[A]: a {source: X, page: \"1\"}\n\n"
                          "[B]: b {source: X, page: \"1\"}\n\n"
                          "[A]: a again {page: \"2\", kind: evidence}\n",
                          d)
                .model;
  ASSERT_EQ(m.statements.size(), 2u);
  const Statement& a = m.statements[0];
  const Statement& b = m.statements[1];
  // The same block twice: one value.
  EXPECT_EQ(&a.occurrences[0].data.get(), &b.occurrences[0].data.get());
  EXPECT_EQ(&b.data.get(), &b.occurrences[0].data.get());
  // A's merge made its own copy: B and A's first occurrence still say page 1.
  EXPECT_EQ(page(a.data), "2");
  ASSERT_NE(a.data.find("source"), nullptr);
  EXPECT_EQ(a.data.find("source")->text(), "X");
  EXPECT_EQ(page(a.occurrences[0].data), "1");
  EXPECT_EQ(page(a.occurrences[1].data), "2");
  EXPECT_EQ(page(b.data), "1");
  EXPECT_EQ(b.data.find("kind"), nullptr);
}

TEST(ModelBuilderData, ABadBlockIsReportedAtEachPlace) {
  Diagnostics d;
  load_map_text("map.argdown", "[A]: a {\n  key: [1, 2\n}\n\n[B]: b {\n  key: [1, 2\n}\n", d);
  std::vector<std::uint32_t> lines;
  for (const Diagnostic& x : d.items())
    if (x.severity == Severity::Error) lines.push_back(x.where.line);
  ASSERT_EQ(lines.size(), 2u) << "one error for each of the two blocks";
  EXPECT_LT(lines[0], 4u);
  EXPECT_GT(lines[1], 4u);
}

}  // namespace
}  // namespace argmap
