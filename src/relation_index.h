// A flat hash map from a relation's (type, from, to) to an index, for the model
// builder: it looks up every relation it makes, and std::unordered_map's
// per-node allocations and prime modulo cost more than making the relations.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "model.h"

namespace argmap {

struct RelationKey {
  RelationType type;
  ElementRef from, to;
  friend bool operator==(const RelationKey&, const RelationKey&) = default;
};

/// Open addressing with linear probing; erased slots become tombstones until
/// the next growth.
class RelationIndex {
 public:
  static constexpr std::size_t kAbsent = std::numeric_limits<std::size_t>::max();

  void reserve(std::size_t count) {
    std::size_t capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > slots_.size()) rehash(capacity);
  }
  /// The value for `key`, or kAbsent.
  std::size_t find(const RelationKey& key) const {
    if (slots_.empty()) return kAbsent;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (s.state == kEmpty) return kAbsent;
      if (s.state == kFull && s.key == key) return s.value;
    }
  }
  /// Inserts `key` or, when present, keeps its value (as emplace does).
  void insert(const RelationKey& key, std::size_t value) { put(key, value, false); }
  /// Inserts `key` or replaces its value.
  void assign(const RelationKey& key, std::size_t value) { put(key, value, true); }
  void erase(const RelationKey& key) {
    if (slots_.empty()) return;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.state == kEmpty) return;
      if (s.state == kFull && s.key == key) {
        s.state = kErased;
        return;
      }
    }
  }

 private:
  enum State : std::uint32_t { kEmpty, kFull, kErased };
  struct Slot {  // 24 bytes: a 50k-statement map needs a table of 2^17 of them
    RelationKey key{};
    std::uint32_t value : 30 = 0;
    State state : 2 = kEmpty;
  };

  std::size_t mask() const { return slots_.size() - 1; }
  std::size_t slot_of(const RelationKey& k) const {
    std::uint64_t h =
        (std::uint64_t{k.from.id} << 32 | k.to.id) ^
        (std::uint64_t(k.type) << 2 | std::uint64_t(k.from.kind) << 1 | std::uint64_t(k.to.kind)) *
            0x9E3779B97F4A7C15u;
    h *= 0xBF58476D1CE4E5B9u;
    h ^= h >> 31;
    return static_cast<std::size_t>(h) & mask();
  }
  void put(const RelationKey& key, std::size_t value, bool replace) {
    if ((used_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    std::size_t target = kAbsent;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.state == kFull && s.key == key) {
        if (replace) s.value = value;
        return;
      }
      if (s.state == kErased && target == kAbsent) target = i;
      if (s.state == kEmpty) {
        if (target == kAbsent) {
          target = i;
          ++used_;
        }
        break;
      }
    }
    slots_[target] = Slot{key, static_cast<std::uint32_t>(value), kFull};
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old)
      if (s.state == kFull) put(s.key, s.value, false);
  }

  std::vector<Slot> slots_;
  std::size_t used_ = 0;  ///< full and erased slots
};

}  // namespace argmap
