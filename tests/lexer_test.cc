// Tests of the lexer: exact token kinds and images, as Argdown 1.7.5 makes them.
#include "lexer.h"

#include <gtest/gtest.h>

#include <string>

namespace argmap {
namespace {

// "Kind:image Kind:image ..." without the final Eof.
std::string lex(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text).tokens) {
    if (t.kind == TokenKind::Eof) break;
    if (!out.empty()) out += ' ';
    out += token_kind_name(t.kind);
    if (t.end > t.begin) out += ":" + std::string(t.text(text));
  }
  return out;
}

TEST(LexerTest, StatementDefinitionWithTextAndTag) {
  EXPECT_EQ(lex("[A]: text #tag"), "StatementDefinition:[A]: Freestyle:text  Tag:#tag");
}

TEST(LexerTest, RelationsOpenAndCloseIndentation) {
  EXPECT_EQ(lex("a\n  + b\n    - c\n  <_ d"),
            "Freestyle:a Newline:\n Indent SupportedByChild:+ Freestyle:b Newline:\n Indent "
            "AttackedByChild:- "
            "Freestyle:c Newline:\n Dedent UndercutByChild:<_ Freestyle:d Dedent");
}

TEST(LexerTest, OutgoingRelationSymbols) {
  EXPECT_EQ(
      lex("a\n  +> b\n  -> c\n  _> d\n  >< e"),
      "Freestyle:a Newline:\n Indent SupportsChild:+> Freestyle:b Newline:\n AttacksChild:-> "
      "Freestyle:c "
      "Newline:\n UndercutsChild:_> Freestyle:d Newline:\n Contradiction:>< Freestyle:e Dedent");
}

TEST(LexerTest, EmptylineClosesIndentation) {
  EXPECT_EQ(lex("a\n  + b\n\nc"),
            "Freestyle:a Newline:\n Indent SupportedByChild:+ Freestyle:b Dedent Emptyline:\n\n "
            "Freestyle:c");
}

TEST(LexerTest, PremiseConclusionStructure) {
  EXPECT_EQ(lex("(1) p\n-- modus ponens, r2 {a: 1} --\n(2) c"),
            "StatementNumber:(1) Freestyle:p Newline:\n InferenceStart:-- Freestyle:modus ponens "
            "ListDelimiter:, "
            "Freestyle:r2  Data:{a: 1} InferenceEnd:-- Newline:\n StatementNumber:(2) Freestyle:c");
  EXPECT_EQ(lex("----"), "InferenceStart:-- InferenceEnd:--");
}

TEST(LexerTest, ReferencesMentionsAndLinks) {
  EXPECT_EQ(lex("<A>: see @[B] and @<C> [x](http://a.b) [R]"),
            "ArgumentDefinition:<A>: Freestyle:see  StatementMention:@[B]  Freestyle:and  "
            "ArgumentMention:@<C>  "
            "Link:[x](http://a.b)  StatementReference:[R]");
}

TEST(LexerTest, BoldItalicNeedTheirStartOnTheStack) {
  EXPECT_EQ(
      lex("**b** _i_ 2*3"),
      "AsteriskBoldStart:** Freestyle:b AsteriskBoldEnd:**  UnderscoreItalicStart:_ Freestyle:i "
      "UnderscoreItalicEnd:_  Freestyle:2 AsteriskItalicStart:* Freestyle:3");
}

TEST(LexerTest, CommentsAreSkipped) {
  EXPECT_EQ(lex("a // note\nb /* x */ c <!-- y -->"),
            "Freestyle:a  Newline:\n Freestyle:b  Freestyle:c ");
}

TEST(LexerTest, UrlIsNoComment) {
  // Argdown reads "//" in "http://x" as a comment; argmap does not.
  EXPECT_EQ(lex("see http://x.org"), "Freestyle:see http://x.org");
}

TEST(LexerTest, EscapesShortcodesAndLoneBackslash) {
  EXPECT_EQ(lex("\\[a :smile: b\\"),
            "EscapedChar:\\[ Freestyle:a  SpecialChar::smile:  Freestyle:b\\");
  LexResult r = tokenize("a\\\nb");
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].kind, LexerNote::Kind::LoneBackslash);
  EXPECT_EQ(r.notes[0].offset, 1u);
}

TEST(LexerTest, FrontmatterDataAndHeading) {
  EXPECT_EQ(
      lex("===\na: 1\n===\n\n# Title {b: 2}"),
      "FrontMatter:===\na: 1\n=== Emptyline:\n\n HeadingStart:#  Freestyle:Title  Data:{b: 2}");
}

TEST(LexerTest, CrlfLineEnds) {
  EXPECT_EQ(lex("a\r\n  + b\r\n\r\nc"),
            "Freestyle:a Newline:\r\n Indent SupportedByChild:+ Freestyle:b Dedent "
            "Emptyline:\r\n\r\n Freestyle:c");
}

TEST(LexerTest, ListItems) {
  EXPECT_EQ(
      lex("* a\n* b"),
      "Indent UnorderedListItem:* Freestyle:a Newline:\n UnorderedListItem:* Freestyle:b Dedent");
}

TEST(LexerTest, DeepNestingIsCappedAndNoted) {
  std::string text = "a\n";
  for (int i = 1; i <= 3000; ++i) text += std::string(static_cast<std::size_t>(i), ' ') + "+ b\n";
  LexResult r = tokenize(text);
  std::size_t indents = 0;
  for (const Token& t : r.tokens) indents += t.kind == TokenKind::Indent;
  EXPECT_EQ(indents, kMaxIndentDepth);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].kind, LexerNote::Kind::TooDeep);
}

TEST(LexerTest, HugeLineIsLinear) {
  std::string text(8u << 20, '[');  // every '[' could start a title: no rescans
  LexResult r = tokenize(text);
  ASSERT_EQ(r.tokens.size(), 2u);
  EXPECT_EQ(r.tokens[0].kind, TokenKind::Freestyle);
  EXPECT_EQ(r.tokens[0].end, text.size());
}

}  // namespace
}  // namespace argmap
