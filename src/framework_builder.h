// From a map's Model to the evaluation framework: every statement and argument is a
// node; the map's relations and premise-conclusion structures become its edges.
#pragma once

#include <vector>

#include "framework.h"
#include "model.h"

namespace argmap {

/// What a framework edge came from, for explanations and diagnostics.
enum class EdgeOrigin {
  Attack,         ///< an attack (or strict-mode contrary) relation
  Contradiction,  ///< one direction of a contradiction
  Undercut,       ///< an attack on an argument's inference
  Support,        ///< a support (or strict-mode entails) relation
  Conclusion,     ///< an argument supporting its main conclusion (from its PCS)
  Premise,        ///< a premise of a reconstructed argument (from its PCS)
};

/// A map's framework with the way back from nodes and edges to the model.
struct MapFramework {
  NamedFramework framework;          ///< node names are the elements' titles
  std::vector<ElementRef> elements;  ///< node -> element
  NodeId first_argument = 0;         ///< statements are nodes 0.., arguments follow
  /// For each attack / support / premise edge (same order as the framework's
  /// edge lists): its origin and the relation index (kNoId for PCS edges).
  std::vector<EdgeOrigin> attack_origin, support_origin, premise_origin;
  std::vector<Id> attack_relation, support_relation, premise_relation;

  NodeId node(ElementRef e) const {
    return e.kind == ElementKind::Statement ? e.id : first_argument + e.id;
  }
  ElementRef element(NodeId n) const { return elements[n]; }
};

struct FrameworkOptions {
  bool supports = true;  ///< false: `--support none`, plain Dung on the attacks
};

/// Attack, contrary and undercut relations are attacks (a contradiction attacks both
/// ways); support and entails relations are supports; a reconstructed argument needs
/// its premises and supports its main conclusion. Duplicate edges are merged.
MapFramework build_framework(const Model& model, const FrameworkOptions& options = {});

}  // namespace argmap
