// The seminar handout as Markdown, for editing: the same header, outline, evidence and
// sources and questions as the HTML page, with the map as a linked SVG file beside it.
#pragma once

#include <string>
#include <string_view>

#include "html_report.h"
#include "model.h"

namespace argmap {

/// The handout; `input.svg_href` (when not empty) is where the map's SVG file is.
std::string write_markdown_report(const Model& model, const ReportInput& input);

/// `text` safe as Markdown inline text: markup characters backslash-escaped, '<' and '&'
/// as entities (so no raw HTML), line breaks as spaces.
std::string escape_markdown(std::string_view text);

}  // namespace argmap
