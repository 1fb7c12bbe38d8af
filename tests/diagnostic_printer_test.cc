#include "diagnostic_printer.h"

#include <gtest/gtest.h>

#include <string>

namespace argmap {
namespace {

/// One file named m.argdown holding `text`.
SourceSet one_file(std::string text) {
  SourceSet sources;
  sources.add("m.argdown", std::move(text));
  return sources;
}

TEST(DiagnosticPrinter, PrintsGccFormWithSourceLineAndRange) {
  SourceSet sources = one_file("[A]: text {source: Robert2008}\n");
  Diagnostics diagnostics;
  diagnostics.error("unknown-source", Location{0, 1, 20, 1, 30}, "unknown source 'Robert2008'");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:1:20: error: unknown source 'Robert2008' [unknown-source]\n"
            "    1 | [A]: text {source: Robert2008}\n"
            "      |                    ^~~~~~~~~~\n");
}

TEST(DiagnosticPrinter, PrintsSuggestionUnderTheCaretAndNotesWithTheirLines) {
  SourceSet sources = one_file("[T]: one\n\n[T]: two\n");
  Diagnostics diagnostics;
  Diagnostic& d = diagnostics.warning("conflicting-definition", Location{0, 3, 1, 3, 4},
                                      "statement [T] is defined again with a different text");
  d.notes.push_back({Location{0, 1, 1, 1, 4}, "first defined here"});
  d.suggestion = "write [T] alone to refer to it";
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:3:1: warning: statement [T] is defined again with a different text "
            "[conflicting-definition]\n"
            "    3 | [T]: two\n"
            "      | ^~~\n"
            "      | write [T] alone to refer to it\n"
            "m.argdown:1:1: note: first defined here\n"
            "    1 | [T]: one\n"
            "      | ^~~\n");
}

TEST(DiagnosticPrinter, SortsByFileThenPositionKeepingReportOrderForTies) {
  SourceSet sources;
  sources.add("main.argdown", "a\nb\n");
  sources.add("part.argdown", "c\n");
  Diagnostics diagnostics;
  diagnostics.warning("w", Location{1, 1, 1, 1, 2}, "third");
  diagnostics.warning("w", Location{0, 2, 1, 2, 2}, "second");
  diagnostics.error("e", Location{0, 1, 1, 1, 2}, "first");
  diagnostics.error("e", Location{0, 1, 1, 1, 2}, "first again");
  std::string text = format_diagnostics(sources, diagnostics);
  auto at = [&](const char* s) { return text.find(s); };
  EXPECT_LT(at("main.argdown:1:1: error: first [e]"), at("main.argdown:1:1: error: first again"));
  EXPECT_LT(at("first again"), at("main.argdown:2:1: warning: second [w]"));
  EXPECT_LT(at("second"), at("part.argdown:1:1: warning: third [w]"));
  EXPECT_NE(at("part.argdown:1:1"), std::string::npos);
}

TEST(DiagnosticPrinter, ExpandsTabsAndCountsMultiByteCharactersAsOneColumn) {
  SourceSet sources = one_file("\t+ [Küche]: x\n");
  Diagnostics diagnostics;
  // Bytes: tab, '+', ' ', then "[Küche]" is 8 bytes at columns 4..11; "x" at 14.
  diagnostics.warning("w", Location{0, 1, 4, 1, 12}, "title");
  diagnostics.warning("w", Location{0, 1, 14, 1, 15}, "text");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:1:4: warning: title [w]\n"
            "    1 |         + [Küche]: x\n"
            "      |           ^~~~~~~\n"
            "m.argdown:1:14: warning: text [w]\n"
            "    1 |         + [Küche]: x\n"
            "      |                    ^\n");
}

TEST(DiagnosticPrinter, UnderlinesAMultiLineSpanToTheEndOfItsFirstLine) {
  SourceSet sources = one_file("[A]: first line\n  second line\n");
  Diagnostics diagnostics;
  diagnostics.error("e", Location{0, 1, 6, 2, 14}, "long text");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:1:6: error: long text [e]\n"
            "    1 | [A]: first line\n"
            "      |      ^~~~~~~~~~\n");
}

TEST(DiagnosticPrinter, AnEmptySpanOrOneAtTheLineEndGetsACaret) {
  SourceSet sources = one_file("[A]: text\r\n");
  Diagnostics diagnostics;
  diagnostics.error("e", Location{0, 1, 3, 1, 3}, "empty");
  diagnostics.error("e", Location{0, 1, 10, 1, 10}, "end of line");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:1:3: error: empty [e]\n"
            "    1 | [A]: text\n"
            "      |   ^\n"
            "m.argdown:1:10: error: end of line [e]\n"
            "    1 | [A]: text\n"
            "      |          ^\n");
}

TEST(DiagnosticPrinter, ShowsControlAndInvalidBytesAsReplacementCharacters) {
  SourceSet sources = one_file(std::string("a\0b\xFFz\n", 6));
  Diagnostics diagnostics;
  diagnostics.error("nul-byte", Location{0, 1, 2, 1, 3}, "NUL byte");
  diagnostics.error("invalid-utf8", Location{0, 1, 4, 1, 5}, "invalid UTF-8");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:1:2: error: NUL byte [nul-byte]\n"
            "    1 | a\xEF\xBF\xBD"
            "b\xEF\xBF\xBDz\n"
            "      |  ^\n"
            "m.argdown:1:4: error: invalid UTF-8 [invalid-utf8]\n"
            "    1 | a\xEF\xBF\xBD"
            "b\xEF\xBF\xBDz\n"
            "      |    ^\n");
}

TEST(DiagnosticPrinter, ShowsAWindowOfAHugeLine) {
  std::string line(100000, 'x');
  line.replace(50000, 3, "[A]");
  SourceSet sources = one_file(line + "\n");
  Diagnostics diagnostics;
  diagnostics.warning("w", Location{0, 1, 50001, 1, 50004}, "here");
  std::string text = format_diagnostics(sources, diagnostics);
  std::string shown =
      "    1 | ..." + std::string(80, 'x') + "[A]" + std::string(157, 'x') + "...\n";
  std::string caret = "      | " + std::string(83, ' ') + "^~~\n";
  EXPECT_EQ(text, "m.argdown:1:50001: warning: here [w]\n" + shown + caret);
}

TEST(DiagnosticPrinter, WithoutAPositionPrintsTheFileOrTheProgram) {
  SourceSet sources = one_file("");
  Diagnostics diagnostics;
  Diagnostic& d = diagnostics.error("io", Location{}, "cannot read file");
  d.suggestion = "check the path";
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown: error: cannot read file [io]\n"
            "m.argdown: note: check the path\n");
  EXPECT_EQ(format_diagnostics(SourceSet{}, diagnostics),
            "argmap: error: cannot read file [io]\n"
            "argmap: note: check the path\n");
}

TEST(DiagnosticPrinter, LineNumbersWiderThanTheGutterStillAlign) {
  std::string text;
  for (int i = 0; i < 123456; ++i) text += "\n";
  text += "[A]";
  SourceSet sources = one_file(text);
  Diagnostics diagnostics;
  diagnostics.warning("w", Location{0, 123457, 1, 123457, 4}, "far");
  EXPECT_EQ(format_diagnostics(sources, diagnostics),
            "m.argdown:123457:1: warning: far [w]\n"
            "123457 | [A]\n"
            "       | ^~~\n");
}

TEST(DiagnosticPrinter, ColoursOnlyWhenAsked) {
  SourceSet sources = one_file("[A]\n");
  Diagnostics diagnostics;
  diagnostics.warning("disconnected", Location{0, 1, 1, 1, 4}, "lonely");
  EXPECT_EQ(format_diagnostics(sources, diagnostics, PrintOptions{true}),
            "\033[01mm.argdown:1:1: \033[0m\033[01;35mwarning:\033[0m lonely "
            "[\033[01;35mdisconnected\033[0m]\n"
            "    1 | [A]\n"
            "      | \033[32m^~~\033[0m\n");
  EXPECT_EQ(format_diagnostics(sources, diagnostics).find('\033'), std::string::npos);
}

TEST(DiagnosticPrinterJson, WritesOneObjectPerDiagnosticSorted) {
  SourceSet sources = one_file("[A]: \"q\"\n[B]\n");
  Diagnostics diagnostics;
  diagnostics.warning("disconnected", Location{0, 2, 1, 2, 4}, "statement [B] is not connected");
  Diagnostic& d =
      diagnostics.error("unknown-source", Location{0, 1, 1, 1, 4}, "say \"q\"\tand\x01 \xFF");
  d.notes.push_back({Location{0, 2, 1, 2, 4}, "see here"});
  d.suggestion = "did you mean 'Ä'?";
  EXPECT_EQ(format_diagnostics_json(sources, diagnostics),
            "[\n"
            "  {\"severity\": \"error\", \"code\": \"unknown-source\", \"message\": "
            "\"say \\\"q\\\"\\tand\\u0001 \\ufffd\", \"file\": \"m.argdown\", \"line\": 1, "
            "\"column\": 1, \"endLine\": 1, \"endColumn\": 4, \"notes\": [{\"file\": "
            "\"m.argdown\", \"line\": 2, \"column\": 1, \"endLine\": 2, \"endColumn\": 4, "
            "\"message\": \"see here\"}], \"suggestion\": \"did you mean 'Ä'?\"},\n"
            "  {\"severity\": \"warning\", \"code\": \"disconnected\", \"message\": \"statement "
            "[B] is not connected\", \"file\": \"m.argdown\", \"line\": 2, \"column\": 1, "
            "\"endLine\": 2, \"endColumn\": 4, \"notes\": []}\n"
            "]\n");
  EXPECT_EQ(format_diagnostics_json(sources, Diagnostics{}), "[]\n");
}

}  // namespace
}  // namespace argmap
