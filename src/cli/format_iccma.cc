// `argmap export --to iccma|apx`: a map's evaluation framework in the argumentation
// competitions' formats, so that any ICCMA solver can evaluate the map too.
#include "export_formats.h"
#include "framework_builder.h"
#include "iccma_format.h"

namespace argmap::cli {
namespace {

/// The formats hold attacks only: say what was left out, as a trailing comment.
std::string dropped(const MapFramework& map, const char* comment) {
  const Framework& f = map.framework.framework;
  std::size_t n = f.support_edges().size() + f.premise_edges().size();
  if (n == 0) return "";
  return std::string(comment) +
         " supports and premises have no place in this format: " + std::to_string(n) +
         " left out\n";
}

std::string write_iccma_format(const LoadedMap& loaded, Diagnostics& /*diagnostics*/) {
  MapFramework map = build_framework(loaded.model);
  return write_iccma(map.framework) + dropped(map, "#");
}

std::string write_apx_format(const LoadedMap& loaded, Diagnostics& /*diagnostics*/) {
  MapFramework map = build_framework(loaded.model);
  return write_apx(map.framework) + dropped(map, "%");
}

const ExportFormatRegistration kIccma{
    {"iccma", "the attack framework in ICCMA 2023 format ('p af N'), titles as comments",
     write_iccma_format}};
const ExportFormatRegistration kApx{
    {"apx", "the attack framework as ASPARTIX facts (arg/1, att/2)", write_apx_format}};

}  // namespace
}  // namespace argmap::cli
