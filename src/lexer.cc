// Argdown's lexer rebuilt as a hand-written scanner. Argdown tries its token
// patterns in a fixed order and takes the first that matches; tokenize() keeps
// that order. Every search that could look far ahead (data blocks, links,
// titles) caches its result, so the whole pass stays linear in the text.
#include "lexer.h"

#include "lexer_scanner.h"

#include <algorithm>
#include <array>
#include <cstring>

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

void Lexer::emit_indent_or_dedent(std::size_t width, std::size_t at) {
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
    std::size_t e = line_end_.find(i);
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

// /^(?:[ \t]*(?:\r\n|\n)){2,}/
std::size_t Lexer::match_emptyline(std::size_t i) {
  std::size_t end = i;
  int count = 0;
  for (;;) {
    std::size_t j = skip_blanks(end);
    if (has_at(t_, j, "\r\n"))
      end = j + 2;
    else if (j < t_.size() && t_[j] == '\n')
      end = j + 1;
    else
      break;
    ++count;
  }
  return count >= 2 ? end : kNone;
}

// /[ \t]*(?:\r\n|\n|\r)/
std::size_t Lexer::match_newline(std::size_t i) {
  std::size_t j = skip_blanks(i);
  if (has_at(t_, j, "\r\n")) return j + 2;
  if (j < t_.size() && is_line_end(t_[j])) return j + 1;
  return kNone;
}

// The tokens that only exist at the start of a line: inference starts, relation
// symbols, headings, statement numbers and list items.
bool Lexer::lex_line_start(std::size_t& i) {
  if (!at_line_start()) return false;
  bool after_newline = out_.tokens.empty() || last_is(TokenKind::Newline);
  std::size_t s = skip_blanks(i);  // the symbol after the indentation
  std::size_t width = s - i;
  auto at = [&](std::string_view p) { return has_at(t_, s, p); };
  if (after_newline && at("--")) {
    emit_remaining_dedents(i);
    push(TokenKind::InferenceStart, s, s + 2);
    inference_mode_ = true;
    i = s + 2;
    return true;
  }
  TokenKind kind{};
  std::size_t length = 0;
  if (at("+>"))
    kind = TokenKind::SupportsChild, length = 2;
  else if (at("->"))
    kind = TokenKind::AttacksChild, length = 2;
  else if (at("<+"))
    kind = TokenKind::SupportedByChild, length = 2;
  else if (at("+"))
    kind = TokenKind::SupportedByChild, length = 1;
  else if (at("<-"))
    kind = TokenKind::AttackedByChild, length = 2;
  else if (at("-"))
    kind = TokenKind::AttackedByChild, length = 1;
  else if (at("><"))
    kind = TokenKind::Contradiction, length = 2;
  else if (at("_>"))
    kind = TokenKind::UndercutsChild, length = 2;
  else if (at("<_"))
    kind = TokenKind::UndercutByChild, length = 2;
  else if (at("_") && s + 1 < t_.size() && is_js_space(t_[s + 1]))
    kind = TokenKind::UndercutByChild, length = 1;
  if (length > 0) {
    emit_indent_or_dedent(width, i);
    push(kind, s, s + length);
    i = s + length;
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

LexResult Lexer::run() {
  std::size_t i = 0;
  std::size_t n = t_.size();
  // About one token per nine bytes in typical maps: reserve more than that once
  // rather than grow (each growth briefly holds two copies). Untouched capacity
  // costs address space, not memory.
  out_.tokens.reserve(std::min<std::size_t>(n / 5 + 16, std::size_t{1} << 26));
  while (i < n) {
    char c = t_[i];
    std::size_t e;
    // Comments (skipped) come first in both modes.
    if ((c == '<' || c == '/') && (e = match_comment(i)) != kNone) {
      skipped_since_token_ = true;
      i = e;
      continue;
    }
    if (inference_mode_) {
      if ((e = match_newline(i)) != kNone) {
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
      } else if (!kSpecial[static_cast<unsigned char>(c)]) {
        e = i + 1;
        while (e < n && !kSpecial[static_cast<unsigned char>(t_[e])]) ++e;
        push(TokenKind::Freestyle, i, e);
      } else {
        if (c == '\\')
          out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
        e = i + 1;
        if (e < n && is_blank(t_[e]) && c != '\\') ++e;
        push(TokenKind::UnusedControlChar, i, e);
      }
      i = e;
      continue;
    }
    if (c == '=' && (e = match_frontmatter(i)) != kNone) {
      push(TokenKind::FrontMatter, i, e);
    } else if (c == '{' && (e = match_data(i)) != kNone) {
      push(TokenKind::Data, i, e);
    } else if (c == '\\' && i + 1 < n && !is_line_end(t_[i + 1])) {
      e = i + 2;
      while (e < n && (static_cast<unsigned char>(t_[e]) & 0xC0) == 0x80)
        ++e;  // the whole character
      while (e < n && t_[e] == ' ') ++e;
      push(TokenKind::EscapedChar, i, e);
    } else if ((e = match_special_char(i)) != kNone) {
      push(TokenKind::SpecialChar, i, e);
    } else if (!last_is(TokenKind::Emptyline) && (e = match_emptyline(i)) != kNone) {
      if (e < n) emit_remaining_dedents(i);
      push(TokenKind::Emptyline, i, e);
    } else if ((e = match_newline(i)) != kNone) {
      push(TokenKind::Newline, i, e);
    } else if (lex_line_start(i)) {
      continue;
    } else if (lex_emphasis(i)) {
      continue;
    } else if ((c == '[' || c == '#' || c == '@' || c == '<') && lex_brackets(i)) {
      continue;
    } else if (is_blank(c)) {
      e = skip_blanks(i);
      skipped_since_token_ = true;
    } else if (!kSpecial[static_cast<unsigned char>(c)]) {
      e = i + 1;
      while (e < n && !kSpecial[static_cast<unsigned char>(t_[e])]) ++e;
      push(TokenKind::Freestyle, i, e);
    } else {
      // Argdown's lexer fails on a backslash before a line end; we keep it as text.
      if (c == '\\')
        out_.notes.push_back({LexerNote::Kind::LoneBackslash, static_cast<std::uint32_t>(i)});
      e = i + 1;
      if (e < n && is_blank(t_[e]) && c != '\\' && !is_line_end(c)) ++e;
      push(TokenKind::UnusedControlChar, i, e);
    }
    i = e;
  }
  if (last_is(TokenKind::Emptyline)) out_.tokens.pop_back();
  emit_remaining_dedents(n);
  out_.tokens.push_back(
      Token{TokenKind::Eof, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
  return std::move(out_);
}

}  // namespace lexer_detail

LexResult tokenize(std::string_view text) {
  return lexer_detail::Lexer(text).run();
}

}  // namespace argmap