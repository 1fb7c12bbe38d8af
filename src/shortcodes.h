// Argdown's shortcodes: `:name:` or `.name.` in text stands for a Unicode symbol
// (logic operators, a few emoji). The table is Argdown 1.7.5's.
#pragma once

#include <string_view>

namespace argmap {

/// The replacement of a shortcode such as ":smile:" or ".->." (the whole code,
/// delimiters included, no trailing space), or "" when it is not one.
std::string_view shortcode_symbol(std::string_view code);

}  // namespace argmap
