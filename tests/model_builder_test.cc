// Tests of the model builder through the front end: Argdown's model semantics
// and argmap's extensions.
#include "model_builder.h"

#include <gtest/gtest.h>

#include "frontend.h"

namespace argmap {
namespace {

Model build(const std::string& text, Diagnostics& d) {
  return load_map_text("map.argdown", text, d).model;
}

std::string relations(const Model& m) {
  static const char* kNames[] = {"support",       "attack",  "undercut",
                                 "contradictory", "entails", "contrary"};
  std::string out;
  for (const auto& r : m.relations)
    out += std::string(m.title(r.from)) + " " + kNames[static_cast<int>(r.type)] + " " +
           std::string(m.title(r.to)) + "; ";
  return out;
}

TEST(ModelBuilderTest, UntitledTextGetsArgdownsAutoTitles) {
  Diagnostics d;
  Model m = build("one\n  + two\n\n<A>\n\n(1) p\n----\n(2) c", d);
  ASSERT_EQ(m.statements.size(), 4u);
  EXPECT_EQ(m.statements[0].title, "Untitled 1");
  EXPECT_TRUE(m.statements[0].auto_title);
  EXPECT_EQ(m.statements[1].title, "Untitled 2");
  EXPECT_EQ(m.statements[3].title, "Untitled 4");
  EXPECT_EQ(relations(m), "Untitled 2 support Untitled 1; ");
}

TEST(ModelBuilderTest, ArgumentReferencesGetTheReferenceRole) {
  Diagnostics d;
  Model m = build("<A>: An argument.\n\n<A>\n  + [S]: A statement.\n\n[T]\n  - <A>\n", d);
  EXPECT_TRUE(d.items().empty());
  ASSERT_EQ(m.arguments.size(), 1u);
  const auto& occurrences = m.arguments[0].occurrences;
  ASSERT_EQ(occurrences.size(), 3u);
  EXPECT_EQ(occurrences[0].role, StatementRole::ArgumentDescription);
  EXPECT_FALSE(occurrences[0].is_reference);
  EXPECT_EQ(occurrences[1].role, StatementRole::ArgumentReference);  // top-level <A>
  EXPECT_TRUE(occurrences[1].is_reference);
  EXPECT_EQ(occurrences[2].role, StatementRole::ArgumentReference);  // <A> in a relation
  EXPECT_EQ(occurrences[2].where.line, 7u);
}

TEST(ModelBuilderTest, EquivalenceClassTakesTheLastDefinition) {
  Diagnostics d;
  Model m = build("[T]: first\n\n[T]\n\n[T]: second", d);
  ASSERT_EQ(m.statements.size(), 1u);
  EXPECT_EQ(m.statements[0].text, "second");
  ASSERT_EQ(m.statements[0].occurrences.size(), 3u);
  EXPECT_TRUE(m.statements[0].occurrences[1].is_reference);
  EXPECT_EQ(m.statements[0].occurrences[2].where, (Location{0, 5, 1, 5, 12}));
}

TEST(ModelBuilderTest, ArgumentRelationsMoveToTheMainConclusion) {
  Diagnostics d;
  Model m = build("[S]: s\n  + <A>\n\n<A>\n\n(1) p\n----\n(2) [C]: c", d);
  EXPECT_EQ(relations(m), "C support S; ");
  ASSERT_EQ(m.arguments[0].pcs.size(), 2u);
  EXPECT_EQ(m.arguments[0].pcs[1].role, StatementRole::MainConclusion);
  EXPECT_TRUE(m.statements[*m.find_statement("C")].used_as_main_conclusion);
}

TEST(ModelBuilderTest, StrictModeMakesEntailsAndContrary) {
  Diagnostics d;
  Model m =
      build("===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  + [B]: b\n  - [C]: c\n  >< [D]: d", d);
  EXPECT_TRUE(m.strict_mode);
  EXPECT_EQ(relations(m), "B entails A; C contrary A; A contradictory D; ");
}

TEST(ModelBuilderTest, RemoveTagsFromText) {
  Diagnostics d;
  Model m = build("===\nmodel:\n  removeTagsFromText: true\n===\n\n[A]: a #t text", d);
  EXPECT_EQ(m.statements[0].text, "a text");
  EXPECT_EQ(m.statements[0].tags, std::vector<std::string_view>{"t"});
}

// As Argdown 1.7.5 has them: each name once per occurrence, element and map, in
// first-seen order; removeTagsFromText removes every place a tag is written.
TEST(ModelBuilderTest, TagsOfOccurrencesElementsSectionsAndTheMap) {
  Diagnostics d;
  Model m = build(
      "===\nmodel:\n  removeTagsFromText: true\n===\n\n# Part #h1 #h1 *x* #h2\n\n"
      "[A]: a #t *b* #t #(u v)\n  + [B] #(u v) #w\n\n[A]: c #w #t\n\n<R>: r #t\n",
      d);
  EXPECT_TRUE(d.items().empty());
  using Names = std::vector<std::string_view>;
  ASSERT_EQ(m.sections.size(), 1u);
  EXPECT_EQ(m.sections[0].title, "Part x");
  EXPECT_EQ(m.sections[0].tags, (Names{"h1", "h2"}));
  ASSERT_EQ(m.statements.size(), 2u);
  const Statement& a = m.statements[0];
  ASSERT_EQ(a.occurrences.size(), 2u);
  EXPECT_EQ(a.occurrences[0].text, "a b ");
  EXPECT_EQ(a.occurrences[0].tags, (Names{"t", "u v"}));
  EXPECT_EQ(a.occurrences[1].text, "c ");
  EXPECT_EQ(a.occurrences[1].tags, (Names{"w", "t"}));
  EXPECT_EQ(a.tags, (Names{"t", "u v", "w"}));
  const Statement& b = m.statements[1];
  ASSERT_EQ(b.occurrences.size(), 1u);
  EXPECT_TRUE(b.occurrences[0].is_reference);
  EXPECT_EQ(b.occurrences[0].tags, (Names{"u v", "w"}));
  EXPECT_EQ(b.tags, (Names{"u v", "w"}));
  ASSERT_EQ(m.arguments.size(), 1u);
  EXPECT_EQ(m.arguments[0].description, "r ");
  EXPECT_EQ(m.arguments[0].tags, (Names{"t"}));
  std::vector<std::string> names;
  for (const Tag& t : m.tags) names.push_back(t.name);
  EXPECT_EQ(names, (std::vector<std::string>{"h1", "h2", "t", "u v", "w"}));
}

TEST(ModelBuilderTest, SecondPcsIsAnError) {
  Diagnostics d;
  build("<A>\n\n(1) p\n----\n(2) c\n\n<A>\n\n(1) q\n----\n(2) r", d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "second-pcs");
  EXPECT_EQ(d.items()[0].where.line, 9u);
}

TEST(ModelBuilderTest, SectionsNest) {
  Diagnostics d;
  Model m = build("# One\n\n## Two\n\n[A]: a\n\n# Three", d);
  ASSERT_EQ(m.sections.size(), 3u);
  EXPECT_EQ(m.sections[1].id, "s2");
  EXPECT_EQ(m.sections[1].parent, 0u);
  EXPECT_EQ(m.sections[2].parent, kNoId);
  EXPECT_EQ(m.statements[0].section, 1u);
}

TEST(ModelBuilderTest, SourcesEvidenceAndProponents) {
  Diagnostics d;
  Model m = build(
      "===\nsources:\n  Roberts2008: {author: Roberts, year: 2008, title: T}\nproponents:\n  NATO: "
      "{label: "
      "The Alliance, color: blue}\n===\n\n[E]: a fact {kind: evidence, source: Roberts2008, page: "
      "\"32-33\", "
      "proponent: NATO}\n\n[F]: f {sources: [Roberts2008, Nobody], proponent: USSR}",
      d);
  EXPECT_TRUE(d.items().empty());
  ASSERT_EQ(m.sources.size(), 1u);
  EXPECT_EQ(m.sources[0].year, "2008");
  EXPECT_EQ(m.sources[0].where.line, 3u);
  const Statement& e = m.statements[0];
  EXPECT_TRUE(e.is_evidence);
  ASSERT_EQ(e.citations.size(), 1u);
  EXPECT_EQ(e.citations[0].source, 0u);
  EXPECT_EQ(e.citations[0].page, "32-33");
  EXPECT_EQ(m.proponents[e.proponent].label, "The Alliance");
  const Statement& f = m.statements[1];
  ASSERT_EQ(f.citations.size(), 2u);
  EXPECT_EQ(f.citations[1].source, kNoId);  // unknown keys are the checks' business
  EXPECT_FALSE(m.proponents[f.proponent].declared);
}

TEST(ModelBuilderTest, UndercutUnderAnInferenceHitsTheArgument) {
  Diagnostics d;
  Model m = build("<A>\n\n(1) p\n----\n  <_ [U]: u\n(2) c", d);
  EXPECT_TRUE(d.items().empty());
  EXPECT_EQ(relations(m), "U undercut A; ");
}

}  // namespace
}  // namespace argmap
