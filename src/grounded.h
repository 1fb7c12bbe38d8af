// The grounded labelling: the least labelling where every node's label agrees with
// its attackers, supporters and premises. A worklist, linear in nodes plus edges.
#pragma once

#include "framework.h"
#include "labelling.h"

namespace argmap {

/// A node becomes IN once every attacker is OUT, some supporter is IN (when it has
/// supporters) and every premise is IN; OUT once some attacker is IN, every
/// supporter is OUT or some premise is OUT. What never settles stays UNDEC; so does
/// a set of nodes that only support each other (circular support justifies nothing).
/// When `decided_at` is given it receives, per node, the step at which its label was
/// decided (kNever for UNDEC): explanations follow these steps so they never go round.
Labelling grounded(const Framework& framework, std::vector<std::uint32_t>* decided_at = nullptr);

inline constexpr std::uint32_t kNever = 0xFFFFFFFFu;

/// The Kleene label a node's acceptance condition gives under `labelling`:
/// the rule every complete labelling satisfies at every node.
Label condition_label(const Framework& framework, const Labelling& labelling, NodeId n);

/// True when every IN node has a well-founded justification: it can be derived from
/// IN supporters and premises without going round a support cycle.
bool is_well_founded(const Framework& framework, const Labelling& labelling);

/// The IN nodes of `labelling` that have no well-founded justification (empty when
/// is_well_founded); the derivation is a linear worklist.
std::vector<NodeId> unfounded_in_nodes(const Framework& framework, const Labelling& labelling);

}  // namespace argmap
