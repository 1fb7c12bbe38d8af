// The parser: tokens -> syntax tree, following Argdown 1.7.5's grammar. Syntax
// errors become diagnostics at the real mistake; parsing resumes at the next block.
#pragma once

#include <cstdint>

#include "diagnostic.h"
#include "source.h"
#include "syntax.h"

namespace argmap {

/// Parses bytes [begin, end) of `file` (the whole map, or the part between two
/// @include lines) and appends its blocks to `tree`. A frontmatter is only
/// accepted when `allow_frontmatter` (the start of the main file). With a `sink`,
/// the blocks go to it as they are parsed (a few dozen at a time), and `tree`
/// keeps none.
void parse(const SourceFile& file, std::uint32_t file_id, std::uint32_t begin, std::uint32_t end,
           bool allow_frontmatter, SyntaxTree& tree, Diagnostics& diagnostics,
           BlockSink* sink = nullptr);

/// Parses a whole file.
inline SyntaxTree parse(const SourceFile& file, std::uint32_t file_id, Diagnostics& diagnostics) {
  SyntaxTree tree;
  parse(file, file_id, 0, static_cast<std::uint32_t>(file.text().size()), true, tree, diagnostics);
  return tree;
}

}  // namespace argmap
