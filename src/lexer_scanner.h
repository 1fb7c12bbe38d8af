// The scanner state shared by lexer.cc (line structure, comments and the main
// loop) and lexer_inline.cc (emphasis, brackets, data and other inline tokens).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexer.h"

namespace argmap::lexer_detail {

inline constexpr std::size_t kNone = std::string_view::npos;

inline bool is_line_end(char c) {
  return c == '\n' || c == '\r';
}
inline bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
// JavaScript's \s for the ASCII range (what matters in Argdown's patterns).
inline bool is_js_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
inline bool is_digit(char c) {
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
inline constexpr std::array<bool, 256> kSpecial = make_special();

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

}  // namespace argmap::lexer_detail
