// Chunks of 128 KiB: large enough that a 50k-statement map needs about fifty, small
// enough that a one-line map does not touch a megabyte. A longer text gets its own.
#include "text_arena.h"

#include <algorithm>

namespace argmap {

void TextArena::make_room(std::size_t size) {
  constexpr std::size_t kChunk = std::size_t{128} << 10;
  std::size_t bytes = std::max(size, kChunk);
  chunks_.emplace_back(new char[bytes]);  // not make_unique: it would zero the bytes
  next_ = chunks_.back().get();
  room_ = bytes;
}

}  // namespace argmap
