// The DOM-based JSON exporter kept as the tests' reference (see the .cc file).
#pragma once

#include <string>

#include "model.h"
#include "source.h"

namespace argmap::reference {

/// The model as JSON, built as an nlohmann DOM and dumped: slow, but obviously right.
std::string export_json_dom(const Model& model, const SourceSet& sources);

}  // namespace argmap::reference
