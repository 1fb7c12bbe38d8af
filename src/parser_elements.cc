// The parser's elements: definitions, references and text with their emphasis,
// then the relation trees under them (an explicit stack, never recursion).
#include "parser_messages.h"
#include "parser_state.h"

namespace argmap::parser_detail {

void Parser::parse_trailing_data(std::optional<Span>& data) {
  if (kind() == K::Data) {
    const Token& d = next();
    data = span(d.begin, d.end);
    accept(K::Newline);
  }
}

// statementContent: text, links, tags, mentions, line ends, bold and italic
// ranges. Returns false when nothing was read. `out` is fresh.
//
// Most content is one run of plain text and tags written without gaps,
// perhaps with a line end after it: its text is the run's image, a view of the
// source (which the tree's arena holds). Inlined where elements are parsed.
[[gnu::always_inline]] inline bool Parser::parse_content(TextSyntax& out) {
  {
    const Token* first = cur_;
    const Token* end = window_end_;
    const Token* run = first;
    constexpr std::uint64_t kRunKinds = kPlainTextKinds | kinds({K::Tag});
    while (run < end && is_in(kRunKinds, run->kind) && (run == first || run->begin == run[-1].end))
      ++run;
    if (run > first && run < end) {
      K after = run->kind;
      K next_line = after == K::Newline && run + 1 < end ? run[1].kind : K::Eof;
      if (!starts_content(after == K::Newline ? next_line : after)) {
        std::uint32_t begin = first->begin;
        out.text = std::string_view(text_.data() + begin, run[-1].end - begin);
        for (const Token* t = first; t < run; ++t) {
          if (t->kind != K::Tag) continue;
          add_tag(*t, t->begin - begin, out);
        }
        cur_ = run;
        if (after == K::Newline) next();
        return true;
      }
    }
  }
  return parse_marked_up_content(out);
}

// parse_content for headings, in parser.cc.
bool Parser::parse_heading_content(TextSyntax& out) {
  return parse_content(out);
}

// The rest of statementContent, with bold and italic ranges kept on an explicit
// stack. Its text is built in text_buffer_, whose capacity outlives the call,
// and then kept in the tree's arena (once, at its final size).
bool Parser::parse_marked_up_content(TextSyntax& out) {
  std::string& text = text_buffer_;
  text.clear();
  open_emphasis_.clear();
  bool pending_newline = false;  // a line end whose space depends on what follows
  bool any = false;
  auto flush = [&] {
    if (pending_newline && (text.empty() || text.back() != ' ')) text += ' ';
    pending_newline = false;
  };
  // One switch on the kind: most tokens here are text and line ends.
  for (;; any = true) {
    K k = kind();
    switch (k) {
      case K::Freestyle:
      case K::UnusedControlChar:
      case K::EscapedChar:
      case K::SpecialChar:
        if (pending_newline) flush();
        do {
          append_freestyle(next(), text);
        } while (is_freestyle(kind()));
        continue;
      case K::Newline:
        if (pending_newline) flush();
        next();
        pending_newline = true;
        continue;
      case K::Link: {
        if (pending_newline) flush();
        std::string_view im = image(next());
        std::size_t close = im.find("](");
        text += im.substr(1, close - 1);
        if (im.back() == ' ') text += ' ';
        continue;
      }
      case K::Tag: {
        if (pending_newline) flush();
        const Token& t = next();
        add_tag(t, static_cast<std::uint32_t>(text.size()), out);
        text += image(t);
        continue;
      }
      case K::StatementMention:
      case K::ArgumentMention: {
        if (pending_newline) flush();
        const Token& t = next();
        std::string_view im = image(t);
        text += im;
        std::size_t close = im.rfind(k == K::StatementMention ? ']' : '>');
        out.mentions.push_back(MentionSyntax{std::string(im.substr(2, close - 2)),
                                             k == K::ArgumentMention, span(t.begin, t.end)});
        continue;
      }
      case K::AsteriskBoldStart:
      case K::UnderscoreBoldStart:
      case K::AsteriskItalicStart:
      case K::UnderscoreItalicStart:
        if (pending_newline) flush();
        open_emphasis_.push_back(OpenEmphasis{end_of(k), pos()});
        next();
        continue;
      case K::AsteriskBoldEnd:
      case K::UnderscoreBoldEnd:
      case K::AsteriskItalicEnd:
      case K::UnderscoreItalicEnd:
        if (open_emphasis_.empty() || open_emphasis_.back().end != k) break;
        {
          // A line end right before the end marker is the inner content's last.
          pending_newline = false;
          std::string_view im = image(next());
          if (im.back() == ' ' || im.back() == '\t') text += ' ';
          open_emphasis_.pop_back();
        }
        continue;
      default:
        break;
    }
    break;
  }
  out.text = tree_.texts->keep(text);
  // One error for the outermost unclosed marker: the inner ones follow from it.
  if (!open_emphasis_.empty()) {
    const Token& start = tokens_[open_emphasis_.front().token];
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

// A record per tag as written, repeats too: the model builder keeps each name
// once, and removeTagsFromText removes every place.
void Parser::add_tag(const Token& t, std::uint32_t text_begin, TextSyntax& out) {
  std::string_view name = image(t).substr(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (!name.empty() && name.front() == '(') name = name.substr(1, name.size() - 2);
  out.tags.push_back(TagSyntax{name, span(t.begin, t.end), text_begin});
}

// One element without its relations: a definition, a reference or plain text,
// then an optional data block. Returns its index, or -1 when none starts here.
// The element is built in place at the end of tree_.elements, whose capacity
// outlives the blocks the sink takes, instead of being moved there. Inlined
// into parse_element_tree, its only caller: a call per element saved registers.
[[gnu::always_inline]] inline std::int32_t Parser::parse_element_head(std::int32_t parent,
                                                                      RelationSymbol symbol,
                                                                      Span symbol_where) {
  const Token& first = tok();
  K k = first.kind;
  bool definition = k == K::ArgumentDefinition || k == K::StatementDefinition;
  bool reference = k == K::ArgumentReference || k == K::StatementReference;
  if (!definition && !reference && !starts_content(k)) return -1;
  auto index = static_cast<std::int32_t>(tree_.elements.size());
  ElementSyntax& e = tree_.elements.emplace_back();
  e.parent = parent;
  e.symbol = symbol;
  e.symbol_where = symbol_where;
  std::string_view im = image(first);
  if (definition) {
    next();
    e.argument = k == K::ArgumentDefinition;
    e.form = ElementForm::Definition;
    e.title = std::string_view(im.data() + 1, im.size() - 3);  // `[T]:` has 4 bytes at least
    // The bracketed title without the colon, like a reference's `[T]` / `<T>`.
    e.title_where = span(first.begin, first.end - 1);
    if (!parse_content(e.content)) {
      error(
          "missing-text", first,
          std::string("the ") + (e.argument ? "argument" : "statement") + " definition '" +
              std::string(im) + "' has no text",
          std::string(
              "write its text on the same line; to refer to it without text, remove the colon: ") +
              (e.argument ? "<" : "[") + std::string(e.title) + (e.argument ? ">" : "]"));
    }
  } else if (reference) {
    next();
    e.argument = k == K::ArgumentReference;
    e.form = ElementForm::Reference;
    e.title = std::string_view(im.data() + 1, im.size() - 2);
    e.title_where = span(first.begin, first.end);
    // A reference takes tags but no text; parse_content would take text too.
    while (kind() == K::Tag) add_tag(next(), 0, e.content);
    accept(K::Newline);
  } else {
    parse_content(e.content);
  }
  parse_trailing_data(e.data);
  e.where = span(first.begin, last_end());
  return index;
}

// An element and the relation tree under it: `Indent relation+ Dedent`, nested.
// With root_parent == kInferenceParent the tree starts at the relations (the
// undercuts under an inference).
bool Parser::parse_element_tree(std::int32_t root_parent, bool statement_only,
                                bool undercuts_only) {
  std::vector<std::int32_t>& stack = open_relations_;  // elements whose relations are open
  stack.clear();
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

}  // namespace argmap::parser_detail
