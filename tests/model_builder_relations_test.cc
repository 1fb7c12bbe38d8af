// The model builder's relation semantics (Argdown's): one relation per (type,
// from, to) in first-declared order with every location, contradictions in
// either direction, arguments' relations moved to their main conclusions.
#include <gtest/gtest.h>

#include <string>

#include "frontend.h"

namespace argmap {
namespace {

/// "from type to @line:column,line:column; " per relation.
std::string relations(const std::string& text) {
  static const char* kNames[] = {"support",       "attack",  "undercut",
                                 "contradictory", "entails", "contrary"};
  Diagnostics d;
  Model m = load_map_text("map.argdown", text, d).model;
  EXPECT_FALSE(d.has_errors());
  std::string out;
  for (const auto& r : m.relations) {
    out += std::string(m.title(r.from)) + " " + kNames[static_cast<int>(r.type)] + " " +
           std::string(m.title(r.to)) + " @";
    for (const auto& at : r.where)
      out += std::to_string(at.line) + ":" + std::to_string(at.column) +
             (&at == &r.where.back() ? "" : ",");
    out += "; ";
  }
  return out;
}

TEST(ModelBuilderRelations, ARepeatedRelationKeepsEveryLocationInOrder) {
  EXPECT_EQ(relations("[A]: a\n  + [B]: b\n\n[A]\n  + [B]\n\n[B]\n  +> [A]\n\n[B]\n  <+ [A]\n"),
            "B support A @2:3,5:3,8:3; A support B @11:3; ");
}

TEST(ModelBuilderRelations, AContradictionIsFoundInEitherDirection) {
  EXPECT_EQ(relations("[A]: a\n  >< [B]: b\n\n[B]\n  >< [A]\n\n[A]\n  >< [B]\n"),
            "A contradictory B @2:3,5:3,8:3; ");
}

TEST(ModelBuilderRelations, ArgumentRelationsMoveAndMergeWithTheConclusions) {
  // <A> and <B> conclude [C]: A's support of S merges into C's later one, B's
  // after it; A's attack moves alone; A's support of its own conclusion goes.
  EXPECT_EQ(relations("[S]: s\n  + <A>\n  - <A>\n\n[C]: c\n  +> [S]\n\n<A>\n  +> [C]\n\n"
                      "<B>\n  +> [S]\n\n<A>\n\n(1) [P]: p\n----\n(2) [C]\n\n"
                      "<B>\n\n(1) [Q]: q\n----\n(2) [C]\n"),
            "C attack S @3:3; C support S @6:3,2:3,12:3; ");
}

TEST(ModelBuilderRelations, StrictModeKeepsTheFirstAttackOfAPairAsContrary) {
  EXPECT_EQ(relations("===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  - [B]: b\n\n[B]\n  - [A]\n\n"
                      "[A]\n  -> [B]\n\n[B]\n  + [A]\n\n[A]\n  + [B]\n"),
            "B contrary A @7:3; A entails B @16:3; B entails A @19:3; ");
}

TEST(ModelBuilderRelations, AnAttackOnAnArgumentGoesToTheFirstAttackOnItsPremise) {
  // S attacks <A> and contradicts and attacks its premises: the first of those
  // (the contradiction) takes the attack's location. T attacks no premise.
  EXPECT_EQ(relations("[S]: s\n  -> <A>\n  >< [Q]: q\n  -> [P]: p\n\n[P]\n  <- [S]\n\n<A>\n\n"
                      "(1) [P]\n(2) [Q]\n----\n(3) [C]: c\n\n[T]: t\n  -> <A>\n"),
            "S contradictory Q @3:3,2:3; S attack P @4:3,7:3; T attack A @17:3; ");
}

TEST(ModelBuilderRelations, AHubWithThousandsOfRelationsStillMergesRepeats) {
  // Both ends' lists are walked: the hub's is long, each child's is short.
  std::string text = "[Hub]: h\n";
  for (int i = 0; i < 3000; ++i) text += "  +> [C" + std::to_string(i) + "]: c\n";
  text += "\n[Hub]\n  +> [C7]\n  <- [C7]\n\n[C7]\n  -> [Hub]\n";
  Diagnostics d;
  Model m = load_map_text("map.argdown", text, d).model;
  ASSERT_EQ(m.relations.size(), 3001u);
  EXPECT_EQ(m.relations[7].where.size(), 2u);
  EXPECT_EQ(m.relations[7].where[1].line, 3004u);
  EXPECT_EQ(m.relations[3000].type, RelationType::Attack);
  EXPECT_EQ(m.relations[3000].where.size(), 2u);
  EXPECT_EQ(m.relations[3000].where[1].line, 3008u);
}

}  // namespace
}  // namespace argmap
