// The words for each relation type, in one place: Argdown's JSON names and the
// phrases that diagnostics, outlines and handouts put between two elements.
#pragma once

#include <string_view>

#include "model.h"

namespace argmap {

/// Argdown's name for the type ("support", "attack", "undercut", "contradictory",
/// "entails", "contrary"), as in its JSON export and SVG classes.
std::string_view relation_type_name(RelationType type);

/// The active phrase from the relation's source to its target: "supports",
/// "attacks", "undercuts", "contradicts", "entails", "is contrary to".
std::string_view relation_verb(RelationType type);

/// The passive phrase from the target back to the source: "supported by",
/// "attacked by", "undercut by", "contradicted by", "entailed by", "contrary to".
std::string_view relation_passive(RelationType type);

}  // namespace argmap
