// Draws a View through Graphviz: DOT (cgraph's writer), SVG, PNG or PDF (dot layout).
// It only draws what the view says; choices of content and style are the view's.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "view.h"

namespace argmap {

enum class Format { Dot, Svg, Png, Pdf };

/// "dot", "svg", "png", "pdf" (also a file name's extension, with or without the dot).
std::optional<Format> format_from_name(std::string_view name);
std::string_view format_name(Format format);

struct RenderOptions {
  Format format = Format::Svg;
  /// PDF creation date as seconds since 1970 (SOURCE_DATE_EPOCH); cairo 1.16
  /// ignores that variable, so the renderer rewrites the date itself.
  std::optional<std::int64_t> pdf_date;
};

/// The drawing as bytes, or nullopt with errors (code "graphviz") in `diagnostics`.
/// The most nodes render() lays out (DOT output has no limit): Graphviz 2.42 crashes
/// on a 200 000-node drawing, and one of 50 000 already takes many minutes.
inline constexpr std::size_t kMaxLaidOutNodes = 100000;

std::optional<std::string> render(const View& view, const RenderOptions& options,
                                  Diagnostics& diagnostics);

/// Like render(), but hands the Graphviz graph and its layout to `graph` instead of
/// freeing them: freeing costs about 4 % of a render (gvFreeLayout + agclose), which
/// a command about to exit can skip by keeping `graph` until then, as `dot` does.
/// The graph is freed with the last copy of `graph`.
std::optional<std::string> render(const View& view, const RenderOptions& options,
                                  Diagnostics& diagnostics, std::shared_ptr<void>& graph);

}  // namespace argmap
