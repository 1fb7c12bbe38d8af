#include "yaml_data.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace argmap {
namespace {

bool is_one_of(std::string_view s, std::initializer_list<std::string_view> options) {
  for (auto o : options)
    if (s == o) return true;
  return false;
}

// js-yaml's core schema for a plain scalar, into `d` (a fresh Data).
void resolve_plain(std::string_view s, Data& d) {
  // Only these can start a null, a bool or a number: most scalars are strings.
  auto may_be_other = [](char c) {
    return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == '~' || c == 'n' ||
           c == 'N' || c == 't' || c == 'T' || c == 'f' || c == 'F';
  };
  if (!s.empty() && !may_be_other(s[0])) {
    d.kind = Data::Kind::String;
    d.string.assign(s);
    return;
  }
  // Nulls and bools start with a letter or '~' (numbers never do).
  const bool letter =
      s.empty() || !((s[0] >= '0' && s[0] <= '9') || s[0] == '+' || s[0] == '-' || s[0] == '.');
  if (letter && is_one_of(s, {"", "~", "null", "Null", "NULL"})) return;
  if (letter && is_one_of(s, {"true", "True", "TRUE"})) {
    d.kind = Data::Kind::Bool;
    d.boolean = true;
    return;
  }
  if (letter && is_one_of(s, {"false", "False", "FALSE"})) {
    d.kind = Data::Kind::Bool;
    return;
  }
  std::string_view v = s;
  std::string_view digits = v;
  bool negative = false;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    negative = digits[0] == '-';
    digits.remove_prefix(1);
  }
  if (!digits.empty()) {
    int base = 10;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o')) {
      base = digits[1] == 'x' ? 16 : 8;
      digits.remove_prefix(2);
    }
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (ec == std::errc() && ptr == digits.data() + digits.size()) {
      d.kind = Data::Kind::Int;
      d.integer = negative ? -value : value;
      return;
    }
  }
  if (is_one_of(s, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})) {
    d.kind = Data::Kind::Float;
    d.number = std::numeric_limits<double>::infinity();
    return;
  }
  if (is_one_of(s, {"-.inf", "-.Inf", "-.INF"})) {
    d.kind = Data::Kind::Float;
    d.number = -std::numeric_limits<double>::infinity();
    return;
  }
  if (is_one_of(s, {".nan", ".NaN", ".NAN"})) {
    d.kind = Data::Kind::Float;
    d.number = std::nan("");
    return;
  }
  // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
  {
    std::size_t i = 0;
    if (i < v.size() && (v[i] == '-' || v[i] == '+')) ++i;
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++int_digits;
    bool dot = i < v.size() && v[i] == '.';
    if (dot) {
      ++i;
      while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++frac_digits;
    }
    bool ok = int_digits > 0 || frac_digits > 0;
    if (ok && i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
      ++i;
      if (i < v.size() && (v[i] == '-' || v[i] == '+')) ++i;
      std::size_t exp_digits = 0;
      while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++exp_digits;
      ok = exp_digits > 0;
    }
    if (ok && i == v.size()) {
      d.kind = Data::Kind::Float;
      d.number = std::strtod(std::string(s).c_str(), nullptr);
      return;
    }
  }
  d.kind = Data::Kind::String;
  d.string.assign(s);
}

Data resolve_plain(std::string_view s) {
  Data d;
  resolve_plain(s, d);
  return d;
}

// A fast path for the common data block, one line of `{key: value, ...}` with
// plain or simply quoted scalars and flat lists: yaml-cpp costs far more than
// the rest of the front end on maps with many data blocks. Anything else
// returns false and goes to yaml-cpp. Values are parsed in place, into the
// map's fields, so that no Data is built twice.
class SimpleFlow {
 public:
  explicit SimpleFlow(std::string_view t) : t_(t) {}
  /// `out` must be a fresh Data; on false it holds a partial result.
  bool parse(Data& out) {
    if (t_.size() < 2 || t_.front() != '{' || t_.back() != '}') return false;
    i_ = 1;
    out.kind = Data::Kind::Map;
    skip();
    if (peek() == '}') return i_ + 1 == t_.size();
    // Every key is followed by ':': reserving for each avoids regrowing the fields.
    out.fields.reserve(static_cast<std::size_t>(std::count(t_.begin(), t_.end(), ':')));
    for (;;) {
      std::size_t b = i_;
      while (i_ < t_.size() && plain_char(t_[i_])) ++i_;
      if (i_ + 1 >= t_.size() || t_[i_] != ':' || t_[i_ + 1] != ' ') return false;
      std::string_view key = trimmed(b, i_);
      if (key.empty() || indicator(key)) return false;
      if ((key[0] == '~' || key[0] == 'n' || key[0] == 'N') &&
          is_one_of(key, {"~", "null", "Null", "NULL"}))
        key = "null";  // as js-yaml keys it
      for (const auto& f : out.fields)
        if (f.first == key) return false;  // duplicates: let yaml-cpp decide
      i_ += 1;
      skip();
      out.fields.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                              std::forward_as_tuple());
      if (!scalar_or_list(out.fields.back().second)) return false;
      skip();
      char c = peek();
      ++i_;
      if (c == '}') return i_ == t_.size();
      if (c != ',') return false;
      skip();
    }
  }

 private:
  /// Whether `c` may continue a plain key or scalar (':' ends both here): a
  /// table lookup, as the scanning loops run over most of the block.
  static bool plain_char(char c) { return kPlain[static_cast<unsigned char>(c)]; }
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> table{};
    table.fill(true);
    for (unsigned char c : std::string_view(",[]{}#\"'\n\r&*!|>%@`:")) table[c] = false;
    return table;
  }();
  // `-` or `?` alone or before a blank starts a YAML entry or key, not a plain
  // scalar (js-yaml rejects `{a: -}`): leave those to yaml-cpp.
  static bool indicator(std::string_view s) {
    return !s.empty() && (s[0] == '-' || s[0] == '?') &&
           (s.size() == 1 || s[1] == ' ' || s[1] == '\t');
  }
  char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
  void skip() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
  }
  std::string_view trimmed(std::size_t b, std::size_t e) const {
    while (b < e && (t_[b] == ' ' || t_[b] == '\t')) ++b;
    while (e > b && (t_[e - 1] == ' ' || t_[e - 1] == '\t')) --e;
    return t_.substr(b, e - b);
  }
  /// Parses a scalar into `out`, a fresh Data.
  bool scalar(Data& out) {
    char c = peek();
    if (c == '"' || c == '\'') {
      std::size_t close = t_.find(c, i_ + 1);
      if (close == std::string_view::npos) return false;
      std::string_view body = t_.substr(i_ + 1, close - i_ - 1);
      if (body.find('\\') != std::string_view::npos || body.find('\n') != std::string_view::npos)
        return false;
      if (c == '\'' && close + 1 < t_.size() && t_[close + 1] == '\'') return false;
      out.kind = Data::Kind::String;
      out.string.assign(body);
      i_ = close + 1;
      return true;
    }
    std::size_t b = i_;
    while (i_ < t_.size() && plain_char(t_[i_])) ++i_;
    std::string_view text = trimmed(b, i_);
    if (peek() == ':' || indicator(text)) return false;
    resolve_plain(text, out);
    return true;
  }
  /// Parses a scalar or a flat list into `out`, a fresh Data.
  bool scalar_or_list(Data& out) {
    if (peek() != '[') return scalar(out);
    ++i_;
    out.kind = Data::Kind::List;
    skip();
    if (peek() == ']') {
      ++i_;
      return true;
    }
    // Items are separated by ',': reserving for each avoids regrowing the list.
    std::size_t close = t_.find(']', i_);
    if (close == std::string_view::npos) return false;
    out.items.reserve(
        static_cast<std::size_t>(std::count(t_.begin() + i_, t_.begin() + close, ',')) + 1);
    for (;;) {
      skip();
      if (peek() == '[') return false;
      if (!scalar(out.items.emplace_back())) return false;
      skip();
      char c = peek();
      ++i_;
      if (c == ']') return true;
      if (c != ',') return false;
    }
  }

  std::string_view t_;
  std::size_t i_ = 0;
};

Data convert(const YAML::Node& node, int depth) {
  Data d;
  if (depth > kMaxYamlDepth) return d;
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      if (node.Tag() == "!") return Data::of(node.Scalar());  // quoted
      return resolve_plain(node.Scalar());
    case YAML::NodeType::Sequence:
      d.kind = Data::Kind::List;
      for (const auto& item : node) d.items.push_back(convert(item, depth + 1));
      return d;
    case YAML::NodeType::Map:
      d.kind = Data::Kind::Map;
      for (const auto& kv : node) {
        // A null key (`null`, `~`) is the string "null" in JavaScript, as in js-yaml.
        std::string key = kv.first.IsScalar() ? kv.first.Scalar()
                          : kv.first.IsNull() ? std::string("null")
                                              : std::string();
        // Later duplicates win, as in JavaScript objects.
        bool replaced = false;
        for (auto& [k, v] : d.fields)
          if (k == key) {
            v = convert(kv.second, depth + 1);
            replaced = true;
          }
        if (!replaced) d.fields.emplace_back(std::move(key), convert(kv.second, depth + 1));
      }
      return d;
    default:
      return d;
  }
}

// yaml-cpp parses nested collections recursively: refuse input nested deeper
// than kMaxYamlDepth before it gets there. Returns the offset of the first
// bracket too deep, or npos.
std::size_t too_deep(std::string_view yaml) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    char c = yaml[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'')
      quote = c;
    else if (c == '[' || c == '{') {
      if (++depth > kMaxYamlDepth) return i;
    } else if (c == ']' || c == '}')
      depth = depth > 0 ? depth - 1 : 0;
    else if (c == '\n') {
      // Block nesting: deep indentation means deep nesting.
      std::size_t j = i + 1;
      while (j < yaml.size() && yaml[j] == ' ') ++j;
      if (j - i - 1 > static_cast<std::size_t>(kMaxYamlDepth) * 8) return j;
    }
  }
  return std::string_view::npos;
}

// The offset in `text` of a 0-based line and column.
std::size_t offset_of(std::string_view text, std::uint32_t line, std::uint32_t column) {
  std::size_t offset = 0;
  for (std::uint32_t l = 0; l < line; ++l) {
    std::size_t nl = text.find('\n', offset);
    if (nl == std::string_view::npos) return text.size();
    offset = nl + 1;
  }
  std::size_t eol = text.find('\n', offset);
  if (eol == std::string_view::npos) eol = text.size();
  return std::min(offset + column, eol);
}

// Parses file bytes [begin, end) as YAML; errors go to `diagnostics`.
Data read_yaml(const SourceFile& file, std::uint32_t file_id, std::size_t begin, std::size_t end,
               std::string_view what, Diagnostics& diagnostics) {
  std::string_view yaml = std::string_view(file.text()).substr(begin, end - begin);
  YamlError error;
  std::optional<Data> data = parse_yaml(yaml, error);
  if (data) return std::move(*data);
  std::size_t at = begin + offset_of(yaml, error.line, error.column);
  diagnostics
      .error("invalid-yaml", file.span(file_id, at, std::min(at + 1, end)),
             "invalid YAML in " + std::string(what) + ": " + error.message)
      .suggestion = "quote values that contain ':', '#', '{' or ',' (\"like: this\")";
  return {};
}

}  // namespace

std::optional<Data> parse_yaml(std::string_view yaml, YamlError& error) {
  if (std::size_t deep = too_deep(yaml); deep != std::string_view::npos) {
    std::uint32_t line = 0;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < deep; ++i)
      if (yaml[i] == '\n') ++line, line_start = i + 1;
    error = {"nested deeper than " + std::to_string(kMaxYamlDepth) + " levels", line,
             static_cast<std::uint32_t>(deep - line_start)};
    return std::nullopt;
  }
  try {
    YAML::Node node = YAML::Load(std::string(yaml));
    return convert(node, 0);
  } catch (const YAML::Exception& e) {
    error = {e.msg, static_cast<std::uint32_t>(e.mark.line < 0 ? 0 : e.mark.line),
             static_cast<std::uint32_t>(e.mark.column < 0 ? 0 : e.mark.column)};
    return std::nullopt;
  }
}

Data read_data_block(const SourceFile& file, Span span, Diagnostics& diagnostics) {
  Data data;  // one object returned from every path, so that it is never copied
  std::string_view text = std::string_view(file.text()).substr(span.begin, span.end - span.begin);
  // Argdown: /^{[ \t]*(\n\r|\n)/ switches to block format, dropping the braces.
  std::size_t i = 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t newline = 0;
  if (text.compare(i, 2, "\n\r") == 0)
    newline = 2;
  else if (text.compare(i, 1, "\n") == 0)
    newline = 1;
  if (newline == 0) {
    if (SimpleFlow(text).parse(data)) return data;
    data = read_yaml(file, span.file, span.begin, span.end, "data block", diagnostics);
    return data;
  }
  std::size_t end = text.size() - 1;  // the closing brace
  data = read_yaml(file, span.file, span.begin + i + newline, span.begin + end, "data block",
                   diagnostics);
  return data;
}

namespace detail {
std::optional<Data> parse_simple_flow(std::string_view text) {
  std::optional<Data> simple(std::in_place);
  if (SimpleFlow(text).parse(*simple)) return simple;
  return std::nullopt;
}
}  // namespace detail

Data read_frontmatter(const SourceFile& file, Span span, Diagnostics& diagnostics) {
  std::string_view text = std::string_view(file.text()).substr(span.begin, span.end - span.begin);
  std::size_t b = 0;
  while (b < text.size() && text[b] == '=') ++b;
  std::size_t e = text.size();
  while (e > b && text[e - 1] == '=') --e;
  Data d = read_yaml(file, span.file, span.begin + b, span.begin + e, "frontmatter", diagnostics);
  return d;
}

}  // namespace argmap
