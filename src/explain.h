// Justifications in words: why a claim is IN, OUT or UNDEC, as a short tree that
// follows the attacks, supports and premises that decided it (`argmap eval --explain`).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "framework_builder.h"
#include "labelling.h"

namespace argmap {

struct ExplainOptions {
  int max_depth = 4;  ///< lines below the root; deeper reasons are cut with "..."
  /// The step at which each node was decided (from grounded()); empty for labellings
  /// of other semantics. With it, explanations always pick the earliest reason.
  std::vector<std::uint32_t> decided_at;
};

/// "[Veto concern] is OUT because <Presumptuous> attacks it" and below it, indented
/// two spaces per level, why each reason holds. Statements are written [Title],
/// arguments <Title>; an undecided node ends at the cycle that leaves it open.
std::string explain(const MapFramework& map, const Labelling& labelling, NodeId node,
                    const ExplainOptions& options = {});

/// "[Title]" or "<Title>".
std::string display_name(const MapFramework& map, NodeId node);

}  // namespace argmap
