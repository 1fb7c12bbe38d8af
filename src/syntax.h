// The syntax tree: what the parser makes of a map's tokens, before titles are
// resolved into a model. Flat vectors with indexes instead of nested nodes, so
// that no stage needs recursion as deep as the input's indentation.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "lexer.h"
#include "text_arena.h"

namespace argmap {

/// A byte range [begin, end) in one file of the map.
struct Span {
  std::uint32_t file = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// `@[Title]` or `@<Title>` inside some text.
struct MentionSyntax {
  std::string title;
  bool argument = false;
  Span where;
};

/// A tag `#name` / `#(name)` where it is written in some text.
struct TagSyntax {
  /// Without `#`, parentheses and trailing blanks: a view of the source (held by
  /// the tree's arena), never a copy.
  std::string_view name;
  Span where;  ///< the tag token (with the blanks after it)
  /// Where the tag starts in TextSyntax::text; it takes as many bytes there as
  /// `where` in the source. 0 for a reference's tags: a reference has no text.
  std::uint32_t text_begin = 0;

  std::uint32_t text_end() const { return text_begin + (where.end - where.begin); }
};

/// Text content as Argdown reads it: markup removed, escapes resolved,
/// shortcodes replaced, tags kept in the text, line ends turned into spaces.
struct TextSyntax {
  std::string_view text;  ///< in SyntaxTree::texts
  /// Every tag as written, in order: a name written twice has two records, the
  /// first where it was first seen (the model keeps each name once), both
  /// removed by Argdown's `model.removeTagsFromText`. Most texts have one tag at
  /// most: it is kept inline, with no allocation.
  boost::container::small_vector<TagSyntax, 1> tags;
  std::vector<MentionSyntax> mentions;
};

enum class ElementForm : std::uint8_t {
  Text,        ///< untitled text
  Definition,  ///< `[T]: text` / `<T>: text`
  Reference,   ///< `[T]` / `<T>`
};

/// Which relation symbol links an element to its parent in a relation tree.
/// `None` for a root. The names say who does what to whom.
enum class RelationSymbol : std::uint8_t {
  None,
  SupportedByChild,  ///< `+`, `<+`
  AttackedByChild,   ///< `-`, `<-`
  UndercutByChild,   ///< `_`, `<_`
  SupportsChild,     ///< `+>`
  AttacksChild,      ///< `->`
  UndercutsChild,    ///< `_>`
  Contradiction,     ///< `><`
};

inline constexpr std::int32_t kNoParent = -1;
/// Parent marker of an undercut written under an inference (`----` then `  <_ ...`).
inline constexpr std::int32_t kInferenceParent = -2;

/// One statement or argument occurrence. A relation tree is stored in pre-order:
/// every node after its parent, a node's descendants right after it.
struct ElementSyntax {
  bool argument = false;
  ElementForm form = ElementForm::Text;
  std::string_view title;  ///< a view of the source (held by the tree's arena); "" if untitled
  Span title_where;        ///< the bracketed title `[T]` / `<T>` (a definition's colon excluded)
  TextSyntax content;
  std::optional<Span> data;  ///< the `{...}` token
  Span where;                ///< the whole element (without relation symbol and trailing line end)
  std::int32_t parent =
      kNoParent;  ///< index into SyntaxTree::elements, or kNoParent / kInferenceParent
  RelationSymbol symbol = RelationSymbol::None;
  Span symbol_where;
};

struct HeadingSyntax {
  int level = 1;
  TextSyntax content;
  std::optional<Span> data;
  Span where;
};

struct InferenceSyntax {
  std::vector<std::string> rules;
  std::optional<Span> data;
  Span where;
  std::uint32_t first_undercut = 0;  ///< elements [first_undercut, end_undercut) hang under it
  std::uint32_t end_undercut = 0;
};

/// `(n) statement`, possibly preceded by an inference (then it is a conclusion).
struct PcsStepSyntax {
  std::uint32_t element = 0;  ///< the statement's root element; its relation tree follows it
  std::optional<InferenceSyntax> inference;
  Span number_where;
};

struct PcsSyntax {
  std::vector<PcsStepSyntax> steps;
  Span where;
};

struct BlockSyntax {
  enum class Kind : std::uint8_t { Heading, Element, Pcs, List };
  Kind kind = Kind::Element;
  std::uint32_t index = 0;  ///< into headings / pcs, or the first element
  std::uint32_t end = 0;    ///< Element and List: one past the block's last element
};

struct SyntaxTree {
  /// The bytes of every TextSyntax::text. The model builder hands them on to the
  /// model, whose texts they become: a text is written once, by the parser.
  std::shared_ptr<TextArena> texts = std::make_shared<TextArena>();
  std::optional<Span> frontmatter;
  std::vector<BlockSyntax> blocks;
  std::vector<ElementSyntax> elements;
  std::vector<HeadingSyntax> headings;
  std::vector<PcsSyntax> pcs;
};

/// Takes blocks as the parser completes them (the model builder), a few dozen at
/// a time, so that the tree never holds more. Indexes in a block point into the
/// tree as passed: the sink must take every block and leave the vectors empty.
class BlockSink {
 public:
  virtual ~BlockSink() = default;
  virtual void take_blocks(SyntaxTree& tree) = 0;
};

}  // namespace argmap
