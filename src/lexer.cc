// Argdown's lexer rebuilt as a hand-written scanner. Argdown tries its token
// patterns in a fixed order and takes the first that matches; tokenize() keeps
// that order, trying at each byte only the patterns that can start with it.
// Every search that could look far ahead (data blocks, links, titles) caches
// its result, so the whole pass stays linear in the text.
#include "lexer.h"

#include "lexer_scanner.h"

#include <algorithm>
#include <array>

namespace argmap {

std::string_view token_kind_name(TokenKind kind) {
  static constexpr std::array<std::string_view, 41> kNames = {"FrontMatter",
                                                              "Data",
                                                              "EscapedChar",
                                                              "SpecialChar",
                                                              "Emptyline",
                                                              "Newline",
                                                              "Indent",
                                                              "Dedent",
                                                              "InferenceStart",
                                                              "InferenceEnd",
                                                              "ListDelimiter",
                                                              "SupportsChild",
                                                              "AttacksChild",
                                                              "SupportedByChild",
                                                              "AttackedByChild",
                                                              "Contradiction",
                                                              "UndercutsChild",
                                                              "UndercutByChild",
                                                              "HeadingStart",
                                                              "StatementNumber",
                                                              "OrderedListItem",
                                                              "UnorderedListItem",
                                                              "AsteriskBoldEnd",
                                                              "UnderscoreBoldEnd",
                                                              "AsteriskItalicEnd",
                                                              "UnderscoreItalicEnd",
                                                              "AsteriskBoldStart",
                                                              "UnderscoreBoldStart",
                                                              "AsteriskItalicStart",
                                                              "UnderscoreItalicStart",
                                                              "Link",
                                                              "Tag",
                                                              "StatementDefinition",
                                                              "StatementReference",
                                                              "StatementMention",
                                                              "ArgumentDefinition",
                                                              "ArgumentReference",
                                                              "ArgumentMention",
                                                              "Freestyle",
                                                              "UnusedControlChar",
                                                              "Eof"};
  return kNames[static_cast<std::size_t>(kind)];
}

namespace lexer_detail {

[[gnu::always_inline]] inline void Lexer::emit_indent_or_dedent(std::size_t width, std::size_t at) {
  if (width > indents_.back()) {
    if (indents_.size() > kMaxIndentDepth) {  // indents_[0] is the base level
      if (!too_deep_reported_)
        out_.notes.push_back({LexerNote::Kind::TooDeep, static_cast<std::uint32_t>(at)});
      too_deep_reported_ = true;
      return;
    }
    indents_.push_back(width);
    push(TokenKind::Indent, at, at);
  } else {
    while (indents_.size() > 1 && width < indents_.back()) {
      indents_.pop_back();
      push(TokenKind::Dedent, at, at);
    }
  }
}

// Comments: <!-- -->, /* */ and // to the end of the line. Like Argdown, a comment
// after a line end also swallows the line ends after it, so that the next line
// still counts as the start of a line. Unlike Argdown, `//` right after `:`
// (as in http://) is no comment, and an unclosed comment runs to the end.
std::size_t Lexer::match_comment(std::size_t i) {
  std::size_t end = kNone;
  if (has_at(t_, i, "<!--")) {
    std::size_t e = comment_end_html_.find(i + 4);
    if (e == kNone)
      out_.notes.push_back({LexerNote::Kind::UnclosedComment, static_cast<std::uint32_t>(i)});
    end = e == kNone ? t_.size() : e + 3;
  } else if (has_at(t_, i, "/*")) {
    std::size_t e = comment_end_block_.find(i + 2);
    if (e == kNone)
      out_.notes.push_back({LexerNote::Kind::UnclosedComment, static_cast<std::uint32_t>(i)});
    end = e == kNone ? t_.size() : e + 2;
  } else if (has_at(t_, i, "//") && !(i > 0 && t_[i - 1] == ':')) {
    std::size_t e = find_line_end(i);
    end = e == kNone ? t_.size() : e;
  }
  if (end == kNone) return kNone;
  if (last_is(TokenKind::Emptyline)) {
    // Argdown: (?:[ \t]*\r\n|\n|\r)*
    for (;;) {
      std::size_t j = skip_blanks(end);
      if (has_at(t_, j, "\r\n"))
        end = j + 2;
      else if (end < t_.size() && is_line_end(t_[end]))
        end += 1;
      else
        break;
    }
  } else if (last_is(TokenKind::Newline)) {
    // One line end, unless an empty line follows it.
    std::size_t j = skip_blanks(end);
    std::size_t after = kNone;
    if (has_at(t_, j, "\r\n"))
      after = j + 2;
    else if (j < t_.size() && is_line_end(t_[j]))
      after = j + 1;
    if (after != kNone) {
      std::size_t k = skip_blanks(after);
      if (!(k < t_.size() && is_line_end(t_[k]))) end = after;
    }
  }
  return end;
}

std::size_t Lexer::match_frontmatter(std::size_t i) {
  // /===+[\s\S]*?===+/
  if (!has_at(t_, i, "===")) return kNone;
  std::size_t j = i + 3;
  while (j < t_.size() && t_[j] == '=') ++j;
  std::size_t e = frontmatter_end_.find(j);
  if (e == kNone) return kNone;
  e += 3;
  while (e < t_.size() && t_[e] == '=') ++e;
  return e;
}

// Emptyline /^(?:[ \t]*(?:\r\n|\n)){2,}/, unless the last token is one, else
// Newline /[ \t]*(?:\r\n|\n|\r)/: one pass for both. `j` is the line end after
// the blanks from i.
void Lexer::lex_line_end(std::size_t& i, std::size_t j) {
  std::size_t n = t_.size();
  bool crlf = t_[j] == '\r' && j + 1 < n && t_[j + 1] == '\n';
  std::size_t end = j + (crlf ? 2 : 1);
  if ((crlf || t_[j] == '\n') && !last_is(TokenKind::Emptyline)) {
    std::size_t more = end;
    bool empty = false;
    for (;;) {
      std::size_t k = skip_blanks(more);
      if (k < n && t_[k] == '\n') {
        more = k + 1;
      } else if (has_at(t_, k, "\r\n")) {
        more = k + 2;
      } else {
        indent_from_ = more, indent_to_ = k;
        break;
      }
      empty = true;
    }
    if (empty) {
      if (more < n) emit_remaining_dedents(i);
      separators_.push_back(out_.tokens.size());
      push(TokenKind::Emptyline, i, more);
      i = more;
      return;
    }
  }
  push(TokenKind::Newline, i, end);
  i = end;
  // The next line is indented (its blanks are known): go on to its relation
  // symbol or list item right away, as the main loop's next round would.
  std::size_t s = indent_from_ == end ? indent_to_ : end;
  if (s > end && s < n && !is_line_end(t_[s]) && !lex_line_symbol(i, s)) {
    i = s;
    skipped_since_token_ = true;
  }
}

// /[ \t]*(?:\r\n|\n|\r)/
std::size_t Lexer::match_newline(std::size_t i) {
  std::size_t j = skip_blanks(i);
  if (has_at(t_, j, "\r\n")) return j + 2;
  if (j < t_.size() && is_line_end(t_[j])) return j + 1;
  return kNone;
}

// The tokens that only exist at the start of a line: inference starts, relation
// symbols, headings, statement numbers and list items. `s` is where the symbol
// would be: after the blanks from i.
[[gnu::always_inline]] inline bool Lexer::lex_line_symbol(std::size_t& i, std::size_t s) {
  std::size_t width = s - i;
  // Argdown tries `--` (after a line end), then +> -> <+ + <- - >< _> <_ _ in
  // this order; only patterns with the same first character compete, so a
  // switch on it keeps that order.
  TokenKind kind{};
  std::size_t length = 0;
  char next = s + 1 < t_.size() ? t_[s + 1] : '\0';
  switch (s < t_.size() ? t_[s] : '\0') {
    case '+':
      kind = next == '>' ? TokenKind::SupportsChild : TokenKind::SupportedByChild;
      length = next == '>' ? 2 : 1;
      break;
    case '-':
      if (next == '-' && (out_.tokens.empty() || last_is(TokenKind::Newline))) {
        emit_remaining_dedents(i);
        push(TokenKind::InferenceStart, s, s + 2);
        inference_mode_ = true;
        i = s + 2;
        return true;
      }
      kind = next == '>' ? TokenKind::AttacksChild : TokenKind::AttackedByChild;
      length = next == '>' ? 2 : 1;
      break;
    case '<':
      if (next == '+') kind = TokenKind::SupportedByChild, length = 2;
      if (next == '-') kind = TokenKind::AttackedByChild, length = 2;
      if (next == '_') kind = TokenKind::UndercutByChild, length = 2;
      break;
    case '>':
      if (next == '<') kind = TokenKind::Contradiction, length = 2;
      break;
    case '_':
      if (next == '>')
        kind = TokenKind::UndercutsChild, length = 2;
      else if (is_js_space(next))
        kind = TokenKind::UndercutByChild, length = 1;
      break;
    default:
      break;
  }
  if (length > 0) {
    if (width != indents_.back()) emit_indent_or_dedent(width, i);  // else a sibling
    push(kind, s, s + length);
    i = s + length;
    lex_after_token(i);
    return true;
  }
  if (width == 0 && t_[i] == '#') {  // /^(#+)(?: )/
    std::size_t j = i;
    while (j < t_.size() && t_[j] == '#') ++j;
    if (j < t_.size() && t_[j] == ' ') {
      push(TokenKind::HeadingStart, i, j + 1);
      i = j + 1;
      return true;
    }
  }
  if (s < t_.size() && t_[s] == '(' && s + 1 < t_.size() &&
      is_digit(t_[s + 1])) {  // /^[ \t]*\(\d+\)/
    std::size_t j = s + 1;
    while (j < t_.size() && is_digit(t_[j])) ++j;
    if (j < t_.size() && t_[j] == ')') {
      emit_remaining_dedents(i);
      push(TokenKind::StatementNumber, s, j + 1);
      i = j + 1;
      lex_after_token(i);
      return true;
    }
  }
  if (s < t_.size() && is_digit(t_[s])) {  // /^([ \t]*)\d+\.(?=\s)/
    std::size_t j = s;
    while (j < t_.size() && is_digit(t_[j])) ++j;
    if (j + 1 < t_.size() && t_[j] == '.' && is_js_space(t_[j + 1])) {
      emit_indent_or_dedent(width + 1, i);
      push(TokenKind::OrderedListItem, s, j + 1);
      i = j + 1;
      return true;
    }
  }
  if (s + 1 < t_.size() && t_[s] == '*' && is_js_space(t_[s + 1])) {  // /^([ \t]*)\*(?=\s)/
    emit_indent_or_dedent(width + 1, i);
    push(TokenKind::UnorderedListItem, s, s + 1);
    i = s + 1;
    return true;
  }
  return false;
}

// The main loop's copy (lex_line_end has its own, inlined: most lines go there).
bool Lexer::lex_line_symbol_outlined(std::size_t& i, std::size_t s) {
  return lex_line_symbol(i, s);
}

// Inside an inference (`-- ... --`) only a few tokens exist.
void Lexer::lex_inference(std::size_t& i) {
  std::size_t n = t_.size();
  char c = t_[i];
  std::size_t e;
  if (!kSpecial[static_cast<unsigned char>(c)] && !is_blank(c)) {
    // Most often a word of a rule: no other pattern starts with it.
    e = skip_text(i + 1);
    push(TokenKind::Freestyle, i, e);
  } else if ((e = match_newline(i)) != kNone) {
    push(TokenKind::Newline, i, e);
  } else if (c == '\\' && i + 1 < n && !is_line_end(t_[i + 1])) {
    e = i + 2;
    while (e < n && t_[e] == ' ') ++e;
    push(TokenKind::EscapedChar, i, e);
  } else if ((e = match_special_char(i)) != kNone) {
    push(TokenKind::SpecialChar, i, e);
  } else if (c == '-' && i + 1 < n && t_[i + 1] == '-') {
    e = i + 2;
    while (e < n && t_[e] == '-') ++e;
    push(TokenKind::InferenceEnd, i, e);
    inference_mode_ = false;
  } else if ((e = match_data(i)) != kNone) {
    push(TokenKind::Data, i, e);
  } else if (c == ',') {
    e = i + 1;
    push(TokenKind::ListDelimiter, i, e);
  } else if (is_blank(c)) {
    e = skip_blanks(i);
    skipped_since_token_ = true;
  } else {
    if (c == '\\')
      out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
    e = i + 1;
    if (e < n && is_blank(t_[e]) && c != '\\') ++e;
    push(TokenKind::UnusedControlChar, i, e);
  }
  i = e;
}

// A special character that starts no token here: text, with one blank after it.
void Lexer::lex_unused(std::size_t& i) {
  char c = t_[i];
  // Argdown's lexer fails on a backslash before a line end; we keep it as text.
  if (c == '\\')
    out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
  std::size_t e = i + 1;
  if (e < t_.size() && is_blank(t_[e]) && c != '\\') ++e;
  push(TokenKind::UnusedControlChar, i, e);
  i = e;
}

LexResult Lexer::run() {
  // About one token per nine bytes in typical maps: reserve more than that once
  // rather than grow (each growth briefly holds two copies). Untouched capacity
  // costs address space, not memory.
  out_.tokens.reserve(std::min<std::size_t>(t_.size() / 5 + 16, std::size_t{1} << 26));
  lex_until(kNone);
  return std::move(out_);
}

void Lexer::lex_until(std::size_t emptylines) {
  if (done_) return;
  std::size_t& i = i_;
  std::size_t n = t_.size();
  auto text = [&] {  // plain text from i
    std::size_t e = scan_text(i + 1);
    push(TokenKind::Freestyle, i, e);
    i = e;
  };
  auto take = [&](std::size_t e, TokenKind kind) {  // a token to e if there is one
    if (e == kNone) return false;
    push(kind, i, e);
    i = e;
    return true;
  };
  while (i < n) {
    if (emptylines_ >= emptylines && !last_is(TokenKind::Emptyline)) return;
    if (inference_mode_) {
      // Comments come first in both modes.
      std::size_t e = may_be_comment(i) ? match_comment(i) : kNone;
      if (e != kNone) {
        skipped_since_token_ = true;
        i = e;
      } else {
        lex_inference(i);
      }
      continue;
    }
    // Argdown tries its patterns in a fixed order; each case tries, in that
    // order, only those that can start with its character.
    char c = t_[i];
    switch (c) {
      case '\n':
      case '\r':
        lex_line_end(i, i);
        continue;
      case ' ':
      case '\t': {
        std::size_t e = skip_indentation(i);
        if (e < n && is_line_end(t_[e])) {
          lex_line_end(i, e);
          continue;
        }
        if (lex_line_start(i, e)) continue;
        i = e;  // skipped, not text
        skipped_since_token_ = true;
        continue;
      }
      case '<':
      case '/': {
        std::size_t e = may_be_comment(i) ? match_comment(i) : kNone;
        if (e != kNone) {
          skipped_since_token_ = true;
          i = e;
          continue;
        }
        if (c == '<' && (lex_line_start(i, i) || lex_brackets(i))) continue;
        break;
      }
      case '=':
        if (take(match_frontmatter(i), TokenKind::FrontMatter)) continue;
        text();
        continue;
      case '{':
        if (take(match_data(i), TokenKind::Data)) continue;
        break;
      case '\\':
        if (i + 1 < n && !is_line_end(t_[i + 1])) {
          std::size_t e = i + 2;
          while (e < n && (static_cast<unsigned char>(t_[e]) & 0xC0) == 0x80)
            ++e;  // the whole character
          while (e < n && t_[e] == ' ') ++e;
          take(e, TokenKind::EscapedChar);
          continue;
        }
        break;
      case '.':
      case ':':
        if (take(match_special_char(i), TokenKind::SpecialChar)) continue;
        break;
      case '#':
        if (lex_line_start(i, i) || lex_tag(i)) continue;
        break;
      case '[':
        if (lex_short_definition(i) || lex_brackets(i)) continue;
        break;
      case '@':
        if (lex_brackets(i)) continue;
        break;
      case '*':
      case '_':
        if (lex_line_start(i, i) || lex_emphasis(i)) continue;
        break;
      case '-':
      case '>':
      case '(':
        if (lex_line_start(i, i)) continue;
        break;
      case '+':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        if (!lex_line_start(i, i)) text();
        continue;
      default:
        if (kSpecial[static_cast<unsigned char>(c)]) break;  // `,;)]}`
        text();
        continue;
    }
    lex_unused(i);
  }
  if (last_is(TokenKind::Emptyline)) {  // pushed in this call: its index is listed
    out_.tokens.pop_back();
    separators_.pop_back();
  }
  emit_remaining_dedents(n);
  out_.tokens.push_back(
      Token{TokenKind::Eof, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
  done_ = true;
}

}  // namespace lexer_detail

LexResult tokenize(std::string_view text) {
  return lexer_detail::Lexer(text).run();
}

TokenStream::TokenStream(std::string_view text)
    : lexer_(std::make_unique<lexer_detail::Lexer>(text)) {}
TokenStream::~TokenStream() = default;

void TokenStream::lex_separators(std::size_t count) {
  lexer_->lex_until(lexer_->emptylines() + count);
}
bool TokenStream::done() const {
  return lexer_->done();
}
std::vector<Token>& TokenStream::tokens() {
  return lexer_->tokens();
}
std::vector<std::size_t>& TokenStream::separators() {
  return lexer_->separators();
}
const std::vector<LexerNote>& TokenStream::notes() const {
  return lexer_->notes();
}

}  // namespace argmap