#include "explain.h"

#include <gtest/gtest.h>

#include "frontend.h"
#include "grounded.h"
#include "sat_semantics.h"

namespace argmap {
namespace {

struct Evaluated {
  LoadedMap loaded;
  MapFramework map;
  Labelling labelling;
  ExplainOptions options;
};

Evaluated evaluate(const std::string& text) {
  Diagnostics d;
  Evaluated e{load_map_text("test.argdown", text, d), {}, {}, {}};
  EXPECT_FALSE(d.has_errors());
  e.map = build_framework(e.loaded.model);
  e.labelling = grounded(e.map.framework.framework, &e.options.decided_at);
  return e;
}

std::string why(const Evaluated& e, const std::string& statement) {
  auto id = e.loaded.model.find_statement(statement);
  EXPECT_TRUE(id) << statement;
  return explain(e.map, e.labelling, e.map.node({ElementKind::Statement, *id}), e.options);
}

TEST(Explain, OutBecauseAStandingAttacker) {
  Evaluated e = evaluate(
      "[Veto concern]: The USSR would veto everything.\n"
      "  - [Presumptuous]: The concern presumes bad faith.\n"
      "    - [Bad faith shown]: The USSR had shown bad faith.\n"
      "      - [Record]: The record shows good faith. {kind: evidence}\n");
  EXPECT_EQ(why(e, "Veto concern"),
            "[Veto concern] is OUT because [Presumptuous] attacks it\n"
            "  [Presumptuous] is IN because its only attacker [Bad faith shown] is OUT\n"
            "    [Bad faith shown] is OUT because [Record] attacks it\n"
            "      [Record] is IN because nothing attacks it\n");
}

TEST(Explain, DepthLimitCutsTheTree) {
  Evaluated e = evaluate("[A]: a.\n  - [B]: b.\n    - [C]: c.\n      - [D]: d.\n");
  e.options.max_depth = 1;
  EXPECT_EQ(why(e, "A"),
            "[A] is OUT because [B] attacks it\n"
            "  [B] is IN because its only attacker [C] is OUT ...\n");
}

TEST(Explain, UndecidedByMutualAttackNamesTheCycle) {
  Evaluated e = evaluate("[A]: a.\n  - [B]: b.\n    - [A]\n  + [C]: c.\n");
  EXPECT_EQ(why(e, "A"),
            "[A] is UNDEC: [A] and [B] attack each other and nothing decides between them\n");
}

TEST(Explain, UndecidedDownstreamOfAnOddCycle) {
  Evaluated e = evaluate("[T]: t.\n  - [A]: a.\n    - [B]: b.\n      - [C]: c.\n        - [A]\n");
  EXPECT_EQ(why(e, "T"),
            "[T] is UNDEC because its attacker [A] is UNDEC\n"
            "  [A] is UNDEC: [A], [B] and [C] attack each other in a cycle and nothing decides "
            "between them\n");
}

TEST(Explain, CircularSupportJustifiesNothing) {
  Evaluated e = evaluate("[A]: a.\n  + [B]: b.\n    + [A]\n");
  EXPECT_EQ(why(e, "A"),
            "[A] is UNDEC: [A] and [B] only support each other, and circular support "
            "justifies nothing\n");
}

TEST(Explain, SupportsAndPremises) {
  Evaluated e =
      evaluate("<Arg>\n\n(1) [P]: p.\n(2) [Q]: q.\n----\n(3) [C]: c.\n\n[Q]\n  - [X]: x.\n");
  EXPECT_EQ(why(e, "C"),
            "[C] is OUT because its only supporter <Arg> is OUT\n"
            "  <Arg> is OUT because its premise [Q] is OUT\n"
            "    [Q] is OUT because [X] attacks it\n"
            "      [X] is IN because nothing attacks it\n");
  EXPECT_EQ(why(e, "P"), "[P] is IN because nothing attacks it\n");
}

}  // namespace
}  // namespace argmap
