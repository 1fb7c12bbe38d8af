// Consistency analysis of a map: conflicts inside a proponent's position, positions
// that cannot defend themselves, self-defeating claims, contested claims, open
// attacks and claims resting only on assumptions. Each finding is a Diagnostic.
#pragma once

#include <chrono>
#include <optional>

#include "diagnostic.h"
#include "framework_builder.h"
#include "model.h"

namespace argmap {

struct AnalysisOptions {
  /// Limits for the preferred labellings behind `contested-claim` (skipped on timeout).
  std::size_t max_labellings = 64;
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// Appends the findings on `model` (evaluated as `map`, from build_framework) to
/// `diagnostics`, with codes:
///   position-conflict       (warning) a proponent asserts two claims where one attacks
///                           the other, directly or through a chain of supports
///   position-not-admissible (warning) a proponent leaves attacks on its position unanswered
///   self-defeating          (warning) a claim attacks itself through supports and attacks
///   contested-claim         (note)    IN in one preferred labelling, OUT in another
///   unanswered-attack       (note)    an IN attacker that nothing in the map attacks
///   assumption-only         (note)    a supported claim with no evidence anywhere below it
void analyze(const Model& model, const MapFramework& map, Diagnostics& diagnostics,
             const AnalysisOptions& options = {});

/// Convenience: builds the framework itself.
void analyze(const Model& model, Diagnostics& diagnostics, const AnalysisOptions& options = {});

}  // namespace argmap
