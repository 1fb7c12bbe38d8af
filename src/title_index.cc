// Linear probing over a power-of-two table kept at most half full. The slots hold
// the hash, so growing never reads a title again.
#include "title_index.h"

#include <cstring>

namespace argmap {
namespace {

std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint64_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint64_t mix(std::uint64_t h) {
  h *= 0x9E3779B97F4A7C15u;
  return h ^ h >> 32;
}

}  // namespace

// Eight bytes at a time, the last eight overlapping, and a murmur3 finaliser:
// titles are short (std::hash's _Hash_bytes cost 80 instructions a title).
std::uint32_t title_hash(std::string_view title) {
  const char* p = title.data();
  std::size_t n = title.size();
  std::uint64_t h = n * 0xC2B2AE3D27D4EB4Fu;  // not n: an xor of n is easy to cancel
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) h = mix(h ^ load64(p));
    h = mix(h ^ load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h ^ (load32(p) << 32 | load32(p + n - 4)));
  } else if (n > 0) {
    auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    h = mix(h ^ (byte(0) << 24 | byte(n / 2) << 16 | byte(n - 1) << 8));
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDu;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53u;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h);
}

TitleIndex::RecordHead TitleIndex::head_at(std::uint32_t record) const {
  RecordHead head;
  std::memcpy(&head, records_.data() + record, sizeof head);
  return head;
}

std::size_t TitleIndex::slot_of(std::string_view title, std::uint32_t hash) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.record == kEmpty) return at;
    if (slot.hash != hash) continue;
    RecordHead head = head_at(slot.record);
    if (head.length == title.size() &&
        std::memcmp(records_.data() + slot.record + sizeof head, title.data(), title.size()) == 0)
      return at;
  }
}

void TitleIndex::reserve(std::size_t count) {
  std::size_t slots = 16;
  while (slots < 2 * count) slots *= 2;
  if (slots > slots_.size()) rehash(slots);
}

TitleIndex::Id TitleIndex::find(std::string_view title) const {
  if (slots_.empty()) return kAbsent;
  const Slot& slot = slots_[slot_of(title, title_hash(title))];
  return slot.record == kEmpty ? kAbsent : head_at(slot.record).id;
}

std::pair<TitleIndex::Id, bool> TitleIndex::try_emplace(std::string_view title, std::uint32_t hash,
                                                        Id id) {
  if (2 * (size_ + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
  Slot& slot = slots_[slot_of(title, hash)];
  if (slot.record != kEmpty) return {head_at(slot.record).id, false};
  slot = Slot{hash, static_cast<std::uint32_t>(records_.size())};
  RecordHead head{id, static_cast<std::uint32_t>(title.size())};
  records_.append(reinterpret_cast<const char*>(&head), sizeof head);
  records_.append(title);
  ++size_;
  return {id, true};
}

void TitleIndex::rehash(std::size_t slots) {
  std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots));
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.record == kEmpty) continue;
    std::size_t at = s.hash & mask;
    while (slots_[at].record != kEmpty) at = (at + 1) & mask;
    slots_[at] = s;
  }
}

}  // namespace argmap
