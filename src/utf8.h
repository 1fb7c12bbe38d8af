// UTF-8 validation with positions: a map must be UTF-8 text without NUL bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace argmap {

struct Utf8Problem {
  enum class Kind { InvalidSequence, NulByte };
  Kind kind;
  std::size_t offset;  ///< first byte of the problem
  std::size_t length;  ///< bytes it covers
};

/// The problems in `text`, in order; stops after `limit` of them.
std::vector<Utf8Problem> find_utf8_problems(std::string_view text, std::size_t limit = 20);

/// The length of the valid UTF-8 sequence starting at text[i] (1 for ASCII,
/// NUL included), or 0 when the bytes there are no valid sequence (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace argmap
