// The model as JSON in the shape of Argdown's JSON export (arguments, statements,
// relations, sections, tags) plus argmap's sources, evidence, proponents and locations.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model.h"
#include "source.h"

namespace argmap {

/// The whole document as one string.
std::string export_json(const Model& model, const SourceSet& sources);

/// The same bytes, streamed to `sink` in chunks of about 1 MB (a large map's JSON
/// need not be held in memory). Returns false when the sink did (it is then not
/// called again).
bool write_json(const Model& model, const SourceSet& sources,
                const std::function<bool(std::string_view)>& sink);

}  // namespace argmap
