#include "checks.h"

#include "test_texts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

/// A one-line span in the main file.
Location at(std::uint32_t line, std::uint32_t column, std::uint32_t end_column) {
  return Location{0, line, column, line, end_column};
}

std::string where(const Location& l) {
  return std::to_string(l.line) + ":" + std::to_string(l.column) + "-" +
         std::to_string(l.end_column);
}

/// Each diagnostic on one line: "3:1-4 warning code: message | note 1:1-4: text | fix: ...".
std::vector<std::string> describe(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.items()) {
    std::string s = where(d.where) + (d.severity == Severity::Error ? " error " : " warning ") +
                    d.code + ": " + d.message;
    for (const auto& n : d.notes) s += " | note " + where(n.where) + ": " + n.message;
    if (!d.suggestion.empty()) s += " | fix: " + d.suggestion;
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> check(const Model& model) {
  Diagnostics diagnostics;
  check_model(model, diagnostics);
  return describe(diagnostics);
}

/// Builds models by hand, the way the model builder would.
struct ModelMaker {
  Model model;

  static Occurrence definition(std::string_view text, Location title, Location whole,
                               StatementRole role = StatementRole::TopLevel) {
    Occurrence o;
    o.role = role;
    o.text = test_texts::keep(text);
    o.title_where = title;
    o.where = whole;
    return o;
  }
  static Occurrence reference(Location title, StatementRole role = StatementRole::RelationMember) {
    Occurrence o;
    o.role = role;
    o.is_reference = true;
    o.title_where = title;
    o.where = title;
    return o;
  }

  ElementRef statement(std::string title, std::vector<Occurrence> occurrences) {
    Statement s;
    s.title = model.keep(title);
    for (const auto& o : occurrences)
      if (!o.is_reference && !o.text.empty()) s.text = o.text;
    s.occurrences.assign(occurrences.begin(), occurrences.end());
    Id id = static_cast<Id>(model.statements.size());
    model.statement_by_title.try_emplace(title, id);
    model.statements.push_back(std::move(s));
    return {ElementKind::Statement, id};
  }
  /// A statement defined once on `line` as "[title]: text".
  ElementRef defined(const std::string& title, std::uint32_t line) {
    auto n = static_cast<std::uint32_t>(title.size());
    return statement(title,
                     {definition("text of " + title, at(line, 1, n + 3), at(line, 1, n + 20))});
  }
  ElementRef argument(std::string title, std::vector<Occurrence> occurrences) {
    Argument a;
    a.title = model.keep(title);
    a.occurrences.assign(occurrences.begin(), occurrences.end());
    Id id = static_cast<Id>(model.arguments.size());
    model.argument_by_title.try_emplace(title, id);
    model.arguments.push_back(std::move(a));
    return {ElementKind::Argument, id};
  }
  void relate(RelationType type, ElementRef from, ElementRef to, Location where) {
    model.relations.push_back(Relation{type, from, to, {where}});
  }
  void source(std::string key, std::uint32_t line) {
    Source s;
    s.key = key;
    s.where = at(line, 3, 3 + static_cast<std::uint32_t>(key.size()));
    model.source_by_key[key] = static_cast<Id>(model.sources.size());
    model.sources.push_back(std::move(s));
  }
  void cite(ElementRef statement, std::string key, Location where) {
    Citation c;
    c.key = key;
    auto it = model.source_by_key.find(key);
    c.source = it == model.source_by_key.end() ? kNoId : it->second;
    c.where = where;
    model.statements[statement.id].citations.push_back(c);
  }
};

TEST(CheckSources, UnknownKeySuggestsTheClosestDeclaredOne) {
  ModelMaker m;
  m.source("Roberts2008", 2);
  m.source("Smith1999", 3);
  ElementRef a = m.defined("A", 6);
  ElementRef b = m.defined("B", 7);
  m.relate(RelationType::Support, a, b, at(7, 1, 2));
  m.cite(a, "Robert2008", at(6, 30, 40));
  m.cite(b, "Smith1999", at(7, 30, 39));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "6:30-40 error unknown-source: source 'Robert2008' is not declared in sources: | "
                "note 2:3-14: 'Roberts2008' is declared here | fix: did you mean 'Roberts2008'?"}));
}

TEST(CheckSources, UnknownKeyWithoutAnySourcesSaysWhereToDeclareIt) {
  ModelMaker m;
  ElementRef a = m.defined("A", 1);
  ElementRef b = m.defined("B", 2);
  m.relate(RelationType::Attack, a, b, at(2, 1, 2));
  m.cite(a, "Nobody", at(1, 20, 26));
  EXPECT_EQ(check(m.model), (std::vector<std::string>{
                                "1:20-26 error unknown-source: source 'Nobody' is not declared in "
                                "sources: | fix: declare it in the frontmatter under 'sources:'"}));
}

TEST(CheckSources, EvidenceMustCiteASource) {
  ModelMaker m;
  m.source("Report", 2);
  ElementRef cited = m.defined("Figures", 5);
  ElementRef bare =
      m.statement("Quote", {ModelMaker::reference(at(6, 5, 12)),
                            ModelMaker::definition("a quote", at(8, 1, 8), at(8, 1, 40))});
  Data& data = m.model.statements[bare.id].occurrences[1].data.edit();
  data.kind = Data::Kind::Map;
  data.fields.push_back({"kind", Data::of("evidence")});
  m.model.statements[bare.id].is_evidence = true;
  m.model.statements[cited.id].is_evidence = true;
  m.cite(cited, "Report", at(5, 25, 31));
  m.relate(RelationType::Support, cited, bare, at(6, 3, 4));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{"8:1-8 error evidence-without-source: evidence [Quote] cites "
                                      "no source | fix: cite a source with {source: Report}"}));
}

TEST(CheckReferences, ATitleOnlyReferencedIsUndefined) {
  ModelMaker m;
  ElementRef a = m.defined("Claim", 1);
  ElementRef b = m.statement(
      "Ghost", {ModelMaker::reference(at(2, 5, 12)), ModelMaker::reference(at(9, 5, 12))});
  ElementRef arg = m.argument("Arg", {ModelMaker::reference(at(3, 5, 10))});
  ElementRef reconstructed = m.argument("Rec", {ModelMaker::reference(at(4, 5, 10))});
  m.model.arguments[reconstructed.id].pcs.push_back(
      PcsStep{a.id, StatementRole::MainConclusion, std::nullopt, at(12, 1, 10)});
  m.relate(RelationType::Attack, b, a, at(2, 3, 4));
  m.relate(RelationType::Support, arg, a, at(3, 3, 4));
  m.relate(RelationType::Support, reconstructed, b, at(4, 3, 4));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "2:5-12 warning undefined-reference: statement [Ghost] is referenced but never "
                "defined | fix: define it once with '[Ghost]: text'",
                "3:5-10 warning undefined-reference: argument <Arg> is referenced but never "
                "defined | fix: describe it with '<Arg>: text' or reconstruct it with premises "
                "and a conclusion"}));
}

TEST(CheckReferences, AnUndefinedTitleOneEditFromADefinedOneIsALikelyTypo) {
  ModelMaker m;
  ElementRef cut = m.defined("Tax cut", 1);
  ElementRef typo = m.statement("Tax cus", {ModelMaker::reference(at(2, 5, 14))});
  ElementRef far = m.statement("Tax hike", {ModelMaker::reference(at(3, 5, 15))});
  m.relate(RelationType::Attack, typo, cut, at(2, 3, 4));
  m.relate(RelationType::Attack, far, cut, at(3, 3, 4));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "2:5-14 warning reference-typo: statement [Tax cus] is never defined but is one "
                "edit away from [Tax cut] | note 1:1-10: [Tax cut] is defined here | fix: did you "
                "mean [Tax cut]?",
                "3:5-15 warning undefined-reference: statement [Tax hike] is referenced but never "
                "defined | fix: define it once with '[Tax hike]: text'"}));
}

TEST(CheckReferences, ADifferentSecondDefinitionConflictsButRewrappingDoesNot) {
  ModelMaker m;
  ElementRef t = m.statement("T", {ModelMaker::definition("one  text", at(1, 1, 4), at(1, 1, 14)),
                                   ModelMaker::definition(" one\ntext ", at(3, 1, 4), at(3, 1, 14)),
                                   ModelMaker::reference(at(5, 3, 6)),
                                   ModelMaker::definition("other", at(7, 1, 4), at(7, 1, 10))});
  ElementRef arg = m.argument("A", {ModelMaker::definition("why", at(9, 1, 4), at(9, 1, 9),
                                                           StatementRole::ArgumentDescription),
                                    ModelMaker::definition("why not", at(11, 1, 4), at(11, 1, 13),
                                                           StatementRole::ArgumentDescription)});
  m.relate(RelationType::Support, arg, t, at(10, 1, 2));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "7:1-4 warning conflicting-definition: statement [T] is defined again with a "
                "different text | note 1:1-4: first defined here | fix: the last text wins; write "
                "[T] alone to refer to it",
                "11:1-4 warning conflicting-definition: argument <A> is described again with a "
                "different text | note 9:1-4: first described here | fix: the last text wins; "
                "write <A> alone to refer to it"}));
}

TEST(CheckReferences, AWrittenTitleOfTheAutomaticFormIsFlagged) {
  ModelMaker m;
  // "Untitled 2" written by hand and also given to untitled text: they merged.
  Occurrence untitled = ModelMaker::definition("some text", Location{}, at(1, 1, 10));
  ElementRef merged = m.statement(
      "Untitled 2", {untitled, ModelMaker::definition("other", at(3, 1, 13), at(3, 1, 20))});
  m.model.statements[merged.id].auto_title = true;
  ElementRef lone = m.statement("Untitled 7", {ModelMaker::reference(at(4, 5, 17))});
  ElementRef fine = m.defined("Untitled draft", 5);
  m.relate(RelationType::Support, lone, merged, at(4, 3, 4));
  m.relate(RelationType::Support, fine, merged, at(5, 3, 4));
  std::vector<std::string> found = check(m.model);
  std::vector<std::string> collisions;
  for (const auto& s : found)
    if (s.find("auto-title-collision") != std::string::npos) collisions.push_back(s);
  EXPECT_EQ(collisions,
            (std::vector<std::string>{
                "3:1-13 warning auto-title-collision: title [Untitled 2] collides with an "
                "automatic title | note 1:1-10: untitled text here is also titled 'Untitled 2' | "
                "fix: choose a title that does not start with 'Untitled'",
                "4:5-17 warning auto-title-collision: title [Untitled 7] has the form of an "
                "automatic title and may merge with untitled text | fix: choose a title that does "
                "not start with 'Untitled'"}));
}

TEST(CheckRelations, SelfRelationsAndPairsThatBothSupportAndAttack) {
  ModelMaker m;
  ElementRef a = m.defined("A", 1);
  ElementRef b = m.defined("B", 2);
  ElementRef arg = m.argument("X", {ModelMaker::definition("x", at(3, 1, 4), at(3, 1, 7),
                                                           StatementRole::ArgumentDescription)});
  m.relate(RelationType::Support, a, a, at(1, 3, 4));
  m.relate(RelationType::Undercut, arg, arg, at(3, 3, 4));
  m.relate(RelationType::Support, a, b, at(4, 3, 4));
  m.relate(RelationType::Attack, b, a, at(5, 3, 4));  // the other direction: no conflict
  m.relate(RelationType::Attack, a, b, at(6, 3, 4));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "1:3-4 warning self-relation: [A] supports itself | fix: remove the relation or "
                "relate [A] to another element",
                "3:3-4 warning self-relation: <X> undercuts itself | fix: remove the relation or "
                "relate <X> to another element",
                "6:3-4 warning support-and-attack: [A] both supports and attacks [B] | note "
                "4:3-4: [A] supports [B] here"}));
}

TEST(CheckRelations, ElementsWithoutRelationsOrArgumentsAreDisconnected) {
  ModelMaker m;
  ElementRef lone = m.defined("Lone", 1);
  ElementRef premise = m.defined("Premise", 2);
  ElementRef conclusion = m.defined("Conclusion", 3);
  m.argument("Reconstructed", {ModelMaker::reference(at(5, 1, 16))});
  m.model.arguments[0].pcs = {
      PcsStep{premise.id, StatementRole::Premise, std::nullopt, at(6, 5, 15)},
      PcsStep{conclusion.id, StatementRole::MainConclusion, std::nullopt, at(8, 5, 15)}};
  m.model.statements[premise.id].used_as_premise = true;
  m.model.statements[conclusion.id].used_as_main_conclusion = true;
  m.argument("Idle", {ModelMaker::definition("idle", at(10, 1, 7), at(10, 1, 13),
                                             StatementRole::ArgumentDescription)});
  (void)lone;
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "1:1-7 warning disconnected: statement [Lone] has no relations and is in no "
                "argument | fix: relate it with + or - to another element, or use it in an "
                "argument",
                "10:1-7 warning disconnected: argument <Idle> has no relations and no premises | "
                "fix: relate it with + or - to another element, or reconstruct it"}));
}

TEST(CheckCycles, PrintsOneShortestCyclePerGroupWithANotePerMember) {
  ModelMaker m;
  ElementRef a = m.defined("A", 1);
  ElementRef b = m.defined("B", 2);
  ElementRef c = m.defined("C", 3);
  ElementRef d = m.defined("D", 4);
  m.relate(RelationType::Support, b, c, at(10, 3, 4));
  m.relate(RelationType::Support, a, b, at(11, 3, 4));
  m.relate(RelationType::Entails, c, a, at(12, 3, 4));
  m.relate(RelationType::Support, c, d, at(13, 3, 4));
  m.relate(RelationType::Attack, d, a, at(14, 3, 4));  // attacks do not close a support cycle
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "11:3-4 warning circular-support: [A] supports itself through a cycle of 3 "
                "elements | note 11:3-4: [A] supports [B] | note 10:3-4: [B] supports [C] | note "
                "12:3-4: [C] entails [A]"}));
}

TEST(CheckCycles, FollowsPremisesAndConclusionsOfArguments) {
  ModelMaker m;
  ElementRef p = m.defined("P", 1);
  ElementRef c = m.defined("C", 2);
  m.argument("X", {ModelMaker::reference(at(4, 1, 4))});
  m.model.arguments[0].pcs = {
      PcsStep{p.id, StatementRole::Premise, std::nullopt, at(5, 1, 9)},
      PcsStep{c.id, StatementRole::MainConclusion, std::nullopt, at(7, 1, 9)}};
  m.model.statements[p.id].used_as_premise = true;
  m.model.statements[c.id].used_as_main_conclusion = true;
  m.relate(RelationType::Support, c, p, at(9, 3, 4));
  EXPECT_EQ(check(m.model),
            (std::vector<std::string>{
                "5:1-9 warning circular-support: [P] supports itself through a cycle of 3 "
                "elements | note 5:1-9: [P] is a premise of <X> | note 7:1-9: <X> concludes [C] | "
                "note 9:3-4: [C] supports [P]"}));
}

// Speed is measured in bench/; here: no stack overflow, and the whole cycle reported.
TEST(CheckCycles, AHundredThousandLongChainDoesNotOverflow) {
  ModelMaker m;
  const std::uint32_t n = 100000;
  m.model.statements.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    m.model.statements[i].title = m.model.keep("S" + std::to_string(i));
    m.model.statements[i].occurrences.push_back(
        ModelMaker::definition("t", at(i + 1, 1, 3), at(i + 1, 1, 6)));
  }
  for (std::uint32_t i = 0; i + 1 < n; ++i)
    m.relate(RelationType::Support, {ElementKind::Statement, i + 1}, {ElementKind::Statement, i},
             at(i + 1, 1, 2));
  m.relate(RelationType::Support, {ElementKind::Statement, 0}, {ElementKind::Statement, n - 1},
           at(1, 1, 2));
  Diagnostics diagnostics;
  check_model(m.model, diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "circular-support");
  EXPECT_EQ(diagnostics.items()[0].notes.size(), n);
  EXPECT_EQ(diagnostics.items()[0].notes[0].message, "[S0] supports [S99999]");
}

TEST(Checks, FiftyThousandStatementsWithTyposAllFound) {
  ModelMaker m;
  const std::uint32_t n = 50000;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string title = "Claim number " + std::to_string(i);
    // Every tenth statement is only referenced, under a title one edit from the previous.
    if (i % 10 == 9)
      m.statement("Claim numbr " + std::to_string(i - 1),
                  {ModelMaker::reference(at(i + 1, 5, 20))});
    else
      m.defined(title, i + 1);
    if (i > 0)
      m.relate(i % 3 ? RelationType::Support : RelationType::Attack, {ElementKind::Statement, i},
               {ElementKind::Statement, i / 2}, at(i + 1, 3, 4));
  }
  Diagnostics diagnostics;
  check_model(m.model, diagnostics);
  EXPECT_EQ(diagnostics.items().size(), n / 10);
  EXPECT_EQ(diagnostics.items()[0].code, "reference-typo");
  EXPECT_EQ(diagnostics.items()[0].suggestion, "did you mean [Claim number 8]?");
}

TEST(Checks, BrokenIdsFromAPartialModelDoNotCrash) {
  ModelMaker m;
  ElementRef a = m.defined("A", 1);
  m.relate(RelationType::Support, a, {ElementKind::Statement, 7}, at(2, 1, 2));
  m.relate(RelationType::Support, {ElementKind::Argument, 3}, a, at(3, 1, 2));
  m.argument("X", {});
  m.model.arguments[0].pcs = {PcsStep{42, StatementRole::Premise, std::nullopt, at(4, 1, 2)}};
  Diagnostics diagnostics;
  check_model(m.model, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(Checks, AnEmptyModelIsClean) {
  EXPECT_TRUE(check(Model{}).empty());
}

}  // namespace
}  // namespace argmap
