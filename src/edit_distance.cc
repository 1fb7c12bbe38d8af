#include "edit_distance.h"

#include <algorithm>
#include <numeric>

namespace argmap {
namespace {

/// Length in bytes of the code point starting at `text[i]`: 1 for ASCII and for
/// any byte that does not start a well-formed sequence.
std::size_t code_point_length(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  std::size_t n = byte < 0xC2 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : byte < 0xF5 ? 4 : 1;
  if (n == 1 || i + n > text.size()) return 1;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

/// The code points of `text`; a stray byte becomes a value above U+10FFFF so it
/// never equals a real character.
std::vector<char32_t> decode(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = code_point_length(text, i);
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (n == 1) {
      c = byte < 0x80 ? byte : 0x110000 + byte;
    } else {
      c = byte & (0x7F >> n);
      for (std::size_t k = 1; k < n; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(c);
    i += n;
  }
  return out;
}

// Polynomial hashing modulo 2^64 so that the hash of a name with one code point
// removed combines the hashes of its prefix and suffix in O(1).
constexpr std::uint64_t kBase = 0x100000001B3ULL;

std::uint32_t finish(std::uint64_t h, std::size_t length) {
  h ^= length * 0x9E3779B97F4A7C15ULL;  // keeps "ab" minus "b" apart from "a" minus ""
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h >> 32);
}

std::uint64_t pack(std::uint32_t hash, std::size_t entry) {
  return (static_cast<std::uint64_t>(hash) << 32) | static_cast<std::uint32_t>(entry);
}

/// Calls `emit(hash)` for `text` with each of its code points removed in turn.
template <typename Emit>
void for_each_deletion(std::string_view text, Emit emit) {
  std::vector<std::uint64_t> prefix(text.size() + 1, 0), power(text.size() + 1, 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    prefix[i + 1] = prefix[i] * kBase + static_cast<unsigned char>(text[i]) + 1;
    power[i + 1] = power[i] * kBase;
  }
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t e = i + code_point_length(text, i);
    std::uint64_t suffix = prefix[n] - prefix[e] * power[n - e];
    emit(finish(prefix[i] * power[n - e] + suffix, n - (e - i)));
    i = e;
  }
}

std::uint32_t hash_of(std::string_view text) {
  std::uint64_t h = 0;
  for (char c : text) h = h * kBase + static_cast<unsigned char>(c) + 1;
  return finish(h, text.size());
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  std::vector<char32_t> x = decode(a), y = decode(b);
  const std::size_t m = x.size(), n = y.size();
  if (max_distance && (m > n ? m - n : n - m) > max_distance) return max_distance + 1;
  // One row of the dynamic programme: row[j] = distance(x[0..i), y[0..j)).
  std::vector<std::size_t> row(n + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= m; ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= n; ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (max_distance && best > max_distance) return max_distance + 1;
  }
  if (max_distance && row[n] > max_distance) return max_distance + 1;
  return row[n];
}

const std::string* closest_match(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t max_distance) {
  const std::string* best = nullptr;
  std::size_t best_distance = max_distance + 1;
  for (const auto& candidate : candidates) {
    if (best_distance == 0) break;
    // Only a strictly closer candidate replaces the best one (ties: the earlier).
    const std::size_t limit = best_distance - 1;
    std::size_t d =
        limit == 0 ? (candidate == word ? 0 : 1) : edit_distance(word, candidate, limit);
    if (d <= limit) {
      best = &candidate;
      best_distance = d;
    }
  }
  return best;
}

std::size_t suggestion_distance(std::string_view word) {
  return std::max<std::size_t>(1, decode(word).size() / 3);
}

void NearNameIndex::add(std::string_view name, std::uint32_t id) {
  const std::size_t entry = entries_.size();
  entries_.push_back(Entry{name, id});
  whole_.push_back(pack(hash_of(name), entry));
  for_each_deletion(name, [&](std::uint32_t h) { deleted_.push_back(pack(h, entry)); });
}

void NearNameIndex::build() {
  std::sort(whole_.begin(), whole_.end());
  std::sort(deleted_.begin(), deleted_.end());
}

void NearNameIndex::lookup(const std::vector<std::uint64_t>& table, std::uint32_t hash,
                           std::vector<std::uint32_t>& entries) const {
  auto it = std::lower_bound(table.begin(), table.end(), pack(hash, 0));
  for (; it != table.end() && (*it >> 32) == hash; ++it)
    entries.push_back(static_cast<std::uint32_t>(*it & 0xFFFFFFFFu));
}

std::vector<std::uint32_t> NearNameIndex::find_one_edit(std::string_view word) const {
  std::vector<std::uint32_t> candidates;
  lookup(deleted_, hash_of(word), candidates);  // the name has one code point more
  for_each_deletion(word, [&](std::uint32_t h) {
    lookup(whole_, h, candidates);    // the name has one code point less
    lookup(deleted_, h, candidates);  // one code point differs
  });
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<std::uint32_t> ids;
  for (std::uint32_t entry : candidates)
    if (edit_distance(word, entries_[entry].name, 1) == 1) ids.push_back(entries_[entry].id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace argmap
