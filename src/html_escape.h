// Map text as HTML/XML character data: one escaping for the handout, the Markdown
// report and the renderer's HTML-like Graphviz labels.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

/// `text` with & < > " ' escaped, for element content and quoted attributes alike.
std::string escape_html(std::string_view text);

}  // namespace argmap
