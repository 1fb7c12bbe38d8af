// Source text and positions in it: every stage reports locations against these.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

/// A span in one source file. Lines and columns are 1-based; columns count
/// bytes (as GCC does). `end_*` is exclusive: the span [line:column, end_line:end_column).
/// A default Location (file 0, line 0) means "no position".
struct Location {
  std::uint32_t file = 0;  ///< index into SourceSet::files
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const Location&, const Location&) = default;
  friend auto operator<=>(const Location&, const Location&) = default;
};

/// One file's text and the offsets where its lines start.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// Line and column (1-based) of a byte offset (clamped to the text).
  std::pair<std::uint32_t, std::uint32_t> position(std::size_t offset) const;
  /// Span of bytes [begin, end) as a Location in file `file`.
  Location span(std::uint32_t file, std::size_t begin, std::size_t end) const;
  /// The text of a 1-based line, without its line end ("" when out of range).
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

/// The files of one map: the main file first, then each @include in the order read.
struct SourceSet {
  std::vector<SourceFile> files;

  std::uint32_t add(std::string path, std::string text) {
    files.emplace_back(std::move(path), std::move(text));
    return static_cast<std::uint32_t>(files.size() - 1);
  }
};

}  // namespace argmap
