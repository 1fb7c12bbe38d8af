// The scanner state shared by lexer.cc (line structure, comments and the main
// loop) and lexer_inline.cc (emphasis, brackets, data and other inline tokens).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "lexer.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
// scan_text has an AVX2 version, used where the CPU has AVX2 (use_avx2).
#define ARGMAP_LEXER_AVX2 1
#endif

namespace argmap::lexer_detail {

inline constexpr std::size_t kNone = std::string_view::npos;

#ifdef ARGMAP_LEXER_AVX2
/// Whether scan_text takes its AVX2 version: the CPU's answer, asked once before
/// main. Tests turn it off to check the SSE2 version on CPUs that have AVX2.
extern bool use_avx2;
#endif

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

/// Finds the next position >= from where a search hits, remembering the last
/// answer: lexing moves forward, so repeated questions cost nothing.
template <typename Search>
class NextFinder {
 public:
  explicit NextFinder(std::string_view text) : text_(text) {}
  std::size_t find(std::size_t from) {
    if (from >= searched_from_ && from <= found_ && searched_from_ != kNone) return found_;
    searched_from_ = from;
    found_ = from < text_.size() ? Search{}(text_, from) : kNone;
    return found_;
  }

 private:
  std::string_view text_;
  std::size_t searched_from_ = kNone;
  std::size_t found_ = kNone;
};

/// Finds the first `c` in [from, limit), remembering what it has seen, for a
/// byte that is usually nowhere: unlike NextFinder, a search stops at its
/// limit (the line's end), so asking about one line never scans the rest of
/// the text, and the pass stays linear.
class FinderBefore {
 public:
  FinderBefore(std::string_view text, char c) : text_(text), c_(c) {}
  std::size_t find(std::size_t from, std::size_t limit) {
    // Known: no `c` in [from_, to_), and one at to_ if hit_.
    if (from >= from_ && from <= to_ && from_ != kNone) {
      if (limit <= to_) return kNone;
      if (hit_) return to_;
      from = to_;  // search on from there
    } else {
      from_ = from;
    }
    const void* p = from < limit ? std::memchr(text_.data() + from, c_, limit - from) : nullptr;
    hit_ = p != nullptr;
    to_ = hit_ ? static_cast<std::size_t>(static_cast<const char*>(p) - text_.data()) : limit;
    return hit_ ? to_ : kNone;
  }

 private:
  std::string_view text_;
  char c_;
  std::size_t from_ = kNone, to_ = kNone;
  bool hit_ = false;
};

#ifdef __SSE2__
/// A bit for each of the 16 bytes at `p` that equals one of `chars`: the one
/// shape of every short SSE2 search below.
template <typename... Chars>
inline unsigned bytes_equal16(const char* p, Chars... chars) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i hits = _mm_setzero_si128();
  ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(x, _mm_set1_epi8(chars)))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(hits));
}
#endif

// The first `c` at or after `from` (< t.size()); memchr is many times faster
// than a byte loop on the long searches of a big map.
inline std::size_t find_char(std::string_view t, std::size_t from, char c) {
#ifdef __SSE2__
  // Most searches end within a title: try 32 bytes before memchr.
  if (from + 32 <= t.size()) {
    const char* at = t.data() + from;
    std::uint32_t hits = bytes_equal16(at, c) | bytes_equal16(at + 16, c) << 16;
    if (hits != 0) return from + static_cast<std::size_t>(std::countr_zero(hits));
    from += 32;
  }
#endif
  const void* p = std::memchr(t.data() + from, c, t.size() - from);
  return p == nullptr ? kNone : static_cast<std::size_t>(static_cast<const char*>(p) - t.data());
}
// The first occurrence of `p` at or after `from`, found by its first byte.
inline std::size_t find_string(std::string_view t, std::size_t from, std::string_view p) {
  for (std::size_t i = from; i < t.size(); ++i) {
    i = find_char(t, i, p[0]);
    if (i == kNone || has_at(t, i, p)) return i;
  }
  return kNone;
}

// The search for the bytes P... (for NextFinder).
template <char... P>
struct Find {
  std::size_t operator()(std::string_view t, std::size_t from) const {
    static constexpr char kPattern[] = {P...};
    if constexpr (sizeof...(P) == 1)
      return find_char(t, from, kPattern[0]);
    else
      return find_string(t, from, std::string_view(kPattern, sizeof...(P)));
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
        close_bracket_(text),
        close_paren_(text),
        line_feed_(text),
        carriage_return_(text, '\r'),
        statement_def_end_(text),
        argument_def_end_(text),
        close_angle_(text),
        comment_end_html_(text),
        comment_end_block_(text),
        frontmatter_end_(text) {
    indents_.push_back(0);
  }

  /// Lexes the whole text.
  LexResult run();
  /// Lexes on until `emptylines` block separators in all are out, or to the end.
  /// It stops only after a token that follows a separator, so that the parser
  /// never sees a separator that the end of the text would take back.
  void lex_until(std::size_t emptylines);
  bool done() const { return done_; }
  std::size_t emptylines() const { return emptylines_; }
  std::vector<Token>& tokens() { return out_.tokens; }
  std::vector<std::size_t>& separators() { return separators_; }
  const std::vector<LexerNote>& notes() const { return out_.notes; }

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
    emptylines_ += kind == TokenKind::Emptyline;
  }
  void emit_remaining_dedents(std::size_t at) {
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(TokenKind::Dedent, at, at);
    }
  }
  void emit_indent_or_dedent(std::size_t width, std::size_t at);

  std::size_t match_comment(std::size_t i);
  // A comment needs `<!`, `/*` or `//`: most `<` start relations or titles.
  bool may_be_comment(std::size_t i) const {
    char c = t_[i];
    char d = i + 1 < t_.size() ? t_[i + 1] : '\0';
    return c == '<' ? d == '!' : c == '/' && (d == '*' || d == '/');
  }
  std::size_t match_frontmatter(std::size_t i);
  std::size_t match_data(std::size_t i);
  std::size_t match_special_char(std::size_t i);
  std::size_t match_newline(std::size_t i);
  void lex_line_end(std::size_t& i, std::size_t j);
  bool lex_line_start(std::size_t& i, std::size_t s) {
    return at_line_start() && lex_line_symbol_outlined(i, s);  // inline: most calls end here
  }
  bool lex_line_symbol(std::size_t& i, std::size_t s);
  bool lex_line_symbol_outlined(std::size_t& i, std::size_t s);
  bool lex_emphasis(std::size_t& i);
  bool lex_short_definition(std::size_t& i);
  bool lex_brackets(std::size_t& i);
  bool lex_tag(std::size_t& i);
  bool take_parenthesized(std::size_t& i, std::size_t from, TokenKind kind);
  void lex_inference(std::size_t& i);
  void lex_unused(std::size_t& i);
  std::size_t skip_text(std::size_t i) const;
  std::size_t find_line_end(std::size_t i) {
    std::size_t line_feed = line_feed_.find(i);
    std::size_t cr = carriage_return_.find(i, line_feed == kNone ? t_.size() : line_feed);
    return cr != kNone ? cr : line_feed;
  }
  // The end of the text token that starts before i (see scan_text_with).
  std::size_t scan_text(std::size_t i) {
    std::size_t k = scan_text_simd(i);
    return (k & kAskShortcode) == 0 ? k : scan_text_shortcode(k & ~kAskShortcode);
  }
  std::size_t scan_text_simd(std::size_t i) {
#ifdef ARGMAP_LEXER_AVX2
    if (use_avx2) return scan_text_avx2(i);
#endif
#ifdef __SSE2__
    return scan_text_sse2(i);
#else
    return scan_text_tail(i);
#endif
  }
  // Set in scan_text_simd's answer at a `.` or `:` that may start a shortcode
  // (offsets are below 4 GiB).
  static constexpr std::size_t kAskShortcode = std::size_t{1} << 63;
  std::size_t scan_text_shortcode(std::size_t k);
  std::size_t scan_text_sse2(std::size_t i);
  std::size_t scan_text_avx2(std::size_t i);
  template <typename Mask>
  std::size_t scan_text_with(std::size_t i);
  std::size_t scan_text_tail(std::size_t i);
  bool take_mid_line(std::size_t& k);
  bool text_ends_at(std::size_t k) const;
  // Is there a line end in [from, to)? For short ranges (to - from <= 32).
  bool has_line_end(std::size_t from, std::size_t to) const {
#ifdef __SSE2__
    if (from + 32 <= t_.size()) {
      auto ends = [&](std::size_t k) { return bytes_equal16(t_.data() + k, '\n', '\r'); };
      std::uint32_t found = ends(from) | ends(from + 16) << 16;
      std::uint32_t window = to - from >= 32 ? ~0u : (1u << (to - from)) - 1;
      return (found & window) != 0;
    }
#endif
    for (std::size_t k = from; k < to; ++k)
      if (is_line_end(t_[k])) return true;
    return false;
  }
  // The first `a` or `b` at or after i, or the text's size.
  std::size_t find_either(std::size_t i, char a, char b) const {
#ifdef __SSE2__
    for (; i + 16 <= t_.size(); i += 16) {
      unsigned hits = bytes_equal16(t_.data() + i, a, b);
      if (hits != 0) return i + static_cast<std::size_t>(std::countr_zero(hits));
    }
#endif
    while (i < t_.size() && t_[i] != a && t_[i] != b) ++i;
    return i;
  }
  std::size_t skip_blanks(std::size_t i) const {
#ifdef __SSE2__
    // Indentation is often longer than a few bytes: 16 at a time.
    while (i + 16 <= t_.size()) {
      unsigned blank = bytes_equal16(t_.data() + i, ' ', '\t');
      if (blank != 0xFFFF) return i + static_cast<std::size_t>(std::countr_one(blank));
      i += 16;
    }
#endif
    while (i < t_.size() && is_blank(t_[i])) ++i;
    return i;
  }
  // Blanks after a token that is not at a line's start are skipped, unless a line
  // end follows them (then they are part of the Newline): the main loop would do
  // the same, one round later.
  void skip_blanks_after_token(std::size_t& i) {
    if (i < t_.size() && is_blank(t_[i])) {
      std::size_t e = i + 1;  // mostly one blank
      if (e < t_.size() && is_blank(t_[e])) e = skip_blanks(e);
      if (e < t_.size() && is_line_end(t_[e])) return;
      i = e;
      skipped_since_token_ = true;
    }
  }
  // After a token that cannot start a line (a title, a relation symbol, a
  // statement number): skips the blanks after it and lexes the plain text
  // there, as the main loop's next rounds would.
  void lex_after_token(std::size_t& i) {
    skip_blanks_after_token(i);
    if (i >= t_.size()) return;
    char c = t_[i];
    if (kSpecial[static_cast<unsigned char>(c)] || c == '=' || is_blank(c)) return;
    std::size_t e = scan_text(i + 1);
    push(TokenKind::Freestyle, i, e);
    i = e;
  }
  // The first `a`, '\n' or '\r' among the 16 bytes from i; kNone when there is
  // none or fewer than 16 bytes are left.
  std::size_t find_in_line16(std::size_t i, char a) const {
#ifdef __SSE2__
    if (i + 16 <= t_.size()) {
      unsigned hits = bytes_equal16(t_.data() + i, '\n', '\r', a);
      if (hits != 0) return i + static_cast<std::size_t>(std::countr_zero(hits));
    }
#endif
    (void)a;
    return kNone;
  }
  // The blanks from a line's start, which lex_line_end has seen already when it
  // looked for an empty line.
  std::size_t skip_indentation(std::size_t i) const {
    return i == indent_from_ ? indent_to_ : skip_blanks(i);
  }

  std::string_view t_;
  LexResult out_;
  std::vector<std::size_t> separators_;  // indexes in out_.tokens of new Emptyline tokens
  std::vector<std::size_t> indents_;
  std::vector<RangeType> ranges_;
  std::size_t i_ = 0;           // where lexing goes on
  std::size_t emptylines_ = 0;  // separators pushed so far
  bool done_ = false;           // Eof is out
  bool skipped_since_token_ = false;
  bool inference_mode_ = false;
  bool too_deep_reported_ = false;
  // lex_line_end's last look at a line's indentation: blanks [indent_from_, indent_to_).
  std::size_t indent_from_ = kNone, indent_to_ = kNone;
  // Cached forward searches.
  NextFinder<Find<']'>> close_bracket_;
  NextFinder<Find<')'>> close_paren_;
  NextFinder<Find<'\n'>> line_feed_;
  FinderBefore carriage_return_;  // usually none
  NextFinder<Find<']', ':'>> statement_def_end_;
  NextFinder<Find<'>', ':'>> argument_def_end_;
  NextFinder<Find<'>'>> close_angle_;
  NextFinder<Find<'-', '-', '>'>> comment_end_html_;
  NextFinder<Find<'*', '/'>> comment_end_block_;
  NextFinder<Find<'=', '=', '='>> frontmatter_end_;
  // match_data's cache: from a `{` before data_stop_, the answer is data_end_.
  std::size_t data_start_ = kNone, data_stop_ = 0, data_end_ = kNone;
};

}  // namespace argmap::lexer_detail
