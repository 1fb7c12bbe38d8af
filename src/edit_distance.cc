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

/// Calls `emit(hash)` for `text` with each of its code points removed in turn.
template <typename Emit>
void for_each_deletion(std::string_view text, Emit emit) {
  // Reused between calls: the index calls this once per name and per query.
  thread_local std::vector<std::uint64_t> prefix, power;
  prefix.assign(text.size() + 1, 0);
  power.assign(text.size() + 1, 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    prefix[i + 1] = prefix[i] * kBase + static_cast<unsigned char>(text[i]) + 1;
    power[i + 1] = power[i] * kBase;
  }
  const std::size_t n = text.size();
  std::string_view previous;
  for (std::size_t i = 0; i < n;) {
    std::size_t e = i + code_point_length(text, i);
    std::string_view current = text.substr(i, e - i);
    // Removing either of two equal neighbours gives the same text: emit it once.
    if (current != previous) {
      std::uint64_t suffix = prefix[n] - prefix[e] * power[n - e];
      emit(finish(prefix[i] * power[n - e] + suffix, n - (e - i)));
    }
    previous = current;
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

bool one_edit_apart(std::string_view a, std::string_view b) {
  auto continuation = [](std::string_view s, std::size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  };
  const std::size_t shorter = std::min(a.size(), b.size());
  std::size_t prefix = 0;
  while (prefix < shorter && a[prefix] == b[prefix]) ++prefix;
  // Back up to a code point boundary: the first difference may be mid-character.
  while (prefix > 0 && (continuation(a, prefix) || continuation(b, prefix))) --prefix;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  while (suffix > 0 && continuation(a, a.size() - suffix)) --suffix;
  // What remains in the middle of each must be at most one code point, and not both nothing.
  auto at_most_one = [](std::string_view s) {
    return s.empty() || code_point_length(s, 0) == s.size();
  };
  std::string_view middle_a = a.substr(prefix, a.size() - prefix - suffix);
  std::string_view middle_b = b.substr(prefix, b.size() - prefix - suffix);
  return at_most_one(middle_a) && at_most_one(middle_b) && !(middle_a.empty() && middle_b.empty());
}

void NearNameIndex::Table::add(std::uint32_t hash, std::size_t entry) {
  keys.push_back((static_cast<std::uint64_t>(hash) << 32) | static_cast<std::uint32_t>(entry));
}

void NearNameIndex::Table::build() {
  // Least significant digit first, two 16-bit digits of the hash; the second
  // pass's counts are the directory.
  std::vector<std::uint64_t> buffer(keys.size());
  for (int shift : {32, 48}) {
    std::vector<std::uint32_t> start(65537, 0);
    for (std::uint64_t key : keys) ++start[((key >> shift) & 0xFFFF) + 1];
    for (std::size_t d = 0; d < 65536; ++d) start[d + 1] += start[d];
    if (shift == 48) directory = start;
    for (std::uint64_t key : keys) buffer[start[(key >> shift) & 0xFFFF]++] = key;
    keys.swap(buffer);
  }
}

void NearNameIndex::Table::find(std::uint32_t hash, std::vector<std::uint32_t>& entries) const {
  if (directory.empty()) return;
  auto begin = keys.begin() + directory[hash >> 16];
  auto end = keys.begin() + directory[(hash >> 16) + 1];
  auto it = std::lower_bound(begin, end, static_cast<std::uint64_t>(hash) << 32);
  for (; it != end && (*it >> 32) == hash; ++it)
    entries.push_back(static_cast<std::uint32_t>(*it & 0xFFFFFFFFu));
}

void NearNameIndex::add(std::string_view name, std::uint32_t id) {
  entries_.push_back(Entry{name, id});
}

void NearNameIndex::build() {
  for (std::size_t entry = 0; entry < entries_.size(); ++entry) {
    whole_.add(hash_of(entries_[entry].name), entry);
    for_each_deletion(entries_[entry].name, [&](std::uint32_t h) { deleted_.add(h, entry); });
  }
  whole_.build();
  deleted_.build();
}

std::vector<std::uint32_t> NearNameIndex::find_one_edit(std::string_view word) const {
  std::vector<std::uint32_t> candidates;
  deleted_.find(hash_of(word), candidates);  // the name has one code point more
  for_each_deletion(word, [&](std::uint32_t h) {
    whole_.find(h, candidates);    // the name has one code point less
    deleted_.find(h, candidates);  // one code point differs
  });
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<std::uint32_t> ids;
  for (std::uint32_t entry : candidates)
    if (one_edit_apart(word, entries_[entry].name)) ids.push_back(entries_[entry].id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace argmap
