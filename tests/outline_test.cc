#include "outline.h"

#include <gtest/gtest.h>

#include "report_fixtures.h"

namespace argmap {
namespace {

using testing_fixtures::ModelBuilder;

/// The outline as indented text: "+" support, "-" objection, "*" premise, "=" reference.
std::string dump(const Model& model, const Outline& outline) {
  std::string out;
  for (const OutlineSection& section : outline.sections) {
    out += "# " + (section.section == kNoId ? "-" : model.sections[section.section].title) + "\n";
    for (const OutlineItem& item : section.items) {
      out += std::string(2 * item.depth, ' ');
      switch (item.role) {
        case OutlineRole::Root:
          break;
        case OutlineRole::Premise:
          out += "* ";
          break;
        case OutlineRole::Support:
          out += "+ ";
          break;
        case OutlineRole::Objection:
          out += "- ";
          break;
      }
      out += display_name(model, item.element);
      if (item.reference) out += " =";
      out += "\n";
    }
  }
  return out;
}

TEST(Outline, ThesisFirstWithSupportsThenObjections) {
  ModelBuilder b;
  auto thesis = b.statement("Thesis", "t");
  auto objection = b.statement("Objection", "o");
  auto reason = b.argument("Reason", "r");
  auto reply = b.statement("Reply", "re");
  b.attack(objection, thesis);
  b.support(reason, thesis);
  b.attack(reply, objection);
  EXPECT_EQ(thesis_like(b.model), std::vector<ElementRef>{thesis});
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[Thesis]\n"
            "  + <Reason>\n"
            "  - [Objection]\n"
            "    - [Reply]\n");
}

TEST(Outline, GroupsRootsBySectionInSourceOrder) {
  ModelBuilder b;
  Id first = b.section("First");
  Id second = b.section("Second");
  auto late = b.statement("Late", "l", kNoId, second);
  auto early = b.statement("Early", "e", kNoId, first);
  auto loose = b.statement("Loose", "x");
  auto under = b.statement("Under", "u", kNoId, second);
  b.support(under, early);
  (void)late;
  (void)loose;
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[Loose]\n"
            "# First\n"
            "[Early]\n"
            "  + [Under]\n"
            "# Second\n"
            "[Late]\n");
}

TEST(Outline, ReconstructedArgumentListsPremisesUnderItsConclusion) {
  ModelBuilder b;
  auto conclusion = b.statement("Conclusion", "c");
  auto p1 = b.statement("P1", "p1");
  auto p2 = b.statement("P2", "p2");
  auto arg = b.argument("Arg", "a");
  auto undercut = b.argument("Undercut", "u");
  b.pcs(arg, {p1, p2}, conclusion);
  b.relate(RelationType::Undercut, undercut, arg);
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[Conclusion]\n"
            "  + <Arg>\n"
            "    * [P1]\n"
            "    * [P2]\n"
            "    - <Undercut>\n");
}

TEST(Outline, SharedSupportIsListedOnceThenReferenced) {
  ModelBuilder b;
  auto a = b.statement("A", "a");
  auto c = b.statement("C", "c");
  auto shared = b.statement("Shared", "s");
  b.support(shared, a);
  b.support(shared, c);
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[A]\n"
            "  + [Shared]\n"
            "[C]\n"
            "  + [Shared] =\n");
}

TEST(Outline, SupportCycleStillListsEveryElementOnce) {
  ModelBuilder b;
  auto x = b.statement("X", "x");
  auto y = b.statement("Y", "y");
  auto z = b.statement("Z", "z");
  b.support(x, y);
  b.support(y, z);
  b.support(z, x);
  EXPECT_TRUE(thesis_like(b.model).empty());
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[X]\n"
            "  + [Z]\n"
            "    + [Y]\n"
            "      + [X] =\n");
}

TEST(Outline, ContradictionBetweenThesesNestsTheLaterUnderTheEarlier) {
  ModelBuilder b;
  auto a = b.statement("A", "a");
  auto c = b.statement("B", "b");
  b.relate(RelationType::Contradiction, a, c);
  b.relate(RelationType::Contradiction, c, a);
  EXPECT_EQ(dump(b.model, build_outline(b.model)),
            "# -\n"
            "[A]\n"
            "  - [B]\n"
            "    - [A] =\n");
}

TEST(Outline, DeepChainDoesNotRecurse) {
  ModelBuilder b;
  ElementRef previous = b.statement("S0", "");
  for (int i = 1; i < 30000; ++i) {
    ElementRef next = b.statement("S" + std::to_string(i), "");
    b.support(next, previous);
    previous = next;
  }
  Outline outline = build_outline(b.model);
  ASSERT_EQ(outline.sections.size(), 1u);
  ASSERT_EQ(outline.sections[0].items.size(), 30000u);
  EXPECT_EQ(outline.sections[0].items.back().depth, 29999);
}

TEST(Outline, UntitledStatementsShowTheirText) {
  ModelBuilder b;
  auto s = b.statement("Untitled 1", "An untitled claim");
  b.model.statements[s.id].auto_title = true;
  EXPECT_EQ(display_name(b.model, s), "\"An untitled claim\"");
}

}  // namespace
}  // namespace argmap
