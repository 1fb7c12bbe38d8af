// Tests of YAML reading: js-yaml's scalar types, block data, error positions.
#include "yaml_data.h"

#include <gtest/gtest.h>

namespace argmap {
namespace {

Data read_block(const std::string& text, Diagnostics& d) {
  SourceFile file("map.argdown", text);
  std::size_t b = text.find('{'), e = text.rfind('}') + 1;
  return read_data_block(file,
                         Span{0, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, d);
}

TEST(YamlDataTest, ScalarsResolveAsInJsYaml) {
  YamlError error;
  auto d = parse_yaml("{a: 1, b: 1.5, c: true, d: ~, e: \"7\", f: text, g: [x, 2]}", error);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->find("a")->kind, Data::Kind::Int);
  EXPECT_EQ(d->find("a")->integer, 1);
  EXPECT_EQ(d->find("b")->kind, Data::Kind::Float);
  EXPECT_EQ(d->find("c")->kind, Data::Kind::Bool);
  EXPECT_TRUE(d->find("d")->is_null());
  EXPECT_EQ(d->find("e")->kind, Data::Kind::String);
  EXPECT_EQ(d->find("e")->string, "7");
  EXPECT_EQ(d->find("f")->string, "text");
  ASSERT_TRUE(d->find("g")->is_list());
  EXPECT_EQ(d->find("g")->items[1].integer, 2);
}

TEST(YamlDataTest, FastPathAndYamlCppAgree) {
  Diagnostics d;
  Data fast = read_block("[A]: a {source: Roberts2008, page: \"32-33\", n: 3, l: [a, b]}", d);
  YamlError error;
  auto slow = parse_yaml("{source: Roberts2008, page: \"32-33\", n: 3, l: [a, b]}", error);
  ASSERT_TRUE(slow.has_value());
  ASSERT_EQ(fast.fields.size(), slow->fields.size());
  for (std::size_t i = 0; i < fast.fields.size(); ++i) {
    EXPECT_EQ(fast.fields[i].first, slow->fields[i].first);
    EXPECT_EQ(fast.fields[i].second.kind, slow->fields[i].second.kind);
    EXPECT_EQ(fast.fields[i].second.text(), slow->fields[i].second.text());
  }
  EXPECT_TRUE(d.items().empty());
}

TEST(YamlDataTest, MultiLineDataIsBlockYaml) {
  Diagnostics d;
  Data data = read_block("[A]: a {\n  kind: evidence\n  sources:\n    - K1\n    - K2\n}", d);
  EXPECT_TRUE(d.items().empty());
  EXPECT_EQ(data.find("kind")->string, "evidence");
  ASSERT_TRUE(data.find("sources")->is_list());
  EXPECT_EQ(data.find("sources")->items.size(), 2u);
}

TEST(YamlDataTest, ErrorsPointIntoTheFile) {
  Diagnostics d;
  read_block("[A]: a {\n  a: 1\n  - b\n}", d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "invalid-yaml");
  EXPECT_EQ(d.items()[0].where.line, 3u);
}

TEST(YamlDataTest, DeepNestingIsRefused) {
  YamlError error;
  EXPECT_FALSE(parse_yaml(std::string(10000, '[') + std::string(10000, ']'), error).has_value());
  EXPECT_EQ(error.message, "nested deeper than 64 levels");
  EXPECT_EQ(error.column, 64u);
}

}  // namespace
}  // namespace argmap
