#include "questions.h"

#include <gtest/gtest.h>

#include "report_fixtures.h"

namespace argmap {
namespace {

using testing_fixtures::ModelBuilder;

std::vector<std::string> texts(const Model& model, const std::vector<Question>& questions) {
  std::vector<std::string> out;
  for (const Question& q : questions) out.push_back(question_text(model, q));
  return out;
}

/// The veto debate in miniature: NATO's veto concern, the author's concession and
/// "presumptuous" rebuttal, and an objection nobody answers.
struct VetoDebate {
  ModelBuilder b;
  Id author = b.proponent("author", "The author");
  Id nato = b.proponent("nato", "NATO");
  ElementRef veto = b.statement("Veto concern", "The USSR would block all work.", nato);
  ElementRef vetoes = b.evidence("119 vetoes", "The USSR cast 119 vetoes.");
  ElementRef strong = b.statement("Strong basis", "The concern has a strong basis.", author);
  ElementRef presumptuous =
      b.argument("Presumptuous", "NATO's arguments were presumptuous.", author);
  ElementRef propaganda = b.statement("Propaganda", "The proposal was propaganda.", nato);
  VetoDebate() {
    b.support(vetoes, veto);
    b.support(strong, veto);
    b.attack(presumptuous, veto);
    b.attack(presumptuous, propaganda);
  }
};

TEST(Questions, DerivesFindingsFromTheModel) {
  VetoDebate d;
  Findings f = derive_findings(d.b.model);
  EXPECT_EQ(f.unanswered_attacks,
            (std::vector<AttackFinding>{{d.presumptuous, d.veto}, {d.presumptuous, d.propaganda}}));
  ASSERT_EQ(f.concessions.size(), 1u);
  EXPECT_EQ(f.concessions[0].proponent, d.author);
  EXPECT_EQ(f.concessions[0].target, d.veto);
  EXPECT_EQ(f.concessions[0].concession, d.strong);
  EXPECT_EQ(f.concessions[0].rebuttal, d.presumptuous);
  EXPECT_TRUE(f.assumption_only.empty());  // the veto concern rests on evidence
  EXPECT_TRUE(f.contested.empty());
}

TEST(Questions, WritesOneQuestionPerFindingByTemplate) {
  VetoDebate d;
  auto questions = build_questions(d.b.model, derive_findings(d.b.model));
  EXPECT_EQ(texts(d.b.model, questions),
            (std::vector<std::string>{
                "<Presumptuous> objects to [Veto concern], and nothing in the map answers it. "
                "Does the objection succeed, and how could a defender of [Veto concern] reply?",
                "<Presumptuous> objects to [Propaganda], and nothing in the map answers it. "
                "Does the objection succeed, and how could a defender of [Propaganda] reply?",
                "The author concedes [Strong basis] in favour of [Veto concern] but rebuts it "
                "with <Presumptuous>. Does the rebuttal outweigh what the concession grants?"}));
  EXPECT_EQ(questions[2].kind, QuestionKind::Concession);
  EXPECT_EQ(questions[2].about, (std::vector<ElementRef>{d.strong, d.veto, d.presumptuous}));
}

TEST(Questions, ClaimRestingOnlyOnAssumptions) {
  ModelBuilder b;
  auto thesis = b.statement("Thesis", "t");
  auto arg = b.argument("Arg", "a");
  auto p1 = b.statement("P1", "p1");
  auto p2 = b.statement("P2", "p2");
  auto grounded = b.statement("Grounded", "g");
  auto fact = b.evidence("Fact", "f");
  auto cited = b.statement("Cited", "c");
  auto by_cited = b.statement("By cited", "bc");
  b.source("k", "A", "2000", "T");
  b.cite(cited, "k", "3");
  b.pcs(arg, {p1, p2}, thesis);
  b.support(fact, grounded);
  b.support(cited, by_cited);
  Findings f = derive_findings(b.model);
  ASSERT_EQ(f.assumption_only.size(), 1u);
  EXPECT_EQ(f.assumption_only[0].claim, thesis);
  EXPECT_EQ(f.assumption_only[0].assumptions, (std::vector<ElementRef>{p1, p2}));
  EXPECT_EQ(texts(b.model, build_questions(b.model, f)),
            (std::vector<std::string>{
                "[Thesis] rests only on assumptions ([P1] and [P2]); no evidence in the map "
                "supports it. What evidence would confirm or refute it?"}));
}

TEST(Questions, WithLabelsOnlyStandingAttackersLeaveAttacksUnanswered) {
  VetoDebate d;
  auto x = d.b.statement("Fallen", "f");
  d.b.attack(x, d.veto);
  std::map<ElementRef, std::string> labels{{d.presumptuous, "IN"}, {x, "OUT"}};
  EXPECT_EQ(derive_findings(d.b.model, labels).unanswered_attacks,
            (std::vector<AttackFinding>{{d.presumptuous, d.veto}, {d.presumptuous, d.propaganda}}));
  labels[d.presumptuous] = "UNDEC";
  EXPECT_TRUE(derive_findings(d.b.model, labels).unanswered_attacks.empty());
  EXPECT_EQ(derive_findings(d.b.model).unanswered_attacks.size(), 3u);
}

TEST(Questions, ContradictionsAreAnsweredBothWays) {
  ModelBuilder b;
  auto x = b.statement("X", "x");
  auto y = b.statement("Y", "y");
  b.relate(RelationType::Contradiction, x, y);
  EXPECT_TRUE(derive_findings(b.model).unanswered_attacks.empty());
}

TEST(Questions, FindingsFromTheEvaluationUseTheirTemplates) {
  VetoDebate d;
  Findings f;
  f.contested = {d.veto};
  f.inconsistent = {{d.nato, d.veto, d.propaganda}};
  f.indefensible = {{d.nato, {{d.presumptuous, d.veto}, {d.presumptuous, d.propaganda}}}};
  f.unanswered_attacks = {{d.presumptuous, d.veto}, {d.presumptuous, d.veto}};
  EXPECT_EQ(texts(d.b.model, build_questions(d.b.model, f)),
            (std::vector<std::string>{
                "<Presumptuous> objects to [Veto concern], and nothing in the map answers it. "
                "Does the objection succeed, and how could a defender of [Veto concern] reply?",
                "[Veto concern] stands on one consistent reading of the debate and falls on "
                "another. What would decide between them?",
                "NATO holds both [Veto concern] and [Propaganda], which conflict. Which should "
                "NATO give up, or how can the two be reconciled?",
                "NATO's position has no answer to <Presumptuous> against [Veto concern] and to "
                "<Presumptuous> against [Propaganda]. How could NATO defend it?"}));
}

}  // namespace
}  // namespace argmap
