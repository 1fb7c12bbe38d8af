// Linear probing over a power-of-two table kept at most half full. The slots hold
// the hash, so growing never reads a title again.
#include "title_index.h"

#include <functional>

namespace argmap {
namespace {

std::uint32_t hash_of(std::string_view title) {
  std::size_t h = std::hash<std::string_view>{}(title);
  return static_cast<std::uint32_t>(h ^ h >> 32);
}

}  // namespace

std::size_t TitleIndex::slot_of(std::string_view title, std::uint32_t hash) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.entry == kEmpty) return at;
    if (slot.hash != hash) continue;
    const Entry& e = entries_[slot.entry];
    if (std::string_view(titles_).substr(e.offset, e.length) == title) return at;
  }
}

TitleIndex::Id TitleIndex::find(std::string_view title) const {
  if (slots_.empty()) return kAbsent;
  const Slot& slot = slots_[slot_of(title, hash_of(title))];
  return slot.entry == kEmpty ? kAbsent : entries_[slot.entry].id;
}

std::pair<TitleIndex::Id, bool> TitleIndex::try_emplace(std::string_view title, Id id) {
  if (2 * (entries_.size() + 1) > slots_.size()) grow();
  std::uint32_t hash = hash_of(title);
  Slot& slot = slots_[slot_of(title, hash)];
  if (slot.entry != kEmpty) return {entries_[slot.entry].id, false};
  slot = Slot{hash, static_cast<std::uint32_t>(entries_.size())};
  entries_.push_back(Entry{titles_.size(), title.size(), id});
  titles_.append(title);
  return {id, true};
}

void TitleIndex::grow() {
  std::vector<Slot> old =
      std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 16 : 2 * slots_.size()));
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.entry == kEmpty) continue;
    std::size_t at = s.hash & mask;
    while (slots_[at].entry != kEmpty) at = (at + 1) & mask;
    slots_[at] = s;
  }
}

}  // namespace argmap
