#include "iccma_format.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace argmap {
namespace {

/// "line:col-endcol code: message" for each diagnostic, to compare exactly.
std::string describe(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items())
    out += std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + "-" +
           std::to_string(x.where.end_column) + " " + x.code + ": " + x.message + "\n";
  return out;
}

TEST(IccmaFormat, ReadsHeaderCommentsAndAttacks) {
  Diagnostics d;
  auto f = read_iccma("# a comment\np af 3\n1 2\n# mid\n2 3\r\n3 3\n", 0, d);
  ASSERT_TRUE(f) << describe(d);
  EXPECT_EQ(f->framework.size(), 3u);
  EXPECT_EQ(f->framework.attack_edges(), (std::vector<Edge>{{0, 1}, {1, 2}, {2, 2}}));
  EXPECT_EQ(node_name(*f, 2), "3");
  EXPECT_TRUE(d.items().empty());
}

TEST(IccmaFormat, ReadsAFrameworkWithoutAttacksOrFinalNewline) {
  Diagnostics d;
  auto f = read_iccma("p af 2", 0, d);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->framework.size(), 2u);
  EXPECT_TRUE(f->framework.attack_edges().empty());
}

TEST(IccmaFormat, ReportsEachMalformedLineAtItsColumn) {
  Diagnostics d;
  EXPECT_FALSE(read_iccma("p af 3\n1 4\n1\nx 2\n1 2 3\n0 1\np af 3\n", 0, d));
  EXPECT_EQ(describe(d),
            "2:3-4 iccma-range: argument 4 is out of range: the header declares arguments 1 to 3\n"
            "3:2-3 iccma-syntax: expected two arguments 'a b' for an attack, found one\n"
            "4:1-2 iccma-syntax: expected an argument number, found 'x'\n"
            "5:5-6 iccma-syntax: unexpected text after the attack '1 2'\n"
            "6:1-2 iccma-range: argument 0 is out of range: the header declares arguments 1 to 3\n"
            "7:1-7 iccma-header: a second 'p af' header\n");
}

TEST(IccmaFormat, ReportsABadHeader) {
  Diagnostics a, b, c, e;
  EXPECT_FALSE(read_iccma("1 2\n", 0, a));
  EXPECT_EQ(describe(a), "1:1-4 iccma-header: expected the header 'p af N' before any attack\n");
  EXPECT_FALSE(read_iccma("p cnf 3\n", 0, b));
  EXPECT_EQ(describe(b), "1:3-6 iccma-header: expected 'af' after 'p', found 'cnf'\n");
  EXPECT_FALSE(read_iccma("p af many\n", 0, c));
  EXPECT_EQ(describe(c), "1:6-10 iccma-header: expected the number of arguments, found 'many'\n");
  EXPECT_FALSE(read_iccma("# only a comment\n", 0, e));
  EXPECT_EQ(describe(e), "1:1-2 iccma-header: missing the header 'p af N'\n");
}

TEST(IccmaFormat, StopsAfterTwentyErrors) {
  std::string text = "p af 1\n";
  for (int i = 0; i < 50; ++i) text += "9 9\n";
  Diagnostics d;
  EXPECT_FALSE(read_iccma(text, 0, d));
  EXPECT_EQ(d.items().size(), 20u);
  ASSERT_EQ(d.items().back().notes.size(), 1u);
  EXPECT_EQ(d.items().back().notes[0].message, "too many errors; stopping here");
}

TEST(ApxFormat, ReadsFactsCommentsAndQuotedNames) {
  Diagnostics d;
  auto f = read_apx(
      "% ex\narg(a1). arg( b ).\narg(\"Veto \\\"x\\\"\").\natt(a1,b).att(b , \"Veto "
      "\\\"x\\\"\").\n",
      0, d);
  ASSERT_TRUE(f) << describe(d);
  EXPECT_EQ(f->names, (std::vector<std::string>{"a1", "b", "Veto \"x\""}));
  EXPECT_EQ(f->framework.attack_edges(), (std::vector<Edge>{{0, 1}, {1, 2}}));
}

TEST(ApxFormat, ReportsSyntaxErrorsAndUndeclaredArguments) {
  Diagnostics d;
  EXPECT_FALSE(read_apx("arg(a).\narg(a).\narc(b).\natt(a,c).\narg(b)\natt(a b).\n", 0, d));
  EXPECT_EQ(describe(d),
            "2:5-6 apx-duplicate: argument 'a' is declared twice\n"
            "3:1-4 apx-syntax: expected a fact 'arg(NAME).' or 'att(NAME,NAME).', found 'arc'\n"
            "6:1-2 apx-syntax: expected '.' to end the fact, found 'a'\n"
            "4:7-8 apx-undeclared: the attacked 'c' is not declared by an 'arg' fact\n");
}

TEST(ApxFormat, ReportsATruncatedFileAtItsEnd) {
  Diagnostics d;
  EXPECT_FALSE(read_apx("arg(a).\natt(a,a", 0, d));
  EXPECT_EQ(describe(d), "2:8-9 apx-syntax: expected ')', found the end of the file\n");
}

TEST(ApxFormat, TruncatedCorpusFileIsRejected) {
  std::ifstream in(ARGMAP_SHARED_DIR "/corpus/iccma/apx/malformed_afgen_n512p5q2_vh_truncated.apx");
  if (!in) GTEST_SKIP() << "ICCMA corpus not found under " ARGMAP_SHARED_DIR;
  std::stringstream text;
  text << in.rdbuf();
  Diagnostics d;
  EXPECT_FALSE(read_framework("x.apx", text.str(), 0, d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].message, "expected ')', found the end of the file");
}

TEST(FrameworkWriters, RoundTripThroughBothFormats) {
  NamedFramework f{Framework(3, {{0, 1}, {1, 2}, {2, 0}}), {"a", "Veto concern", "7"}};
  EXPECT_EQ(write_iccma(f), "p af 3\n# 1 a\n# 2 Veto concern\n# 3 7\n1 2\n2 3\n3 1\n");
  EXPECT_EQ(write_apx(f),
            "arg(a).\narg(\"Veto concern\").\narg(7).\natt(a,\"Veto concern\").\n"
            "att(\"Veto concern\",7).\natt(7,a).\n");
  Diagnostics d;
  auto back = read_apx(write_apx(f), 0, d);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->names, f.names);
  EXPECT_EQ(back->framework.attack_edges(), f.framework.attack_edges());
  auto numbered = read_iccma(write_iccma(f), 0, d);
  ASSERT_TRUE(numbered);
  EXPECT_EQ(numbered->framework.attack_edges(), f.framework.attack_edges());
  EXPECT_TRUE(d.items().empty());
}

}  // namespace
}  // namespace argmap
