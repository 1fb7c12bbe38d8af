#include "source.h"

#include <algorithm>
#include <cstring>

namespace argmap {

SourceFile::SourceFile(std::string path, FileText text)
    : path_(std::move(path)), text_(std::move(text)) {
  const std::size_t size = text_.bytes.size();
  line_starts_.reserve(size / 40 + 16);
  line_starts_.push_back(0);
  const char* const begin = text_.bytes.data();
  const char* const end = begin + size;
  const char* p = begin;
  // "\r\n", "\n" and a lone "\r" all end a line. Lone "\r" is rare: look for
  // '\n' with memchr and only check for '\r' within each line found, and only
  // when the text has a '\r' at all (most have none: one scan instead of a line's).
  const bool any_cr = std::memchr(begin, '\r', size) != nullptr;
  while (p < end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    const char* line_end = nl ? nl : end;
    for (const char* cr = p;
         any_cr && (cr = static_cast<const char*>(std::memchr(cr, '\r', line_end - cr)));) {
      if (cr + 1 == nl) break;  // "\r\n": ends at the '\n'
      line_starts_.push_back(static_cast<std::uint32_t>(cr + 1 - begin));
      ++cr;
    }
    if (!nl) break;
    line_starts_.push_back(static_cast<std::uint32_t>(nl + 1 - begin));
    p = nl + 1;
  }
}

std::size_t SourceFile::search_line(std::size_t offset, LineHint& hint) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  hint.line = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  return hint.line + 1;
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, text_.bytes.size());
  LineHint hint;
  std::size_t line = line_of(offset, hint);  // 1-based
  std::size_t column = offset - line_starts_[line - 1] + 1;
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.bytes.size();
  std::string_view text = text_.bytes.substr(begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace argmap
