// Source text and positions in it: every stage reports locations against these.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "file_text.h"

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

/// The line of a previous lookup. Callers that walk a file forward (the model
/// builder) pass one to SourceFile::span and find each line in a step or two
/// instead of a binary search over every line of the map.
struct LineHint {
  std::size_t line = 0;  ///< 0-based index into the file's line starts
};

/// One file's text and the offsets where its lines start.
class SourceFile {
 public:
  SourceFile(std::string path, FileText text);
  SourceFile(std::string path, std::string text)
      : SourceFile(std::move(path), FileText::from_string(std::move(text))) {}

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_.bytes; }
  /// What keeps the text alive: views of it stay valid while it lives (TextArena::hold).
  const std::shared_ptr<const void>& text_owner() const { return text_.owner; }

  /// Line and column (1-based) of a byte offset (clamped to the text).
  std::pair<std::uint32_t, std::uint32_t> position(std::size_t offset) const;
  /// Span of bytes [begin, end) as a Location in file `file`.
  Location span(std::uint32_t file, std::size_t begin, std::size_t end) const {
    LineHint hint;
    return span(file, begin, end, hint);
  }
  /// The same, starting the line search at `hint` and leaving the span's last line there.
  Location span(std::uint32_t file, std::size_t begin, std::size_t end, LineHint& hint) const {
    begin = std::min(begin, text_.bytes.size());
    std::size_t line = line_of(begin, hint);  // 1-based
    auto column = static_cast<std::uint32_t>(begin - line_starts_[line - 1] + 1);
    end = std::min(std::max(begin, end), text_.bytes.size());
    // Most spans end on the line they begin on: one comparison instead of a walk.
    std::size_t end_line =
        line == line_starts_.size() || end < line_starts_[line] ? line : line_of(end, hint);
    auto end_column = static_cast<std::uint32_t>(end - line_starts_[end_line - 1] + 1);
    return Location{file, static_cast<std::uint32_t>(line), column,
                    static_cast<std::uint32_t>(end_line), end_column};
  }
  /// The text of a 1-based line, without its line end ("" when out of range).
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  FileText text_;  ///< shared: the model may view it
  /// The 1-based line of `offset` (<= the text's size), searched from `hint`.
  std::size_t line_of(std::size_t offset, LineHint& hint) const {
    // Walks land on the hint's line or a few lines away (forward for elements,
    // back for relation symbols): try those before a binary search.
    std::size_t at = std::min(hint.line, line_starts_.size() - 1);
    for (int steps = 0; steps < 8; ++steps) {
      if (offset < line_starts_[at]) {
        if (at == 0) break;
        --at;
      } else if (at + 1 < line_starts_.size() && line_starts_[at + 1] <= offset) {
        ++at;
      } else {
        hint.line = at;
        return at + 1;
      }
    }
    return search_line(offset, hint);
  }
  /// line_of by binary search; leaves the hint there.
  std::size_t search_line(std::size_t offset, LineHint& hint) const;

  std::vector<std::uint32_t> line_starts_;  ///< 32-bit: texts are under 4 GiB (see frontend.cc)
};

/// The files of one map: the main file first, then each @include in the order read.
struct SourceSet {
  std::vector<SourceFile> files;

  std::uint32_t add(std::string path, FileText text) {
    files.emplace_back(std::move(path), std::move(text));
    return static_cast<std::uint32_t>(files.size() - 1);
  }
  std::uint32_t add(std::string path, std::string text) {
    return add(std::move(path), FileText::from_string(std::move(text)));
  }
};

}  // namespace argmap
