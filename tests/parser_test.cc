// Tests of the parser: syntax trees and syntax errors (code, line, column).
#include "parser.h"

#include <gtest/gtest.h>

namespace argmap {
namespace {

struct Parsed {
  SourceFile file;
  SyntaxTree tree;
  Diagnostics diagnostics;
};

Parsed parse_text(const std::string& text) {
  Parsed p{SourceFile("map.argdown", text), {}, {}};
  p.tree = parse(p.file, 0, p.diagnostics);
  return p;
}

// "name file:begin-end @text_begin-text_end" of every tag record.
std::vector<std::string> tags(const TextSyntax& content) {
  std::vector<std::string> out;
  for (const TagSyntax& t : content.tags)
    out.push_back(std::string(t.name) + " " + std::to_string(t.where.file) + ":" +
                  std::to_string(t.where.begin) + "-" + std::to_string(t.where.end) + " @" +
                  std::to_string(t.text_begin) + "-" + std::to_string(t.text_end()));
  return out;
}

// "code line:column" of every diagnostic.
std::vector<std::string> errors(const Parsed& p) {
  std::vector<std::string> out;
  for (const auto& d : p.diagnostics.items())
    out.push_back(d.code + " " + std::to_string(d.where.line) + ":" +
                  std::to_string(d.where.column));
  return out;
}

TEST(ParserTest, RelationTreeIsFlatPreOrder) {
  Parsed p = parse_text("[A]: a\n  + [B]: b\n    - <C>\n  -> d\n");
  EXPECT_TRUE(p.diagnostics.items().empty());
  ASSERT_EQ(p.tree.blocks.size(), 1u);
  ASSERT_EQ(p.tree.elements.size(), 4u);
  const auto& e = p.tree.elements;
  EXPECT_EQ(e[0].title, "A");
  EXPECT_EQ(e[0].form, ElementForm::Definition);
  EXPECT_EQ(e[0].parent, kNoParent);
  EXPECT_EQ(e[1].parent, 0);
  EXPECT_EQ(e[1].symbol, RelationSymbol::SupportedByChild);
  EXPECT_EQ(e[2].parent, 1);
  EXPECT_TRUE(e[2].argument);
  EXPECT_EQ(e[2].form, ElementForm::Reference);
  EXPECT_EQ(e[3].parent, 0);
  EXPECT_EQ(e[3].symbol, RelationSymbol::AttacksChild);
  EXPECT_EQ(e[3].content.text, "d");
}

TEST(ParserTest, TextKeepsTagsAndJoinsLines) {
  Parsed p = parse_text("[A]: one **two**\nthree #(multi word) @[B] [l](u)");
  ASSERT_EQ(p.tree.elements.size(), 1u);
  EXPECT_EQ(p.tree.elements[0].content.text, "one two three #(multi word) @[B] l");
  // The tag's token takes its blank; in the text it is where the text has it.
  EXPECT_EQ(tags(p.tree.elements[0].content),
            std::vector<std::string>{"multi word 0:23-37 @14-28"});
  ASSERT_EQ(p.tree.elements[0].content.mentions.size(), 1u);
  EXPECT_EQ(p.tree.elements[0].content.mentions[0].title, "B");
}

TEST(ParserTest, TagsRightAfterTextAndAfterAGap) {
  // Text and tags that touch: the text is the source range, tags in place.
  Parsed p = parse_text("[A]: Some text. #tag1 #(tag two)\n  + b.  #t\n");
  EXPECT_TRUE(p.diagnostics.items().empty());
  ASSERT_EQ(p.tree.elements.size(), 2u);
  const TextSyntax& a = p.tree.elements[0].content;
  EXPECT_EQ(a.text, "Some text. #tag1 #(tag two)");
  EXPECT_EQ(tags(a), (std::vector<std::string>{"tag1 0:16-22 @11-17", "tag two 0:22-32 @17-27"}));
  // The second blank after `.` is skipped, not text: no gap in the text.
  const TextSyntax& b = p.tree.elements[1].content;
  EXPECT_EQ(b.text, "b. #t");
  EXPECT_EQ(tags(b), std::vector<std::string>{"t 0:41-43 @3-5"});
}

TEST(ParserTest, EveryTagWrittenHasARecordAReferenceOnesWithoutText) {
  // A repeated name is kept twice: the model keeps it once, but Argdown's
  // removeTagsFromText removes both places. A reference has no text to place
  // its tags in.
  Parsed p = parse_text("[A]: x #t *y* #(t)\t#u\n  + [B] #v #(w)\n");
  EXPECT_TRUE(p.diagnostics.items().empty());
  ASSERT_EQ(p.tree.elements.size(), 2u);
  const TextSyntax& a = p.tree.elements[0].content;
  EXPECT_EQ(a.text, "x #t y #(t)\t#u");
  EXPECT_EQ(tags(a),
            (std::vector<std::string>{"t 0:7-10 @2-5", "t 0:14-19 @7-12", "u 0:19-21 @12-14"}));
  EXPECT_EQ(tags(p.tree.elements[1].content),
            (std::vector<std::string>{"v 0:30-33 @0-3", "w 0:33-37 @0-4"}));
}

TEST(ParserTest, PcsWithInferenceRulesAndData) {
  Parsed p = parse_text("<A>\n\n(1) p\n-- r1, r2 {x: 1} --\n(2) c");
  EXPECT_TRUE(p.diagnostics.items().empty());
  ASSERT_EQ(p.tree.pcs.size(), 1u);
  const PcsSyntax& pcs = p.tree.pcs[0];
  ASSERT_EQ(pcs.steps.size(), 2u);
  EXPECT_FALSE(pcs.steps[0].inference.has_value());
  ASSERT_TRUE(pcs.steps[1].inference.has_value());
  EXPECT_EQ(pcs.steps[1].inference->rules, (std::vector<std::string>{"r1", "r2"}));
  EXPECT_TRUE(pcs.steps[1].inference->data.has_value());
}

TEST(ParserTest, PcsWithoutEmptyLineIsReportedAtTheNumber) {
  // Argdown says "Expecting EOF" here; the mistake is the missing empty line.
  Parsed p = parse_text("[A]: x\n(1) a\n----\n(2) b");
  EXPECT_EQ(errors(p), std::vector<std::string>{"missing-empty-line 2:1"});
  EXPECT_EQ(p.diagnostics.items()[0].suggestion, "insert an empty line before this line");
}

TEST(ParserTest, RelationAfterEmptyLineHasNoParent) {
  Parsed p = parse_text("[A]\n\n  + [B]");
  EXPECT_EQ(errors(p), std::vector<std::string>{"relation-without-parent 3:3"});
}

TEST(ParserTest, RelationSymbolWithoutContent) {
  Parsed p = parse_text("[A]: a\n  +\n\n[B]: b");
  EXPECT_EQ(errors(p), std::vector<std::string>{"relation-without-content 2:3"});
  EXPECT_EQ(p.tree.elements.size(), 2u);  // parsing went on after the error
  // Argdown reads a symbol before a line end as an empty statement; argmap says so.
  Parsed q = parse_text("[A]: a\n  +\n  - b");
  EXPECT_EQ(errors(q), std::vector<std::string>{"relation-without-content 2:3"});
  EXPECT_EQ(q.tree.elements.size(), 3u);
}

TEST(ParserTest, DefinitionWithoutText) {
  Parsed p = parse_text("[A]:\n\n[B]: b");
  EXPECT_EQ(errors(p), std::vector<std::string>{"missing-text 1:1"});
}

TEST(ParserTest, UnclosedBold) {
  Parsed p = parse_text("[A]: a **bold");
  EXPECT_EQ(errors(p), std::vector<std::string>{"unclosed-emphasis 1:8"});
  // Only the outermost of many unclosed markers is reported.
  EXPECT_EQ(errors(parse_text("[A]: **a __b **c __d")),
            std::vector<std::string>{"unclosed-emphasis 1:6"});
}

TEST(ParserTest, ErrorsAreCappedPerFile) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "[A]:\n\n";
  Parsed p = parse_text(text);
  ASSERT_EQ(p.diagnostics.items().size(), 101u);
  EXPECT_EQ(p.diagnostics.items().back().code, "too-many-errors");
}

// The cap stops the parser in the middle of a long map (its window of tokens
// then ends early); the lexer's notes from the rest are still reported.
TEST(ParserTest, ErrorsAreCappedInALongMapAndLaterNotesKept) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "[T" + std::to_string(i) + "]: text #tag\n  + [U]: u\n\n";
  for (int i = 0; i < 300; ++i) text += "[A]:\n\n";
  for (int i = 0; i < 3000; ++i) text += "[V" + std::to_string(i) + "]: more\n\n";
  text += "/* never closed";
  Parsed p = parse_text(text);
  std::vector<std::string> codes;
  for (const auto& d : p.diagnostics.items()) codes.push_back(d.code);
  ASSERT_EQ(codes.size(), 102u);
  EXPECT_EQ(codes[100], "too-many-errors");
  EXPECT_EQ(codes[101], "unclosed-comment");
  EXPECT_EQ(p.diagnostics.items()[101].where.line, 3000u * 3 + 300 * 2 + 3000 * 2 + 1);
}

TEST(ParserTest, ShortcodesInInferenceRules) {
  Parsed p = parse_text("(1) p\n-- rule: p .^. q --\n(2) c");
  ASSERT_EQ(p.tree.pcs.size(), 1u);
  EXPECT_EQ(p.tree.pcs[0].steps[1].inference->rules, std::vector<std::string>{"rule: p \u2227 q"});
}

TEST(ParserTest, IncompletePcsAndMissingConclusion) {
  EXPECT_EQ(errors(parse_text("(1) a\n(2) b")), std::vector<std::string>{"incomplete-pcs 2:1"});
  EXPECT_EQ(errors(parse_text("(1) a\n----\n")),
            std::vector<std::string>{"missing-conclusion 2:1"});
}

TEST(ParserTest, ContradictionWithArgument) {
  Parsed p = parse_text("[A]: a\n  >< <B>");
  EXPECT_EQ(errors(p), std::vector<std::string>{"contradiction-with-argument 2:6"});
}

TEST(ParserTest, TextAfterReference) {
  Parsed p = parse_text("[A]: a\n  + [B] more");
  EXPECT_EQ(errors(p), std::vector<std::string>{"text-after-reference 2:9"});
}

TEST(ParserTest, HostileInputsGiveAResult) {
  std::string random;
  unsigned x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    random += static_cast<char>((x >> 16) & 0xFF);
  }
  Parsed p = parse_text(random);  // must not crash or hang
  std::string deep = "a\n";
  for (int i = 1; i <= 2000; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "+ b\n";
  Parsed q = parse_text(deep);
  EXPECT_EQ(errors(q), std::vector<std::string>{"nesting-too-deep 258:1"});
  EXPECT_EQ(q.tree.elements.size(), 2001u);
}

}  // namespace
}  // namespace argmap
