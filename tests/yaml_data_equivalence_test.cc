// The data-block fast path (detail::parse_simple_flow) against yaml-cpp (parse_yaml):
// wherever the fast path accepts a text, both must give the same Data.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lexer.h"
#include "yaml_data.h"

namespace argmap {
namespace {

// Exact equality, NaN equal to NaN; on a difference `why` says where.
bool same(const Data& a, const Data& b, std::string& why, const std::string& path = "$") {
  if (a.kind != b.kind) {
    why = path + ": kinds differ (" + std::to_string(static_cast<int>(a.kind)) + " vs " +
          std::to_string(static_cast<int>(b.kind)) + ")";
    return false;
  }
  switch (a.kind) {
    case Data::Kind::Null:
      return true;
    case Data::Kind::Bool:
      if (a.boolean == b.boolean) return true;
      break;
    case Data::Kind::Int:
      if (a.integer == b.integer) return true;
      break;
    case Data::Kind::Float:
      if (a.number == b.number || (std::isnan(a.number) && std::isnan(b.number))) return true;
      break;
    case Data::Kind::String:
      if (a.string == b.string) return true;
      break;
    case Data::Kind::List:
      if (a.items.size() != b.items.size()) break;
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i], why, path + "[" + std::to_string(i) + "]")) return false;
      return true;
    case Data::Kind::Map:
      if (a.fields.size() != b.fields.size()) break;
      for (std::size_t i = 0; i < a.fields.size(); ++i) {
        if (a.fields[i].first != b.fields[i].first) {
          why = path + ": key '" + a.fields[i].first + "' vs '" + b.fields[i].first + "'";
          return false;
        }
        if (!same(a.fields[i].second, b.fields[i].second, why, path + "." + a.fields[i].first))
          return false;
      }
      return true;
  }
  why = path + ": '" + a.text() + "' vs '" + b.text() + "'";
  return false;
}

// Checks one text; returns whether the fast path took it.
bool agree(const std::string& text) {
  std::optional<Data> fast = detail::parse_simple_flow(text);
  if (!fast) return false;
  YamlError error;
  std::optional<Data> slow = parse_yaml(text, error);
  EXPECT_TRUE(slow.has_value()) << "the fast path accepts " << text
                                << " but yaml-cpp rejects it: " << error.message;
  std::string why;
  if (slow) {
    EXPECT_TRUE(same(*fast, *slow, why)) << text << "\n" << why;
  }
  return true;
}

TEST(YamlDataEquivalenceTest, HandWrittenCases) {
  const char* cases[] = {
      "{}",
      "{ }",
      "{a: 1}",
      "{a: }",
      "{a: ~, b: null, c: Null, d: NULL}",
      "{a: true, b: True, c: TRUE, d: false, e: False, f: FALSE}",
      "{a: yes, b: no, c: on, d: off}",
      "{a: 0x1F, b: 0o17, c: -12, d: +7, e: 007, f: 1_000}",
      "{a: 1.5, b: -.5, c: 1e3, d: 2.E-2, e: .inf, f: -.Inf, g: .NaN, h: 1.}",
      "{a: \"7\", b: '8', c: \"\", d: ''}",
      "{a: \"x: y\", b: 'p, q', c: \"[z]\", d: '{w}'}",
      "{a: caf\xc3\xa9, b: \xe6\x97\xa5\xe6\x9c\xac, c: \"\xf0\x9f\x98\x80\"}",
      "{k\xc3\xa9y: v}",
      "{a b: c d, e: f  g}",
      "{ a : 1 , b : 2 }",
      "{a:\t1}",
      "{a: [], b: [1, two, \"3\", true, ~], c: [ x , y ]}",
      "{source: Roberts2008, page: \"32-33\"}",
      "{sources: [A, B], kind: evidence, proponent: NATO}",
      "{url: http://example.com/a, time: 12:30}",
      "{a: -, b: ?}",
      "{a: x-y, b: -x, c: 1-2}",
      "{a: 1, a: 2}",
      "{isInGroup: true}",
      "{a: \"it's\", b: 'say \"hi\"'}",
      "{null: 1}",
      "{~: 1}",
      "{true: 1, 2: b}",
  };
  int taken = 0;
  for (const char* c : cases) taken += agree(c);
  EXPECT_GE(taken, 15);  // most of these are simple enough for the fast path
}

TEST(YamlDataEquivalenceTest, FixesTheComparisonFound) {
  // A null key is the string "null" in both paths, as in js-yaml.
  YamlError error;
  std::optional<Data> d = parse_yaml("{~: 1}", error);
  ASSERT_TRUE(d.has_value());
  ASSERT_EQ(d->fields.size(), 1u);
  EXPECT_EQ(d->fields[0].first, "null");
  // A lone `-` is no plain scalar (js-yaml rejects it): the fast path declines.
  EXPECT_FALSE(detail::parse_simple_flow("{a: -}").has_value());
  EXPECT_FALSE(detail::parse_simple_flow("{page:  - }").has_value());
}

// Random flow maps from pieces of every scalar sort, some nested, some malformed.
class FlowGenerator {
 public:
  explicit FlowGenerator(std::uint32_t seed) : rng_(seed) {}

  std::string map(int depth) {
    std::string s = "{";
    int n = pick(0, 4);
    for (int i = 0; i < n; ++i) {
      if (i) s += pick(0, 9) ? ", " : ",";
      s += space() + key() + space() + ": " + space() + value(depth) + space();
    }
    return s + "}";
  }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  template <std::size_t N>
  const char* one(const char* const (&pool)[N]) {
    return pool[pick(0, static_cast<int>(N) - 1)];
  }
  std::string space() { return pick(0, 5) ? "" : (pick(0, 3) ? " " : "\t"); }
  std::string key() {
    static const char* const kKeys[] = {"a",       "source",     "page", "kind",        "proponent",
                                        "two w",   "k\xc3\xa9y", "1",    "true",        "x-y",
                                        "sources", "n_1",        "null", "\xe6\x97\xa5"};
    return one(kKeys);
  }
  std::string scalar() {
    static const char* const kPlain[] = {"text",
                                         "two words",
                                         "Roberts2008",
                                         "32-33",
                                         "0",
                                         "-1",
                                         "+5",
                                         "42",
                                         "0x1f",
                                         "0o7",
                                         "3.14",
                                         "-0.5",
                                         ".5",
                                         "1e10",
                                         "2E-3",
                                         "1.",
                                         ".inf",
                                         "-.inf",
                                         ".nan",
                                         "true",
                                         "False",
                                         "TRUE",
                                         "null",
                                         "~",
                                         "Null",
                                         "yes",
                                         "caf\xc3\xa9",
                                         "\xf0\x9f\x98\x80",
                                         "http://x.org/p",
                                         "a:b",
                                         "12:30",
                                         "-",
                                         "x - y",
                                         "a  b",
                                         "007",
                                         "1_0",
                                         "."};
    static const char* const kQuoted[] = {"\"\"",
                                          "''",
                                          "\"text\"",
                                          "'text'",
                                          "\"7\"",
                                          "'true'",
                                          "\"a: b\"",
                                          "'a, b'",
                                          "\"[x]\"",
                                          "'{y}'",
                                          "\"q\\\"q\"",
                                          "\"n\\nn\"",
                                          "\"t\\tt\"",
                                          "\"\\u00e9\"",
                                          "'it''s'",
                                          "\"back\\\\\"",
                                          "\"caf\xc3\xa9\"",
                                          "'\xe6\x97\xa5\xe6\x9c\xac'",
                                          "\"# not a comment\"",
                                          "'say \"hi\"'"};
    return pick(0, 1) ? one(kPlain) : one(kQuoted);
  }
  std::string value(int depth) {
    int r = pick(0, 9);
    if (r < 6) return scalar();
    if (r == 6) return "";
    if (r < 9 || depth >= 2) {
      std::string s = "[";
      int n = pick(0, 3);
      for (int i = 0; i < n; ++i) {
        if (i) s += ", ";
        s += pick(0, 7) ? scalar() : (depth < 2 ? "[" + scalar() + "]" : scalar());
      }
      return s + "]";
    }
    return map(depth + 1);
  }

  std::mt19937 rng_;
};

TEST(YamlDataEquivalenceTest, RandomFlowMaps) {
  FlowGenerator gen(20261128);
  int taken = 0, total = 5000;
  for (int i = 0; i < total; ++i) taken += agree(gen.map(0));
  // The generator must exercise the fast path, not only its refusals.
  EXPECT_GT(taken, total / 4) << taken << " of " << total << " taken by the fast path";
}

TEST(YamlDataEquivalenceTest, EveryDataBlockInTheArgdownCorpus) {
  namespace fs = std::filesystem;
  fs::path dir = ARGMAP_SHARED_DIR "/corpus/argdown";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no Argdown corpus at " << dir;
  int blocks = 0, taken = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".argdown" && ext != ".ad" && ext != ".md")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    for (const Token& t : tokenize(text).tokens) {
      if (t.kind != TokenKind::Data) continue;
      std::string block(t.text(text));
      if (block.find('\n') != std::string::npos) continue;  // block YAML: never the fast path
      ++blocks;
      SCOPED_TRACE(entry.path().string());
      taken += agree(block);
    }
  }
  EXPECT_GT(blocks, 0);
  EXPECT_GT(taken, 0);
  std::cout << "[ corpus   ] " << taken << " of " << blocks
            << " one-line data blocks taken by the fast path\n";
}

}  // namespace
}  // namespace argmap
