// Consistency analysis of a map: conflicts inside a proponent's position, positions
// that cannot defend themselves, self-defeating claims, contested claims, open
// attacks and claims resting only on assumptions. Each finding is a Diagnostic.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "diagnostic.h"
#include "framework_builder.h"
#include "model.h"

namespace argmap {

struct AnalysisOptions {
  /// Limits for the preferred labellings behind `contested-claim` (skipped on timeout).
  std::size_t max_labellings = 64;
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// What a finding is about, one kind per diagnostic code.
enum class FindingKind {
  PositionConflict,       ///< position-conflict
  PositionNotAdmissible,  ///< position-not-admissible
  SelfDefeating,          ///< self-defeating
  ContestedClaim,         ///< contested-claim
  UnansweredAttack,       ///< unanswered-attack
  AssumptionOnly,         ///< assumption-only
};

/// The diagnostic code of a kind ("position-conflict", ...).
const char* finding_code(FindingKind kind);

/// An attack between two elements (any attack edge: attack, contrary, undercut, one
/// direction of a contradiction).
struct ElementAttack {
  ElementRef attacker, target;
  friend bool operator==(const ElementAttack&, const ElementAttack&) = default;
};

/// A finding as data, beside its diagnostic, for tools that build on the analysis
/// (the handout's questions).
struct Finding {
  FindingKind kind = FindingKind::PositionConflict;
  Id proponent = kNoId;  ///< whose position (PositionConflict, PositionNotAdmissible)
  /// The elements it concerns: the two conflicting claims (attacker first); the
  /// proponent's attacked claims; the self-defeating or contested claim; an unanswered
  /// attack's attacker and target; the claim resting on assumptions.
  std::vector<ElementRef> elements;
  /// The attacks involved: the conflicting attack; the unanswered attacks on the
  /// position; the attack closing a self-defeat; the attacks on a contested claim; the
  /// unanswered attack.
  std::vector<ElementAttack> attacks;
  /// What stands for the claims: for a conflict, what the proponent asserts that
  /// commits it to each of the two (the claim itself when asserted); for a contested
  /// claim, its supporters and the attackers of its attackers; for a self-defeat, the
  /// chain of support from the claim to its attacker.
  std::vector<ElementRef> defenders;
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
/// and returns the same findings as data, in the same order.
std::vector<Finding> analyze(const Model& model, const MapFramework& map, Diagnostics& diagnostics,
                             const AnalysisOptions& options = {});

/// Convenience: builds the framework itself.
std::vector<Finding> analyze(const Model& model, Diagnostics& diagnostics,
                             const AnalysisOptions& options = {});

}  // namespace argmap
