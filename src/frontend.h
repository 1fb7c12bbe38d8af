// The front end in one call: read a map and its @includes, lex, parse and build
// the model. Everything after it reads a LoadedMap and never changes it.
#pragma once

#include <string>

#include "diagnostic.h"
#include "model.h"
#include "source.h"

namespace argmap {

struct LoadedMap {
  SourceSet sources;  ///< the main file first, then every @include
  Model model;
};

/// Reads `path` from disk; I/O failures become an "io" error diagnostic.
LoadedMap load_map_file(const std::string& path, Diagnostics& diagnostics);

/// Builds from text already in memory (stdin, tests); `path` names it in
/// diagnostics and is the base for relative @include paths.
LoadedMap load_map_text(const std::string& path, std::string text, Diagnostics& diagnostics);

}  // namespace argmap
