// The lexer's inline tokens: bold and italic markers, links, tags, titles,
// mentions, data blocks and special characters (the Lexer class is in lexer_scanner.h).
#include <array>

#include "lexer_scanner.h"

namespace argmap::lexer_detail {
namespace {

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

// What may follow an emphasis end marker besides a blank.
constexpr std::array<bool, 256> make_emphasis_end_follower() {
  std::array<bool, 256> t{};
  for (char c : std::string_view("\n\r)}_.,!?;:-*")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kEmphasisEndFollower = make_emphasis_end_follower();

// tag_char for ASCII bytes.
constexpr std::array<bool, 128> make_ascii_tag_char() {
  std::array<bool, 128> t{};
  for (std::size_t c = 'A'; c <= 'z'; ++c) t[c] = true;
  for (std::size_t c = '0'; c <= '9'; ++c) t[c] = true;
  t['-'] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiTagChar = make_ascii_tag_char();

}  // namespace

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
    q = find_either(q, '}', '\r');  // the only bytes that matter
    if (q == t_.size() || t_[q] == '\r') break;
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
    if (kEmphasisEndFollower[static_cast<unsigned char>(n)]) return j;
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

// Most `[` start a definition `[T]:` with a short title: the first `]`, before
// any line end, with a `:` after it. No link then, and the first `]:` is that
// `]`: what lex_brackets would find first. Apart from it, so that this common
// case saves few registers.
bool Lexer::lex_short_definition(std::size_t& i) {
  std::size_t close = find_in_line16(i + 1, ']');
  if (close != kNone && close >= i + 2 && t_[close] == ']' && close + 1 < t_.size() &&
      t_[close + 1] == ':') {
    push(TokenKind::StatementDefinition, i, close + 2);
    i = close + 2;
    lex_after_token(i);
    return true;
  }
  return false;
}

// A `kind` token from i through the `)` that closes a non-empty parenthesis
// opened just before `from`, with one blank after it (a tag's or a link's end).
bool Lexer::take_parenthesized(std::size_t& i, std::size_t from, TokenKind kind) {
  std::size_t paren = close_paren_.find(from);
  if (paren == kNone || paren <= from) return false;
  std::size_t e = paren + 1 < t_.size() && is_blank(t_[paren + 1]) ? paren + 2 : paren + 1;
  push(kind, i, e);
  i = e;
  return true;
}

// Tag: /#(?:\([^\)]+\)|[tag characters]+)[ \t]?/ (lex_brackets' other
// tokens start with `[`, `@` or `<`).
bool Lexer::lex_tag(std::size_t& i) {
  std::size_t n = t_.size();
  std::size_t j = i + 1;
  if (j < n && t_[j] == '(' && take_parenthesized(i, j + 1, TokenKind::Tag)) return true;
  std::size_t k = j;
  while (k < n) {
    auto b = static_cast<unsigned char>(t_[k]);
    if (b < 0x80) {  // most tags are ASCII: no decoding
      if (!kAsciiTagChar[b]) break;
      ++k;
      continue;
    }
    std::size_t l = tag_char(t_, k);
    if (l == 0) break;
    k += l;
  }
  if (k > j) {
    std::size_t e = k < n && is_blank(t_[k]) ? k + 1 : k;
    push(TokenKind::Tag, i, e);
    i = e;
    return true;
  }
  return false;
}

// Links, definitions, references and mentions, in Argdown's order.
bool Lexer::lex_brackets(std::size_t& i) {
  char c = t_[i];
  std::size_t n = t_.size();
  auto trailing_blank = [&](std::size_t j) { return j < n && is_blank(t_[j]) ? j + 1 : j; };
  // Where `]:` (or `>:`) first occurs from i + 2. The first closer from i + 1
  // is the answer when `:` follows it, and is usually known already.
  auto title_end = [&](auto& closer, auto& definition) {
    std::size_t close = closer.find(i + 1);
    if (close != kNone && close >= i + 2 && close + 1 < n && t_[close + 1] == ':') return close;
    return definition.find(i + 2);
  };
  // Is e before the end of the line at i? Titles are short: a look at them is
  // cheaper than a search for the line end.
  auto on_line = [&](std::size_t e) {
    if (e - i <= 32) return !has_line_end(i, e);
    std::size_t line_end = find_line_end(i);
    return line_end == kNone || e < line_end;
  };
  if (c == '[') {
    // (lex_short_definition has tried a definition with a short title.)
    std::size_t close = close_bracket_.find(i + 1);
    if (close != kNone && close >= i + 2 && close + 1 < n && t_[close + 1] == ':' &&
        on_line(close)) {
      push(TokenKind::StatementDefinition, i, close + 2);
      i = close + 2;
      lex_after_token(i);
      return true;
    }
    // Link: /\[[^\]]+?\]\([^\)]+?\)[ \t]?/
    if (close != kNone && close > i + 1 && close + 2 < n && t_[close + 1] == '(' &&
        take_parenthesized(i, close + 2, TokenKind::Link))
      return true;
  }
  // A reference may start with a line end ([^-] takes one); then it may end on
  // the next line.
  auto reference_on_line = [&](std::size_t close) {
    if (!is_line_end(t_[i + 1])) return on_line(close);
    std::size_t next = find_line_end(i + 2);
    return next == kNone || close < next;
  };
  if (c == '[') {
    // Definition: /\[.+?\]\:/ ; reference: /\[[^-].*?\]/
    std::size_t e = title_end(close_bracket_, statement_def_end_);
    if (e != kNone && on_line(e)) {
      push(TokenKind::StatementDefinition, i, e + 2);
      i = e + 2;
      lex_after_token(i);
      return true;
    }
    if (i + 1 < n && t_[i + 1] != '-') {
      std::size_t close = close_bracket_.find(i + 2);
      if (close != kNone && reference_on_line(close)) {
        push(TokenKind::StatementReference, i, close + 1);
        i = close + 1;
        lex_after_token(i);
        return true;
      }
    }
    return false;
  }
  if (c == '@' && i + 1 < n && (t_[i + 1] == '[' || t_[i + 1] == '<')) {
    char closer = t_[i + 1] == '[' ? ']' : '>';
    std::size_t close = closer == ']' ? close_bracket_.find(i + 3) : close_angle_.find(i + 3);
    if (close != kNone && on_line(close)) {
      std::size_t e = trailing_blank(close + 1);
      push(closer == ']' ? TokenKind::StatementMention : TokenKind::ArgumentMention, i, e);
      i = e;
      return true;
    }
    return false;
  }
  if (c == '<') {
    std::size_t e = title_end(close_angle_, argument_def_end_);
    if (e != kNone && on_line(e)) {
      push(TokenKind::ArgumentDefinition, i, e + 2);
      i = e + 2;
      lex_after_token(i);
      return true;
    }
    if (i + 1 < n && t_[i + 1] != '-') {
      std::size_t close = close_angle_.find(i + 2);
      if (close != kNone && reference_on_line(close)) {
        push(TokenKind::ArgumentReference, i, close + 1);
        i = close + 1;
        lex_after_token(i);
        return true;
      }
    }
  }
  return false;
}

}  // namespace argmap::lexer_detail
