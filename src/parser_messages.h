// What the parser says about syntax errors: for each token that cannot appear
// where it does, a code, a message that names the mistake, and how to fix it.
#pragma once

#include <string>
#include <string_view>

#include "lexer.h"

namespace argmap {

inline constexpr std::string_view kFrontmatterNotSeparated =
    "the frontmatter must be followed by an empty line";
inline constexpr std::string_view kMisplacedFrontmatter =
    "a frontmatter ('===' ... '===') may only open the file";
inline constexpr std::string_view kRelationWithoutParent =
    "relation without a parent: a relation line must follow a statement or argument in the same "
    "paragraph";
inline constexpr std::string_view kArgumentInPcs =
    "an argument cannot be a premise or conclusion of a premise-conclusion structure";
inline constexpr std::string_view kContradictionWithArgument =
    "a contradiction ('><') involves an argument";
inline constexpr std::string_view kMissingConclusion = "inference without a conclusion after it";
inline constexpr std::string_view kIncompletePcs =
    "incomplete premise-conclusion structure: it has no inference line and no conclusion";

struct SyntaxErrorText {
  std::string_view code;
  std::string message;
  std::string fix;
};

/// Why token `kind` cannot appear where the parser found it. `in_relations`:
/// inside a relation tree (after an indented relation line).
SyntaxErrorText unexpected_token_message(TokenKind kind, bool in_relations);

}  // namespace argmap
