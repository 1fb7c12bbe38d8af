// Complete, preferred and stable labellings by SAT: the labelling rules are encoded
// as clauses and solved with CaDiCaL, incrementally (the only module that sees it).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "framework.h"
#include "labelling.h"

namespace argmap {

enum class Semantics { Grounded, Complete, Preferred, Stable };

/// "grounded", "complete", "preferred", "stable" (or ICCMA's GR, CO, PR, ST).
std::optional<Semantics> parse_semantics(std::string_view name);
std::string_view semantics_name(Semantics semantics);

/// Bounds on a search: a cap on enumerated labellings and a wall-clock deadline.
struct SearchLimits {
  std::size_t max_labellings = 0;  ///< 0: no cap
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// Plain attack frameworks try the bitset search (dung_search.h) before SAT, with
  /// this work budget per call in 64-bit word operations (some 3e8 a second): past it
  /// the search has met a framework where learning pays, and SAT goes on from what it
  /// found. 0 turns it off (tests compare the two paths).
  std::uint64_t attack_search_budget = 300'000'000;
};

enum class SearchStatus {
  Complete,  ///< every labelling was found
  Capped,    ///< stopped at max_labellings; there may be more
  TimedOut,  ///< the deadline passed; what was found so far is kept
};

struct LabellingSet {
  std::vector<Labelling> labellings;  ///< in the order found
  SearchStatus status = SearchStatus::Complete;
};

/// Every labelling of `semantics` (grounded: the one). A complete labelling obeys
/// condition_label at every node and is well-founded; preferred ones are the complete
/// labellings maximal in information (for attacks only: Dung's preferred); stable
/// ones are complete with no UNDEC.
LabellingSet enumerate_labellings(const Framework& framework, Semantics semantics,
                                  const SearchLimits& limits = {});

/// One labelling (ICCMA's SE task): nullopt in `labelling` when there is none
/// (only stable can have none) or the search timed out (`status`).
struct SomeLabelling {
  std::optional<Labelling> labelling;
  SearchStatus status = SearchStatus::Complete;
};
SomeLabelling some_labelling(const Framework& framework, Semantics semantics,
                             const SearchLimits& limits = {});

enum class Answer { No, Yes, Unknown };  ///< Unknown: timed out

/// Is `node` IN in some labelling of `semantics` (ICCMA's DC task)?
Answer credulously_accepted(const Framework& framework, Semantics semantics, NodeId node,
                            const SearchLimits& limits = {});
/// Is `node` IN in every labelling (ICCMA's DS task; YES when there is none)?
Answer skeptically_accepted(const Framework& framework, Semantics semantics, NodeId node,
                            const SearchLimits& limits = {});

/// Credulous and skeptical answers for every node, sharing one solver.
struct Acceptance {
  std::vector<Answer> credulous, skeptical;
  SearchStatus status = SearchStatus::Complete;
};
Acceptance acceptance(const Framework& framework, Semantics semantics,
                      const SearchLimits& limits = {});

}  // namespace argmap
