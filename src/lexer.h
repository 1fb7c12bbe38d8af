// The lexer: Argdown text -> tokens, in one pass over a string_view. It follows
// Argdown 1.7.5's lexer token for token (same token kinds, same priorities, same
// indentation stack), so that the parser can follow Argdown's grammar.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace argmap {

// Four bytes, not one: a Token is 12 bytes either way, and the compiler may take
// a one-byte store as one that could change any object, so pushing a token
// would make it reload the lexer's state from memory.
enum class TokenKind : std::uint32_t {
  FrontMatter,        ///< `===` ... `===`
  Data,               ///< `{...}` (YAML)
  EscapedChar,        ///< `\x` and the spaces after it
  SpecialChar,        ///< `:name:` or `.name.` (shortcodes)
  Emptyline,          ///< two or more line ends: separates blocks
  Newline,            ///< spaces and one line end
  Indent,             ///< zero-width: a relation or list item is indented deeper
  Dedent,             ///< zero-width: back to a shallower indentation
  InferenceStart,     ///< `--` at the start of a line
  InferenceEnd,       ///< `--` closing an inference (inference mode)
  ListDelimiter,      ///< `,` between inference rules (inference mode)
  SupportsChild,      ///< `+>`: the parent supports the child
  AttacksChild,       ///< `->`: the parent attacks the child
  SupportedByChild,   ///< `+` or `<+`: the child supports the parent
  AttackedByChild,    ///< `-` or `<-`: the child attacks the parent
  Contradiction,      ///< `><`
  UndercutsChild,     ///< `_>`: the parent undercuts the child
  UndercutByChild,    ///< `_` or `<_`: the child undercuts the parent
  HeadingStart,       ///< `#`.. and one space at the start of a line
  StatementNumber,    ///< `(1)` at the start of a line
  OrderedListItem,    ///< `1.` at the start of a line
  UnorderedListItem,  ///< `*` at the start of a line
  AsteriskBoldEnd,
  UnderscoreBoldEnd,
  AsteriskItalicEnd,
  UnderscoreItalicEnd,
  AsteriskBoldStart,
  UnderscoreBoldStart,
  AsteriskItalicStart,
  UnderscoreItalicStart,
  Link,                 ///< `[text](url)`
  Tag,                  ///< `#tag` or `#(multi word tag)`
  StatementDefinition,  ///< `[Title]:`
  StatementReference,   ///< `[Title]`
  StatementMention,     ///< `@[Title]`
  ArgumentDefinition,   ///< `<Title>:`
  ArgumentReference,    ///< `<Title>`
  ArgumentMention,      ///< `@<Title>`
  Freestyle,            ///< plain text
  UnusedControlChar,    ///< a control character that starts nothing here, as text
  Eof,
};

/// A readable name ("StatementDefinition") for tests and messages.
std::string_view token_kind_name(TokenKind kind);

/// A token is a byte range of the text. Indent, Dedent and Eof are empty ranges.
/// For relation tokens, list items, statement numbers and InferenceStart the
/// range starts at the symbol, after the indentation.
struct Token {
  TokenKind kind = TokenKind::Eof;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};
static_assert(sizeof(Token) == 12);

/// A place where Argdown's lexer would fail or misbehave and ours did something
/// reasonable instead; the parser turns these into diagnostics where they matter.
struct LexerNote {
  enum class Kind { LoneBackslash, UnclosedComment, TooDeep };
  Kind kind;
  std::uint32_t offset;
};

struct LexResult {
  std::vector<Token> tokens;  ///< always ends with Eof
  std::vector<LexerNote> notes;
};

/// The deepest indentation stack the lexer keeps; deeper relations are reported
/// (TooDeep) and treated as siblings of the deepest level.
inline constexpr std::size_t kMaxIndentDepth = 256;

/// Tokenizes `text` (which must be shorter than 4 GiB).
LexResult tokenize(std::string_view text);

namespace lexer_detail {
class Lexer;
}

/// The same tokens a few blocks at a time, for a parser that drops what it has
/// read: the tokens of a large map (12 bytes each) are never all in memory.
class TokenStream {
 public:
  explicit TokenStream(std::string_view text);
  ~TokenStream();
  TokenStream(const TokenStream&) = delete;
  TokenStream& operator=(const TokenStream&) = delete;

  /// Lexes on until `count` more block separators (Emptyline) are out, or to the
  /// end of the text, where the last token is Eof.
  void lex_separators(std::size_t count);
  bool done() const;
  /// The tokens lexed so far, less those the reader erased from the front.
  std::vector<Token>& tokens();
  /// Where in tokens() the Emptyline tokens lexed since the reader last cleared
  /// this list are (valid until the reader erases tokens).
  std::vector<std::size_t>& separators();
  const std::vector<LexerNote>& notes() const;

 private:
  std::unique_ptr<lexer_detail::Lexer> lexer_;
};

}  // namespace argmap
