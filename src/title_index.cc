// Linear probing over a power-of-two table kept at most half full. The slots hold
// the hash, so growing never reads a title again.
#include "title_index.h"

#include <cstring>
#include <functional>

namespace argmap {
namespace {

std::uint32_t hash_of(std::string_view title) {
  std::size_t h = std::hash<std::string_view>{}(title);
  return static_cast<std::uint32_t>(h ^ h >> 32);
}

}  // namespace

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
  const Slot& slot = slots_[slot_of(title, hash_of(title))];
  return slot.record == kEmpty ? kAbsent : head_at(slot.record).id;
}

std::pair<TitleIndex::Id, bool> TitleIndex::try_emplace(std::string_view title, Id id) {
  if (2 * (size_ + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
  std::uint32_t hash = hash_of(title);
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
