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

/// The 32-bit hash TitleIndex files a title under (public for its test of spread).
std::uint32_t title_hash(std::string_view title);

class TitleIndex {
 public:
  using Id = std::uint32_t;
  static constexpr Id kAbsent = ~Id{0};

  /// Room for `count` titles without growing.
  void reserve(std::size_t count);
  /// The id of `title`, or kAbsent.
  Id find(std::string_view title) const;
  /// The id of `title`; when it has none yet, `id` becomes its id. `second` says which.
  /// The titles together must stay under 4 GiB.
  std::pair<Id, bool> try_emplace(std::string_view title, Id id) {
    return try_emplace(title, title_hash(title), id);
  }
  /// The same, given the title's hash (title_hash).
  std::pair<Id, bool> try_emplace(std::string_view title, std::uint32_t hash, Id id);
  /// Starts loading the slot of a title with this hash. A table larger than the
  /// cache costs a miss a lookup; a caller that knows its next titles ahead can
  /// have those misses overlap.
  void prefetch(std::uint32_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  /// 8 bytes, so that the table is cheap to make and to probe.
  struct Slot {
    std::uint32_t hash = 0;         ///< the title's hash: most mismatches stop here
    std::uint32_t record = kEmpty;  ///< the title's record in records_
  };
  /// A record is the id, the length and the bytes, so that a match reads one
  /// place, not an entry and then the bytes.
  struct RecordHead {
    Id id;
    std::uint32_t length;
  };
  RecordHead head_at(std::uint32_t record) const;
  /// The slot holding `title`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view title, std::uint32_t hash) const;
  void rehash(std::size_t slots);

  std::vector<Slot> slots_;  ///< a power of two in size, at most half full
  std::string records_;      ///< every title's record, one after another
  std::size_t size_ = 0;
};

}  // namespace argmap
