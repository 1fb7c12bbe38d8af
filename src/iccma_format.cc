// Hand-written scanners for the two framework formats: one pass over the bytes,
// tracking line and column for diagnostics, fast enough for million-argument files.
#include "iccma_format.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <deque>
#include <unordered_map>

namespace argmap {
namespace {

constexpr std::size_t kMaxErrors = 20;  // then stop: a wrong format would flood the terminal

/// Walks the text line by line and reports errors at byte columns.
class Scanner {
 public:
  Scanner(std::string_view text, std::uint32_t file, Diagnostics& diagnostics)
      : text_(text), file_(file), diagnostics_(diagnostics) {}

  bool done() const { return pos_ >= text_.size(); }
  bool too_many_errors() const { return errors_ >= kMaxErrors; }
  bool failed() const { return errors_ > 0; }

  /// Starts the next line; returns it without its line end.
  std::string_view next_line() {
    line_start_ = pos_;
    ++line_;
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    pos_ = end + 1;
    std::string_view line = text_.substr(line_start_, end - line_start_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  }

  /// An error covering bytes [begin, end) of the current line.
  Diagnostic* error(std::string code, std::size_t begin, std::size_t end, std::string message) {
    if (errors_ == kMaxErrors) return nullptr;
    ++errors_;
    Location where{file_, line_, static_cast<std::uint32_t>(begin + 1), line_,
                   static_cast<std::uint32_t>(std::max(end, begin + 1) + 1)};
    Diagnostic& d = diagnostics_.error(std::move(code), where, std::move(message));
    if (errors_ == kMaxErrors) d.notes.push_back({where, "too many errors; stopping here"});
    return &d;
  }
  Diagnostic& warning(std::string code, std::size_t begin, std::size_t end, std::string message) {
    Location where{file_, line_, static_cast<std::uint32_t>(begin + 1), line_,
                   static_cast<std::uint32_t>(std::max(end, begin + 1) + 1)};
    return diagnostics_.warning(std::move(code), where, std::move(message));
  }
  std::uint32_t line() const { return line_; }

 private:
  std::string_view text_;
  std::uint32_t file_;
  Diagnostics& diagnostics_;
  std::size_t pos_ = 0, line_start_ = 0;
  std::uint32_t line_ = 0;
  std::size_t errors_ = 0;
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

std::size_t token_end(std::string_view s, std::size_t i) {
  while (i < s.size() && !is_space(s[i])) ++i;
  return i;
}

/// Parses an unsigned decimal token; false on anything else or overflow.
bool parse_number(std::string_view token, std::uint64_t& value) {
  if (token.empty()) return false;
  auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  return ec == std::errc() && ptr == token.data() + token.size();
}

std::string quote(std::string_view s) {
  return "'" + std::string(s) + "'";
}

}  // namespace

std::optional<NamedFramework> read_iccma(std::string_view text, std::uint32_t file,
                                         Diagnostics& diagnostics) {
  Scanner scan(text, file, diagnostics);
  std::uint64_t n = 0;
  bool have_header = false;
  std::vector<Edge> attacks;
  while (!scan.done() && !scan.too_many_errors()) {
    std::string_view line = scan.next_line();
    std::size_t i = skip_spaces(line, 0);
    if (i == line.size() || line[i] == '#') continue;
    // Split the line into at most four tokens.
    std::size_t starts[4], ends[4];
    int count = 0;
    while (i < line.size() && line[i] != '#') {
      if (count == 4) break;
      starts[count] = i;
      ends[count] = token_end(line, i);
      i = skip_spaces(line, ends[count]);
      ++count;
    }
    auto tok = [&](int k) { return line.substr(starts[k], ends[k] - starts[k]); };
    if (!have_header) {
      if (count < 1 || tok(0) != "p") {
        scan.error("iccma-header", starts[0], ends[count - 1],
                   "expected the header 'p af N' before any attack");
        return std::nullopt;  // without N nothing below can be checked
      }
      if (count < 2 || tok(1) != "af") {
        std::size_t at = count < 2 ? ends[0] : starts[1];
        scan.error("iccma-header", at, count < 2 ? at : ends[1],
                   count < 2 ? "expected 'af' after 'p'"
                             : "expected 'af' after 'p', found " + quote(tok(1)));
        return std::nullopt;
      }
      if (count < 3 || !parse_number(tok(2), n) || n > 0xFFFFFFF0u) {
        std::size_t at = count < 3 ? ends[1] : starts[2];
        scan.error("iccma-header", at, count < 3 ? at : ends[2],
                   count < 3 ? "expected the number of arguments after 'p af'"
                             : "expected the number of arguments, found " + quote(tok(2)));
        return std::nullopt;
      }
      if (count > 3)
        scan.error("iccma-syntax", starts[3], line.size(), "unexpected text after the header");
      have_header = true;
      attacks.reserve(text.size() / 10);
      continue;
    }
    if (tok(0) == "p") {
      scan.error("iccma-header", starts[0], ends[count - 1], "a second 'p af' header");
      continue;
    }
    if (count < 2) {
      scan.error("iccma-syntax", ends[0], ends[0],
                 "expected two arguments 'a b' for an attack, found one");
      continue;
    }
    if (count > 2) {
      scan.error(
          "iccma-syntax", starts[2], ends[count - 1],
          "unexpected text after the attack " + quote(line.substr(starts[0], ends[1] - starts[0])));
      continue;
    }
    std::uint64_t ab[2];
    bool ok = true;
    for (int k = 0; k < 2; ++k) {
      if (!parse_number(tok(k), ab[k])) {
        scan.error("iccma-syntax", starts[k], ends[k],
                   "expected an argument number, found " + quote(tok(k)));
        ok = false;
      } else if (ab[k] < 1 || ab[k] > n) {
        scan.error(
            "iccma-range", starts[k], ends[k],
            "argument " + std::string(tok(k)) + " is out of range: the header declares " +
                (n == 0 ? std::string("no arguments") : "arguments 1 to " + std::to_string(n)));
        ok = false;
      }
    }
    if (ok) attacks.push_back({static_cast<NodeId>(ab[0] - 1), static_cast<NodeId>(ab[1] - 1)});
  }
  if (!have_header && !scan.failed()) {
    Location top{file, 1, 1, 1, 2};
    diagnostics.error("iccma-header", top, "missing the header 'p af N'");
    return std::nullopt;
  }
  if (scan.failed()) return std::nullopt;
  return NamedFramework{Framework(n, std::move(attacks)), {}};
}

namespace {

/// A recursive-descent reader of `arg(X).` and `att(X,Y).` facts.
class ApxReader {
 public:
  ApxReader(std::string_view text, std::uint32_t file, Diagnostics& diagnostics)
      : text_(text), file_(file), diagnostics_(diagnostics) {}

  std::optional<NamedFramework> read();

 private:
  /// A name's text is a view into the file, or into `unescaped_` for a quoted name
  /// with backslashes: no copy per attack (a large file has hundreds of thousands).
  struct Name {
    std::string_view text;
    std::size_t begin = 0, end = 0;
  };
  struct PendingAttack {
    Name from, to;
  };

  Location location(std::size_t begin, std::size_t end) const;
  bool error(std::string code, std::size_t begin, std::size_t end, std::string message);
  void skip_blank();
  bool expect(char c, std::string_view what);
  std::optional<Name> name();
  void recover();

  std::string_view text_;
  std::uint32_t file_;
  Diagnostics& diagnostics_;
  std::size_t pos_ = 0;
  std::size_t errors_ = 0;
  std::vector<std::size_t> line_starts_{0};
  std::deque<std::string> unescaped_;  // stable addresses for the views
};

Location ApxReader::location(std::size_t begin, std::size_t end) const {
  auto at = [&](std::size_t offset) {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
    return std::pair{line, static_cast<std::uint32_t>(offset - *(it - 1) + 1)};
  };
  auto [l1, c1] = at(begin);
  auto [l2, c2] = at(std::max(end, begin + 1));
  return {file_, l1, c1, l2, c2};
}

bool ApxReader::error(std::string code, std::size_t begin, std::size_t end, std::string message) {
  if (errors_ < kMaxErrors) {
    Diagnostic& d = diagnostics_.error(std::move(code), location(begin, end), std::move(message));
    if (++errors_ == kMaxErrors) d.notes.push_back({d.where, "too many errors; stopping here"});
  }
  return false;
}

void ApxReader::skip_blank() {
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '\n') {
      line_starts_.push_back(++pos_);
    } else if (is_space(c)) {
      ++pos_;
    } else if (c == '%') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else {
      break;
    }
  }
}

bool ApxReader::expect(char c, std::string_view what) {
  skip_blank();
  if (pos_ < text_.size() && text_[pos_] == c) {
    ++pos_;
    return true;
  }
  if (pos_ >= text_.size())
    return error("apx-syntax", pos_, pos_,
                 "expected " + std::string(what) + ", found the end of the file");
  return error("apx-syntax", pos_, pos_ + 1,
               "expected " + std::string(what) + ", found " + quote(text_.substr(pos_, 1)));
}

std::optional<ApxReader::Name> ApxReader::name() {
  skip_blank();
  Name n;
  n.begin = pos_;
  if (pos_ < text_.size() && text_[pos_] == '"') {
    const std::size_t first = ++pos_;
    bool escaped = false;
    while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_, escaped = true;
      ++pos_;
    }
    if (pos_ >= text_.size() || text_[pos_] != '"') {
      error("apx-syntax", n.begin, pos_, "unterminated quoted argument name");
      return std::nullopt;
    }
    n.text = text_.substr(first, pos_ - first);
    if (escaped) {
      std::string& plain = unescaped_.emplace_back();
      for (std::size_t i = 0; i < n.text.size(); ++i) {
        if (n.text[i] == '\\' && i + 1 < n.text.size()) ++i;
        plain += n.text[i];
      }
      n.text = plain;
    }
    ++pos_;
  } else {
    const std::size_t first = pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '(' || c == ')' || c == ',' || c == '"' || c == '%' || c == '\n' || is_space(c))
        break;
      ++pos_;
    }
    n.text = text_.substr(first, pos_ - first);
    if (n.text.empty()) {
      if (pos_ >= text_.size())
        error("apx-syntax", pos_, pos_, "expected an argument name, found the end of the file");
      else
        error("apx-syntax", pos_, pos_ + 1,
              "expected an argument name, found " + quote(text_.substr(pos_, 1)));
      return std::nullopt;
    }
  }
  n.end = pos_;
  return n;
}

void ApxReader::recover() {
  // Resume after the next '.' or line end, whichever comes first.
  while (pos_ < text_.size() && text_[pos_] != '.' && text_[pos_] != '\n') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '.') ++pos_;
}

std::optional<NamedFramework> ApxReader::read() {
  std::unordered_map<std::string_view, NodeId> ids;
  std::vector<std::string> names;
  std::vector<PendingAttack> pending;
  while (errors_ < kMaxErrors) {
    skip_blank();
    if (pos_ >= text_.size()) break;
    std::size_t begin = pos_;
    while (pos_ < text_.size() && std::isalpha(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    std::string_view keyword = text_.substr(begin, pos_ - begin);
    if (keyword != "arg" && keyword != "att") {
      std::size_t end = keyword.empty() ? begin + 1 : pos_;
      error("apx-syntax", begin, end,
            "expected a fact 'arg(NAME).' or 'att(NAME,NAME).', found " +
                quote(text_.substr(begin, end - begin)));
      recover();
      continue;
    }
    if (!expect('(', "'('")) {
      recover();
      continue;
    }
    auto first = name();
    if (!first) {
      recover();
      continue;
    }
    std::optional<Name> second;
    if (keyword == "att") {
      if (!expect(',', "','") || !(second = name())) {
        recover();
        continue;
      }
    }
    if (!expect(')', "')'") || !expect('.', "'.' to end the fact")) {
      recover();
      continue;
    }
    if (keyword == "arg") {
      if (!ids.emplace(first->text, static_cast<NodeId>(names.size())).second) {
        diagnostics_.warning("apx-duplicate", location(first->begin, first->end),
                             "argument " + quote(first->text) + " is declared twice");
        continue;
      }
      names.emplace_back(first->text);
    } else {
      pending.push_back({*first, *second});
    }
  }
  // Attacks may precede their arguments' facts: resolve them at the end.
  std::vector<Edge> attacks;
  attacks.reserve(pending.size());
  for (const auto& p : pending) {
    auto from = ids.find(p.from.text), to = ids.find(p.to.text);
    if (from == ids.end())
      error("apx-undeclared", p.from.begin, p.from.end,
            "the attacker " + quote(p.from.text) + " is not declared by an 'arg' fact");
    if (to == ids.end())
      error("apx-undeclared", p.to.begin, p.to.end,
            "the attacked " + quote(p.to.text) + " is not declared by an 'arg' fact");
    if (from != ids.end() && to != ids.end()) attacks.push_back({from->second, to->second});
  }
  if (errors_ > 0) return std::nullopt;
  std::size_t n = names.size();
  return NamedFramework{Framework(n, std::move(attacks)), std::move(names)};
}

bool plain_apx_name(std::string_view s) {
  if (s.empty()) return false;
  bool digits = true;
  for (char c : s) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (digits) return s.size() == 1 || s[0] != '0';
  if (!std::islower(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

std::string apx_name(std::string_view s) {
  if (plain_apx_name(s)) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + '"';
}

}  // namespace

std::optional<NamedFramework> read_apx(std::string_view text, std::uint32_t file,
                                       Diagnostics& diagnostics) {
  return ApxReader(text, file, diagnostics).read();
}

std::optional<NamedFramework> read_framework(std::string_view path, std::string_view text,
                                             std::uint32_t file, Diagnostics& diagnostics) {
  if (path.size() >= 4 && path.substr(path.size() - 4) == ".apx")
    return read_apx(text, file, diagnostics);
  return read_iccma(text, file, diagnostics);
}

std::string node_name(const NamedFramework& f, NodeId n) {
  return f.names.empty() ? std::to_string(n + 1) : f.names[n];
}

std::string write_iccma(const NamedFramework& f) {
  std::string out = "p af " + std::to_string(f.framework.size()) + "\n";
  for (NodeId i = 0; i < f.names.size(); ++i) {
    std::string name = f.names[i];
    for (char& c : name)
      if (c == '\n' || c == '\r') c = ' ';
    out += "# " + std::to_string(i + 1) + " " + name + "\n";
  }
  for (const Edge& e : f.framework.attack_edges())
    out += std::to_string(e.from + 1) + " " + std::to_string(e.to + 1) + "\n";
  return out;
}

std::string write_apx(const NamedFramework& f) {
  std::string out;
  std::vector<std::string> names(f.framework.size());
  for (NodeId i = 0; i < names.size(); ++i) {
    names[i] = apx_name(node_name(f, i));
    out += "arg(" + names[i] + ").\n";
  }
  for (const Edge& e : f.framework.attack_edges())
    out += "att(" + names[e.from] + "," + names[e.to] + ").\n";
  return out;
}

}  // namespace argmap
