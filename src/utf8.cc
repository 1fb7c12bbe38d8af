#include "utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace argmap {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  std::size_t n = b < 0x80                   ? 1
                  : (b >= 0xC2 && b <= 0xDF) ? 2
                  : (b >= 0xE0 && b <= 0xEF) ? 3
                  : (b >= 0xF0 && b <= 0xF4) ? 4
                                             : 0;
  if (n <= 1) return n;
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char c = byte(i + 1);
  if (b == 0xE0 && c < 0xA0) return 0;  // overlong
  if (b == 0xED && c > 0x9F) return 0;  // surrogate
  if (b == 0xF0 && c < 0x90) return 0;  // overlong
  if (b == 0xF4 && c > 0x8F) return 0;  // above U+10FFFF
  return n;
}

namespace {

/// Skips ASCII bytes other than NUL from `i`, eight at a time: maps are mostly
/// ASCII, and a check per byte would cost more than the lexer.
std::size_t skip_plain_ascii(std::string_view text, std::size_t i) {
#ifdef __SSE2__
  // Sixteen at a time where SSE2 is there (always on x86-64): a byte's top bit
  // is set in x | (x == 0) when it is >= 0x80 or zero. First 64 at a time while
  // none stops: an or of four for the top bits, their unsigned min for a zero.
  auto load = [&](std::size_t at) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
  };
  while (i + 64 <= text.size()) {
    __m128i a = load(i), b = load(i + 16), c = load(i + 32), d = load(i + 48);
    __m128i tops = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
    __m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
    if (_mm_movemask_epi8(_mm_or_si128(tops, _mm_cmpeq_epi8(least, _mm_setzero_si128()))) != 0)
      break;
    i += 64;
  }
  while (i + 16 <= text.size()) {
    __m128i x = load(i);
    auto stops = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128()))));
    if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops));
    i += 16;
  }
#endif
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHighs = 0x8080808080808080u;
  while (i + 8 <= text.size()) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // Any byte >= 0x80, or any zero byte (the classic haszero test)?
    if (((word | ((word - kOnes) & ~word)) & kHighs) != 0) break;
    i += 8;
  }
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b == 0 || b >= 0x80) break;
    ++i;
  }
  return i;
}

}  // namespace

std::vector<Utf8Problem> find_utf8_problems(std::string_view text, std::size_t limit) {
  std::vector<Utf8Problem> problems;
  std::size_t i = 0;
  while (problems.size() < limit && (i = skip_plain_ascii(text, i)) < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == 0) {
      std::size_t j = i;
      while (j < text.size() && text[j] == '\0') ++j;
      problems.push_back({Utf8Problem::Kind::NulByte, i, j - i});
      i = j;
      continue;
    }
    std::size_t n = utf8_sequence_length(text, i);
    if (n > 0) {
      i += n;
      continue;
    }
    // Group a run of invalid bytes into one problem.
    std::size_t j = i + 1;
    while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 &&
           utf8_sequence_length(text, j) == 0)
      ++j;
    problems.push_back({Utf8Problem::Kind::InvalidSequence, i, j - i});
    i = j;
  }
  return problems;
}

}  // namespace argmap
