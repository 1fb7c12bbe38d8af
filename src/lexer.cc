// Argdown's lexer rebuilt as a hand-written scanner. Argdown tries its token
// patterns in a fixed order and takes the first that matches; tokenize() keeps
// that order. Every search that could look far ahead (data blocks, links,
// titles) caches its result, so the whole pass stays linear in the text.
#include "lexer.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace argmap {

std::string_view token_kind_name(TokenKind kind) {
  static constexpr std::array<std::string_view, 41> kNames = {"FrontMatter",
                                                              "Data",
                                                              "EscapedChar",
                                                              "SpecialChar",
                                                              "Emptyline",
                                                              "Newline",
                                                              "Indent",
                                                              "Dedent",
                                                              "InferenceStart",
                                                              "InferenceEnd",
                                                              "ListDelimiter",
                                                              "SupportsChild",
                                                              "AttacksChild",
                                                              "SupportedByChild",
                                                              "AttackedByChild",
                                                              "Contradiction",
                                                              "UndercutsChild",
                                                              "UndercutByChild",
                                                              "HeadingStart",
                                                              "StatementNumber",
                                                              "OrderedListItem",
                                                              "UnorderedListItem",
                                                              "AsteriskBoldEnd",
                                                              "UnderscoreBoldEnd",
                                                              "AsteriskItalicEnd",
                                                              "UnderscoreItalicEnd",
                                                              "AsteriskBoldStart",
                                                              "UnderscoreBoldStart",
                                                              "AsteriskItalicStart",
                                                              "UnderscoreItalicStart",
                                                              "Link",
                                                              "Tag",
                                                              "StatementDefinition",
                                                              "StatementReference",
                                                              "StatementMention",
                                                              "ArgumentDefinition",
                                                              "ArgumentReference",
                                                              "ArgumentMention",
                                                              "Freestyle",
                                                              "UnusedControlChar",
                                                              "Eof"};
  return kNames[static_cast<std::size_t>(kind)];
}

namespace {

constexpr std::size_t kNone = std::string_view::npos;

bool is_line_end(char c) {
  return c == '\n' || c == '\r';
}
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
// JavaScript's \s for the ASCII range (what matters in Argdown's patterns).
bool is_js_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Does `t` have `p` at `i`? (memcmp is slow for two or three bytes.)
inline bool has_at(std::string_view t, std::size_t i, std::string_view p) {
  if (i > t.size() || t.size() - i < p.size()) return false;
  for (std::size_t k = 0; k < p.size(); ++k)
    if (t[i + k] != p[k]) return false;
  return true;
}

// The characters that end Argdown's Freestyle token: [\\@#*_\[\],.:;</>\-\r\n(){}].
constexpr std::array<bool, 256> make_special() {
  std::array<bool, 256> t{};
  for (char c : std::string_view("\\@#*_[],.:;</>-\r\n(){}"))
    t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kSpecial = make_special();

/// Finds the next position >= from where a predicate holds, remembering the last
/// answer: lexing moves forward, so repeated questions cost nothing.
template <typename Pred>
class NextFinder {
 public:
  NextFinder(std::string_view text, Pred pred) : text_(text), pred_(pred) {}
  std::size_t find(std::size_t from) {
    if (from >= searched_from_ && from <= found_ && searched_from_ != kNone) return found_;
    searched_from_ = from;
    found_ = kNone;
    for (std::size_t i = from; i < text_.size(); ++i)
      if (pred_(text_, i)) {
        found_ = i;
        break;
      }
    return found_;
  }

 private:
  std::string_view text_;
  Pred pred_;
  std::size_t searched_from_ = kNone;
  std::size_t found_ = kNone;
};

template <char C>
struct IsChar {
  bool operator()(std::string_view t, std::size_t i) const { return t[i] == C; }
};
struct IsLineEnd {
  bool operator()(std::string_view t, std::size_t i) const { return is_line_end(t[i]); }
};
template <char C>
struct IsCharColon {  // "]:" or ">:"
  bool operator()(std::string_view t, std::size_t i) const {
    return t[i] == C && i + 1 < t.size() && t[i + 1] == ':';
  }
};

// Decodes the UTF-8 code point at i (invalid bytes decode as themselves).
char32_t decode(std::string_view t, std::size_t i, std::size_t& length) {
  auto b = static_cast<unsigned char>(t[i]);
  length = 1;
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (extra == 0) return b;
  char32_t cp = b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if (i + k >= t.size()) return b;
    auto c = static_cast<unsigned char>(t[i + k]);
    if ((c & 0xC0) != 0x80) return b;
    cp = (cp << 6) | (c & 0x3F);
  }
  length = static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Argdown's tag characters: [a-zA-z0-9-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]
// (A-z includes [\]^_` as in Argdown). Returns the byte length, 0 when none.
std::size_t tag_char(std::string_view t, std::size_t i) {
  std::size_t length = 0;
  char32_t c = decode(t, i, length);
  if ((c >= 'A' && c <= 'z') || is_digit(static_cast<char>(c < 128 ? c : 0)) || c == '-')
    return length;
  if ((c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF))
    return length;
  return 0;
}

enum class RangeType : std::uint8_t {
  AsteriskBold,
  UnderscoreBold,
  AsteriskItalic,
  UnderscoreItalic
};

class Lexer {
 public:
  explicit Lexer(std::string_view text)
      : t_(text),
        close_bracket_(text, IsChar<']'>{}),
        close_paren_(text, IsChar<')'>{}),
        line_end_(text, IsLineEnd{}),
        statement_def_end_(text, IsCharColon<']'>{}),
        argument_def_end_(text, IsCharColon<'>'>{}),
        close_angle_(text, IsChar<'>'>{}),
        comment_end_html_(text,
                          [](std::string_view t, std::size_t i) { return has_at(t, i, "-->"); }),
        comment_end_block_(text,
                           [](std::string_view t, std::size_t i) { return has_at(t, i, "*/"); }),
        frontmatter_end_(text,
                         [](std::string_view t, std::size_t i) { return has_at(t, i, "==="); }) {
    indents_.push_back(0);
  }

  LexResult run();

 private:
  bool at_line_start() const {
    return out_.tokens.empty() || last_is(TokenKind::Newline) || last_is(TokenKind::Emptyline);
  }
  bool last_is(TokenKind k) const { return !out_.tokens.empty() && out_.tokens.back().kind == k; }
  void push(TokenKind kind, std::size_t begin, std::size_t end) {
    // Adjacent text tokens merge into one: the parser only concatenates them,
    // and a 30 MB line of punctuation would otherwise need 30 M tokens.
    bool text = kind == TokenKind::Freestyle || kind == TokenKind::UnusedControlChar;
    if (text && !out_.tokens.empty() && !skipped_since_token_) {
      Token& last = out_.tokens.back();
      if ((last.kind == TokenKind::Freestyle || last.kind == TokenKind::UnusedControlChar) &&
          last.end == begin) {
        last.kind = TokenKind::Freestyle;
        last.end = static_cast<std::uint32_t>(end);
        return;
      }
    }
    out_.tokens.push_back(
        Token{kind, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    skipped_since_token_ = false;
  }
  void emit_remaining_dedents(std::size_t at) {
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(TokenKind::Dedent, at, at);
    }
  }
  void emit_indent_or_dedent(std::size_t width, std::size_t at);

  std::size_t match_comment(std::size_t i);
  std::size_t match_frontmatter(std::size_t i);
  std::size_t match_data(std::size_t i);
  std::size_t match_special_char(std::size_t i);
  std::size_t match_emptyline(std::size_t i);
  std::size_t match_newline(std::size_t i);
  bool lex_line_start(std::size_t& i);
  bool lex_emphasis(std::size_t& i);
  bool lex_brackets(std::size_t& i);
  std::size_t skip_blanks(std::size_t i) const {
    while (i < t_.size() && is_blank(t_[i])) ++i;
    return i;
  }

  std::string_view t_;
  LexResult out_;
  std::vector<std::size_t> indents_;
  std::vector<RangeType> ranges_;
  bool skipped_since_token_ = false;
  bool inference_mode_ = false;
  bool too_deep_reported_ = false;
  // Cached forward searches.
  NextFinder<IsChar<']'>> close_bracket_;
  NextFinder<IsChar<')'>> close_paren_;
  NextFinder<IsLineEnd> line_end_;
  NextFinder<IsCharColon<']'>> statement_def_end_;
  NextFinder<IsCharColon<'>'>> argument_def_end_;
  NextFinder<IsChar<'>'>> close_angle_;
  NextFinder<bool (*)(std::string_view, std::size_t)> comment_end_html_;
  NextFinder<bool (*)(std::string_view, std::size_t)> comment_end_block_;
  NextFinder<bool (*)(std::string_view, std::size_t)> frontmatter_end_;
  // match_data's cache: from a `{` before data_stop_, the answer is data_end_.
  std::size_t data_start_ = kNone, data_stop_ = 0, data_end_ = kNone;
};

void Lexer::emit_indent_or_dedent(std::size_t width, std::size_t at) {
  if (width > indents_.back()) {
    if (indents_.size() > kMaxIndentDepth) {  // indents_[0] is the base level
      if (!too_deep_reported_)
        out_.notes.push_back({LexerNote::Kind::TooDeep, static_cast<std::uint32_t>(at)});
      too_deep_reported_ = true;
      return;
    }
    indents_.push_back(width);
    push(TokenKind::Indent, at, at);
  } else {
    while (indents_.size() > 1 && width < indents_.back()) {
      indents_.pop_back();
      push(TokenKind::Dedent, at, at);
    }
  }
}

// Comments: <!-- -->, /* */ and // to the end of the line. Like Argdown, a comment
// after a line end also swallows the line ends after it, so that the next line
// still counts as the start of a line. Unlike Argdown, `//` right after `:`
// (as in http://) is no comment, and an unclosed comment runs to the end.
std::size_t Lexer::match_comment(std::size_t i) {
  std::size_t end = kNone;
  if (has_at(t_, i, "<!--")) {
    std::size_t e = comment_end_html_.find(i + 4);
    if (e == kNone)
      out_.notes.push_back({LexerNote::Kind::UnclosedComment, static_cast<std::uint32_t>(i)});
    end = e == kNone ? t_.size() : e + 3;
  } else if (has_at(t_, i, "/*")) {
    std::size_t e = comment_end_block_.find(i + 2);
    if (e == kNone)
      out_.notes.push_back({LexerNote::Kind::UnclosedComment, static_cast<std::uint32_t>(i)});
    end = e == kNone ? t_.size() : e + 2;
  } else if (has_at(t_, i, "//") && !(i > 0 && t_[i - 1] == ':')) {
    std::size_t e = line_end_.find(i);
    end = e == kNone ? t_.size() : e;
  }
  if (end == kNone) return kNone;
  if (last_is(TokenKind::Emptyline)) {
    // Argdown: (?:[ \t]*\r\n|\n|\r)*
    for (;;) {
      std::size_t j = skip_blanks(end);
      if (has_at(t_, j, "\r\n"))
        end = j + 2;
      else if (end < t_.size() && is_line_end(t_[end]))
        end += 1;
      else
        break;
    }
  } else if (last_is(TokenKind::Newline)) {
    // One line end, unless an empty line follows it.
    std::size_t j = skip_blanks(end);
    std::size_t after = kNone;
    if (has_at(t_, j, "\r\n"))
      after = j + 2;
    else if (j < t_.size() && is_line_end(t_[j]))
      after = j + 1;
    if (after != kNone) {
      std::size_t k = skip_blanks(after);
      if (!(k < t_.size() && is_line_end(t_[k]))) end = after;
    }
  }
  return end;
}

std::size_t Lexer::match_frontmatter(std::size_t i) {
  // /===+[\s\S]*?===+/
  if (!has_at(t_, i, "===")) return kNone;
  std::size_t j = i + 3;
  while (j < t_.size() && t_[j] == '=') ++j;
  std::size_t e = frontmatter_end_.find(j);
  if (e == kNone) return kNone;
  e += 3;
  while (e < t_.size() && t_[e] == '=') ++e;
  return e;
}

// Argdown's /{((?!}\s[^\,}])(.|\n))*}(?!\s*(\,|}))/: the longest `{...}` whose
// closing brace is not followed by `,` or `}`, and which does not run past a
// `}` followed by a space and another character, nor past a `\r`.
std::size_t Lexer::match_data(std::size_t i) {
  if (t_[i] != '{') return kNone;
  if (data_start_ != kNone && i > data_start_ && i < data_stop_)
    return data_end_ != kNone && data_end_ > i + 1 ? data_end_ : kNone;
  std::size_t last_end = kNone;
  std::size_t q = i + 1;
  for (; q < t_.size(); ++q) {
    char c = t_[q];
    if (c == '\r') break;
    if (c != '}') continue;
    // Is this `}` a valid end?
    std::size_t k = q + 1;
    while (k < t_.size() && is_js_space(t_[k])) ++k;
    if (!(k < t_.size() && (t_[k] == ',' || t_[k] == '}'))) last_end = q + 1;
    // May the body run past it?
    if (q + 2 < t_.size() && is_js_space(t_[q + 1]) && t_[q + 2] != ',' && t_[q + 2] != '}') break;
  }
  data_start_ = i;
  data_stop_ = q;
  data_end_ = last_end;
  return last_end;
}

// /(?:\.[^\s]+?\.[ \t]?)|(?:\:[^\s]+?\:[ \t]?)/
std::size_t Lexer::match_special_char(std::size_t i) {
  char d = t_[i];
  if (d != '.' && d != ':') return kNone;
  std::size_t j = i + 1;
  if (j >= t_.size() || is_js_space(t_[j])) return kNone;
  ++j;  // at least one character
  while (j < t_.size() && !is_js_space(t_[j]) && t_[j] != d) ++j;
  if (j >= t_.size() || t_[j] != d) return kNone;
  ++j;
  if (j < t_.size() && is_blank(t_[j])) ++j;
  return j;
}

// /^(?:[ \t]*(?:\r\n|\n)){2,}/
std::size_t Lexer::match_emptyline(std::size_t i) {
  std::size_t end = i;
  int count = 0;
  for (;;) {
    std::size_t j = skip_blanks(end);
    if (has_at(t_, j, "\r\n"))
      end = j + 2;
    else if (j < t_.size() && t_[j] == '\n')
      end = j + 1;
    else
      break;
    ++count;
  }
  return count >= 2 ? end : kNone;
}

// /[ \t]*(?:\r\n|\n|\r)/
std::size_t Lexer::match_newline(std::size_t i) {
  std::size_t j = skip_blanks(i);
  if (has_at(t_, j, "\r\n")) return j + 2;
  if (j < t_.size() && is_line_end(t_[j])) return j + 1;
  return kNone;
}

// The tokens that only exist at the start of a line: inference starts, relation
// symbols, headings, statement numbers and list items.
bool Lexer::lex_line_start(std::size_t& i) {
  if (!at_line_start()) return false;
  bool after_newline = out_.tokens.empty() || last_is(TokenKind::Newline);
  std::size_t s = skip_blanks(i);  // the symbol after the indentation
  std::size_t width = s - i;
  auto at = [&](std::string_view p) { return has_at(t_, s, p); };
  if (after_newline && at("--")) {
    emit_remaining_dedents(i);
    push(TokenKind::InferenceStart, s, s + 2);
    inference_mode_ = true;
    i = s + 2;
    return true;
  }
  TokenKind kind{};
  std::size_t length = 0;
  if (at("+>"))
    kind = TokenKind::SupportsChild, length = 2;
  else if (at("->"))
    kind = TokenKind::AttacksChild, length = 2;
  else if (at("<+"))
    kind = TokenKind::SupportedByChild, length = 2;
  else if (at("+"))
    kind = TokenKind::SupportedByChild, length = 1;
  else if (at("<-"))
    kind = TokenKind::AttackedByChild, length = 2;
  else if (at("-"))
    kind = TokenKind::AttackedByChild, length = 1;
  else if (at("><"))
    kind = TokenKind::Contradiction, length = 2;
  else if (at("_>"))
    kind = TokenKind::UndercutsChild, length = 2;
  else if (at("<_"))
    kind = TokenKind::UndercutByChild, length = 2;
  else if (at("_") && s + 1 < t_.size() && is_js_space(t_[s + 1]))
    kind = TokenKind::UndercutByChild, length = 1;
  if (length > 0) {
    emit_indent_or_dedent(width, i);
    push(kind, s, s + length);
    i = s + length;
    return true;
  }
  if (width == 0 && t_[i] == '#') {  // /^(#+)(?: )/
    std::size_t j = i;
    while (j < t_.size() && t_[j] == '#') ++j;
    if (j < t_.size() && t_[j] == ' ') {
      push(TokenKind::HeadingStart, i, j + 1);
      i = j + 1;
      return true;
    }
  }
  if (s < t_.size() && t_[s] == '(' && s + 1 < t_.size() &&
      is_digit(t_[s + 1])) {  // /^[ \t]*\(\d+\)/
    std::size_t j = s + 1;
    while (j < t_.size() && is_digit(t_[j])) ++j;
    if (j < t_.size() && t_[j] == ')') {
      emit_remaining_dedents(i);
      push(TokenKind::StatementNumber, s, j + 1);
      i = j + 1;
      return true;
    }
  }
  if (s < t_.size() && is_digit(t_[s])) {  // /^([ \t]*)\d+\.(?=\s)/
    std::size_t j = s;
    while (j < t_.size() && is_digit(t_[j])) ++j;
    if (j + 1 < t_.size() && t_[j] == '.' && is_js_space(t_[j + 1])) {
      emit_indent_or_dedent(width + 1, i);
      push(TokenKind::OrderedListItem, s, j + 1);
      i = j + 1;
      return true;
    }
  }
  if (s + 1 < t_.size() && t_[s] == '*' && is_js_space(t_[s + 1])) {  // /^([ \t]*)\*(?=\s)/
    emit_indent_or_dedent(width + 1, i);
    push(TokenKind::UnorderedListItem, s, s + 1);
    i = s + 1;
    return true;
  }
  return false;
}

// Bold and italic markers. An end marker needs the matching start on top of the
// stack, no skipped spaces before it, and a space or punctuation after it.
bool Lexer::lex_emphasis(std::size_t& i) {
  char c = t_[i];
  if (c != '*' && c != '_') return false;
  bool dbl = i + 1 < t_.size() && t_[i + 1] == c;
  auto end_ok = [&](std::size_t j) -> std::size_t {  // returns the end of the token or kNone
    if (j >= t_.size()) return j;
    char n = t_[j];
    if (is_blank(n)) return j + 1;
    if (std::strchr("\n\r)}_.,!?;:-*", n) != nullptr && n != '\0') return j;
    return kNone;
  };
  bool can_end = !out_.tokens.empty() && !skipped_since_token_;
  RangeType bold = c == '*' ? RangeType::AsteriskBold : RangeType::UnderscoreBold;
  RangeType italic = c == '*' ? RangeType::AsteriskItalic : RangeType::UnderscoreItalic;
  if (can_end && !ranges_.empty()) {
    if (dbl && ranges_.back() == bold) {
      std::size_t e = end_ok(i + 2);
      if (e != kNone) {
        ranges_.pop_back();
        push(c == '*' ? TokenKind::AsteriskBoldEnd : TokenKind::UnderscoreBoldEnd, i, e);
        i = e;
        return true;
      }
    }
    if (ranges_.back() == italic) {
      std::size_t e = end_ok(i + 1);
      if (e != kNone) {
        ranges_.pop_back();
        push(c == '*' ? TokenKind::AsteriskItalicEnd : TokenKind::UnderscoreItalicEnd, i, e);
        i = e;
        return true;
      }
    }
  }
  if (dbl && (i + 2 >= t_.size() || !is_js_space(t_[i + 2]))) {
    ranges_.push_back(bold);
    push(c == '*' ? TokenKind::AsteriskBoldStart : TokenKind::UnderscoreBoldStart, i, i + 2);
    i += 2;
    return true;
  }
  if (i + 1 >= t_.size() || !is_js_space(t_[i + 1])) {
    ranges_.push_back(italic);
    push(c == '*' ? TokenKind::AsteriskItalicStart : TokenKind::UnderscoreItalicStart, i, i + 1);
    i += 1;
    return true;
  }
  return false;
}

// Links, tags, definitions, references and mentions, in Argdown's order.
bool Lexer::lex_brackets(std::size_t& i) {
  char c = t_[i];
  std::size_t n = t_.size();
  auto trailing_blank = [&](std::size_t j) { return j < n && is_blank(t_[j]) ? j + 1 : j; };
  if (c == '[') {
    // Link: /\[[^\]]+?\]\([^\)]+?\)[ \t]?/
    std::size_t close = close_bracket_.find(i + 1);
    if (close != kNone && close > i + 1 && close + 2 < n && t_[close + 1] == '(') {
      std::size_t paren = close_paren_.find(close + 2);
      if (paren != kNone && paren > close + 2) {
        std::size_t e = trailing_blank(paren + 1);
        push(TokenKind::Link, i, e);
        i = e;
        return true;
      }
    }
  }
  if (c == '#') {  // Tag
    std::size_t j = i + 1;
    if (j < n && t_[j] == '(') {
      std::size_t paren = close_paren_.find(j + 1);
      if (paren != kNone && paren > j + 1) {
        std::size_t e = trailing_blank(paren + 1);
        push(TokenKind::Tag, i, e);
        i = e;
        return true;
      }
    }
    std::size_t k = j;
    while (k < n) {
      std::size_t l = tag_char(t_, k);
      if (l == 0) break;
      k += l;
    }
    if (k > j) {
      std::size_t e = trailing_blank(k);
      push(TokenKind::Tag, i, e);
      i = e;
      return true;
    }
    return false;
  }
  std::size_t line_end = line_end_.find(i);
  if (line_end == kNone) line_end = n;
  if (c == '[') {
    // Definition: /\[.+?\]\:/ ; reference: /\[[^-].*?\]/
    std::size_t e = statement_def_end_.find(i + 2);
    if (e != kNone && e < line_end) {
      push(TokenKind::StatementDefinition, i, e + 2);
      i = e + 2;
      return true;
    }
    if (i + 1 < n && t_[i + 1] != '-') {
      std::size_t from = i + 2;
      std::size_t limit = line_end;
      if (is_line_end(t_[i + 1])) {  // [^-] also takes a line end; the rest stays on the next line
        std::size_t next = line_end_.find(i + 2);
        limit = next == kNone ? n : next;
      }
      std::size_t close = from <= n ? close_bracket_.find(from) : kNone;
      if (close != kNone && close < limit) {
        push(TokenKind::StatementReference, i, close + 1);
        i = close + 1;
        return true;
      }
    }
    return false;
  }
  if (c == '@' && i + 1 < n && (t_[i + 1] == '[' || t_[i + 1] == '<')) {
    char closer = t_[i + 1] == '[' ? ']' : '>';
    std::size_t close = closer == ']' ? close_bracket_.find(i + 3) : close_angle_.find(i + 3);
    if (close != kNone && close < line_end) {
      std::size_t e = trailing_blank(close + 1);
      push(closer == ']' ? TokenKind::StatementMention : TokenKind::ArgumentMention, i, e);
      i = e;
      return true;
    }
    return false;
  }
  if (c == '<') {
    std::size_t e = argument_def_end_.find(i + 2);
    if (e != kNone && e < line_end) {
      push(TokenKind::ArgumentDefinition, i, e + 2);
      i = e + 2;
      return true;
    }
    if (i + 1 < n && t_[i + 1] != '-') {
      std::size_t limit = line_end;
      if (is_line_end(t_[i + 1])) {
        std::size_t next = line_end_.find(i + 2);
        limit = next == kNone ? n : next;
      }
      std::size_t close = close_angle_.find(i + 2);
      if (close != kNone && close < limit) {
        push(TokenKind::ArgumentReference, i, close + 1);
        i = close + 1;
        return true;
      }
    }
  }
  return false;
}

LexResult Lexer::run() {
  std::size_t i = 0;
  std::size_t n = t_.size();
  // About one token per nine bytes in typical maps: reserve more than that once
  // rather than grow (each growth briefly holds two copies). Untouched capacity
  // costs address space, not memory.
  out_.tokens.reserve(std::min<std::size_t>(n / 5 + 16, std::size_t{1} << 26));
  while (i < n) {
    char c = t_[i];
    std::size_t e;
    // Comments (skipped) come first in both modes.
    if ((c == '<' || c == '/') && (e = match_comment(i)) != kNone) {
      skipped_since_token_ = true;
      i = e;
      continue;
    }
    if (inference_mode_) {
      if ((e = match_newline(i)) != kNone) {
        push(TokenKind::Newline, i, e);
      } else if (c == '\\' && i + 1 < n && !is_line_end(t_[i + 1])) {
        e = i + 2;
        while (e < n && t_[e] == ' ') ++e;
        push(TokenKind::EscapedChar, i, e);
      } else if ((e = match_special_char(i)) != kNone) {
        push(TokenKind::SpecialChar, i, e);
      } else if (c == '-' && i + 1 < n && t_[i + 1] == '-') {
        e = i + 2;
        while (e < n && t_[e] == '-') ++e;
        push(TokenKind::InferenceEnd, i, e);
        inference_mode_ = false;
      } else if ((e = match_data(i)) != kNone) {
        push(TokenKind::Data, i, e);
      } else if (c == ',') {
        e = i + 1;
        push(TokenKind::ListDelimiter, i, e);
      } else if (is_blank(c)) {
        e = skip_blanks(i);
        skipped_since_token_ = true;
      } else if (!kSpecial[static_cast<unsigned char>(c)]) {
        e = i + 1;
        while (e < n && !kSpecial[static_cast<unsigned char>(t_[e])]) ++e;
        push(TokenKind::Freestyle, i, e);
      } else {
        if (c == '\\')
          out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
        e = i + 1;
        if (e < n && is_blank(t_[e]) && c != '\\') ++e;
        push(TokenKind::UnusedControlChar, i, e);
      }
      i = e;
      continue;
    }
    if (c == '=' && (e = match_frontmatter(i)) != kNone) {
      push(TokenKind::FrontMatter, i, e);
    } else if (c == '{' && (e = match_data(i)) != kNone) {
      push(TokenKind::Data, i, e);
    } else if (c == '\\' && i + 1 < n && !is_line_end(t_[i + 1])) {
      e = i + 2;
      while (e < n && (static_cast<unsigned char>(t_[e]) & 0xC0) == 0x80)
        ++e;  // the whole character
      while (e < n && t_[e] == ' ') ++e;
      push(TokenKind::EscapedChar, i, e);
    } else if ((e = match_special_char(i)) != kNone) {
      push(TokenKind::SpecialChar, i, e);
    } else if (!last_is(TokenKind::Emptyline) && (e = match_emptyline(i)) != kNone) {
      if (e < n) emit_remaining_dedents(i);
      push(TokenKind::Emptyline, i, e);
    } else if ((e = match_newline(i)) != kNone) {
      push(TokenKind::Newline, i, e);
    } else if (lex_line_start(i)) {
      continue;
    } else if (lex_emphasis(i)) {
      continue;
    } else if ((c == '[' || c == '#' || c == '@' || c == '<') && lex_brackets(i)) {
      continue;
    } else if (is_blank(c)) {
      e = skip_blanks(i);
      skipped_since_token_ = true;
    } else if (!kSpecial[static_cast<unsigned char>(c)]) {
      e = i + 1;
      while (e < n && !kSpecial[static_cast<unsigned char>(t_[e])]) ++e;
      push(TokenKind::Freestyle, i, e);
    } else {
      // Argdown's lexer fails on a backslash before a line end; we keep it as text.
      if (c == '\\')
        out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
      e = i + 1;
      if (e < n && is_blank(t_[e]) && c != '\\' && !is_line_end(c)) ++e;
      push(TokenKind::UnusedControlChar, i, e);
    }
    i = e;
  }
  if (last_is(TokenKind::Emptyline)) out_.tokens.pop_back();
  emit_remaining_dedents(n);
  out_.tokens.push_back(
      Token{TokenKind::Eof, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
  return std::move(out_);
}

}  // namespace

LexResult tokenize(std::string_view text) {
  return Lexer(text).run();
}

}  // namespace argmap
