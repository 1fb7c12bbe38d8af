// YAML text -> argmap::Data, for frontmatter and {data} blocks. The only file that
// sees yaml-cpp; its errors come back as diagnostics at their place in the file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "data.h"
#include "diagnostic.h"
#include "source.h"
#include "syntax.h"

namespace argmap {

/// A YAML syntax error, 0-based line and column within the YAML text.
struct YamlError {
  std::string message;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// Parses YAML with the core schema as Argdown's js-yaml resolves it (plain
/// scalars become null, bools, ints, floats or strings; quoted ones stay strings).
/// Empty text gives Null. On error returns nullopt and fills `error`.
std::optional<Data> parse_yaml(std::string_view yaml, YamlError& error);

/// Reads a `{...}` data token: flow YAML, or block YAML when the brace ends its
/// line (as Argdown does). Errors are reported at their position in the file.
Data read_data_block(const SourceFile& file, Span span, Diagnostics& diagnostics);

/// Reads the YAML between a frontmatter's `===` lines.
Data read_frontmatter(const SourceFile& file, Span span, Diagnostics& diagnostics);

/// The deepest nesting of lists and maps accepted in YAML (deeper input is an error).
inline constexpr int kMaxYamlDepth = 64;

namespace detail {
/// Internal, for tests only: the fast path for one-line `{key: value}` blocks on
/// its own. nullopt when it declines the text (read_data_block then uses yaml-cpp).
std::optional<Data> parse_simple_flow(std::string_view text);
}  // namespace detail

}  // namespace argmap
