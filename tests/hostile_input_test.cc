// Bad and hostile input for the front end: each gives a model or a positioned
// diagnostic, never a crash, a hang or a stack overflow.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "frontend.h"
#include "test_files.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

struct Result {
  LoadedMap map;
  Diagnostics diagnostics;
};

/// Loads `text` as a map in a folder that does not exist (so no @include finds a file).
Result load(std::string text) {
  Result r;
  r.map = load_map_text("/nonexistent-argmap-test/hostile.argdown", std::move(text), r.diagnostics);
  return r;
}

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items())
    out += "  " + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
           d.message + " [" + d.code + "]\n";
  return out;
}

/// The first diagnostic with `code`, or nullptr.
const Diagnostic* find(const Result& r, const std::string& code) {
  for (const auto& d : r.diagnostics.items())
    if (d.code == code) return &d;
  return nullptr;
}

/// Every diagnostic points into its file, and the model's ids are consistent.
void expect_sound(const Result& r) {
  const auto& files = r.map.sources.files;
  for (const auto& d : r.diagnostics.items()) {
    EXPECT_FALSE(d.code.empty()) << d.message;
    EXPECT_FALSE(d.message.empty()) << d.code;
    if (d.code == "file-too-large") continue;  // about the whole file
    ASSERT_TRUE(d.where.valid()) << d.code << ": " << d.message;
    ASSERT_LT(d.where.file, files.size());
    const SourceFile& file = files[d.where.file];
    ASSERT_LE(d.where.line, file.line_count()) << d.code;
    EXPECT_LE(d.where.column, file.line_text(d.where.line).size() + 1)
        << d.code << " at line " << d.where.line;
  }
  const Model& m = r.map.model;
  auto valid = [&](ElementRef e) {
    return e.kind == ElementKind::Statement ? e.id < m.statements.size()
                                            : e.id < m.arguments.size();
  };
  for (const auto& rel : m.relations) {
    EXPECT_TRUE(valid(rel.from));
    EXPECT_TRUE(valid(rel.to));
  }
  for (const auto& a : m.arguments)
    for (const auto& step : a.pcs) EXPECT_LT(step.statement, m.statements.size());
  for (std::size_t i = 0; i < m.sections.size(); ++i)
    if (m.sections[i].parent != kNoId) {
      EXPECT_LT(m.sections[i].parent, i) << "a section's parent comes first";
    }
  for (const auto& s : m.statements)
    if (s.section != kNoId) {
      EXPECT_LT(s.section, m.sections.size());
    }
  EXPECT_EQ(m.statement_by_title.size(), m.statements.size());
  for (Id id = 0; id < m.statements.size(); ++id)
    EXPECT_EQ(m.find_statement(m.statements[id].title), id);
  EXPECT_EQ(m.argument_by_title.size(), m.arguments.size());
  for (Id id = 0; id < m.arguments.size(); ++id)
    EXPECT_EQ(m.find_argument(m.arguments[id].title), id);
}

/// The offset of the first byte that is not valid UTF-8 (or a NUL), written
/// independently of the front end: RFC 3629, no overlongs, no surrogates.
std::size_t first_bad_byte(const std::string& text, bool& is_nul) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    unsigned char c = s[i];
    is_nul = c == 0;
    if (c == 0) return i;
    std::size_t len = c < 0x80                   ? 1
                      : (c >= 0xC2 && c <= 0xDF) ? 2
                      : (c >= 0xE0 && c <= 0xEF) ? 3
                      : (c >= 0xF0 && c <= 0xF4) ? 4
                                                 : 0;
    if (len == 0 || i + len > n) return i;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (std::size_t k = 1; k < len; ++k) {
      if (s[i + k] < (k == 1 ? lo : 0x80) || s[i + k] > (k == 1 ? hi : 0xBF)) return i;
    }
    i += len;
  }
  return std::string::npos;
}

/// 1-based line and byte column of `offset`.
std::pair<std::uint32_t, std::uint32_t> line_column(const std::string& text, std::size_t offset) {
  std::uint32_t line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line, start = i + 1;
  return {line, static_cast<std::uint32_t>(offset - start + 1)};
}

TEST(HostileInput, EmptyFileIsAnEmptyMap) {
  Result r = load("");
  EXPECT_TRUE(r.diagnostics.items().empty()) << describe(r.diagnostics);
  EXPECT_TRUE(r.map.model.statements.empty());
  EXPECT_TRUE(r.map.model.arguments.empty());
  EXPECT_TRUE(r.map.model.relations.empty());
  EXPECT_TRUE(r.map.model.sections.empty());
}

TEST(HostileInput, BlankLinesOnlyIsAnEmptyMap) {
  Result r = load("\n\n   \n\t\n \t \n");
  EXPECT_TRUE(r.diagnostics.items().empty()) << describe(r.diagnostics);
  EXPECT_TRUE(r.map.model.statements.empty());
}

// Random bytes: the first invalid UTF-8 sequence or NUL byte is reported where it is.
TEST(HostileInput, RandomBytes) {
  for (unsigned seed = 1; seed <= 64; ++seed) {
    std::mt19937 rng(seed);
    std::string text(1 + rng() % 4096, '\0');
    for (auto& c : text) c = static_cast<char>(rng() & 0xFF);
    Result r = load(text);
    SCOPED_TRACE("seed " + std::to_string(seed));
    expect_sound(r);
    bool is_nul = false;
    std::size_t bad = first_bad_byte(text, is_nul);
    ASSERT_NE(bad, std::string::npos);  // 4 KB of random bytes are never all valid
    auto [line, column] = line_column(text, bad);
    const std::string code = is_nul ? "nul-byte" : "invalid-utf8";
    bool found = false;
    for (const auto& d : r.diagnostics.items())
      found |= d.code == code && d.severity == Severity::Error && d.where.line == line &&
               d.where.column == column;
    EXPECT_TRUE(found) << "expected " << code << " at " << line << ":" << column << "\n"
                       << describe(r.diagnostics);
  }
}

// Random Argdown-like token soup: every construct half-finished in every order.
TEST(HostileInput, RandomArgdownSoup) {
  const std::vector<std::string> pieces = {
      "[",     "]",     "<",    ">",   ":",   " ",         "  ",     "\n",   "\n\n",
      "\t",    "+",     "-",    "<+",  "<-",  "+>",        "->",     "><",   "_>",
      "<_",    "_ ",    "*",    "**",  "_",   "__",        "(1)",    "(2)",  "----",
      "--",    "{",     "}",    "#",   "## ", "@[",        "@<",     "//",   "/*",
      "*/",    "<!--",  "-->",  "===", "\\",  "a",         "text ",  "[A]",  "<B>",
      "[A]: ", "<B>: ", "#tag", "#(",  ")",   "http://",   ",",      "key:", " 1 ",
      "[x, y", "\r\n",  ".",    "1. ", "* ",  "@include(", "\xC3",   "é",    "'",
      "\"",    "|",     "&",    ">>",  "[[",  "]]",        "{a: [b", "'''",  "     "};
  for (unsigned seed = 1; seed <= 300; ++seed) {
    std::mt19937 rng(seed);
    std::string text;
    std::size_t count = 1 + rng() % 400;
    for (std::size_t i = 0; i < count; ++i) text += pieces[rng() % pieces.size()];
    SCOPED_TRACE("seed " + std::to_string(seed) + ": " + text.substr(0, 200));
    Result r = load(text);
    expect_sound(r);
  }
}

// One 30 MB line of words is one statement (a quadratic pass would show as a hang).
TEST(HostileInput, ThirtyMegabyteLine) {
  std::string text;
  text.reserve(30u << 20);
  while (text.size() < (30u << 20)) text += "word ";
  Result r = load(text);
  expect_sound(r);
  EXPECT_FALSE(r.diagnostics.has_errors()) << describe(r.diagnostics);
  ASSERT_EQ(r.map.model.statements.size(), 1u);
  EXPECT_EQ(r.map.model.statements[0].title, "Untitled 1");
  EXPECT_GT(r.map.model.statements[0].text.size(), 29u << 20);
}

// 3 MB lines of one repeated opener: nothing recurses once per character (3 MB
// each, not 30, to keep the suite fast under the sanitizers).
TEST(HostileInput, LongLinesOfOpeners) {
  for (std::string unit : {"[", "<", "*", "_", "{", "(", "#", "@[", "/*", "<!--", "\\"}) {
    SCOPED_TRACE("line of '" + unit + "'");
    std::string text;
    text.reserve((3u << 20) + unit.size());
    while (text.size() < (3u << 20)) text += unit;
    Result r = load(std::move(text));
    expect_sound(r);
  }
}

// 10 000 nested relation levels: the depth limit is a diagnostic, not a stack overflow.
TEST(HostileInput, TenThousandNestedRelations) {
  std::string text = "root\n";
  for (int i = 1; i <= 10000; ++i)
    text += std::string(2 * i, ' ') + "+ level " + std::to_string(i) + "\n";
  Result r = load(text);
  expect_sound(r);
  const Diagnostic* d = find(r, "nesting-too-deep");
  ASSERT_NE(d, nullptr) << describe(r.diagnostics);
  EXPECT_EQ(d->severity, Severity::Error);
  // Line 1 is level 0, line k + 1 level k: the first line deeper than N levels is N + 2.
  std::size_t digits = d->message.find_first_of("0123456789");
  ASSERT_NE(digits, std::string::npos) << d->message;
  EXPECT_EQ(d->where.line, std::stoul(d->message.substr(digits)) + 2) << d->message;
  EXPECT_EQ(d->where.column, 1u);
}

TEST(HostileInput, TenThousandNestedListsAndHeadings) {
  std::string lists, headings, emphasis;
  for (int i = 0; i < 10000; ++i) lists += std::string(2 * i, ' ') + "* item\n";
  headings = std::string(10000, '#') + " deep\n";
  for (int i = 0; i < 10000; ++i) emphasis += i % 2 ? "*a " : "_b ";
  for (const std::string& text : {lists, headings, emphasis}) {
    Result r = load(text);
    expect_sound(r);
  }
}

TEST(HostileInput, CrlfGivesTheSameModelAsLf) {
  const std::string lf =
      "===\ntitle: T\n===\n\n# Section\n\n[A]: text of A\n  + [B]: text\n    of B\n  - <C>: "
      "arg\n\n<C>\n\n(1) [A]\n"
      "(2) p\n----\n(3) [D]: q\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  Result a = load(lf), b = load(crlf);
  expect_sound(b);
  EXPECT_EQ(describe(a.diagnostics), describe(b.diagnostics));
  ASSERT_EQ(a.map.model.statements.size(), b.map.model.statements.size());
  for (std::size_t i = 0; i < a.map.model.statements.size(); ++i) {
    EXPECT_EQ(a.map.model.statements[i].title, b.map.model.statements[i].title);
    EXPECT_EQ(a.map.model.statements[i].text, b.map.model.statements[i].text);
    EXPECT_EQ(b.map.model.statements[i].text.find('\r'), std::string::npos);
  }
  ASSERT_EQ(a.map.model.relations.size(), b.map.model.relations.size());
  for (std::size_t i = 0; i < a.map.model.relations.size(); ++i) {
    EXPECT_EQ(a.map.model.relations[i].type, b.map.model.relations[i].type);
    EXPECT_EQ(a.map.model.relations[i].from, b.map.model.relations[i].from);
    EXPECT_EQ(a.map.model.relations[i].to, b.map.model.relations[i].to);
  }
  ASSERT_EQ(a.map.model.arguments.size(), 1u);
  ASSERT_EQ(b.map.model.arguments.size(), 1u);
  EXPECT_EQ(b.map.model.arguments[0].pcs.size(), 3u);
  ASSERT_EQ(b.map.model.sections.size(), 1u);
  EXPECT_EQ(b.map.model.sections[0].title, "Section");
}

// A byte order mark is not content (Argdown 1.7.5 rejects it; argmap skips it).
TEST(HostileInput, ByteOrderMarkIsSkipped) {
  Result r = load("\xEF\xBB\xBF[A]: text\n  + [B]: more\n");
  expect_sound(r);
  EXPECT_TRUE(r.diagnostics.items().empty()) << describe(r.diagnostics);
  ASSERT_EQ(r.map.model.statements.size(), 2u);
  EXPECT_EQ(r.map.model.statements[0].title, "A");
  EXPECT_EQ(r.map.model.statements[0].text, "text");
}

// Tabs indent like spaces (as in Argdown 1.7.5: b supports a, c attacks b).
TEST(HostileInput, TabsIndent) {
  Result r = load("a\n\t+ b\n\t\t- c\n");
  expect_sound(r);
  EXPECT_TRUE(r.diagnostics.items().empty()) << describe(r.diagnostics);
  const Model& m = r.map.model;
  ASSERT_EQ(m.statements.size(), 3u);
  ASSERT_EQ(m.relations.size(), 2u);
  std::set<std::tuple<RelationType, Id, Id>> relations;
  for (const auto& rel : m.relations) relations.insert({rel.type, rel.from.id, rel.to.id});
  EXPECT_TRUE(relations.count({RelationType::Support, 1, 0}));
  EXPECT_TRUE(relations.count({RelationType::Attack, 2, 1}));
}

TEST(HostileInput, NulByteIsAnErrorAtItsPosition) {
  Result r = load(std::string("[A]: one\nsome\0text\n", 19));
  expect_sound(r);
  const Diagnostic* d = find(r, "nul-byte");
  ASSERT_NE(d, nullptr) << describe(r.diagnostics);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->where.line, 2u);
  EXPECT_EQ(d->where.column, 5u);
}

TEST(HostileInput, InvalidUtf8IsAnErrorAtItsPosition) {
  for (const auto& [text, line, column] :
       std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t>>{
           {"[A]: caf\xC3(\n", 1, 9},        // lead byte without its continuation
           {"ok\n\x80 stray\n", 2, 1},       // continuation byte alone
           {"x \xC0\xAF overlong\n", 1, 3},  // overlong '/'
           {"\xED\xA0\x80 surrogate\n", 1, 1},
           {"abc\xE2\x82", 1, 4},  // cut off at the end of the file
       }) {
    SCOPED_TRACE(text);
    Result r = load(text);
    expect_sound(r);
    const Diagnostic* d = find(r, "invalid-utf8");
    ASSERT_NE(d, nullptr) << describe(r.diagnostics);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->where.line, line);
    EXPECT_EQ(d->where.column, column);
  }
}

// Deep `{` / `[` nesting in a data block or in frontmatter is a YAML error, not a crash.
TEST(HostileInput, DeepNestingInData) {
  std::string braces = "{a: ", lists = "{a: ";
  for (int i = 0; i < 10000; ++i) braces += "{a: ", lists += "[";
  braces += "1" + std::string(10001, '}');
  lists += "1" + std::string(10000, ']') + "}";
  for (const std::string& data : {braces, lists}) {
    Result r = load("[A]: text\n\n[B]: text " + data + "\n");
    expect_sound(r);
    const Diagnostic* d = find(r, "invalid-yaml");
    ASSERT_NE(d, nullptr) << describe(r.diagnostics);
    EXPECT_EQ(d->where.line, 3u);
  }
  Result r = load("===\nkey: " + braces + "\n===\n\n[A]: text\n");
  expect_sound(r);
  const Diagnostic* d = find(r, "invalid-yaml");
  ASSERT_NE(d, nullptr) << describe(r.diagnostics);
  EXPECT_EQ(d->where.line, 2u);
}

TEST(HostileInput, UnterminatedComments) {
  for (const auto& [text, line, column] :
       std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t>>{
           {"a\n\nb /* never\nclosed\n", 3, 3},
           {"a\n<!-- never closed\n", 2, 1},
       }) {
    SCOPED_TRACE(text);
    Result r = load(text);
    expect_sound(r);
    const Diagnostic* d = find(r, "unclosed-comment");
    ASSERT_NE(d, nullptr) << describe(r.diagnostics);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->where.line, line);
    EXPECT_EQ(d->where.column, column);
  }
}

// Without its closing `===` frontmatter is text, as in Argdown 1.7.5.
TEST(HostileInput, UnterminatedFrontmatterIsText) {
  Result r = load("===\ntitle: x\n\n[A]: t\n");
  expect_sound(r);
  EXPECT_FALSE(r.diagnostics.has_errors()) << describe(r.diagnostics);
  EXPECT_TRUE(r.map.model.frontmatter.is_null());
  ASSERT_EQ(r.map.model.statements.size(), 2u);
  EXPECT_EQ(r.map.model.statements[0].title, "Untitled 1");
  EXPECT_EQ(r.map.model.statements[0].text, "=== title: x");
  EXPECT_EQ(r.map.model.statements[1].title, "A");
}

// @include cycles end; a missing include is an error at the @include.
TEST(HostileInput, IncludeCyclesAndMissingFiles) {
  fs::path dir = test_files::scratch_dir();
  std::ofstream(dir / "a.argdown") << "[A]: a\n\n@include(b.argdown)\n";
  std::ofstream(dir / "b.argdown")
      << "[B]: b\n\n@include(a.argdown)\n\n@include(b.argdown)\n\n@include(missing.argdown)\n";
  Diagnostics diagnostics;
  LoadedMap map = load_map_file((dir / "a.argdown").string(), diagnostics);
  fs::remove_all(dir);
  ASSERT_EQ(map.sources.files.size(), 2u);
  EXPECT_EQ(map.model.statements.size(), 2u);
  int repeated = 0;
  for (const auto& d : diagnostics.items()) repeated += d.code == "include-repeated";
  EXPECT_EQ(repeated, 2) << describe(diagnostics);
  bool missing = false;
  for (const auto& d : diagnostics.items())
    missing |= d.code == "include-not-found" && d.severity == Severity::Error &&
               d.where.file == 1 && d.where.line == 7 && d.where.column == 1;
  EXPECT_TRUE(missing) << describe(diagnostics);
}

}  // namespace
}  // namespace argmap
