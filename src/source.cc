#include "source.h"

#include <algorithm>

namespace argmap {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    // "\r\n", "\n" and a lone "\r" all end a line.
    if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if (text_[i] == '\n' || text_[i] == '\r') line_starts_.push_back(i + 1);
  }
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  std::size_t column = offset - line_starts_[line - 1] + 1;
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

Location SourceFile::span(std::uint32_t file, std::size_t begin, std::size_t end) const {
  auto [line, column] = position(begin);
  auto [end_line, end_column] = position(std::max(begin, end));
  return Location{file, line, column, end_line, end_column};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view text(text_);
  text = text.substr(begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace argmap
