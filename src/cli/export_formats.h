// The formats `argmap export --to FORMAT` can write. Each writer registers
// itself with a static ExportFormatRegistration, as commands do, so a new format
// is one new file (e.g. src/cli/format_iccma.cc) and no edit elsewhere.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "frontend.h"

namespace argmap::cli {

/// Writes `map` in one format. Problems the format cannot express are
/// diagnostics (an error stops the export; nothing is written then).
using ExportWriter = std::string (*)(const LoadedMap& map, Diagnostics& diagnostics);

struct ExportFormat {
  std::string name;     ///< the value of --to: "json"
  std::string summary;  ///< one line for --help
  ExportWriter write;
};

/// Every registered format (in registration order; --help sorts them by name).
std::vector<ExportFormat>& export_formats();

struct ExportFormatRegistration {
  explicit ExportFormatRegistration(ExportFormat format) {
    export_formats().push_back(std::move(format));
  }
};

}  // namespace argmap::cli
