#include "parser_messages.h"

namespace argmap {

SyntaxErrorText unexpected_token_message(TokenKind kind, bool in_relations) {
  using K = TokenKind;
  switch (kind) {
    case K::StatementNumber:
      return {"pcs-not-separated",
              "numbered statement inside a paragraph: a premise-conclusion structure must start a "
              "new paragraph",
              "insert an empty line before the first numbered statement"};
    case K::HeadingStart:
      return {"heading-not-separated", "heading inside a paragraph",
              "insert an empty line before the heading"};
    case K::InferenceStart:
      return {"misplaced-inference",
              "inference line outside a premise-conclusion structure: it must follow a numbered "
              "statement",
              "put '(1) premise' before it and '(2) conclusion' after it, or escape the hyphens "
              "(\\-\\-)"};
    case K::SupportsChild:
    case K::AttacksChild:
    case K::SupportedByChild:
    case K::AttackedByChild:
    case K::Contradiction:
    case K::UndercutsChild:
    case K::UndercutByChild:
      if (in_relations)
        return {"invalid-indentation",
                "relation indented between two levels of the relation tree above",
                "indent it as much as a sibling relation above it, or more than its parent"};
      return {"invalid-indentation",
              "relation that continues no relation tree: it is indented less than the relations "
              "above, but "
              "more than their root, or follows a heading or list",
              "indent it as much as a sibling relation above it, or start a new paragraph with its "
              "parent"};
    case K::Indent:
      return {"invalid-indentation", "unexpected indentation",
              "only relations (+, -, _, ...) and list items may be indented"};
    case K::Freestyle:
    case K::UnusedControlChar:
    case K::EscapedChar:
    case K::SpecialChar:
    case K::Link:
    case K::AsteriskBoldStart:
    case K::UnderscoreBoldStart:
    case K::AsteriskItalicStart:
    case K::UnderscoreItalicStart:
    case K::StatementMention:
    case K::ArgumentMention:
    case K::Newline:
      return {"text-after-reference",
              "text after a reference: a reference [Title] or <Title> cannot be followed by text",
              "to define the element write '[Title]: text'; to name it inside text, write "
              "@[Title]; or start a "
              "new paragraph with an empty line"};
    case K::Tag:
      return {"misplaced-tag", "tag after a data block", "put the tag before the data block"};
    case K::StatementDefinition:
    case K::ArgumentDefinition:
      return {"misplaced-definition",
              "definition inside text: a definition ([Title]: or <Title>:) must start a line or "
              "follow a "
              "relation symbol",
              "start a new paragraph (empty line) for the definition, or mention it with @[Title] "
              "/ @<Title>"};
    case K::StatementReference:
    case K::ArgumentReference:
      return {
          "misplaced-reference",
          "reference inside text: a reference ([Title] or <Title>) must stand alone on its line",
          "mention it with @[Title] / @<Title>, or move it to its own line after a relation "
          "symbol"};
    case K::Data:
      return {"misplaced-data",
              "data block in the wrong place: it must directly follow the text of its element or "
              "heading",
              "move it to the end of the element's text, or escape the brace (\\{)"};
    case K::AsteriskBoldEnd:
    case K::UnderscoreBoldEnd:
    case K::AsteriskItalicEnd:
    case K::UnderscoreItalicEnd:
      return {"unopened-emphasis", "closing emphasis marker without an opening one",
              "remove it or escape it with a backslash"};
    case K::OrderedListItem:
    case K::UnorderedListItem:
      return {"list-not-separated", "list item inside a paragraph",
              "insert an empty line before the list"};
    case K::FrontMatter:
      return {"misplaced-frontmatter", "a frontmatter ('===' ... '===') may only open the file",
              "move it to the top of the file"};
    case K::Dedent:
    case K::Emptyline:
    case K::Eof:
    case K::InferenceEnd:
    case K::ListDelimiter:
      break;
  }
  return {"syntax-error", "unexpected " + std::string(token_kind_name(kind)), ""};
}

}  // namespace argmap
