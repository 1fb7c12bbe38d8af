#include "questions.h"

#include <gtest/gtest.h>

#include "frontend.h"
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
  f.contested = {{d.veto, {d.presumptuous}, {d.strong}}};
  f.inconsistent = {{d.nato, d.veto, d.propaganda, d.veto, d.strong}};
  f.indefensible = {{d.nato, {{d.presumptuous, d.veto}, {d.presumptuous, d.propaganda}}}};
  f.unanswered_attacks = {{d.presumptuous, d.veto}, {d.presumptuous, d.veto}};
  EXPECT_EQ(texts(d.b.model, build_questions(d.b.model, f)),
            (std::vector<std::string>{
                "<Presumptuous> objects to [Veto concern], and nothing in the map answers it. "
                "Does the objection succeed, and how could a defender of [Veto concern] reply?",
                "[Veto concern] stands on one consistent reading of the debate and falls on "
                "another: <Presumptuous> attacks it, [Strong basis] speaks for it. What would "
                "decide between them?",
                "NATO holds both [Veto concern] and [Propaganda] (by asserting [Strong basis]), "
                "which conflict. Which should NATO give up, or how can the two be reconciled?",
                // The attack on the veto concern is already asked about above.
                "NATO's position has no answer to <Presumptuous> against [Propaganda]. How could "
                "NATO defend it?"}));
}

std::vector<std::string> questions_on(const std::string& text) {
  Diagnostics d;
  LoadedMap loaded = load_map_text("q.argdown", text, d);
  EXPECT_FALSE(d.has_errors());
  return texts(loaded.model, build_questions(loaded.model, derive_findings(loaded.model)));
}

// The analysis's findings become questions linked to their elements: a position
// that leaves an attack to others, concessions asked together, a conflict through a
// chain of supports, a claim that undermines itself, two contested claims.
TEST(Questions, EveryKindOfTheAnalysisBecomesAQuestion) {
  EXPECT_EQ(
      questions_on("[Join]: The USSR should join. {proponent: USSR}\n"
                   "  - [Unreal]: The proposal is unreal. {proponent: West}\n"
                   "    - [Serious]: It was a serious proposition. {proponent: Roberts}\n\n"
                   "[Veto]: The USSR would veto. {proponent: NATO}\n"
                   "  + [Basis]: The fear has a basis. {proponent: Author}\n"
                   "  + [Vetoes]: 119 vetoes. {kind: evidence, proponent: Author}\n"
                   "  - [Presumptuous]: The arguments were presumptuous. {proponent: Author}\n"),
      (std::vector<std::string>{
          "[Serious] objects to [Unreal], and nothing in the map answers it. Does the "
          "objection succeed, and how could a defender of [Unreal] reply?",
          "[Presumptuous] objects to [Veto], and nothing in the map answers it. Does the "
          "objection succeed, and how could a defender of [Veto] reply?",
          "USSR's position has no answer to [Unreal] against [Join]. How could USSR defend it?",
          "Author concedes [Basis] and [Vetoes] in favour of [Veto] but rebuts it with "
          "[Presumptuous]. Does the rebuttal outweigh what the concession grants?"}));
  EXPECT_EQ(questions_on("[E]: e. {proponent: Ann}\n"
                         "  - [G]: g.\n"
                         "    + [F]: f. {proponent: Ann}\n\n"
                         "[S]: s.\n"
                         "  - [T]: t.\n"
                         "    + [S]\n\n"
                         "[A]: a.\n"
                         "  - [B]: b.\n"
                         "    - [A]\n"
                         "  + [R]: r.\n"),
            (std::vector<std::string>{
                "[G] objects to [E], and nothing in the map answers it. Does the objection "
                "succeed, and how could a defender of [E] reply?",
                "[T] objects to [S], and nothing in the map answers it. Does the objection "
                "succeed, and how could a defender of [S] reply?",
                "[A] stands on one consistent reading of the debate and falls on another: [B] "
                "attacks it, [R] speaks for it. What would decide between them?",
                "[B] stands on one consistent reading of the debate and falls on another: [A] "
                "attacks it. What would decide between them?",
                "Ann holds both [G] (by asserting [F]) and [E], which conflict. Which should Ann "
                "give up, or how can the two be reconciled?",
                "[S] supports [T], which attacks [S]. Is a relation the wrong way round, or does "
                "[S] really undermine itself?"}));
}

// The Molotov handout's questions beyond the unanswered objections: the USSR leaves
// the propaganda charge to Roberts, and the author concedes the veto concern a basis
// (its evidence and "a strong basis") before calling it presumptuous.
TEST(Questions, MolotovHandout) {
  Diagnostics d;
  LoadedMap loaded = load_map_file(ARGMAP_SOURCE_DIR "/maps/molotov-1954.argdown", d);
  ASSERT_FALSE(d.has_errors());
  auto questions = build_questions(loaded.model, derive_findings(loaded.model));
  std::vector<std::string> others;
  std::size_t unanswered = 0;
  for (const Question& q : questions)
    if (q.kind == QuestionKind::UnansweredAttack)
      ++unanswered;
    else
      others.push_back(question_text(loaded.model, q));
  EXPECT_EQ(unanswered, 9u);
  EXPECT_EQ(others,
            (std::vector<std::string>{
                "USSR (Soviet Government)'s position has no answer to [Soviet proposal is "
                "propaganda] against [USSR entry into NATO proposal]. How could USSR (Soviet "
                "Government) defend it?",
                "G.-O. Marias (the author) concedes [119 Soviet vetoes], [Reckless veto a common "
                "concern] and [Veto concern has a strong basis] in favour of <Veto concern> but "
                "rebuts it with [NATO arguments were presumptuous]. Does the rebuttal outweigh "
                "what the concession grants?"}));
}

}  // namespace
}  // namespace argmap
