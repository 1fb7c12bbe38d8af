#include "diagnostic_printer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <tuple>

namespace argmap {
namespace {

// GCC's default GCC_COLORS.
constexpr const char* kReset = "\033[0m";
constexpr const char* kLocus = "\033[01m";
constexpr const char* kError = "\033[01;31m";
constexpr const char* kWarning = "\033[01;35m";
constexpr const char* kNote = "\033[01;36m";
constexpr const char* kRange = "\033[32m";

constexpr std::size_t kTabStop = 8;
// Lines longer than this are shown as a window around the span, so a 30 MB
// line does not become a 30 MB diagnostic.
constexpr std::size_t kMaxShownBytes = 240;
constexpr std::size_t kContextBefore = 80;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error:
      return kError;
    case Severity::Warning:
      return kWarning;
    case Severity::Note:
      return kNote;
  }
  return kError;
}

/// Bytes in the well-formed UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return 1;
  std::size_t n = b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

const SourceFile* file_of(const SourceSet& sources, const Location& where) {
  return where.file < sources.files.size() ? &sources.files[where.file] : nullptr;
}

/// Indexes of `diagnostics` sorted by file and position; equal positions keep
/// the order they were reported in.
std::vector<std::size_t> sorted_order(const Diagnostics& diagnostics) {
  const auto& items = diagnostics.items();
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Location& x = items[a].where;
    const Location& y = items[b].where;
    return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
  });
  return order;
}

/// A source line prepared for display: tabs expanded, bad bytes replaced, and
/// the display column of every byte so that carets line up.
struct ShownLine {
  std::string text;
  std::size_t window_begin = 0;  ///< first byte of the line that is shown
  std::vector<std::size_t>
      column;  ///< display column of byte window_begin + i (one past the end too)
};

ShownLine show_line(std::string_view line, std::size_t focus) {
  ShownLine shown;
  std::size_t begin = 0, end = line.size();
  if (line.size() > kMaxShownBytes) {
    begin = focus > kContextBefore ? focus - kContextBefore : 0;
    begin = std::min(begin, line.size());
    while (begin > 0 && (static_cast<unsigned char>(line[begin]) & 0xC0) == 0x80) --begin;
    end = std::min(line.size(), begin + kMaxShownBytes);
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
  }
  shown.window_begin = begin;
  std::size_t width = 0;
  if (begin > 0) {
    shown.text = "...";
    width = 3;
  }
  for (std::size_t i = begin; i < end;) {
    std::size_t n = utf8_length(line, i);
    shown.column.push_back(width);
    if (line[i] == '\t') {
      std::size_t spaces = kTabStop - width % kTabStop;
      shown.text.append(spaces, ' ');
      width += spaces;
      i += 1;
      continue;
    }
    auto b = static_cast<unsigned char>(line[i]);
    if (n == 0 || b < 0x20 || b == 0x7F) {
      shown.text += kReplacement;  // invalid UTF-8 or a control byte: one visible mark
      n = 1;
    } else {
      shown.text.append(line.substr(i, n));
    }
    for (std::size_t k = 1; k < n; ++k) shown.column.push_back(width);
    width += 1;
    i += n;
  }
  shown.column.push_back(width);
  if (end < line.size()) shown.text += "...";
  return shown;
}

/// "    7 | ": the line number right-aligned in at least five columns.
std::string gutter(std::uint32_t line) {
  std::string number = std::to_string(line);
  return std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') + number + " | ";
}

/// The source line of `where` with a caret under its start and tildes under the
/// rest of the span (to the end of the line when the span goes on); "" when the
/// line is not available. `suggestion`, when given, is written under the caret.
std::string snippet(const SourceSet& sources, const Location& where, const std::string& suggestion,
                    const PrintOptions& options) {
  const SourceFile* file = file_of(sources, where);
  if (!file || !where.valid() || where.line > file->line_count()) return "";
  std::string_view line = file->line_text(where.line);
  std::size_t start = std::min<std::size_t>(where.column ? where.column - 1 : 0, line.size());
  std::size_t stop = line.size();
  if (where.end_line == where.line && where.end_column > where.column)
    stop = std::min<std::size_t>(where.end_column - 1, line.size());
  if (where.end_line < where.line ||
      (where.end_line == where.line && where.end_column <= where.column))
    stop = start;  // an empty span: a caret alone
  ShownLine shown = show_line(line, start);
  std::size_t last = shown.window_begin + shown.column.size() - 1;  // one past the shown bytes
  auto display = [&](std::size_t byte) {
    byte = std::clamp(byte, shown.window_begin, last);
    return shown.column[byte - shown.window_begin];
  };
  std::size_t from = display(start);
  std::size_t to = std::max(display(stop), from + 1);

  std::string number = gutter(where.line);
  std::string out = number + shown.text + "\n";
  std::string pad = std::string(number.size() - 2, ' ') + "| " + std::string(from, ' ');
  out += pad;
  if (options.color) out += kRange;
  out += "^" + std::string(to - from - 1, '~');
  if (options.color) out += kReset;
  out += "\n";
  if (!suggestion.empty()) {
    out += pad;
    out += options.color ? kRange + suggestion + kReset : suggestion;
    out += "\n";
  }
  return out;
}

/// "file:line:col: " (or "file: " without a position; "argmap: " without a file).
std::string locus(const SourceSet& sources, const Location& where) {
  const SourceFile* file = file_of(sources, where);
  if (!file) return "argmap: ";
  std::string out = file->path() + ":";
  if (where.valid()) out += std::to_string(where.line) + ":" + std::to_string(where.column) + ":";
  return out + " ";
}

void append_header(std::string& out, const SourceSet& sources, const Location& where,
                   Severity severity, const std::string& message, const std::string& code,
                   const PrintOptions& options) {
  if (options.color) out += kLocus;
  out += locus(sources, where);
  if (options.color) out += std::string(kReset) + severity_color(severity);
  out += severity_name(severity);
  out += ":";
  if (options.color) out += kReset;
  out += " " + message;
  if (!code.empty()) {
    out += " [";
    out += options.color ? severity_color(severity) + code + kReset : code;
    out += "]";
  }
  out += "\n";
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\\ufffd";
      i += 1;
      continue;
    }
    if (b == '"' || b == '\\') {
      out += '\\';
      out += static_cast<char>(b);
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < 0x20 || b == 0x7F) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", b);
      out += buffer;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  out += '"';
}

void append_json_location(std::string& out, const SourceSet& sources, const Location& where) {
  const SourceFile* file = file_of(sources, where);
  out += "\"file\": ";
  append_json_string(out, file ? file->path() : "");
  out += ", \"line\": " + std::to_string(where.line);
  out += ", \"column\": " + std::to_string(where.column);
  out += ", \"endLine\": " + std::to_string(where.end_line);
  out += ", \"endColumn\": " + std::to_string(where.end_column);
}

}  // namespace

std::string format_diagnostics(const SourceSet& sources, const Diagnostics& diagnostics,
                               const PrintOptions& options) {
  std::string out;
  for (std::size_t index : sorted_order(diagnostics)) {
    const Diagnostic& d = diagnostics.items()[index];
    append_header(out, sources, d.where, d.severity, d.message, d.code, options);
    std::string shown = snippet(sources, d.where, d.suggestion, options);
    out += shown;
    if (shown.empty() && !d.suggestion.empty())
      append_header(out, sources, d.where, Severity::Note, d.suggestion, "", options);
    for (const DiagnosticNote& note : d.notes) {
      append_header(out, sources, note.where, Severity::Note, note.message, "", options);
      out += snippet(sources, note.where, "", options);
    }
  }
  return out;
}

std::string format_diagnostics_json(const SourceSet& sources, const Diagnostics& diagnostics) {
  std::string out = "[";
  bool first = true;
  for (std::size_t index : sorted_order(diagnostics)) {
    const Diagnostic& d = diagnostics.items()[index];
    out += first ? "\n  {" : ",\n  {";
    first = false;
    out += "\"severity\": ";
    append_json_string(out, severity_name(d.severity));
    out += ", \"code\": ";
    append_json_string(out, d.code);
    out += ", \"message\": ";
    append_json_string(out, d.message);
    out += ", ";
    append_json_location(out, sources, d.where);
    out += ", \"notes\": [";
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
      out += i ? ", {" : "{";
      append_json_location(out, sources, d.notes[i].where);
      out += ", \"message\": ";
      append_json_string(out, d.notes[i].message);
      out += "}";
    }
    out += "]";
    if (!d.suggestion.empty()) {
      out += ", \"suggestion\": ";
      append_json_string(out, d.suggestion);
    }
    out += "}";
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace argmap
