// Cross-checks tokenize() against a slow reference scanner kept here: the lexer
// as first written (Argdown's patterns tried in order at every position, plain
// loops for every search), on the corpora, the example maps and random text.
// The fast lexer dispatches on the byte, scans text in blocks and caches its
// searches; its tokens and notes must stay exactly these, whether all at once
// (tokenize) or a few blocks at a time (TokenStream).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lexer.h"
#include "lexer_scanner.h"
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

namespace fs = std::filesystem;
constexpr std::size_t kNo = std::string_view::npos;

bool blank(char c) {
  return c == ' ' || c == '\t';
}
bool line_end(char c) {
  return c == '\n' || c == '\r';
}
bool js_space(char c) {
  return blank(c) || line_end(c) || c == '\v' || c == '\f';
}
bool digit(char c) {
  return c >= '0' && c <= '9';
}
bool special(char c) {
  return std::string_view("\\@#*_[],.:;</>-\r\n(){}").find(c) != kNo && c != '\0';
}

class Reference {
 public:
  explicit Reference(std::string_view t) : t_(t) {}

  LexResult run() {
    std::size_t i = 0, n = t_.size(), e = 0;
    while (i < n) {
      char c = t_[i];
      if ((e = comment(i)) != kNo) {
        skipped_ = true;
        i = e;
        continue;
      }
      if (inference_) {
        if ((e = newline(i)) != kNo) {
          push(TokenKind::Newline, i, e);
        } else if (c == '\\' && i + 1 < n && !line_end(t_[i + 1])) {
          e = i + 2;
          while (e < n && t_[e] == ' ') ++e;
          push(TokenKind::EscapedChar, i, e);
        } else if ((e = special_char(i)) != kNo) {
          push(TokenKind::SpecialChar, i, e);
        } else if (at(i, "--")) {
          e = i + 2;
          while (e < n && t_[e] == '-') ++e;
          push(TokenKind::InferenceEnd, i, e);
          inference_ = false;
        } else if ((e = data(i)) != kNo) {
          push(TokenKind::Data, i, e);
        } else if (c == ',') {
          push(TokenKind::ListDelimiter, i, e = i + 1);
        } else if (blank(c)) {
          e = blanks(i);
          skipped_ = true;
        } else if (!special(c)) {
          for (e = i + 1; e < n && !special(t_[e]);) ++e;
          push(TokenKind::Freestyle, i, e);
        } else {
          if (c == '\\') out_.notes.push_back({LexerNote::Kind::LoneBackslash, u32(i)});
          e = i + 1;
          if (e < n && blank(t_[e]) && c != '\\') ++e;
          push(TokenKind::UnusedControlChar, i, e);
        }
        i = e;
        continue;
      }
      if ((e = frontmatter(i)) != kNo) {
        push(TokenKind::FrontMatter, i, e);
      } else if ((e = data(i)) != kNo) {
        push(TokenKind::Data, i, e);
      } else if (c == '\\' && i + 1 < n && !line_end(t_[i + 1])) {
        e = i + 2;
        while (e < n && (static_cast<unsigned char>(t_[e]) & 0xC0) == 0x80) ++e;
        while (e < n && t_[e] == ' ') ++e;
        push(TokenKind::EscapedChar, i, e);
      } else if ((e = special_char(i)) != kNo) {
        push(TokenKind::SpecialChar, i, e);
      } else if (!last_is(TokenKind::Emptyline) && (e = emptyline(i)) != kNo) {
        if (e < n) dedent_all(i);
        push(TokenKind::Emptyline, i, e);
      } else if ((e = newline(i)) != kNo) {
        push(TokenKind::Newline, i, e);
      } else if (line_start(i) || emphasis(i) || brackets(i)) {
        continue;
      } else if (blank(c)) {
        e = blanks(i);
        skipped_ = true;
      } else if (!special(c)) {
        for (e = i + 1; e < n && !special(t_[e]);) ++e;
        push(TokenKind::Freestyle, i, e);
      } else {
        if (c == '\\') out_.notes.push_back({LexerNote::Kind::LoneBackslash, u32(i)});
        e = i + 1;
        if (e < n && blank(t_[e]) && c != '\\' && !line_end(c)) ++e;
        push(TokenKind::UnusedControlChar, i, e);
      }
      i = e;
    }
    if (last_is(TokenKind::Emptyline)) out_.tokens.pop_back();
    dedent_all(n);
    out_.tokens.push_back({TokenKind::Eof, u32(n), u32(n)});
    return out_;
  }

 private:
  static std::uint32_t u32(std::size_t v) { return static_cast<std::uint32_t>(v); }
  bool at(std::size_t i, std::string_view p) const {
    return i <= t_.size() && t_.substr(i).starts_with(p);
  }
  std::size_t find(std::size_t from, std::string_view p) const {  // plain loop, no cache
    for (std::size_t i = from; i < t_.size(); ++i)
      if (at(i, p)) return i;
    return kNo;
  }
  std::size_t find_line_end(std::size_t from) const {
    for (std::size_t i = from; i < t_.size(); ++i)
      if (line_end(t_[i])) return i;
    return kNo;
  }
  std::size_t blanks(std::size_t i) const {
    while (i < t_.size() && blank(t_[i])) ++i;
    return i;
  }
  bool last_is(TokenKind k) const { return !out_.tokens.empty() && out_.tokens.back().kind == k; }
  bool at_line_start() const {
    return out_.tokens.empty() || last_is(TokenKind::Newline) || last_is(TokenKind::Emptyline);
  }
  void push(TokenKind kind, std::size_t b, std::size_t e) {
    auto text = [](TokenKind k) {
      return k == TokenKind::Freestyle || k == TokenKind::UnusedControlChar;
    };
    if (text(kind) && !skipped_ && !out_.tokens.empty() && text(out_.tokens.back().kind) &&
        out_.tokens.back().end == b) {
      out_.tokens.back() = {TokenKind::Freestyle, out_.tokens.back().begin, u32(e)};
      return;
    }
    out_.tokens.push_back({kind, u32(b), u32(e)});
    skipped_ = false;
  }
  void dedent_all(std::size_t at) {
    for (; indents_.size() > 1; indents_.pop_back()) push(TokenKind::Dedent, at, at);
  }
  void indent_to(std::size_t width, std::size_t at) {
    if (width > indents_.back()) {
      if (indents_.size() > kMaxIndentDepth) {
        if (!too_deep_) out_.notes.push_back({LexerNote::Kind::TooDeep, u32(at)});
        too_deep_ = true;
        return;
      }
      indents_.push_back(width);
      push(TokenKind::Indent, at, at);
    }
    for (; indents_.size() > 1 && width < indents_.back(); indents_.pop_back())
      push(TokenKind::Dedent, at, at);
  }
  // One line end (\r\n, \n, or \r when `lone_cr`) at j: its end, or kNo.
  std::size_t one_line_end(std::size_t j, bool lone_cr) const {
    if (at(j, "\r\n")) return j + 2;
    if (j < t_.size() && (t_[j] == '\n' || (lone_cr && t_[j] == '\r'))) return j + 1;
    return kNo;
  }
  std::size_t comment(std::size_t i) {
    std::size_t end = kNo, e = kNo;
    if (at(i, "<!--")) {
      e = find(i + 4, "-->");
      end = e == kNo ? t_.size() : e + 3;
    } else if (at(i, "/*")) {
      e = find(i + 2, "*/");
      end = e == kNo ? t_.size() : e + 2;
    } else if (at(i, "//") && !(i > 0 && t_[i - 1] == ':')) {
      e = find_line_end(i);
      return after_comment(e == kNo ? t_.size() : e);
    }
    if (end == kNo) return kNo;
    if (e == kNo) out_.notes.push_back({LexerNote::Kind::UnclosedComment, u32(i)});
    return after_comment(end);
  }
  std::size_t after_comment(std::size_t end) const {
    if (last_is(TokenKind::Emptyline)) {
      for (;;) {  // \r\n after blanks, or a line end right here (as first written)
        std::size_t j = blanks(end);
        if (at(j, "\r\n"))
          end = j + 2;
        else if (end < t_.size() && line_end(t_[end]))
          end += 1;
        else
          break;
      }
    } else if (last_is(TokenKind::Newline)) {
      std::size_t after = one_line_end(blanks(end), true);
      if (after != kNo && one_line_end(blanks(after), true) == kNo) end = after;
    }
    return end;
  }
  std::size_t frontmatter(std::size_t i) const {
    if (!at(i, "===")) return kNo;
    std::size_t j = i + 3;
    while (j < t_.size() && t_[j] == '=') ++j;
    std::size_t e = find(j, "===");
    if (e == kNo) return kNo;
    for (e += 3; e < t_.size() && t_[e] == '=';) ++e;
    return e;
  }
  std::size_t emptyline(std::size_t i) const {
    int count = 0;
    for (std::size_t k; (k = one_line_end(blanks(i), false)) != kNo; ++count) i = k;
    return count >= 2 ? i : kNo;
  }
  std::size_t newline(std::size_t i) const { return one_line_end(blanks(i), true); }
  std::size_t special_char(std::size_t i) const {
    char d = t_[i];
    if (d != '.' && d != ':') return kNo;
    std::size_t j = i + 1;
    if (j >= t_.size() || js_space(t_[j])) return kNo;
    for (++j; j < t_.size() && !js_space(t_[j]) && t_[j] != d;) ++j;
    if (j >= t_.size() || t_[j] != d) return kNo;
    ++j;
    return j < t_.size() && blank(t_[j]) ? j + 1 : j;
  }
  // The longest {...} whose } is not followed by [\s]*[,}], not running past
  // a } followed by a space and another character, nor past a \r.
  std::size_t data(std::size_t i) const {
    if (t_[i] != '{') return kNo;
    std::size_t last = kNo;
    for (std::size_t q = i + 1; q < t_.size() && t_[q] != '\r'; ++q) {
      if (t_[q] != '}') continue;
      std::size_t k = q + 1;
      while (k < t_.size() && js_space(t_[k])) ++k;
      if (!(k < t_.size() && (t_[k] == ',' || t_[k] == '}'))) last = q + 1;
      if (q + 2 < t_.size() && js_space(t_[q + 1]) && t_[q + 2] != ',' && t_[q + 2] != '}') break;
    }
    return last;
  }
  bool line_start(std::size_t& i) {
    if (!at_line_start()) return false;
    bool after_newline = out_.tokens.empty() || last_is(TokenKind::Newline);
    std::size_t s = blanks(i), width = s - i;
    if (after_newline && at(s, "--")) {
      dedent_all(i);
      push(TokenKind::InferenceStart, s, s + 2);
      inference_ = true;
      i = s + 2;
      return true;
    }
    struct Symbol {
      std::string_view text;
      TokenKind kind;
    };
    static const Symbol kSymbols[] = {
        {"+>", TokenKind::SupportsChild},    {"->", TokenKind::AttacksChild},
        {"<+", TokenKind::SupportedByChild}, {"+", TokenKind::SupportedByChild},
        {"<-", TokenKind::AttackedByChild},  {"-", TokenKind::AttackedByChild},
        {"><", TokenKind::Contradiction},    {"_>", TokenKind::UndercutsChild},
        {"<_", TokenKind::UndercutByChild}};
    for (const Symbol& symbol : kSymbols)
      if (at(s, symbol.text)) return relation(i, s, width, symbol.kind, symbol.text.size());
    if (at(s, "_") && s + 1 < t_.size() && js_space(t_[s + 1]))
      return relation(i, s, width, TokenKind::UndercutByChild, 1);
    if (width == 0 && t_[i] == '#') {
      std::size_t j = i;
      while (j < t_.size() && t_[j] == '#') ++j;
      if (j < t_.size() && t_[j] == ' ') {
        push(TokenKind::HeadingStart, i, j + 1);
        i = j + 1;
        return true;
      }
    }
    std::size_t j = s + (at(s, "(") ? 1 : 0);
    std::size_t digits_end = j;
    while (digits_end < t_.size() && digit(t_[digits_end])) ++digits_end;
    if (j == s + 1 && digits_end > j && at(digits_end, ")")) {
      dedent_all(i);
      push(TokenKind::StatementNumber, s, digits_end + 1);
      i = digits_end + 1;
      return true;
    }
    if (j == s && digits_end > s && at(digits_end, ".") && digits_end + 1 < t_.size() &&
        js_space(t_[digits_end + 1])) {
      indent_to(width + 1, i);
      push(TokenKind::OrderedListItem, s, digits_end + 1);
      i = digits_end + 1;
      return true;
    }
    if (at(s, "*") && s + 1 < t_.size() && js_space(t_[s + 1])) {
      indent_to(width + 1, i);
      push(TokenKind::UnorderedListItem, s, s + 1);
      i = s + 1;
      return true;
    }
    return false;
  }
  bool relation(std::size_t& i, std::size_t s, std::size_t width, TokenKind kind, std::size_t len) {
    indent_to(width, i);
    push(kind, s, s + len);
    i = s + len;
    return true;
  }
  bool emphasis(std::size_t& i) {
    char c = t_[i];
    if (c != '*' && c != '_') return false;
    bool star = c == '*', dbl = i + 1 < t_.size() && t_[i + 1] == c;
    auto end_ok = [&](std::size_t j) -> std::size_t {
      if (j >= t_.size()) return j;
      if (blank(t_[j])) return j + 1;
      return std::string_view("\n\r)}_.,!?;:-*").find(t_[j]) != kNo ? j : kNo;
    };
    auto take = [&](TokenKind kind, std::size_t e) {
      push(kind, i, e);
      i = e;
      return true;
    };
    if (!out_.tokens.empty() && !skipped_ && !ranges_.empty()) {
      std::size_t e = kNo;
      if (dbl && ranges_.back() == (star ? 0 : 1) && (e = end_ok(i + 2)) != kNo) {
        ranges_.pop_back();
        return take(star ? TokenKind::AsteriskBoldEnd : TokenKind::UnderscoreBoldEnd, e);
      }
      if (ranges_.back() == (star ? 2 : 3) && (e = end_ok(i + 1)) != kNo) {
        ranges_.pop_back();
        return take(star ? TokenKind::AsteriskItalicEnd : TokenKind::UnderscoreItalicEnd, e);
      }
    }
    if (dbl && (i + 2 >= t_.size() || !js_space(t_[i + 2]))) {
      ranges_.push_back(star ? 0 : 1);
      return take(star ? TokenKind::AsteriskBoldStart : TokenKind::UnderscoreBoldStart, i + 2);
    }
    if (i + 1 >= t_.size() || !js_space(t_[i + 1])) {
      ranges_.push_back(star ? 2 : 3);
      return take(star ? TokenKind::AsteriskItalicStart : TokenKind::UnderscoreItalicStart, i + 1);
    }
    return false;
  }
  // Argdown's tag characters [a-zA-z0-9-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]:
  // the byte length of the one at i, 0 when none. A byte that starts no valid
  // UTF-8 sequence counts as the code point of its own value.
  std::size_t tag_char(std::size_t i) const {
    auto b = static_cast<unsigned char>(t_[i]);
    std::size_t extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0, len = 1;
    char32_t cp = b;
    if (extra > 0 && i + extra < t_.size()) {
      char32_t decoded = b & (0x3F >> extra);
      std::size_t k = 1;
      for (; k <= extra && (static_cast<unsigned char>(t_[i + k]) & 0xC0) == 0x80; ++k)
        decoded = (decoded << 6) | (static_cast<unsigned char>(t_[i + k]) & 0x3F);
      if (k > extra) cp = decoded, len = extra + 1;
    }
    bool ok = (cp >= 'A' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-' ||
              (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
              (cp >= 0xFDF0 && cp <= 0xFFEF);
    return ok ? len : 0;
  }
  bool brackets(std::size_t& i) {
    char c = t_[i];
    if (c != '[' && c != '#' && c != '@' && c != '<') return false;
    std::size_t n = t_.size();
    auto take = [&](TokenKind kind, std::size_t e, bool trailing_blank) {
      if (trailing_blank && e < n && blank(t_[e])) ++e;
      push(kind, i, e);
      i = e;
      return true;
    };
    if (c == '[') {  // a link: /\[[^\]]+?\]\([^\)]+?\)[ \t]?/
      std::size_t close = find(i + 1, "]");
      if (close != kNo && close > i + 1 && close + 2 < n && t_[close + 1] == '(') {
        std::size_t paren = find(close + 2, ")");
        if (paren != kNo && paren > close + 2) return take(TokenKind::Link, paren + 1, true);
      }
    }
    if (c == '#') {
      if (at(i + 1, "(")) {
        std::size_t paren = find(i + 2, ")");
        if (paren != kNo && paren > i + 2) return take(TokenKind::Tag, paren + 1, true);
      }
      std::size_t k = i + 1;
      for (std::size_t l; k < n && (l = tag_char(k)) != 0;) k += l;
      return k > i + 1 && take(TokenKind::Tag, k, true);
    }
    std::size_t eol = find_line_end(i);
    if (eol == kNo) eol = n;
    // A title may not cross a line end, unless the line end is its first character.
    auto limit = [&](std::size_t open) {
      if (!line_end(t_[open + 1])) return eol;
      std::size_t next = find_line_end(open + 2);
      return next == kNo ? n : next;
    };
    if (c == '[') {
      std::size_t e = find(i + 2, "]:");
      if (e != kNo && e < eol) return take(TokenKind::StatementDefinition, e + 2, false);
      if (i + 1 < n && t_[i + 1] != '-') {
        std::size_t close = find(i + 2, "]");
        if (close != kNo && close < limit(i))
          return take(TokenKind::StatementReference, close + 1, false);
      }
      return false;
    }
    if (c == '@' && (at(i + 1, "[") || at(i + 1, "<"))) {
      bool statement = t_[i + 1] == '[';
      std::size_t close = find(i + 3, statement ? "]" : ">");
      return close != kNo && close < eol &&
             take(statement ? TokenKind::StatementMention : TokenKind::ArgumentMention, close + 1,
                  true);
    }
    if (c == '<') {
      std::size_t e = find(i + 2, ">:");
      if (e != kNo && e < eol) return take(TokenKind::ArgumentDefinition, e + 2, false);
      if (i + 1 < n && t_[i + 1] != '-') {
        std::size_t close = find(i + 2, ">");
        if (close != kNo && close < limit(i))
          return take(TokenKind::ArgumentReference, close + 1, false);
      }
    }
    return false;
  }

  std::string_view t_;
  LexResult out_;
  std::vector<std::size_t> indents_{0};
  std::vector<int> ranges_;  // 0 ** bold, 1 __ bold, 2 * italic, 3 _ italic
  bool skipped_ = false, inference_ = false, too_deep_ = false;
};

// Tokens and notes as one readable string, so that a failure shows the difference.
std::string describe(std::string_view text, const LexResult& r) {
  std::ostringstream out;
  for (const Token& t : r.tokens)
    out << token_kind_name(t.kind) << '@' << t.begin << '-' << t.end << ':'
        << text.substr(t.begin, std::min<std::size_t>(t.end - t.begin, 20)) << '\n';
  for (const LexerNote& note : r.notes)
    out << "note " << static_cast<int>(note.kind) << '@' << note.offset << '\n';
  return out.str();
}

void expect_same(std::string_view text, const std::string& name) {
  LexResult fast = tokenize(text);
  LexResult slow = Reference(text).run();
  bool same = fast.tokens.size() == slow.tokens.size() && fast.notes.size() == slow.notes.size();
  for (std::size_t k = 0; same && k < fast.tokens.size(); ++k)
    same = fast.tokens[k].kind == slow.tokens[k].kind &&
           fast.tokens[k].begin == slow.tokens[k].begin && fast.tokens[k].end == slow.tokens[k].end;
  for (std::size_t k = 0; same && k < fast.notes.size(); ++k)
    same = fast.notes[k].kind == slow.notes[k].kind && fast.notes[k].offset == slow.notes[k].offset;
  if (!same) {
    EXPECT_EQ(describe(text, fast), describe(text, slow)) << name;
  }
  // The same tokens from a TokenStream read a separator at a time by a reader
  // that drops all it has read but the last token (the parser keeps more).
  TokenStream stream(text);
  LexResult streamed;
  while (!stream.done()) {
    std::size_t before = stream.tokens().size();
    stream.lex_separators(1);
    std::vector<Token>& window = stream.tokens();
    // The stream lists where its new separators are.
    std::vector<std::size_t> separators;
    for (std::size_t k = before; k < window.size(); ++k)
      if (window[k].kind == TokenKind::Emptyline) separators.push_back(k);
    EXPECT_EQ(stream.separators(), separators) << name << " (separators)";
    stream.separators().clear();
    if (window.size() < 2) continue;
    streamed.tokens.insert(streamed.tokens.end(), window.begin(), window.end() - 1);
    window.erase(window.begin(), window.end() - 1);
  }
  streamed.tokens.insert(streamed.tokens.end(), stream.tokens().begin(), stream.tokens().end());
  streamed.notes = stream.notes();
  EXPECT_EQ(describe(text, streamed), describe(text, fast)) << name << " (streamed)";
}

// Every .argdown file under `dir`; how many were compared.
int compare_files(const fs::path& dir) {
  int count = 0;
  if (!fs::is_directory(dir)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".argdown") {
      expect_same(read_file(entry.path()), entry.path().string());
      ++count;
    }
  return count;
}

TEST(LexerEquivalenceTest, TheReferenceSeesWhatTheLexerTestsSee) {
  // The reference itself on a few known cases (from lexer_test.cc).
  std::string_view text = "[A]: text #tag\n  + b\n\n(1) p\n-- r {a: 1} --\n";
  LexResult r = Reference(text).run();
  std::string kinds;
  for (const Token& t : r.tokens) kinds += std::string(token_kind_name(t.kind)) + ' ';
  EXPECT_EQ(kinds,
            "StatementDefinition Freestyle Tag Newline Indent SupportedByChild Freestyle Dedent "
            "Emptyline StatementNumber Freestyle Newline InferenceStart Freestyle Data "
            "InferenceEnd Newline Eof ");
}

TEST(LexerEquivalenceTest, RepositoryMaps) {
  EXPECT_GT(compare_files(ARGMAP_SOURCE_DIR "/maps"), 0);
  EXPECT_GT(compare_files(ARGMAP_SOURCE_DIR "/tests/data"), 0);
}

TEST(LexerEquivalenceTest, ArgdownCorpus) {
  fs::path corpus = ARGMAP_SHARED_DIR "/corpus";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  EXPECT_GT(compare_files(corpus), 0);
}

TEST(LexerEquivalenceTest, GeneratedBenchmarkMap) {
  fs::path map = ARGMAP_SOURCE_DIR "/bench/data/map-1k-s1.argdown";
  if (!fs::exists(map)) GTEST_SKIP() << "run bench/generate_map.py for " << map;
  expect_same(read_file(map), map.string());
}

void compare_random_texts() {
  // Pieces that start or end tokens, and plain text around them.
  const std::vector<std::string_view> pieces = {"[",
                                                "]",
                                                "<",
                                                ">",
                                                ":",
                                                "{",
                                                "}",
                                                "(",
                                                ")",
                                                "#",
                                                "@",
                                                "*",
                                                "_",
                                                "-",
                                                "+",
                                                "/",
                                                "\n",
                                                "\r",
                                                " ",
                                                "\t",
                                                "=",
                                                ".",
                                                ",",
                                                ";",
                                                "\\",
                                                "a",
                                                "b",
                                                "1",
                                                "2",
                                                "x y",
                                                "ä",
                                                "€",
                                                "😀",
                                                "\xC3",
                                                "!",
                                                "?",
                                                "\v",
                                                "--",
                                                "**",
                                                "__",
                                                "<!--",
                                                "-->",
                                                "/*",
                                                "*/",
                                                "//",
                                                "===",
                                                "\r\n",
                                                "\n\n",
                                                "  ",
                                                "[a]",
                                                "<a>",
                                                "(1)",
                                                "1. ",
                                                "* ",
                                                "#(",
                                                "@[",
                                                "]:",
                                                ">:",
                                                "abcdefghijklmnopqrs"};
  std::mt19937 rng(20261128);
  for (int k = 0; k < 6000; ++k) {
    std::size_t length = rng() % (k < 3000 ? 16 : 90);
    // Half of the strings use only the single characters, for dense punctuation.
    std::size_t alphabet = k % 2 == 0 ? pieces.size() : 25;
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text += pieces[rng() % alphabet];
    expect_same(text, "random text " + std::to_string(k));
    if (::testing::Test::HasFailure()) break;  // one readable failure is enough
  }
}

TEST(LexerEquivalenceTest, RandomText) {
  compare_random_texts();
}

#ifdef ARGMAP_LEXER_AVX2
// CPUs without AVX2 take the SSE2 scan: the same comparisons with AVX2 turned off.
TEST(LexerEquivalenceTest, WithoutAvx2) {
  struct Restore {
    bool was = lexer_detail::use_avx2;
    ~Restore() { lexer_detail::use_avx2 = was; }
  } restore;
  lexer_detail::use_avx2 = false;
  EXPECT_GT(compare_files(ARGMAP_SOURCE_DIR "/maps"), 0);
  fs::path corpus = ARGMAP_SHARED_DIR "/corpus";
  if (fs::is_directory(corpus)) {
    EXPECT_GT(compare_files(corpus), 0);
  }
  fs::path map = ARGMAP_SOURCE_DIR "/bench/data/map-1k-s1.argdown";
  if (fs::exists(map)) expect_same(read_file(map), map.string());
  compare_random_texts();
}
#endif

}  // namespace
}  // namespace argmap
