// Where the model keeps its texts: bytes appended to chunks that never move, so a
// std::string_view of them stays valid while the arena lives. One allocation per
// 128 KiB of text instead of one per occurrence, and no copy for a canonical text.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace argmap {

class TextArena {
 public:
  TextArena() = default;
  TextArena(const TextArena&) = delete;  // views point into it: it must not be copied
  TextArena& operator=(const TextArena&) = delete;

  /// A copy of `text` that lives as long as the arena.
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > room_) make_room(text.size());
    char* at = next_;
    std::memcpy(at, text.data(), text.size());
    next_ += text.size();
    room_ -= text.size();
    return {at, text.size()};
  }

 private:
  void make_room(std::size_t size);

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  std::size_t room_ = 0;  ///< bytes left after next_ in the last chunk
};

}  // namespace argmap
