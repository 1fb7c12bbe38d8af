// Spelling distance for "did you mean" suggestions: Levenshtein distance over
// UTF-8 code points, and an index that finds names one edit away in near-constant time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

/// Levenshtein distance between `a` and `b` counted in code points (an invalid
/// UTF-8 byte counts as one). When the distance exceeds `max_distance` (0 = no
/// bound) the result is `max_distance + 1`, which lets callers stop early.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance = 0);

/// The candidate closest to `word` within `max_distance` edits; ties go to the
/// earlier candidate. Returns nullptr when none is close enough.
const std::string* closest_match(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t max_distance);

/// How many edits a suggestion for `word` may be away: a third of its length, at least one.
std::size_t suggestion_distance(std::string_view word);

/// Whether `a` and `b` are exactly one edit (insertion, deletion or substitution
/// of one code point) apart. O(length), no allocation: the index's verifier.
bool one_edit_apart(std::string_view a, std::string_view b);

/// Names indexed by their one-code-point deletions (symmetric deletion), so that
/// finding every name within one edit of a word costs about O(length of the word),
/// not O(number of names). Hash collisions are harmless: candidates are verified.
/// Use: add() every name, build() once, then find_one_edit() as often as needed.
class NearNameIndex {
 public:
  /// Adds a name; `id` is what find_one_edit returns for it. The text is not
  /// copied: it must outlive the index.
  void add(std::string_view name, std::uint32_t id);
  /// Builds the tables; call after the last add() and before any find_one_edit().
  void build();

  /// Ids of the names exactly one edit away from `word`, sorted, without duplicates.
  std::vector<std::uint32_t> find_one_edit(std::string_view word) const;

 private:
  struct Entry {
    std::string_view name;
    std::uint32_t id;
  };
  /// A hash multimap as a sorted array: each key packs a 32-bit hash (high half)
  /// and an index into entries_ (low half). Built by radix sort (sequential
  /// passes, no cache-missing probes); a directory on the top 16 bits of the hash
  /// narrows each search to a few keys.
  struct Table {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t>
        directory;  ///< keys with top bits t: [directory[t], directory[t + 1])
    void add(std::uint32_t hash, std::size_t entry);
    void build();
    void find(std::uint32_t hash, std::vector<std::uint32_t>& entries) const;
  };

  std::vector<Entry> entries_;
  Table whole_;    ///< hash(name)
  Table deleted_;  ///< hash(name without one code point), per code point
};

}  // namespace argmap
