// The codes of the model checks, in one table: the checks report them, the CLI
// validates `--no-warn CODE` against them, and docs/diagnostics.md documents them.
#pragma once

#include <string_view>

#include "diagnostic.h"

namespace argmap {

namespace check_code {
inline constexpr std::string_view kUnknownSource = "unknown-source";
inline constexpr std::string_view kEvidenceWithoutSource = "evidence-without-source";
inline constexpr std::string_view kUndefinedReference = "undefined-reference";
inline constexpr std::string_view kReferenceTypo = "reference-typo";
inline constexpr std::string_view kConflictingDefinition = "conflicting-definition";
inline constexpr std::string_view kAutoTitleCollision = "auto-title-collision";
inline constexpr std::string_view kSelfRelation = "self-relation";
inline constexpr std::string_view kSupportAndAttack = "support-and-attack";
inline constexpr std::string_view kCircularSupport = "circular-support";
inline constexpr std::string_view kUnusedSource = "unused-source";
inline constexpr std::string_view kDisconnected = "disconnected";
}  // namespace check_code

struct CheckCodeInfo {
  std::string_view code;
  Severity severity;
  std::string_view summary;  ///< one line for `--help` and the docs
};

/// Every code check_model may report, errors first.
inline constexpr CheckCodeInfo kCheckCodes[] = {
    {check_code::kUnknownSource, Severity::Error, "a citation names a key missing from sources:"},
    {check_code::kEvidenceWithoutSource, Severity::Error, "evidence cites no source"},
    {check_code::kUndefinedReference, Severity::Warning, "a title is referenced but never defined"},
    {check_code::kReferenceTypo, Severity::Warning,
     "an undefined title is one edit away from a defined one"},
    {check_code::kConflictingDefinition, Severity::Warning,
     "a title is defined twice with different texts"},
    {check_code::kAutoTitleCollision, Severity::Warning,
     "a written title has the form of an automatic one (Untitled N)"},
    {check_code::kSelfRelation, Severity::Warning, "an element supports or attacks itself"},
    {check_code::kSupportAndAttack, Severity::Warning,
     "one element both supports and attacks another"},
    {check_code::kCircularSupport, Severity::Warning, "elements support each other in a cycle"},
    {check_code::kUnusedSource, Severity::Warning, "a declared source is never cited"},
    {check_code::kDisconnected, Severity::Warning,
     "an element has no relations and is in no argument"},
};

}  // namespace argmap
