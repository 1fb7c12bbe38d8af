// The lexer's text runs: the bytes from a text token's start to its end, most
// of a map, found 32 at a time with SSE2 or, where the CPU has it, AVX2 (the
// Lexer class is in lexer_scanner.h).
#include <array>
#include <bit>
#include <cstring>

#include "lexer_scanner.h"

namespace argmap::lexer_detail {

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
bool use_avx2 = [] {
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

}  // namespace argmap::lexer_detail
