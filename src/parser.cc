// Argdown's grammar (argdown-core/src/parser.ts) as a hand-written parser over
// the lexer's tokens. Relation trees and emphasis use explicit stacks, never
// recursion, so deep input cannot overflow the stack.
#include "parser.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "parser_messages.h"
#include "parser_state.h"

namespace argmap {
namespace parser_detail {

void Parser::take_new_tokens() {
  // One pass over raw pointers: through the reference member, each index would
  // reload the vector's bounds.
  Token* t = tokens_.data();
  std::size_t n = tokens_.size();
  if (base_ != 0) {
    for (std::size_t i = scanned_; i < n; ++i) t[i].begin += base_, t[i].end += base_;
  }
  // The lexer lists the separators as it makes them: no need to look for them.
  std::vector<std::size_t>& lexed = stream_.separators();
  separators_.insert(separators_.end(), lexed.begin(), lexed.end());
  lexed.clear();
  scanned_ = n;
}

void Parser::refill() {
  if (stopped_) return;
  // Lexing may move the window: hold on to the index of the current token.
  std::size_t at = pos();
  // Dropping is a move of what is left: do it once enough is read.
  constexpr std::size_t kDropAfter = 4096;
  if (at > kDropAfter) {
    std::size_t dropped = at - 1;
    tokens_.erase(tokens_.begin(), tokens_.begin() + static_cast<std::ptrdiff_t>(dropped));
    at -= dropped, scanned_ -= dropped;
    for (auto& s : separators_) s -= dropped;
  }
  for (;;) {
    take_new_tokens();
    std::erase_if(separators_, [&](std::size_t s) { return s < at; });
    if (separators_.size() >= 2 || stream_.done()) break;
    stream_.lex_separators(2 - separators_.size());
  }
  // Room for skip_to_end's Eof: appending it must not move the tokens.
  tokens_.reserve(tokens_.size() + 1);
  window_ = tokens_.data();
  window_end_ = window_ + tokens_.size();
  cur_ = window_ + at;
}

void Parser::skip_to_end() {
  stopped_ = true;
  if (!stream_.done()) {  // else the window already ends with the Eof
    std::uint32_t end = tokens_.back().end;
    tokens_.push_back(Token{K::Eof, end, end});
  }
  window_ = tokens_.data();
  window_end_ = window_ + tokens_.size();
  cur_ = window_end_ - 1;
}

void Parser::parse_map(bool allow_frontmatter) {
  refill();
  accept(K::Newline);
  accept(K::Emptyline);
  if (kind() == K::FrontMatter && allow_frontmatter) {
    const Token& fm = next();
    tree_.frontmatter = span(fm.begin, fm.end);
    accept(K::Newline);
    if (!accept(K::Emptyline) && kind() != K::Eof) {
      error("frontmatter-not-separated", tok(), std::string(kFrontmatterNotSeparated));
      recover();
      accept(K::Emptyline);
    }
  }
  while (kind() != K::Eof) {
    refill();
    if (!parse_block()) recover();
    if (sink_ && tree_.blocks.size() >= kBlocksPerSink) sink_->take_blocks(tree_);
    if (kind() == K::Eof) break;
    if (accept(K::Emptyline)) continue;
    report_unexpected(tok(), false);
    recover();
    accept(K::Emptyline);
  }
  if (sink_) sink_->take_blocks(tree_);
}

void Parser::report_unexpected(const Token& t, bool in_relations) {
  // At the start of a line, the likely mistake is a missing empty line.
  bool line_start = cur_ > window_ && cur_[-1].kind == K::Newline && &t == &tok();
  if (line_start && !in_relations && !is_relation(t.kind) && t.kind != K::Indent &&
      t.kind != K::Dedent && t.kind != K::Data) {
    error("missing-empty-line", t,
          "this line cannot continue the paragraph above it: a " +
              std::string(t.kind == K::StatementNumber  ? "premise-conclusion structure"
                          : t.kind == K::HeadingStart   ? "heading"
                          : t.kind == K::InferenceStart ? "inference line"
                                                        : "new statement or argument") +
              " must start a new paragraph",
          "insert an empty line before this line");
    return;
  }
  K kind = t.kind;
  if (kind == K::Indent && &t == &tok() && is_relation(kind_at(1)))
    kind = kind_at(1);  // say why the line is there
  if (kind == K::AttackedByChild && t.end < text_.size() && text_[t.end] == '-')
    kind = K::InferenceStart;
  auto [code, message, fix] = unexpected_token_message(kind, in_relations);
  error(std::string(code), t, std::move(message), std::move(fix));
}

bool Parser::parse_block() {
  K k = kind();
  if (k == K::HeadingStart) {
    parse_heading();
    return true;
  }
  if (k == K::StatementNumber) return parse_pcs();
  if (k == K::Indent && (kind_at(1) == K::OrderedListItem || kind_at(1) == K::UnorderedListItem))
    return parse_list();
  if (k == K::FrontMatter) {
    error("misplaced-frontmatter", tok(), std::string(kMisplacedFrontmatter));
    return false;
  }
  std::size_t first = tree_.elements.size();
  if (k == K::ArgumentDefinition || k == K::ArgumentReference || k == K::StatementDefinition ||
      k == K::StatementReference || starts_content(k)) {
    bool ok = parse_element_tree(kNoParent, false, false);
    tree_.blocks.push_back(BlockSyntax{BlockSyntax::Kind::Element,
                                       static_cast<std::uint32_t>(first),
                                       static_cast<std::uint32_t>(tree_.elements.size())});
    if (tree_.elements.size() == first) tree_.blocks.pop_back();
    return ok;
  }
  // Nothing can start here: say why.
  const Token& t = tok();
  if (k == K::Indent && is_relation(kind_at(1))) {
    error("relation-without-parent", cur_[1], std::string(kRelationWithoutParent),
          "remove the empty line above, or put a statement or argument before the relation");
  } else if (k == K::AttackedByChild && t.end < text_.size() && text_[t.end] == '-') {
    report_unexpected(t, false);  // `----` after an empty line: an inference outside a PCS
  } else if (is_relation(k)) {
    error("relation-without-parent", t, std::string(kRelationWithoutParent),
          "remove the empty line above, or put a statement or argument before the relation");
  } else {
    report_unexpected(t, false);
  }
  return false;
}

void Parser::parse_heading() {
  const Token& start = next();
  HeadingSyntax h;
  h.level = static_cast<int>(start.end - start.begin) - 1;
  if (!parse_heading_content(h.content)) {
    error("missing-heading-text", tok(), "heading without text",
          "write the section title after the '#' and a space");
  }
  if (kind() == K::Data || (kind() == K::Newline && kind_at(1) == K::Data)) {
    accept(K::Newline);
    const Token& d = next();
    h.data = span(d.begin, d.end);
    accept(K::Newline);
  }
  h.where = span(start.begin, last_end());
  tree_.headings.push_back(std::move(h));
  tree_.blocks.push_back(BlockSyntax{BlockSyntax::Kind::Heading,
                                     static_cast<std::uint32_t>(tree_.headings.size() - 1), 0});
}

bool Parser::parse_inference(InferenceSyntax& inference) {
  const Token& start = next();
  bool rules = false;
  for (;;) {
    K k = kind();
    if (k == K::Newline) {
      next();
    } else if (is_freestyle(k)) {
      std::string rule;
      while (is_freestyle(kind())) append_freestyle(next(), rule);
      std::size_t b = rule.find_first_not_of(" \t");
      std::size_t e = rule.find_last_not_of(" \t");
      inference.rules.push_back(b == std::string::npos ? std::string() : rule.substr(b, e - b + 1));
      rules = true;
    } else if (k == K::ListDelimiter && rules) {
      next();
    } else if (k == K::Data) {
      const Token& d = next();
      inference.data = span(d.begin, d.end);
    } else {
      break;
    }
  }
  if (kind() != K::InferenceEnd) {
    error("unclosed-inference", start, "inference line is not closed",
          "write four hyphens (----) or '-- rule, rule --' on one line");
    return false;
  }
  const Token& end = next();
  inference.where = span(start.begin, end.end);
  if (!accept(K::Newline)) {
    error("missing-conclusion", end, std::string(kMissingConclusion),
          "add a numbered statement after the inference");
    return false;
  }
  if (kind() == K::Indent && is_relation(kind_at(1))) {
    inference.first_undercut = static_cast<std::uint32_t>(tree_.elements.size());
    bool ok = parse_element_tree(kInferenceParent, false, true);
    inference.end_undercut = static_cast<std::uint32_t>(tree_.elements.size());
    if (!ok) return false;
  } else {
    inference.first_undercut = inference.end_undercut =
        static_cast<std::uint32_t>(tree_.elements.size());
  }
  return true;
}

// pcs: (n) statement ... ---- (m) conclusion ..., ending with a conclusion.
// The steps are collected in pcs_steps_, whose capacity outlives the call, and
// moved into the tree at their final count.
bool Parser::parse_pcs() {
  PcsSyntax pcs;
  std::vector<PcsStepSyntax>& steps = pcs_steps_;
  steps.clear();
  std::uint32_t begin = tok().begin;
  std::optional<InferenceSyntax> inference;
  bool ok = true;
  const Token* last_inference = nullptr;
  while (ok) {
    if (kind() == K::StatementNumber) {
      const Token& number = next();
      PcsStepSyntax& step = steps.emplace_back();
      step.number_where = span(number.begin, number.end);
      step.element = static_cast<std::uint32_t>(tree_.elements.size());
      step.inference = std::move(inference);
      inference.reset();
      ok = parse_element_tree(kNoParent, true, false);
      if (tree_.elements.size() == steps.back().element) {
        steps.pop_back();
        break;
      }
    } else if (kind() == K::InferenceStart) {
      last_inference = &tok();
      if (inference) {
        error("missing-conclusion", tok(), std::string(kMissingConclusion),
              "add a numbered statement between the two inferences");
      }
      inference.emplace();
      ok = parse_inference(*inference);
    } else {
      break;
    }
  }
  if (ok && inference && last_inference) {
    error("missing-conclusion", *last_inference, std::string(kMissingConclusion),
          "add a numbered statement after the inference");
    ok = false;
  }
  if (ok && !steps.empty() && !steps.back().inference) {
    bool any = false;
    for (const auto& s : steps) any = any || s.inference.has_value();
    Span where = steps.back().number_where;
    diags_
        .error(any ? "missing-main-conclusion" : "incomplete-pcs", location(where.begin, where.end),
               any ? "the premise-conclusion structure does not end with a conclusion"
                   : std::string(kIncompletePcs))
        .suggestion =
        any ? "put an inference line (----) before the last numbered statement"
            : "add an inference line (----) and a numbered conclusion after the premises";
    ok = false;
  }
  pcs.where = span(begin, last_end());
  if (!steps.empty()) {
    pcs.steps.assign(std::make_move_iterator(steps.begin()), std::make_move_iterator(steps.end()));
    tree_.pcs.push_back(std::move(pcs));
    tree_.blocks.push_back(
        BlockSyntax{BlockSyntax::Kind::Pcs, static_cast<std::uint32_t>(tree_.pcs.size() - 1), 0});
  }
  return ok;
}

bool Parser::parse_list() {
  next();  // Indent
  std::size_t first = tree_.elements.size();
  K item = kind();
  bool ok = true;
  while (kind() == item) {
    next();
    ok = parse_element_tree(kNoParent, false, false);
    if (!ok) break;
  }
  if (ok && !accept(K::Dedent)) {
    if (kind() != K::Eof && kind() != K::Emptyline) {
      report_unexpected(tok(), false);
      ok = false;
    }
  }
  if (tree_.elements.size() > first)
    tree_.blocks.push_back(BlockSyntax{BlockSyntax::Kind::List, static_cast<std::uint32_t>(first),
                                       static_cast<std::uint32_t>(tree_.elements.size())});
  return ok;
}

}  // namespace parser_detail

void parse(const SourceFile& file, std::uint32_t file_id, std::uint32_t begin, std::uint32_t end,
           bool allow_frontmatter, SyntaxTree& tree, Diagnostics& diagnostics, BlockSink* sink) {
  std::string_view text = std::string_view(file.text()).substr(begin, end - begin);
  tree.texts->hold(file.text_owner());  // texts may be views of the source (TextArena::hold)
  TokenStream stream(text);
  if (!sink) {
    // Most elements take a line of their own: reserve for that many.
    std::size_t lines = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    tree.elements.reserve(tree.elements.size() + lines);
  }
  parser_detail::Parser parser(file, file_id, begin, stream, tree, diagnostics, sink);
  parser.parse_map(allow_frontmatter);
  // After too many errors the parser stops early: the lexer still reads the
  // rest, for its notes (an unclosed comment further down is still reported).
  if (!stream.done() && stream.tokens().back().kind == TokenKind::Eof)
    stream.tokens().pop_back();  // the parser's stop mark, not the lexer's
  while (!stream.done()) {
    std::vector<Token>& window = stream.tokens();
    if (window.size() > 1)
      window.erase(window.begin(), window.end() - 1);  // the lexer looks back at the last
    stream.separators().clear();
    stream.lex_separators(1024);
  }
  for (const auto& note : stream.notes()) {
    Location at = file.span(file_id, begin + note.offset, begin + note.offset + 1);
    switch (note.kind) {
      case LexerNote::Kind::LoneBackslash:
        break;  // kept as text, as the user most likely meant
      case LexerNote::Kind::UnclosedComment:
        diagnostics.error("unclosed-comment", at, "comment is never closed").suggestion =
            "close it with '*/' (or '-->' for '<!--')";
        break;
      case LexerNote::Kind::TooDeep:
        diagnostics
            .error(
                "nesting-too-deep", at,
                "relations are nested deeper than " + std::to_string(kMaxIndentDepth) + " levels")
            .suggestion =
            "argmap reads deeper relations as siblings of the deepest level; flatten the tree";
        break;
    }
  }
}

}  // namespace argmap
