// Prints diagnostics: GCC's `file:line:col: error: message [code]` with the source
// line and a caret/tilde range, or JSON for editors and tools.
#pragma once

#include <string>

#include "diagnostic.h"
#include "source.h"

namespace argmap {

struct PrintOptions {
  bool color = false;  ///< ANSI colours (the CLI sets it only on a TTY)
};

/// Every diagnostic, sorted by file and position, as text.
std::string format_diagnostics(const SourceSet& sources, const Diagnostics& diagnostics,
                               const PrintOptions& options = {});

/// The same as a JSON array of objects (severity, code, message, file, line, column, end...).
std::string format_diagnostics_json(const SourceSet& sources, const Diagnostics& diagnostics);

}  // namespace argmap
