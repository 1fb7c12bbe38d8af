// The model as JSON in the shape of Argdown's JSON export (arguments, statements,
// relations, sections, tags) plus argmap's sources, evidence, proponents and locations.
#pragma once

#include <string>

#include "model.h"
#include "source.h"

namespace argmap {

std::string export_json(const Model& model, const SourceSet& sources);

}  // namespace argmap
