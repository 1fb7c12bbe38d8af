// The seminar handout as one self-contained HTML page: header, the map (inline SVG with
// zoom, pan, search, filters and a side panel), outline, evidence and sources, questions.
// Map text is data, never markup: everything is escaped, and the page's
// Content-Security-Policy allows only its own inline script and style (by hash).
#pragma once

#include <map>
#include <string>

#include "html_escape.h"  // escape_html, used with the report
#include "model.h"
#include "questions.h"

namespace argmap {

/// What the evaluation says about one element.
struct ElementStatus {
  std::string label;        ///< "IN", "OUT", "UNDEC" ("" when not evaluated)
  std::string explanation;  ///< in words, "" when none
};

/// Everything a handout shows besides the model, from the other stages.
struct ReportInput {
  std::string svg;        ///< the renderer's SVG ("" when there is no map)
  std::string print_svg;  ///< the same map in the mono theme, for print ("" = none)
  std::map<ElementRef, std::string> svg_ids;   ///< element -> its node's id in `svg`
  std::map<ElementRef, ElementStatus> status;  ///< from the evaluation
  Findings findings;                           ///< for the questions
  std::string svg_href;                        ///< Markdown: where the map's SVG file is
};

/// The handout page.
std::string write_html_report(const Model& model, const ReportInput& input);

/// The SVG ready to inline: the XML prolog, doctype and comments dropped. Returns ""
/// when it holds a script or foreign content, which no renderer of ours emits.
std::string inline_svg(std::string_view svg);

/// The SVG with every id (and every `#id` reference) prefixed, so that a second drawing
/// of the same map can sit in one page without clashing ids.
std::string prefix_svg_ids(std::string_view svg, std::string_view prefix);

/// The frontmatter's string value at `key` ("" when absent; a list is joined with ", ").
std::string frontmatter_text(const Model& model, std::string_view key);

}  // namespace argmap
