// The Parser class shared by parser.cc (maps, blocks, headings, premise-conclusion
// structures and lists) and parser_elements.cc (elements, their text and relation trees).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "lexer.h"
#include "parser.h"
#include "shortcodes.h"

namespace argmap::parser_detail {

using K = TokenKind;

/// After this many syntax errors in one file, parsing stops (like GCC's -fmax-errors).
inline constexpr std::size_t kMaxSyntaxErrors = 100;
/// Blocks handed to the BlockSink at once: the builder then runs over a few
/// hundred elements with its tables in cache, not over one block between two
/// of the lexer's and parser's (perf: ~2 % of `check` on the 50k map).
inline constexpr std::size_t kBlocksPerSink = 64;

// Token classes as bit sets over the kinds (fewer than 64): one test per class
// on the parser's hot paths instead of a chain of comparisons.
constexpr std::uint64_t kinds(std::initializer_list<K> ks) {
  std::uint64_t m = 0;
  for (K k : ks) m |= std::uint64_t{1} << static_cast<unsigned>(k);
  return m;
}
static_assert(static_cast<unsigned>(K::Eof) < 64);
inline bool is_in(std::uint64_t set, K k) {
  return (set >> static_cast<unsigned>(k)) & 1;
}
inline constexpr std::uint64_t kRelationKinds =
    kinds({K::SupportsChild, K::AttacksChild, K::SupportedByChild, K::AttackedByChild,
           K::Contradiction, K::UndercutsChild, K::UndercutByChild});
/// Text taken as it is written (the others need escapes or shortcodes resolved).
inline constexpr std::uint64_t kPlainTextKinds = kinds({K::Freestyle, K::UnusedControlChar});
inline constexpr std::uint64_t kFreestyleKinds =
    kPlainTextKinds | kinds({K::EscapedChar, K::SpecialChar});
inline constexpr std::uint64_t kEmphasisStartKinds =
    kinds({K::AsteriskBoldStart, K::UnderscoreBoldStart, K::AsteriskItalicStart,
           K::UnderscoreItalicStart});
inline constexpr std::uint64_t kEmphasisEndKinds =
    kinds({K::AsteriskBoldEnd, K::UnderscoreBoldEnd, K::AsteriskItalicEnd, K::UnderscoreItalicEnd});
inline constexpr std::uint64_t kContentStartKinds =
    kFreestyleKinds | kEmphasisStartKinds |
    kinds({K::Link, K::Tag, K::ArgumentMention, K::StatementMention, K::Newline});

inline bool is_relation(K k) {
  return is_in(kRelationKinds, k);
}

inline RelationSymbol symbol_of(K k) {
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

inline bool is_freestyle(K k) {
  return is_in(kFreestyleKinds, k);
}
inline bool is_emphasis_start(K k) {
  return is_in(kEmphasisStartKinds, k);
}
inline bool is_emphasis_end(K k) {
  return is_in(kEmphasisEndKinds, k);
}
inline K end_of(K start) {
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
inline bool starts_content(K k) {
  return is_in(kContentStartKinds, k);
}

class Parser {
 public:
  Parser(const SourceFile& file, std::uint32_t file_id, std::uint32_t base, TokenStream& stream,
         SyntaxTree& tree, Diagnostics& diagnostics, BlockSink* sink)
      : file_(file),
        text_(file.text()),
        id_(file_id),
        base_(base),
        stream_(stream),
        tokens_(stream.tokens()),
        tree_(tree),
        diags_(diagnostics),
        sink_(sink) {}

  void parse_map(bool allow_frontmatter);

 private:
  /// At a block boundary: drops the tokens read (but the one before the current
  /// one, which line-start checks and spans look back at) and lexes on until the
  /// block at the current token and the one after it are in. No block's parse
  /// reads past the separator after it but for a token or two of lookahead.
  void refill();
  /// After too many errors: the rest of the text is not parsed. The parser may
  /// hold references into the window, so this only appends an Eof in the room
  /// refill() leaves; parse() lexes the rest later, for the lexer's notes.
  void skip_to_end();
  /// Gives tokens lexed since the last call their offsets in the file, and
  /// notes the separators among them.
  void take_new_tokens();

  const Token& tok() const { return *cur_; }
  K kind() const { return cur_->kind; }
  K kind_at(std::size_t ahead) const {
    return static_cast<std::size_t>(window_end_ - cur_) > ahead ? cur_[ahead].kind : K::Eof;
  }
  const Token& next() {
    const Token* t = cur_;
    if (t + 1 < window_end_) ++cur_;
    return *t;
  }
  /// The current token's index in the window.
  std::size_t pos() const { return static_cast<std::size_t>(cur_ - window_); }
  bool accept(K k) {
    if (kind() != k) return false;
    next();
    return true;
  }
  std::string_view image(const Token& t) const {
    return std::string_view(text_.data() + t.begin, t.end - t.begin);  // always in the text
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
      skip_to_end();
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
  // The end of the last real token before the current one (to end spans before
  // line ends).
  std::uint32_t last_end() const {
    for (const Token* t = cur_; t > window_; --t) {
      K k = t[-1].kind;
      if (k != K::Newline && k != K::Indent && k != K::Dedent && k != K::Emptyline)
        return t[-1].end;
    }
    return window_ == window_end_ ? 0 : window_[0].begin;
  }

  bool parse_block();
  void parse_heading();
  bool parse_pcs();
  bool parse_list();
  bool parse_element_tree(std::int32_t root_parent, bool statement_only, bool undercuts_only);
  std::int32_t parse_element_head(std::int32_t parent, RelationSymbol symbol, Span symbol_where);
  bool parse_content(TextSyntax& out);
  bool parse_marked_up_content(TextSyntax& out);
  bool parse_heading_content(TextSyntax& out);
  bool parse_inference(InferenceSyntax& inference);
  void parse_trailing_data(std::optional<Span>& data);
  /// Adds the tag token `t`, at `text_begin` in `out.text`, to `out`'s tags.
  void add_tag(const Token& t, std::uint32_t text_begin, TextSyntax& out);
  void report_unexpected(const Token& t, bool in_relations);

  const SourceFile& file_;
  std::string_view text_;
  std::uint32_t id_;
  std::uint32_t base_;
  TokenStream& stream_;
  std::vector<Token>& tokens_;  ///< the stream's window: indexes change when refill drops
  /// tokens_'s bytes, which only refill and skip_to_end change: reading them
  /// through pointers saves reloading the vector's bounds for every token.
  const Token* window_ = nullptr;
  const Token* window_end_ = nullptr;
  /// tokens_[0, scanned_) have offsets in the file, not the chunk
  std::size_t scanned_ = 0;
  std::vector<std::size_t> separators_;  ///< indexes of the Emptyline tokens at or after pos()
  bool stopped_ = false;                 ///< too many errors: an Eof ends the window
  const Token* cur_ = nullptr;           ///< the current token, in [window_, window_end_)
  std::size_t errors_ = 0;
  SyntaxTree& tree_;
  Diagnostics& diags_;
  BlockSink* sink_;  ///< takes the blocks as they are parsed (nullptr: the tree keeps them)
  // Scratch space kept across elements and blocks, so that their capacity is
  // allocated once rather than per element.
  struct OpenEmphasis {
    K end;              ///< the token that closes it
    std::size_t token;  ///< where it opened
  };
  std::string text_buffer_;                   ///< parse_content's text
  std::vector<OpenEmphasis> open_emphasis_;   ///< parse_content's open bold and italic
  std::vector<std::int32_t> open_relations_;  ///< parse_element_tree's open parents
  std::vector<PcsStepSyntax> pcs_steps_;      ///< parse_pcs's steps
};

}  // namespace argmap::parser_detail
