// Argdown's lexer rebuilt as a hand-written scanner. Argdown tries its token
// patterns in a fixed order and takes the first that matches; tokenize() keeps
// that order, trying at each byte only the patterns that can start with it.
// Every search that could look far ahead (data blocks, links, titles) caches
// its result, so the whole pass stays linear in the text.
#include "lexer.h"

#include "lexer_scanner.h"

#include <algorithm>
#include <array>
#include <bit>
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

namespace lexer_detail {

[[gnu::always_inline]] inline void Lexer::emit_indent_or_dedent(std::size_t width, std::size_t at) {
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
    std::size_t e = find_line_end(i);
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

// Emptyline /^(?:[ \t]*(?:\r\n|\n)){2,}/, unless the last token is one, else
// Newline /[ \t]*(?:\r\n|\n|\r)/: one pass for both. `j` is the line end after
// the blanks from i.
void Lexer::lex_line_end(std::size_t& i, std::size_t j) {
  std::size_t n = t_.size();
  bool crlf = t_[j] == '\r' && j + 1 < n && t_[j + 1] == '\n';
  std::size_t end = j + (crlf ? 2 : 1);
  if ((crlf || t_[j] == '\n') && !last_is(TokenKind::Emptyline)) {
    std::size_t more = end;
    bool empty = false;
    for (;;) {
      std::size_t k = skip_blanks(more);
      if (k < n && t_[k] == '\n') {
        more = k + 1;
      } else if (has_at(t_, k, "\r\n")) {
        more = k + 2;
      } else {
        indent_from_ = more, indent_to_ = k;
        break;
      }
      empty = true;
    }
    if (empty) {
      if (more < n) emit_remaining_dedents(i);
      separators_.push_back(out_.tokens.size());
      push(TokenKind::Emptyline, i, more);
      i = more;
      return;
    }
  }
  push(TokenKind::Newline, i, end);
  i = end;
  // The next line is indented (its blanks are known): go on to its relation
  // symbol or list item right away, as the main loop's next round would.
  std::size_t s = indent_from_ == end ? indent_to_ : end;
  if (s > end && s < n && !is_line_end(t_[s]) && !lex_line_symbol(i, s)) {
    i = s;
    skipped_since_token_ = true;
  }
}

// /[ \t]*(?:\r\n|\n|\r)/
std::size_t Lexer::match_newline(std::size_t i) {
  std::size_t j = skip_blanks(i);
  if (has_at(t_, j, "\r\n")) return j + 2;
  if (j < t_.size() && is_line_end(t_[j])) return j + 1;
  return kNone;
}

// The tokens that only exist at the start of a line: inference starts, relation
// symbols, headings, statement numbers and list items. `s` is where the symbol
// would be: after the blanks from i.
[[gnu::always_inline]] inline bool Lexer::lex_line_symbol(std::size_t& i, std::size_t s) {
  std::size_t width = s - i;
  // Argdown tries `--` (after a line end), then +> -> <+ + <- - >< _> <_ _ in
  // this order; only patterns with the same first character compete, so a
  // switch on it keeps that order.
  TokenKind kind{};
  std::size_t length = 0;
  char next = s + 1 < t_.size() ? t_[s + 1] : '\0';
  switch (s < t_.size() ? t_[s] : '\0') {
    case '+':
      kind = next == '>' ? TokenKind::SupportsChild : TokenKind::SupportedByChild;
      length = next == '>' ? 2 : 1;
      break;
    case '-':
      if (next == '-' && (out_.tokens.empty() || last_is(TokenKind::Newline))) {
        emit_remaining_dedents(i);
        push(TokenKind::InferenceStart, s, s + 2);
        inference_mode_ = true;
        i = s + 2;
        return true;
      }
      kind = next == '>' ? TokenKind::AttacksChild : TokenKind::AttackedByChild;
      length = next == '>' ? 2 : 1;
      break;
    case '<':
      if (next == '+') kind = TokenKind::SupportedByChild, length = 2;
      if (next == '-') kind = TokenKind::AttackedByChild, length = 2;
      if (next == '_') kind = TokenKind::UndercutByChild, length = 2;
      break;
    case '>':
      if (next == '<') kind = TokenKind::Contradiction, length = 2;
      break;
    case '_':
      if (next == '>')
        kind = TokenKind::UndercutsChild, length = 2;
      else if (is_js_space(next))
        kind = TokenKind::UndercutByChild, length = 1;
      break;
    default:
      break;
  }
  if (length > 0) {
    if (width != indents_.back()) emit_indent_or_dedent(width, i);  // else a sibling
    push(kind, s, s + length);
    i = s + length;
    lex_after_token(i);
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
      lex_after_token(i);
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

// The main loop's copy (lex_line_end has its own, inlined: most lines go there).
bool Lexer::lex_line_symbol_outlined(std::size_t& i, std::size_t s) {
  return lex_line_symbol(i, s);
}

namespace {

// The special bytes that are text away from the start of a line, outside
// inference mode: 1 always, 2 unless a shortcode starts there.
constexpr std::array<std::uint8_t, 256> make_mid_line_text() {
  std::array<std::uint8_t, 256> t{};
  for (char c : std::string_view(",;()]}>-")) t[static_cast<unsigned char>(c)] = 1;
  t['.'] = t[':'] = 2;
  return t;
}
constexpr std::array<std::uint8_t, 256> kMidLineText = make_mid_line_text();

// Masks of the special bytes (kSpecial) among 32, for scan_text. SSE2 (every
// x86-64 CPU) gives a superset that the table then sorts out; AVX2, where the
// CPU has it, gives the exact set in a third of the instructions.
#ifdef __SSE2__
struct MaybeSpecialSse2 {
  static constexpr bool kExact = false;
  // Letters, digits, spaces and non-ASCII bytes are never special. A byte is in
  // a range when, moved to start at -128, it is below -128 + the range's size.
  static std::uint32_t mask16(const char* p) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto below = [](__m128i v, int shift, int size) {
      return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(shift))),
                            _mm_set1_epi8(static_cast<char>(-128 + size)));
    };
    __m128i letter = below(_mm_or_si128(x, _mm_set1_epi8(0x20)), 0x80 - 'a', 26);
    __m128i plain = _mm_or_si128(_mm_or_si128(letter, below(x, 0x80 - '0', 10)),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    return ~static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(plain, x))) & 0xFFFF;
  }
  static std::uint32_t mask32(const char* p) { return mask16(p) | mask16(p + 16) << 16; }
};
#endif

#ifdef ARGMAP_LEXER_AVX2
// Two lookups by nibble: the low nibble's entry has bit h set when the byte
// with high nibble h (< 8: ASCII) is special; the high nibble's entry is 1 << h.
// Both tables twice, one copy per 128-bit lane of vpshufb.
constexpr std::array<std::uint8_t, 32> make_nibble_table(bool high) {
  std::array<std::uint8_t, 32> t{};
  for (std::size_t c = 0; c < 128; ++c) {
    if (!kSpecial[c]) continue;
    auto bit = static_cast<std::uint8_t>(1u << (c >> 4));
    std::size_t at = high ? c >> 4 : c & 15;
    t[at] = t[at + 16] = high ? bit : static_cast<std::uint8_t>(t[at] | bit);
  }
  return t;
}
alignas(32) constexpr std::array<std::uint8_t, 32> kLowNibble = make_nibble_table(false);
alignas(32) constexpr std::array<std::uint8_t, 32> kHighNibble = make_nibble_table(true);

struct SpecialAvx2 {
  static constexpr bool kExact = true;
  [[gnu::target("avx2")]] static std::uint32_t mask32(const char* p) {
    __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i low =
        _mm256_shuffle_epi8(_mm256_load_si256(reinterpret_cast<const __m256i*>(kLowNibble.data())),
                            _mm256_and_si256(x, nibble));
    __m256i high =
        _mm256_shuffle_epi8(_mm256_load_si256(reinterpret_cast<const __m256i*>(kHighNibble.data())),
                            _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
    __m256i plain = _mm256_cmpeq_epi8(_mm256_and_si256(low, high), _mm256_setzero_si256());
    return ~static_cast<std::uint32_t>(_mm256_movemask_epi8(plain));
  }
};
#endif

}  // namespace

#ifdef ARGMAP_LEXER_AVX2
const bool kHaveAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
#endif

// At the special byte k: false when the text ends at k, else true with k moved
// past the punctuation and one blank.
inline bool Lexer::take_mid_line(std::size_t& k) {
  std::size_t n = t_.size();
  auto c = static_cast<unsigned char>(t_[k]);
  if (kMidLineText[c] == 0) return false;
  if (kMidLineText[c] == 2 && k + 1 < n && !is_js_space(t_[k + 1]) &&
      match_special_char(k) != kNone)
    return false;
  ++k;
  if (k < n && is_blank(t_[k])) ++k;
  return true;
}

// Further blanks after the punctuation are skipped, not text; `=` may start
// front matter; a line end ends the text anyway (seen here, it needs no round
// of its own).
inline bool Lexer::text_ends_at(std::size_t k) const {
  if (k >= t_.size()) return false;
  char c = t_[k];
  return is_blank(c) || c == '=' || is_line_end(c);
}

// The end of the text token that starts before i. Besides plain bytes, it
// takes the punctuation that only becomes text (as UnusedControlChar, merged by
// push) away from the start of a line and outside inference mode: `,;()]}>-`,
// and `.` or `:` that start no shortcode, each with one blank after it. This
// covers most bytes of a map, so it looks at 32 bytes at a time. A `.` or `:`
// before a non-space may start a shortcode: then the answer is its position
// with kAskShortcode set, and scan_text asks match_special_char, so that this
// loop calls nothing and needs no registers saved.
template <typename Mask>
[[gnu::always_inline]] inline std::size_t Lexer::scan_text_with(std::size_t i) {
  std::size_t n = t_.size();
  // 32 bytes a round: a line of text takes two or three.
  while (i + 32 <= n) {
    std::uint32_t mask = Mask::mask32(t_.data() + i);
    std::size_t next = i + 32;
    while (mask != 0) {
      std::size_t k = i + static_cast<std::size_t>(std::countr_zero(mask));
      auto c = static_cast<unsigned char>(t_[k]);
      // Most punctuation in text is `.` or `,` with a space and a word after
      // it: text, as the steps below would find.
      if (kMidLineText[c] != 0 && k + 2 < n && t_[k + 1] == ' ' && !text_ends_at(k + 2)) {
        mask &= mask - 1;
        continue;
      }
      if (!Mask::kExact && !kSpecial[c]) {
        mask &= mask - 1;
        continue;
      }
      // take_mid_line, but for the shortcode check.
      if (kMidLineText[c] == 0) return k;
      if (kMidLineText[c] == 2 && k + 1 < n && !is_js_space(t_[k + 1])) return k | kAskShortcode;
      ++k;
      if (k < n && is_blank(t_[k])) ++k;
      if (text_ends_at(k)) return k;
      // k is past the punctuation and its blank: look on from there.
      if (k - i >= 32) {
        next = k;
        break;
      }
      mask &= ~0u << (k - i);
    }
    i = next;
  }
  return scan_text_tail(i);
}

#ifdef __SSE2__
std::size_t Lexer::scan_text_sse2(std::size_t i) {
  return scan_text_with<MaybeSpecialSse2>(i);
}
#endif

#ifdef ARGMAP_LEXER_AVX2
// flatten: mask32 can only be inlined here, where AVX2 is on.
[[gnu::target("avx2"), gnu::flatten]] std::size_t Lexer::scan_text_avx2(std::size_t i) {
  return scan_text_with<SpecialAvx2>(i);
}
#endif

// scan_text after a `.` or `:` at k before a non-space: the text ends at k if
// a shortcode starts there, else it goes on after the punctuation.
std::size_t Lexer::scan_text_shortcode(std::size_t k) {
  for (;;) {
    if (match_special_char(k) != kNone) return k;
    ++k;  // no blank follows
    if (text_ends_at(k)) return k;
    k = scan_text_simd(k);
    if ((k & kAskShortcode) == 0) return k;
    k &= ~kAskShortcode;
  }
}

// scan_text for the last bytes of the text, one at a time. (Not inlined into
// scan_text_avx2, which it would make save registers.)
[[gnu::noinline]] std::size_t Lexer::scan_text_tail(std::size_t i) {
  std::size_t n = t_.size();
  while (i < n) {
    if (!kSpecial[static_cast<unsigned char>(t_[i])]) {
      ++i;
    } else {
      if (!take_mid_line(i)) return i;
      if (text_ends_at(i)) return i;
    }
  }
  return i;
}

// The end of the plain text run from i (inference mode: no punctuation is text).
std::size_t Lexer::skip_text(std::size_t i) const {
  while (i < t_.size() && !kSpecial[static_cast<unsigned char>(t_[i])]) ++i;
  return i;
}

// Inside an inference (`-- ... --`) only a few tokens exist.
void Lexer::lex_inference(std::size_t& i) {
  std::size_t n = t_.size();
  char c = t_[i];
  std::size_t e;
  if (!kSpecial[static_cast<unsigned char>(c)] && !is_blank(c)) {
    // Most often a word of a rule: no other pattern starts with it.
    e = skip_text(i + 1);
    push(TokenKind::Freestyle, i, e);
  } else if ((e = match_newline(i)) != kNone) {
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
  } else {
    if (c == '\\')
      out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
    e = i + 1;
    if (e < n && is_blank(t_[e]) && c != '\\') ++e;
    push(TokenKind::UnusedControlChar, i, e);
  }
  i = e;
}

// A special character that starts no token here: text, with one blank after it.
void Lexer::lex_unused(std::size_t& i) {
  char c = t_[i];
  // Argdown's lexer fails on a backslash before a line end; we keep it as text.
  if (c == '\\')
    out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
  std::size_t e = i + 1;
  if (e < t_.size() && is_blank(t_[e]) && c != '\\') ++e;
  push(TokenKind::UnusedControlChar, i, e);
  i = e;
}

LexResult Lexer::run() {
  // About one token per nine bytes in typical maps: reserve more than that once
  // rather than grow (each growth briefly holds two copies). Untouched capacity
  // costs address space, not memory.
  out_.tokens.reserve(std::min<std::size_t>(t_.size() / 5 + 16, std::size_t{1} << 26));
  lex_until(kNone);
  return std::move(out_);
}

void Lexer::lex_until(std::size_t emptylines) {
  if (done_) return;
  std::size_t& i = i_;
  std::size_t n = t_.size();
  auto text = [&] {  // plain text from i
    std::size_t e = scan_text(i + 1);
    push(TokenKind::Freestyle, i, e);
    i = e;
  };
  auto take = [&](std::size_t e, TokenKind kind) {  // a token to e if there is one
    if (e == kNone) return false;
    push(kind, i, e);
    i = e;
    return true;
  };
  while (i < n) {
    if (emptylines_ >= emptylines && !last_is(TokenKind::Emptyline)) return;
    if (inference_mode_) {
      // Comments come first in both modes.
      std::size_t e = may_be_comment(i) ? match_comment(i) : kNone;
      if (e != kNone) {
        skipped_since_token_ = true;
        i = e;
      } else {
        lex_inference(i);
      }
      continue;
    }
    // Argdown tries its patterns in a fixed order; each case tries, in that
    // order, only those that can start with its character.
    char c = t_[i];
    switch (c) {
      case '\n':
      case '\r':
        lex_line_end(i, i);
        continue;
      case ' ':
      case '\t': {
        std::size_t e = skip_indentation(i);
        if (e < n && is_line_end(t_[e])) {
          lex_line_end(i, e);
          continue;
        }
        if (lex_line_start(i, e)) continue;
        i = e;  // skipped, not text
        skipped_since_token_ = true;
        continue;
      }
      case '<':
      case '/': {
        std::size_t e = may_be_comment(i) ? match_comment(i) : kNone;
        if (e != kNone) {
          skipped_since_token_ = true;
          i = e;
          continue;
        }
        if (c == '<' && (lex_line_start(i, i) || lex_brackets(i))) continue;
        break;
      }
      case '=':
        if (take(match_frontmatter(i), TokenKind::FrontMatter)) continue;
        text();
        continue;
      case '{':
        if (take(match_data(i), TokenKind::Data)) continue;
        break;
      case '\\':
        if (i + 1 < n && !is_line_end(t_[i + 1])) {
          std::size_t e = i + 2;
          while (e < n && (static_cast<unsigned char>(t_[e]) & 0xC0) == 0x80)
            ++e;  // the whole character
          while (e < n && t_[e] == ' ') ++e;
          take(e, TokenKind::EscapedChar);
          continue;
        }
        break;
      case '.':
      case ':':
        if (take(match_special_char(i), TokenKind::SpecialChar)) continue;
        break;
      case '#':
        if (lex_line_start(i, i) || lex_tag(i)) continue;
        break;
      case '[':
        if (lex_short_definition(i) || lex_brackets(i)) continue;
        break;
      case '@':
        if (lex_brackets(i)) continue;
        break;
      case '*':
      case '_':
        if (lex_line_start(i, i) || lex_emphasis(i)) continue;
        break;
      case '-':
      case '>':
      case '(':
        if (lex_line_start(i, i)) continue;
        break;
      case '+':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        if (!lex_line_start(i, i)) text();
        continue;
      default:
        if (kSpecial[static_cast<unsigned char>(c)]) break;  // `,;)]}`
        text();
        continue;
    }
    lex_unused(i);
  }
  if (last_is(TokenKind::Emptyline)) {  // pushed in this call: its index is listed
    out_.tokens.pop_back();
    separators_.pop_back();
  }
  emit_remaining_dedents(n);
  out_.tokens.push_back(
      Token{TokenKind::Eof, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
  done_ = true;
}

}  // namespace lexer_detail

LexResult tokenize(std::string_view text) {
  return lexer_detail::Lexer(text).run();
}

TokenStream::TokenStream(std::string_view text)
    : lexer_(std::make_unique<lexer_detail::Lexer>(text)) {}
TokenStream::~TokenStream() = default;

void TokenStream::lex_separators(std::size_t count) {
  lexer_->lex_until(lexer_->emptylines() + count);
}
bool TokenStream::done() const {
  return lexer_->done();
}
std::vector<Token>& TokenStream::tokens() {
  return lexer_->tokens();
}
std::vector<std::size_t>& TokenStream::separators() {
  return lexer_->separators();
}
const std::vector<LexerNote>& TokenStream::notes() const {
  return lexer_->notes();
}

}  // namespace argmap