// Argdown's grammar (argdown-core/src/parser.ts) as a hand-written parser over
// the lexer's tokens. Relation trees and emphasis use explicit stacks, never
// recursion, so deep input cannot overflow the stack.
#include "parser.h"

#include <string>

#include "parser_messages.h"
#include "shortcodes.h"

namespace argmap {
namespace {

using K = TokenKind;

/// After this many syntax errors in one file, parsing stops (like GCC's -fmax-errors).
constexpr std::size_t kMaxSyntaxErrors = 100;

bool is_relation(K k) {
  switch (k) {
    case K::SupportsChild:
    case K::AttacksChild:
    case K::SupportedByChild:
    case K::AttackedByChild:
    case K::Contradiction:
    case K::UndercutsChild:
    case K::UndercutByChild:
      return true;
    default:
      return false;
  }
}

RelationSymbol symbol_of(K k) {
  switch (k) {
    case K::SupportsChild:
      return RelationSymbol::SupportsChild;
    case K::AttacksChild:
      return RelationSymbol::AttacksChild;
    case K::SupportedByChild:
      return RelationSymbol::SupportedByChild;
    case K::AttackedByChild:
      return RelationSymbol::AttackedByChild;
    case K::Contradiction:
      return RelationSymbol::Contradiction;
    case K::UndercutsChild:
      return RelationSymbol::UndercutsChild;
    case K::UndercutByChild:
      return RelationSymbol::UndercutByChild;
    default:
      return RelationSymbol::None;
  }
}

bool is_freestyle(K k) {
  return k == K::Freestyle || k == K::UnusedControlChar || k == K::EscapedChar ||
         k == K::SpecialChar;
}
bool is_emphasis_start(K k) {
  return k == K::AsteriskBoldStart || k == K::UnderscoreBoldStart || k == K::AsteriskItalicStart ||
         k == K::UnderscoreItalicStart;
}
bool is_emphasis_end(K k) {
  return k == K::AsteriskBoldEnd || k == K::UnderscoreBoldEnd || k == K::AsteriskItalicEnd ||
         k == K::UnderscoreItalicEnd;
}
K end_of(K start) {
  switch (start) {
    case K::AsteriskBoldStart:
      return K::AsteriskBoldEnd;
    case K::UnderscoreBoldStart:
      return K::UnderscoreBoldEnd;
    case K::AsteriskItalicStart:
      return K::AsteriskItalicEnd;
    default:
      return K::UnderscoreItalicEnd;
  }
}
// Tokens that statementContent accepts first.
bool starts_content(K k) {
  return is_freestyle(k) || is_emphasis_start(k) || k == K::Link || k == K::Tag ||
         k == K::ArgumentMention || k == K::StatementMention || k == K::Newline;
}

class Parser {
 public:
  Parser(const SourceFile& file, std::uint32_t file_id, std::uint32_t base,
         std::vector<Token> tokens, SyntaxTree& tree, Diagnostics& diagnostics)
      : file_(file),
        text_(file.text()),
        id_(file_id),
        base_(base),
        tokens_(std::move(tokens)),
        tree_(tree),
        diags_(diagnostics) {
    for (auto& t : tokens_) t.begin += base, t.end += base;
  }

  void parse_map(bool allow_frontmatter);

 private:
  const Token& tok() const { return tokens_[pos_]; }
  K kind() const { return tokens_[pos_].kind; }
  K kind_at(std::size_t ahead) const {
    std::size_t p = pos_ + ahead;
    return p < tokens_.size() ? tokens_[p].kind : K::Eof;
  }
  const Token& next() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
  bool accept(K k) {
    if (kind() != k) return false;
    next();
    return true;
  }
  std::string_view image(const Token& t) const {
    return std::string_view(text_).substr(t.begin, t.end - t.begin);
  }
  Span span(std::uint32_t b, std::uint32_t e) const { return Span{id_, b, e}; }
  Location location(std::uint32_t b, std::uint32_t e) const { return file_.span(id_, b, e); }
  Location location(const Token& t) const {
    // Zero-width tokens (Indent, Dedent, Eof) point at the next character.
    return location(t.begin, t.end > t.begin ? t.end : t.begin + (t.begin < text_.size() ? 1 : 0));
  }
  void error(std::string code, const Token& at, std::string message, std::string fix = {}) {
    if (errors_ == kMaxSyntaxErrors) {
      diags_.error("too-many-errors", location(at),
                   "too many syntax errors in this file: the rest is not checked");
      ++errors_;
      pos_ = tokens_.size() - 1;  // stop at Eof
      return;
    }
    if (errors_ > kMaxSyntaxErrors) return;
    ++errors_;
    auto& d = diags_.error(std::move(code), location(at), std::move(message));
    d.suggestion = std::move(fix);
  }
  /// Appends a text token as Argdown reads it: escapes resolved, shortcodes replaced.
  void append_freestyle(const Token& t, std::string& out) const {
    std::string_view im = image(t);
    if (t.kind == K::EscapedChar) {
      out += im.substr(1);
    } else if (t.kind == K::SpecialChar) {
      std::string_view trimmed = im;
      while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t'))
        trimmed.remove_suffix(1);
      std::string_view symbol = shortcode_symbol(trimmed);
      if (symbol.empty()) {
        out += im;
      } else {
        out += symbol;
        if (im.back() == ' ') out += ' ';
      }
    } else {
      out += im;
    }
  }
  /// Skips to the next Emptyline (or the end) after an error.
  void recover() {
    while (kind() != K::Emptyline && kind() != K::Eof) next();
  }
  // The end of the last real token before pos_ (to end spans before line ends).
  std::uint32_t last_end() const {
    for (std::size_t p = pos_; p > 0; --p) {
      const Token& t = tokens_[p - 1];
      if (t.kind != K::Newline && t.kind != K::Indent && t.kind != K::Dedent &&
          t.kind != K::Emptyline)
        return t.end;
    }
    return tokens_.empty() ? 0 : tokens_[0].begin;
  }

  bool parse_block();
  void parse_heading();
  bool parse_pcs();
  bool parse_list();
  bool parse_element_tree(std::int32_t root_parent, bool statement_only, bool undercuts_only);
  std::int32_t parse_element_head(std::int32_t parent, RelationSymbol symbol, Span symbol_where);
  bool parse_content(TextSyntax& out);
  bool parse_inference(InferenceSyntax& inference);
  void parse_trailing_data(std::optional<Span>& data);
  void report_unexpected(const Token& t, bool in_relations);

  const SourceFile& file_;
  const std::string& text_;
  std::uint32_t id_;
  std::uint32_t base_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::size_t errors_ = 0;
  SyntaxTree& tree_;
  Diagnostics& diags_;
};

void Parser::parse_map(bool allow_frontmatter) {
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
    if (!parse_block()) recover();
    if (kind() == K::Eof) break;
    if (accept(K::Emptyline)) continue;
    report_unexpected(tok(), false);
    recover();
    accept(K::Emptyline);
  }
}

void Parser::report_unexpected(const Token& t, bool in_relations) {
  // At the start of a line, the likely mistake is a missing empty line.
  bool line_start = pos_ > 0 && tokens_[pos_ - 1].kind == K::Newline && &t == &tok();
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
                                       static_cast<std::uint32_t>(tree_.elements.size()), false});
    if (tree_.elements.size() == first) tree_.blocks.pop_back();
    return ok;
  }
  // Nothing can start here: say why.
  const Token& t = tok();
  if (k == K::Indent && is_relation(kind_at(1))) {
    error("relation-without-parent", tokens_[pos_ + 1], std::string(kRelationWithoutParent),
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
  if (!parse_content(h.content)) {
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
  tree_.blocks.push_back(BlockSyntax{
      BlockSyntax::Kind::Heading, static_cast<std::uint32_t>(tree_.headings.size() - 1), 0, false});
}

void Parser::parse_trailing_data(std::optional<Span>& data) {
  if (kind() == K::Data) {
    const Token& d = next();
    data = span(d.begin, d.end);
    accept(K::Newline);
  }
}

// statementContent: text, links, tags, mentions, line ends, bold and italic
// ranges (kept on an explicit stack). Returns false when nothing was read.
bool Parser::parse_content(TextSyntax& out) {
  struct Open {
    K end;
    std::size_t token;
    bool pending_newline;
  };
  std::vector<Open> open;
  bool pending_newline = false;  // a line end whose space depends on what follows
  bool any = false;
  auto flush = [&] {
    if (pending_newline && (out.text.empty() || out.text.back() != ' ')) out.text += ' ';
    pending_newline = false;
  };
  for (;;) {
    K k = kind();
    if (is_freestyle(k)) {
      flush();
      while (is_freestyle(kind())) append_freestyle(next(), out.text);
    } else if (k == K::Link) {
      flush();
      const Token& t = next();
      std::string_view im = image(t);
      std::size_t close = im.find("](");
      out.text += im.substr(1, close - 1);
      if (im.back() == ' ') out.text += ' ';
    } else if (k == K::Tag) {
      flush();
      const Token& t = next();
      std::string_view im = image(t);
      auto tag_begin = static_cast<std::uint32_t>(out.text.size());
      out.text += im;
      out.tag_ranges.emplace_back(tag_begin, static_cast<std::uint32_t>(out.text.size()));
      std::string_view name = im.substr(1);
      while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
      if (!name.empty() && name.front() == '(') name = name.substr(1, name.size() - 2);
      bool seen = false;
      for (const auto& s : out.tags) seen = seen || s == name;
      if (!seen) {
        out.tags.emplace_back(name);
        out.tag_spans.push_back(span(t.begin, t.end));
      }
    } else if (k == K::StatementMention || k == K::ArgumentMention) {
      flush();
      const Token& t = next();
      std::string_view im = image(t);
      out.text += im;
      std::size_t close = im.rfind(k == K::StatementMention ? ']' : '>');
      out.mentions.push_back(MentionSyntax{std::string(im.substr(2, close - 2)),
                                           k == K::ArgumentMention, span(t.begin, t.end)});
    } else if (k == K::Newline) {
      flush();
      next();
      pending_newline = true;
    } else if (is_emphasis_start(k)) {
      flush();
      open.push_back(Open{end_of(k), pos_, false});
      next();
    } else if (is_emphasis_end(k) && !open.empty() && open.back().end == k) {
      pending_newline =
          false;  // a line end right before the end marker is the inner content's last
      const Token& t = next();
      if (image(t).back() == ' ' || image(t).back() == '\t') out.text += ' ';
      open.pop_back();
    } else {
      break;
    }
    any = true;
  }
  // One error for the outermost unclosed marker: the inner ones follow from it.
  for (auto it = open.begin(); it != open.end() && it == open.begin(); ++it) {
    const Token& start = tokens_[it->token];
    bool bold = start.kind == K::AsteriskBoldStart || start.kind == K::UnderscoreBoldStart;
    char c = image(start)[0];
    std::string marker = bold ? std::string(2, c) : std::string(1, c);
    error("unclosed-emphasis", start,
          std::string(bold ? "bold" : "italic") + " text opened with '" + marker +
              "' is never closed",
          "close it with '" + marker + "' before the end of the element, or write '\\" +
              std::string(1, c) + "' for a literal '" + std::string(1, c) + "'");
  }
  return any;
}

// One element without its relations: a definition, a reference or plain text,
// then an optional data block. Returns its index, or -1 when none starts here.
std::int32_t Parser::parse_element_head(std::int32_t parent, RelationSymbol symbol,
                                        Span symbol_where) {
  ElementSyntax e;
  e.parent = parent;
  e.symbol = symbol;
  e.symbol_where = symbol_where;
  const Token& first = tok();
  K k = first.kind;
  std::string_view im = image(first);
  if (k == K::ArgumentDefinition || k == K::StatementDefinition) {
    next();
    e.argument = k == K::ArgumentDefinition;
    e.form = ElementForm::Definition;
    e.title = std::string(im.substr(1, im.size() - 3));
    // The bracketed title without the colon, like a reference's `[T]` / `<T>`.
    e.title_where = span(first.begin, first.end - 1);
    if (!parse_content(e.content)) {
      error(
          "missing-text", first,
          std::string("the ") + (e.argument ? "argument" : "statement") + " definition '" +
              std::string(im) + "' has no text",
          std::string(
              "write its text on the same line; to refer to it without text, remove the colon: ") +
              (e.argument ? "<" : "[") + e.title + (e.argument ? ">" : "]"));
    }
  } else if (k == K::ArgumentReference || k == K::StatementReference) {
    next();
    e.argument = k == K::ArgumentReference;
    e.form = ElementForm::Reference;
    e.title = std::string(im.substr(1, im.size() - 2));
    e.title_where = span(first.begin, first.end);
    while (kind() == K::Tag) {
      // A reference takes tags but no text; parse_content would take text too.
      const Token& t = next();
      std::string_view tim = image(t);
      std::string_view name = tim.substr(1);
      while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
      if (!name.empty() && name.front() == '(') name = name.substr(1, name.size() - 2);
      bool seen = false;
      for (const auto& s : e.content.tags) seen = seen || s == name;
      if (!seen) {
        e.content.tags.emplace_back(name);
        e.content.tag_spans.push_back(span(t.begin, t.end));
      }
    }
    accept(K::Newline);
  } else if (starts_content(k)) {
    parse_content(e.content);
  } else {
    return -1;
  }
  parse_trailing_data(e.data);
  e.where = span(first.begin, last_end());
  tree_.elements.push_back(std::move(e));
  return static_cast<std::int32_t>(tree_.elements.size() - 1);
}

// An element and the relation tree under it: `Indent relation+ Dedent`, nested.
// With root_parent == kInferenceParent the tree starts at the relations (the
// undercuts under an inference).
bool Parser::parse_element_tree(std::int32_t root_parent, bool statement_only,
                                bool undercuts_only) {
  std::vector<std::int32_t> stack;  // elements whose relations are open
  std::int32_t current = kNoParent;
  if (root_parent == kInferenceParent) {
    current = kInferenceParent;
  } else {
    const Token& first = tok();
    current = parse_element_head(root_parent, RelationSymbol::None, Span{});
    if (current < 0) {
      report_unexpected(first, false);
      return false;
    }
    if (statement_only && tree_.elements[current].argument) {
      error("argument-in-pcs", first, std::string(kArgumentInPcs),
            "use a statement title [Title] or text in a premise-conclusion structure");
    }
  }
  for (;;) {
    if (kind() == K::Indent && is_relation(kind_at(1)) && current != kNoParent) {
      next();
      stack.push_back(current);
    } else if (!stack.empty() && is_relation(kind())) {
      // A sibling at the current level.
    } else if (!stack.empty() && kind() == K::Dedent) {
      next();
      stack.pop_back();
      current = kNoParent;
      continue;
    } else {
      break;
    }
    const Token& sym = next();
    std::int32_t parent = stack.back();
    if (undercuts_only && parent == kInferenceParent && sym.kind != K::UndercutByChild) {
      error("invalid-inference-relation", sym,
            "only undercuts ('<_' or '_') may be written under an inference",
            "move this relation under a statement or argument");
    }
    const Token& content = tok();
    std::int32_t child = parse_element_head(parent, symbol_of(sym.kind), span(sym.begin, sym.end));
    if (child < 0) {
      error("relation-without-content", sym,
            "relation symbol '" + std::string(image(sym)) + "' without a statement or argument",
            "write a statement text, [Title] or <Title> after the symbol");
      if (content.kind != K::Indent && content.kind != K::Dedent && !is_relation(content.kind) &&
          content.kind != K::Emptyline && content.kind != K::Eof)
        return false;
      current = kNoParent;
      continue;
    }
    if (const ElementSyntax& c = tree_.elements[child];
        c.form == ElementForm::Text && c.content.text.find_first_not_of(' ') == std::string::npos &&
        c.content.tags.empty() && c.content.mentions.empty()) {
      // Only a line end after the symbol: Argdown makes an empty statement of it.
      error("relation-without-content", sym,
            "relation symbol '" + std::string(image(sym)) + "' without a statement or argument",
            "write a statement text, [Title] or <Title> after the symbol");
    }
    if (sym.kind == K::Contradiction && tree_.elements[child].argument) {
      error("contradiction-with-argument", content, std::string(kContradictionWithArgument),
            "contradictions ('><') hold between statements only; use '-' or '->' to attack an "
            "argument");
    }
    if (parent >= 0 && sym.kind == K::Contradiction && tree_.elements[parent].argument) {
      error("contradiction-with-argument", sym, std::string(kContradictionWithArgument),
            "contradictions ('><') hold between statements only; use '-' or '->' to attack an "
            "argument");
    }
    current = child;
  }
  if (!stack.empty()) {
    // Something that cannot continue a relation tree.
    if (kind() != K::Emptyline && kind() != K::Eof) report_unexpected(tok(), true);
    return false;
  }
  return true;
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
bool Parser::parse_pcs() {
  PcsSyntax pcs;
  std::uint32_t begin = tok().begin;
  std::optional<InferenceSyntax> inference;
  bool ok = true;
  const Token* last_inference = nullptr;
  while (ok) {
    if (kind() == K::StatementNumber) {
      const Token& number = next();
      PcsStepSyntax step;
      step.number_where = span(number.begin, number.end);
      step.element = static_cast<std::uint32_t>(tree_.elements.size());
      step.inference = std::move(inference);
      inference.reset();
      ok = parse_element_tree(kNoParent, true, false);
      if (tree_.elements.size() == step.element) break;
      pcs.steps.push_back(std::move(step));
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
  if (ok && !pcs.steps.empty() && !pcs.steps.back().inference) {
    bool any = false;
    for (const auto& s : pcs.steps) any = any || s.inference.has_value();
    Span where = pcs.steps.back().number_where;
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
  if (!pcs.steps.empty()) {
    tree_.pcs.push_back(std::move(pcs));
    tree_.blocks.push_back(BlockSyntax{BlockSyntax::Kind::Pcs,
                                       static_cast<std::uint32_t>(tree_.pcs.size() - 1), 0, false});
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
                                       static_cast<std::uint32_t>(tree_.elements.size()), false});
  return ok;
}

}  // namespace

void parse(const SourceFile& file, std::uint32_t file_id, std::uint32_t begin, std::uint32_t end,
           bool allow_frontmatter, SyntaxTree& tree, Diagnostics& diagnostics) {
  std::string_view text = std::string_view(file.text()).substr(begin, end - begin);
  LexResult lexed = tokenize(text);
  for (const auto& note : lexed.notes) {
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
  // Most elements take a line of their own: reserve for that many.
  std::size_t lines = 1;
  for (const Token& t : lexed.tokens)
    lines += t.kind == TokenKind::Newline || t.kind == TokenKind::Emptyline;
  tree.elements.reserve(tree.elements.size() + lines);
  std::size_t first_block = tree.blocks.size();
  Parser parser(file, file_id, begin, std::move(lexed.tokens), tree, diagnostics);
  parser.parse_map(allow_frontmatter);
  if (!allow_frontmatter && tree.blocks.size() > first_block)
    tree.blocks[first_block].from_include = true;
}

}  // namespace argmap
