// A labelling gives every node of a framework IN, OUT or UNDEC: the result of
// every semantics, and what eval prints, explain justifies and render colours.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "framework.h"

namespace argmap {

enum class Label : std::uint8_t { Undec, In, Out };

/// One label per node, indexed by NodeId.
using Labelling = std::vector<Label>;

inline std::string_view label_name(Label l) {
  switch (l) {
    case Label::In:
      return "IN";
    case Label::Out:
      return "OUT";
    case Label::Undec:
      break;
  }
  return "UNDEC";
}

/// The nodes labelled IN, in increasing order (an extension in Dung's sense).
inline std::vector<NodeId> in_nodes(const Labelling& labelling) {
  std::vector<NodeId> out;
  for (NodeId i = 0; i < labelling.size(); ++i)
    if (labelling[i] == Label::In) out.push_back(i);
  return out;
}

}  // namespace argmap
