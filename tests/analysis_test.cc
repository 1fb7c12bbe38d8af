#include "analysis.h"

#include <gtest/gtest.h>

#include "element_info.h"
#include "frontend.h"

namespace argmap {
namespace {

/// "line:col severity code: message" plus "  note line:col: ..." and "  fix: ...".
std::string analysis(const std::string& text) {
  Diagnostics d;
  LoadedMap loaded = load_map_text("test.argdown", text, d);
  EXPECT_FALSE(d.has_errors());
  Diagnostics findings;
  analyze(loaded.model, findings);
  std::string out;
  for (const auto& x : findings.items()) {
    out += std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + " " +
           (x.severity == Severity::Warning ? "warning " : "note ") + x.code + ": " + x.message +
           "\n";
    for (const auto& n : x.notes)
      out += "  note " + std::to_string(n.where.line) + ":" + std::to_string(n.where.column) +
             ": " + n.message + "\n";
    if (!x.suggestion.empty()) out += "  fix: " + x.suggestion + "\n";
  }
  return out;
}

TEST(Analysis, ConflictInsideAPositionThroughSupports) {
  EXPECT_EQ(
      analysis("[A]: a. {proponent: Ann}\n"
               "  - [B]: b.\n"
               "    + [C]: c. {proponent: Ann}\n"),
      "2:3 warning position-conflict: the position of 'Ann' is not conflict-free: [B] attacks [A]\n"
      "  note 2:5: 'Ann' is committed to [B] through [C] -> [B]\n"
      "  note 1:1: 'Ann' asserts [A]\n"
      "  fix: revise one of the two claims, or attribute one of them to another proponent\n"
      "2:3 note unanswered-attack: [B] attacks [A] and nothing in the map answers it\n"
      "  fix: an open question of the debate: add a counter-argument to [B] if there is one\n");
}

TEST(Analysis, ConflictBetweenTwoAssertions) {
  EXPECT_EQ(analysis("[A]: a. {proponent: Ann}\n"
                     "  - [B]: b. {proponent: Ann}\n"),
            "2:3 warning position-conflict: the position of 'Ann' is not conflict-free: [B] "
            "attacks [A]\n"
            "  note 2:5: 'Ann' asserts [B]\n"
            "  note 1:1: 'Ann' asserts [A]\n"
            "  fix: revise one of the two claims, or attribute one of them to another proponent\n"
            "2:3 note unanswered-attack: [B] attacks [A] and nothing in the map answers it\n"
            "  fix: an open question of the debate: add a counter-argument to [B] if there is "
            "one\n");
}

TEST(Analysis, AnArgumentCommitsItsProponentToItsPremisesWhoeverAssertsThem) {
  EXPECT_EQ(analysis("<Arg>: The argument. {proponent: Ann}\n\n"
                     "(1) [P]: p.\n"
                     "(2) [Q]: q. {proponent: Bob}\n"
                     "----\n"
                     "(3) [C]: c.\n\n"
                     "[X]: x. {proponent: Ann}\n"
                     "  - [P]\n\n"
                     "[Y]: y. {proponent: Ann}\n"
                     "  - [Q]\n"),
            "9:3 warning position-conflict: the position of 'Ann' is not conflict-free: [P] "
            "attacks [X]\n"
            "  note 3:5: 'Ann' is committed to [P] as a premise of <Arg>\n"
            "  note 8:1: 'Ann' asserts [X]\n"
            "  fix: revise one of the two claims, or attribute one of them to another proponent\n"
            "12:3 warning position-conflict: the position of 'Ann' is not conflict-free: [Q] "
            "attacks [Y]\n"
            "  note 4:5: 'Ann' is committed to [Q] as a premise of <Arg>\n"
            "  note 11:1: 'Ann' asserts [Y]\n"
            "  fix: revise one of the two claims, or attribute one of them to another proponent\n"
            "9:3 note unanswered-attack: [P] attacks [X] and nothing in the map answers it\n"
            "  fix: an open question of the debate: add a counter-argument to [P] if there is "
            "one\n"
            "12:3 note unanswered-attack: [Q] attacks [Y] and nothing in the map answers it\n"
            "  fix: an open question of the debate: add a counter-argument to [Q] if there is "
            "one\n");
}

// The Molotov map's false positive: the author cites the letter that made the
// proposal and the reply that called it unreal. Reporting both sides is no conflict.
TEST(Analysis, EvidenceForAnotherProponentsClaimCommitsNobodyToIt) {
  EXPECT_EQ(analysis("[Proposal]: The USSR may join NATO. {proponent: USSR}\n"
                     "  + [Letter]: The letter proposed it. {kind: evidence, proponent: Author}\n"
                     "  - [Unreal]: The proposal is unreal. {proponent: West}\n"
                     "    + [Reply]: The reply called it unreal. {kind: evidence, proponent: "
                     "Author}\n"),
            "1:37 warning position-not-admissible: the position of 'USSR' is not admissible: 1 "
            "attack on it goes unanswered\n"
            "  note 3:3: [Unreal] attacks [Proposal] and nothing 'USSR' holds attacks [Unreal]\n"
            "  fix: answer these attacks with counter-arguments, or give up the attacked claims\n"
            "3:3 note unanswered-attack: [Unreal] attacks [Proposal] and nothing in the map "
            "answers it\n"
            "  fix: an open question of the debate: add a counter-argument to [Unreal] if there is "
            "one\n");
}

// A concession to another's claim next to a rebuttal of it (the author's "strong
// basis" and "presumptuous" on the veto concern) is a question, not a conflict; and a
// proponent does not flow on through another's claim to what that claim supports.
TEST(Analysis, ConcedingAPointToAnotherProponentIsNoConflict) {
  EXPECT_EQ(analysis("[Veto]: The USSR would veto. {proponent: NATO}\n"
                     "  + [Basis]: The fear has a strong basis. {proponent: Author}\n"
                     "  - [Presumptuous]: The arguments were presumptuous. {proponent: Author}\n"
                     "  +> [Exclude]: Keep the USSR out. {proponent: NATO}\n"
                     "    - [Open]: Let it in. {proponent: Author}\n"),
            "1:30 warning position-not-admissible: the position of 'NATO' is not admissible: 2 "
            "attacks on it go unanswered\n"
            "  note 3:3: [Presumptuous] attacks [Veto] and nothing 'NATO' holds attacks "
            "[Presumptuous]\n"
            "  note 5:5: [Open] attacks [Exclude] and nothing 'NATO' holds attacks [Open]\n"
            "  fix: answer these attacks with counter-arguments, or give up the attacked claims\n"
            "3:3 note unanswered-attack: [Presumptuous] attacks [Veto] and nothing in the map "
            "answers it\n"
            "  fix: an open question of the debate: add a counter-argument to [Presumptuous] if "
            "there is one\n"
            "5:5 note unanswered-attack: [Open] attacks [Exclude] and nothing in the map answers "
            "it\n"
            "  fix: an open question of the debate: add a counter-argument to [Open] if there is "
            "one\n");
}

TEST(Analysis, PositionNotAdmissibleNamesTheUnansweredAttacks) {
  EXPECT_EQ(
      analysis("[A]: a. {proponent: Ann}\n"
               "  - [B]: b. {proponent: Bob}\n"),
      "1:9 warning position-not-admissible: the position of 'Ann' is not admissible: 1 attack on "
      "it goes unanswered\n"
      "  note 2:3: [B] attacks [A] and nothing 'Ann' holds attacks [B]\n"
      "  fix: answer these attacks with counter-arguments, or give up the attacked claims\n"
      "2:3 note unanswered-attack: [B] attacks [A] and nothing in the map answers it\n"
      "  fix: an open question of the debate: add a counter-argument to [B] if there is one\n");
}

TEST(Analysis, SelfDefeatingClaim) {
  EXPECT_EQ(analysis("[A]: a.\n  + [B]: b.\n\n[B]\n  + [A]\n\n[A]\n  - [C]: c.\n    + [A]\n"),
            "1:1 warning self-defeating: [A] defeats itself: it supports [C], which attacks it\n"
            "  note 8:5: the chain of support: [A] -> [C]\n"
            "  fix: check the direction of these relations; as drawn, [A] can never be accepted\n");
}

TEST(Analysis, ContestedClaim) {
  EXPECT_EQ(
      analysis("[A]: a.\n  - [B]: b.\n    - [A]\n  + [R]: r.\n"),
      "1:1 note contested-claim: [A] is contested: IN in 1 and OUT in 1 of 2 preferred labellings\n"
      "  note 2:5: [B] attacks it\n"
      "  note 4:5: [R] speaks for it\n"
      "  fix: run 'argmap eval --semantics preferred --explain \"A\"' to see both sides\n"
      "2:5 note contested-claim: [B] is contested: IN in 1 and OUT in 1 of 2 preferred labellings\n"
      "  note 1:1: [A] attacks it\n"
      "  fix: run 'argmap eval --semantics preferred --explain \"B\"' to see both sides\n");
}

TEST(Analysis, AssumptionOnlyClaims) {
  EXPECT_EQ(
      analysis("[T]: t.\n  + [R]: r.\n\n[U]: u.\n  + [E]: e. {kind: evidence}\n"),
      "1:1 note assumption-only: [T] rests only on assumptions: no evidence supports it, directly "
      "or through its supporters\n"
      "  fix: cite evidence for it or for one of its supporting claims ({kind: evidence})\n");
}

TEST(Analysis, ReturnsItsFindingsAsData) {
  Diagnostics d;
  LoadedMap loaded = load_map_text("test.argdown",
                                   "[E]: e. {proponent: Ann}\n"
                                   "  - [G]: g.\n"
                                   "    + [F]: f. {proponent: Ann}\n",
                                   d);
  Diagnostics diagnostics;
  std::vector<Finding> findings = analyze(loaded.model, diagnostics);
  ASSERT_EQ(findings.size(), diagnostics.items().size());
  ASSERT_EQ(findings.size(), 2u);
  const ElementRef e{ElementKind::Statement, *loaded.model.find_statement("E")},
      g{ElementKind::Statement, *loaded.model.find_statement("G")},
      f{ElementKind::Statement, *loaded.model.find_statement("F")};
  EXPECT_EQ(findings[0].kind, FindingKind::PositionConflict);
  EXPECT_EQ(findings[0].proponent, loaded.model.proponent_by_key.find("Ann")->second);
  EXPECT_EQ(findings[0].elements, (std::vector<ElementRef>{g, e}));
  EXPECT_EQ(findings[0].attacks, (std::vector<ElementAttack>{{g, e}}));
  EXPECT_EQ(findings[0].defenders, (std::vector<ElementRef>{f, e}));
  EXPECT_EQ(findings[1].kind, FindingKind::UnansweredAttack);
  EXPECT_EQ(findings[1].elements, (std::vector<ElementRef>{g, e}));
}

// The Molotov map: no proponent's position conflicts with itself once reported
// evidence and concessions commit nobody; four positions leave attacks unanswered.
TEST(Analysis, MolotovMapFindings) {
  Diagnostics d;
  LoadedMap loaded = load_map_file(ARGMAP_SOURCE_DIR "/maps/molotov-1954.argdown", d);
  ASSERT_FALSE(d.has_errors());
  Diagnostics diagnostics;
  std::string positions;
  for (const Finding& f : analyze(loaded.model, diagnostics)) {
    EXPECT_NE(f.kind, FindingKind::PositionConflict);
    EXPECT_NE(f.kind, FindingKind::SelfDefeating);
    EXPECT_NE(f.kind, FindingKind::ContestedClaim);
    if (f.kind != FindingKind::PositionNotAdmissible) continue;
    positions += loaded.model.proponents[f.proponent].key + ":";
    for (const ElementAttack& a : f.attacks)
      positions += " " + display_name(loaded.model, a.attacker) + " -> " +
                   display_name(loaded.model, a.target) + ";";
    positions += "\n";
  }
  EXPECT_EQ(positions,
            "USSR: [Proposal is unreal] -> [USSR entry into NATO proposal]; [Soviet proposal is "
            "propaganda] -> [USSR entry into NATO proposal];\n"
            "Molotov: [West saw a covert penetration] -> [Collective security agreement "
            "proposal];\n"
            "NATO: [NATO arguments were presumptuous] -> <Propaganda charge>; [Serious "
            "proposition] -> [Soviet proposal is propaganda];\n"
            "Tripartite: [All big powers make NATO defensive] -> <Aggressor argument>; [US "
            "settled Germany unilaterally] -> [USSR is an aggressor]; [NATO arguments were "
            "presumptuous] -> <Principles argument>; [NATO arguments were presumptuous] -> "
            "<Aggressor argument>; [NATO arguments were presumptuous] -> <Veto concern>;\n");
}

}  // namespace
}  // namespace argmap
