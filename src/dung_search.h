// A backtracking search for plain attack frameworks: stable extensions, and admissible
// sets grown to preferred ones, over bitsets of the part the grounded labelling leaves open.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "framework.h"
#include "labelling.h"

namespace argmap {

enum class DungResult {
  Found,        ///< the labelling asked for is in `result`
  None,         ///< proved: there is none
  OutOfBudget,  ///< the work budget or the deadline ran out first
};

/// The search works on the nodes the grounded labelling leaves UNDEC (every complete
/// labelling extends the grounded one, so the rest is fixed), with one bitset of
/// attackers and one of targets per node. Each step picks the open constraint with
/// the fewest candidates (an attacker left unanswered, a node neither IN nor
/// attacked), forces single candidates and branches on the rest: one node IN, or
/// never IN below this point. Complete but without learning, hence the budget:
/// callers fall back to SAT when it runs out.
class DungSearch {
 public:
  /// Frameworks whose undecided part is larger than this are left to SAT (the
  /// bitsets grow with its square).
  static constexpr std::size_t kMaxNodes = 4096;

  /// `framework` must have attacks only; `grounded` is its grounded labelling.
  DungSearch(const Framework& framework, const Labelling& grounded,
             std::optional<std::chrono::steady_clock::time_point> deadline);

  /// False when the undecided part has more than kMaxNodes nodes: the search is off.
  bool usable() const { return usable_; }

  /// A stable labelling, with `must_in` IN and `must_not_in` not IN when given.
  /// `budget` counts 64-bit word operations (some 3e8 a second).
  DungResult stable(Labelling& result, std::uint64_t budget,
                    std::optional<NodeId> must_in = std::nullopt,
                    std::optional<NodeId> must_not_in = std::nullopt);

  /// A preferred labelling. On OutOfBudget `result` is still an admissible labelling
  /// (IN set admissible, OUT its targets), grown as far as the budget allowed, from
  /// which a SAT search can go on.
  DungResult preferred(Labelling& result, std::uint64_t budget);

 private:
  enum Part { kS, kC, kD, kA, kParts };  // IN, candidates, attacked by S, attackers of S
  std::uint64_t* state(std::size_t depth, Part part);
  const std::uint64_t* state(std::size_t depth, Part part) const;
  const std::uint64_t* in_row(std::size_t i) const { return ain_.data() + i * words_; }
  const std::uint64_t* out_row(std::size_t i) const { return aout_.data() + i * words_; }
  void reset(std::size_t depth, std::uint64_t budget);
  void copy(std::size_t from, std::size_t to);
  void add(std::size_t depth, std::size_t node);
  bool spend(std::uint64_t work);
  /// Forces single candidates; false on a dead end; `open` gets the most constrained
  /// open node (or -1 when none: the state is a solution).
  bool propagate(std::size_t depth, bool stable, long& open);
  std::size_t choose(std::size_t depth, bool stable, std::size_t open);
  DungResult search(std::size_t depth, bool stable);
  void write(std::size_t depth, bool stable, Labelling& result) const;

  const Framework& f_;
  const Labelling& grounded_;
  bool usable_ = false;
  std::vector<NodeId> nodes_;        ///< local index -> node
  std::vector<std::int32_t> local_;  ///< node -> local index, -1 when decided
  std::size_t m_ = 0, words_ = 0;
  std::vector<std::uint64_t> ain_, aout_, pool_;
  std::uint64_t budget_ = 0, steps_ = 0, calls_ = 0;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  bool out_of_budget_ = false;
};

}  // namespace argmap
