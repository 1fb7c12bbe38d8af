// The debate as nested lists for handouts: thesis-like claims first, each claim with
// its supports and objections beneath it, grouped by section. Plain data; writers format it.
#pragma once

#include <string_view>
#include <vector>

#include "element_info.h"
#include "model.h"

namespace argmap {

/// How an outline entry relates to the entry above it.
enum class OutlineRole {
  Root,       ///< a top-level claim of its section
  Premise,    ///< a premise of the reconstructed argument above
  Support,    ///< supports (or entails) the claim above
  Objection,  ///< attacks, undercuts, contradicts or is contrary to the claim above
};

/// One line of the outline. Entries are listed in pre-order; `depth` gives the nesting.
struct OutlineItem {
  ElementRef element;
  int depth = 0;
  OutlineRole role = OutlineRole::Root;
  RelationType relation =
      RelationType::Support;  ///< the relation to the parent (not for Root/Premise)
  /// The element is listed in full elsewhere (earlier, or above it in a cycle):
  /// this entry only refers to it and lists nothing beneath it.
  bool reference = false;
};

struct OutlineSection {
  Id section = kNoId;  ///< into Model::sections; kNoId for claims before any heading
  std::vector<OutlineItem> items;
};

struct Outline {
  std::vector<OutlineSection>
      sections;  ///< no-section first, then source order; empty ones left out
};

/// The thesis-like elements: those that support, attack or entail nothing else (and are
/// not premises of an argument), in source order. An argument with a premise-conclusion
/// structure supports its main conclusion, so it is never thesis-like itself.
std::vector<ElementRef> thesis_like(const Model& model);

/// Builds the outline. Every element appears once in full; later mentions (shared
/// supports, cycles) are references. Elements only reachable through cycles become roots
/// after the thesis-like ones. Iterative, so deep maps cannot overflow the stack.
Outline build_outline(const Model& model);

/// How an entry reads beside its parent: "" for a root, "premise", else the relation's
/// verb ("supports", "attacks", ...), as the handout's outlines print it.
std::string_view outline_role_word(const OutlineItem& item);

}  // namespace argmap
