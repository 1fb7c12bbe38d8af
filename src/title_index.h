// Name -> id: the titles of statements and arguments, the keys of sources and
// proponents. A 50k-statement map looks a title up 60k times while it is built: one
// flat open-addressing table and one buffer of bytes, not a node and a string each.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace argmap {

class TitleIndex {
 public:
  using Id = std::uint32_t;
  static constexpr Id kAbsent = ~Id{0};

  /// The id of `title`, or kAbsent.
  Id find(std::string_view title) const;
  /// The id of `title`; when it has none yet, `id` becomes its id. `second` says which.
  std::pair<Id, bool> try_emplace(std::string_view title, Id id);
  std::size_t size() const { return entries_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  /// 8 bytes, so that the table is cheap to make and to probe.
  struct Slot {
    std::uint32_t hash = 0;        ///< the title's hash: most mismatches stop here
    std::uint32_t entry = kEmpty;  ///< into entries_
  };
  struct Entry {
    std::size_t offset = 0;  ///< the title's bytes in titles_
    std::size_t length = 0;
    Id id = kAbsent;
  };
  /// The slot holding `title`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view title, std::uint32_t hash) const;
  void grow();

  std::vector<Slot> slots_;  ///< a power of two in size, at most half full
  std::vector<Entry> entries_;
  std::string titles_;  ///< every title's bytes, one after another
};

}  // namespace argmap
