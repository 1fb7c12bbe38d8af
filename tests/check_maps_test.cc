// The model checks on maps written as text: front end, checks and printer
// together, asserting the exact diagnostics a user sees (one test per check).
#include <gtest/gtest.h>

#include <string>

#include "checks.h"
#include "diagnostic_printer.h"
#include "frontend.h"

namespace argmap {
namespace {

/// Everything `argmap check` would print for `text` (named m.argdown).
std::string check(const std::string& text) {
  Diagnostics diagnostics;
  LoadedMap map = load_map_text("m.argdown", text, diagnostics);
  check_model(map.model, diagnostics);
  return format_diagnostics(map.sources, diagnostics);
}

TEST(CheckMaps, ACleanMapHasNoDiagnostics) {
  EXPECT_EQ(check("===\n"
                  "sources:\n"
                  "  Roberts2008: {author: Roberts}\n"
                  "===\n"
                  "\n"
                  "[Tax]: Taxes should fall.\n"
                  "  + [Growth]: Lower taxes raise growth. {source: Roberts2008, page: 12}\n"
                  "  - <Debt>: Lower taxes raise the debt.\n"
                  "\n"
                  "<Debt>\n"
                  "\n"
                  "(1) [Deficit]: Revenue falls. {kind: evidence, source: Roberts2008}\n"
                  "----\n"
                  "(2) [Debt up]: The debt rises.\n"),
            "");
}

TEST(CheckMaps, UnknownSourceSuggestsTheDeclaredOne) {
  EXPECT_EQ(check("===\n"
                  "sources:\n"
                  "  Roberts2008: {author: Roberts}\n"
                  "===\n"
                  "\n"
                  "[Tax]: Taxes should fall.\n"
                  "  + [Growth]: Lower taxes raise growth. {source: Robert2008}\n"),
            // Roberts2008 is not reported unused: the typo is the only problem.
            "m.argdown:7:41: error: source 'Robert2008' is not declared in sources: "
            "[unknown-source]\n"
            "    7 |   + [Growth]: Lower taxes raise growth. {source: Robert2008}\n"
            "      |                                         ^~~~~~~~~~~~~~~~~~~~\n"
            "      |                                         did you mean 'Roberts2008'?\n"
            "m.argdown:3:3: note: 'Roberts2008' is declared here\n"
            "    3 |   Roberts2008: {author: Roberts}\n"
            "      |   ^~~~~~~~~~~\n");
}

TEST(CheckMaps, UnusedSource) {
  EXPECT_EQ(check("===\n"
                  "sources:\n"
                  "  Roberts2008: {author: Roberts}\n"
                  "  Smith1999: {author: Smith}\n"
                  "===\n"
                  "\n"
                  "[Tax]: Taxes should fall.\n"
                  "  + [Growth]: Lower taxes raise growth. {source: Roberts2008}\n"),
            "m.argdown:4:3: warning: source 'Smith1999' is never cited [unused-source]\n"
            "    4 |   Smith1999: {author: Smith}\n"
            "      |   ^~~~~~~~~\n"
            "      |   cite it with {source: Smith1999} or remove it\n");
}

TEST(CheckMaps, EvidenceWithoutSource) {
  EXPECT_EQ(check("[Fig]: Exports fell 40%. {kind: evidence}\n"
                  "  + [Decline]: Trade declines.\n"),
            "m.argdown:1:1: error: evidence [Fig] cites no source [evidence-without-source]\n"
            "    1 | [Fig]: Exports fell 40%. {kind: evidence}\n"
            "      | ^~~~~\n"
            "      | declare a source under 'sources:' and cite it with {source: KEY}\n");
}

TEST(CheckMaps, UndefinedReference) {
  EXPECT_EQ(check("[Tax]: Taxes should fall.\n"
                  "  - <Debt>\n"),
            "m.argdown:2:5: warning: argument <Debt> is referenced but never defined "
            "[undefined-reference]\n"
            "    2 |   - <Debt>\n"
            "      |     ^~~~~~\n"
            "      |     describe it with '<Debt>: text' or reconstruct it with premises and a "
            "conclusion\n");
}

TEST(CheckMaps, ReferenceTypo) {
  EXPECT_EQ(check("[Tax cut]: Cut taxes.\n"
                  "  - [Tax cuts]\n"),
            "m.argdown:2:5: warning: statement [Tax cuts] is never defined but is one edit away "
            "from [Tax cut] [reference-typo]\n"
            "    2 |   - [Tax cuts]\n"
            "      |     ^~~~~~~~~~\n"
            "      |     did you mean [Tax cut]?\n"
            "m.argdown:1:1: note: [Tax cut] is defined here\n"
            "    1 | [Tax cut]: Cut taxes.\n"
            "      | ^~~~~~~~~\n");
}

TEST(CheckMaps, ConflictingDefinition) {
  EXPECT_EQ(check("[A]: Alpha.\n"
                  "  + [B]: Beta.\n"
                  "\n"
                  "[B]: Beta,  rewrapped?\n"),
            "m.argdown:4:1: warning: statement [B] is defined again with a different text "
            "[conflicting-definition]\n"
            "    4 | [B]: Beta,  rewrapped?\n"
            "      | ^~~\n"
            "      | the last text wins; write [B] alone to refer to it\n"
            "m.argdown:2:5: note: first defined here\n"
            "    2 |   + [B]: Beta.\n"
            "      |     ^~~\n");
}

TEST(CheckMaps, AutoTitleCollision) {
  std::string out = check(
      "Some untitled text.\n"
      "  + [Untitled 1]: I chose this title.\n");
  const std::string collision =
      "m.argdown:2:5: warning: title [Untitled 1] collides with an automatic title "
      "[auto-title-collision]\n"
      "    2 |   + [Untitled 1]: I chose this title.\n"
      "      |     ^~~~~~~~~~~~\n"
      "      |     choose a title that does not start with 'Untitled'\n"
      "m.argdown:1:1: note: untitled text here is also titled 'Untitled 1'\n"
      "    1 | Some untitled text.\n"
      "      | ^~~~~~~~~~~~~~~~~~~\n";
  // The merge also makes the statement support itself and have two texts.
  EXPECT_NE(out.find(collision), std::string::npos) << out;
  EXPECT_NE(out.find("[Untitled 1] supports itself [self-relation]"), std::string::npos);
}

TEST(CheckMaps, SelfRelation) {
  EXPECT_EQ(check("[A]: Alpha.\n"
                  "  + [A]\n"
                  "  - <Arg>: An argument.\n"
                  "    - <Arg>\n"),
            "m.argdown:2:3: warning: [A] supports itself [self-relation]\n"
            "    2 |   + [A]\n"
            "      |   ^\n"
            "      |   remove the relation or relate [A] to another element\n"
            "m.argdown:4:5: warning: <Arg> attacks itself [self-relation]\n"
            "    4 |     - <Arg>\n"
            "      |     ^\n"
            "      |     remove the relation or relate <Arg> to another element\n");
}

TEST(CheckMaps, SupportAndAttack) {
  EXPECT_EQ(check("[A]: Alpha.\n"
                  "  + [B]: Beta.\n"
                  "  - [B]\n"),
            "m.argdown:3:3: warning: [B] both supports and attacks [A] [support-and-attack]\n"
            "    3 |   - [B]\n"
            "      |   ^\n"
            "m.argdown:2:3: note: [B] supports [A] here\n"
            "    2 |   + [B]: Beta.\n"
            "      |   ^\n");
}

TEST(CheckMaps, CircularSupportThroughRelations) {
  EXPECT_EQ(check("[A]: Alpha.\n"
                  "  + [B]: Beta.\n"
                  "    + [C]: Gamma.\n"
                  "      + [A]\n"),
            "m.argdown:4:7: warning: [A] supports itself through a cycle of 3 elements "
            "[circular-support]\n"
            "    4 |       + [A]\n"
            "      |       ^\n"
            "m.argdown:4:7: note: [A] supports [C]\n"
            "    4 |       + [A]\n"
            "      |       ^\n"
            "m.argdown:3:5: note: [C] supports [B]\n"
            "    3 |     + [C]: Gamma.\n"
            "      |     ^\n"
            "m.argdown:2:3: note: [B] supports [A]\n"
            "    2 |   + [B]: Beta.\n"
            "      |   ^\n");
}

TEST(CheckMaps, CircularSupportThroughAnArgument) {
  EXPECT_EQ(check("<Arg>\n"
                  "\n"
                  "(1) [P]: Premise.\n"
                  "----\n"
                  "(2) [C]: Conclusion.\n"
                  "  +> [P]\n"),
            "m.argdown:3:1: warning: [P] supports itself through a cycle of 3 elements "
            "[circular-support]\n"
            "    3 | (1) [P]: Premise.\n"
            "      | ^~~~~~~~~~~~~~~~~\n"
            "m.argdown:3:1: note: [P] is a premise of <Arg>\n"
            "    3 | (1) [P]: Premise.\n"
            "      | ^~~~~~~~~~~~~~~~~\n"
            "m.argdown:5:1: note: <Arg> concludes [C]\n"
            "    5 | (2) [C]: Conclusion.\n"
            "      | ^~~~~~~~~~~~~~~~~~~~\n"
            "m.argdown:6:3: note: [C] supports [P]\n"
            "    6 |   +> [P]\n"
            "      |   ^~\n");
}

TEST(CheckMaps, Disconnected) {
  EXPECT_EQ(check("[A]: Alpha.\n"
                  "  + [B]: Beta.\n"
                  "\n"
                  "[Lonely]: Nobody relates to me.\n"),
            "m.argdown:4:1: warning: statement [Lonely] has no relations and is in no argument "
            "[disconnected]\n"
            "    4 | [Lonely]: Nobody relates to me.\n"
            "      | ^~~~~~~~\n"
            "      | relate it with + or - to another element, or use it in an argument\n");
}

}  // namespace
}  // namespace argmap
