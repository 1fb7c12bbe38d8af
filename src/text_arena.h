// Where the model keeps its texts: bytes appended to chunks that never move, so a
// std::string_view of them stays valid while the arena lives. One allocation per
// 128 KiB of text instead of one per occurrence, and no copy for a canonical text
// or for a text that is the source as written (the arena holds the source's bytes).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
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
  /// Keeps `owner` (a source file's text) alive as long as the arena, so that a
  /// view of bytes it owns is as good as a kept copy: most texts are a run of the
  /// source as written, and need no copy at all.
  void hold(std::shared_ptr<const void> owner) {
    if (held_.empty() || held_.back() != owner) held_.push_back(std::move(owner));
  }

 private:
  void make_room(std::size_t size);

  std::vector<std::unique_ptr<char[]>> chunks_;
  std::vector<std::shared_ptr<const void>> held_;
  char* next_ = nullptr;
  std::size_t room_ = 0;  ///< bytes left after next_ in the last chunk
};

}  // namespace argmap
