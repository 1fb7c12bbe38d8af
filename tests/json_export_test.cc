#include "json_export.h"

#include "frontend.h"
#include "test_texts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace argmap {
namespace {

using Json = nlohmann::ordered_json;

Location span(std::uint32_t line, std::uint32_t column, std::uint32_t end_line,
              std::uint32_t end_column) {
  return Location{0, line, column, end_line, end_column};
}

Data map_of(std::vector<std::pair<std::string, Data>> fields) {
  Data d;
  d.kind = Data::Kind::Map;
  d.fields = std::move(fields);
  return d;
}

Data integer(std::int64_t value) {
  Data d;
  d.kind = Data::Kind::Int;
  d.integer = value;
  return d;
}

Occurrence occurrence(StatementRole role, std::string_view text, Location where,
                      bool reference = false) {
  Occurrence o;
  o.role = role;
  o.text = test_texts::keep(text);
  o.is_reference = reference;
  o.where = where;
  o.section = 0;
  return o;
}

// The map this model stands for (line numbers matter, texts are abridged):
//  1 ===
//  2 sources:
//  3   X: {author: Ann, year: 2001}
//  4 ===
//  5
//  6 # Section A
//  7
//  8 [S1]: Statement one #tag1 {source: X, page: "3"}
//  9   + <A1>: Arg one.
// 10   - [S2]
const char* const kText =
    "===\nsources:\n  X: {author: Ann, year: 2001}\n===\n\n# Section A\n\n"
    "[S1]: Statement one #tag1 {source: X, page: \"3\"}\n  + <A1>: Arg one.\n  - [S2]\n";

Model small_model() {
  Model m;
  Section section;
  section.id = "s1";
  section.title = "Section A";
  section.where = span(6, 1, 6, 12);
  m.sections.push_back(section);

  Statement s1;
  s1.title = "S1";
  s1.text = "Statement one";
  Occurrence def = occurrence(StatementRole::TopLevel, "Statement one", span(8, 1, 8, 50));
  def.tags = {"tag1"};
  def.data = map_of({{"source", Data::of("X")}, {"page", Data::of("3")}});
  s1.occurrences.push_back(def);
  s1.tags = {"tag1"};
  s1.data = def.data;
  s1.section = 0;
  s1.citations.push_back(Citation{"X", 0, "3", span(8, 28, 8, 49)});
  m.statements.push_back(s1);

  Statement s2;
  s2.title = "S2";
  s2.occurrences.push_back(occurrence(StatementRole::RelationMember, "", span(10, 5, 10, 9), true));
  s2.section = 0;
  m.statements.push_back(s2);

  Argument a1;
  a1.title = "A1";
  a1.description = "Arg one.";
  a1.occurrences.push_back(
      occurrence(StatementRole::RelationMember, "Arg one.", span(9, 5, 9, 18)));
  a1.section = 0;
  m.arguments.push_back(a1);

  m.relations.push_back(Relation{RelationType::Support,
                                 {ElementKind::Argument, 0},
                                 {ElementKind::Statement, 0},
                                 {span(9, 3, 9, 4)}});
  m.relations.push_back(Relation{RelationType::Attack,
                                 {ElementKind::Statement, 1},
                                 {ElementKind::Statement, 0},
                                 {span(10, 3, 10, 4)}});
  m.tags.push_back(Tag{"tag1", ""});
  Source x;
  x.key = "X";
  x.author = "Ann";
  x.year = "2001";
  x.entry = map_of({{"author", Data::of("Ann")}, {"year", integer(2001)}});
  x.where = span(3, 3, 3, 4);
  m.sources.push_back(x);
  m.source_by_key["X"] = 0;
  return m;
}

SourceSet small_sources() {
  SourceSet sources;
  sources.add("m.argdown", kText);
  return sources;
}

TEST(JsonExport, HasArgdownsShapeWithArgmapsAdditions) {
  Json got = Json::parse(export_json(small_model(), small_sources()));
  // Inside elements, relations are Argdown's; the top-level list adds locations.
  Json support = Json::parse(R"({"type": "relation", "relationType": "support", "from": "A1",
      "fromType": "argument", "to": "S1", "toType": "equivalence-class"})");
  Json attack = Json::parse(R"({"type": "relation", "relationType": "attack", "from": "S2",
      "fromType": "equivalence-class", "to": "S1", "toType": "equivalence-class"})");
  Json located_support = support, located_attack = attack;
  located_support["locations"] =
      Json::parse(R"([{"startLine": 9, "startColumn": 3, "endLine": 9, "endColumn": 3}])");
  located_attack["locations"] =
      Json::parse(R"([{"startLine": 10, "startColumn": 3, "endLine": 10, "endColumn": 3}])");
  Json expected = Json::parse(R"({
    "arguments": {"A1": {"type": "argument", "title": "A1", "relations": [],
      "members": [{"type": "statement", "role": "argument-description", "title": "A1",
                   "text": "Arg one.", "startLine": 9, "startColumn": 5, "endLine": 9,
                   "endColumn": 17, "section": "s1"}],
      "pcs": [], "section": "s1", "description": "Arg one.", "isAutoTitle": false,
      "citations": []}},
    "statements": {
      "S1": {"type": "equivalence-class", "title": "S1", "relations": [],
        "members": [{"type": "statement", "role": "top-level-statement", "isTopLevel": true,
                     "title": "S1", "text": "Statement one", "tags": ["tag1"], "startLine": 8,
                     "startColumn": 1, "endLine": 8, "endColumn": 49,
                     "data": {"source": "X", "page": "3"}, "section": "s1"}],
        "tags": ["tag1"], "data": {"source": "X", "page": "3"}, "section": "s1",
        "isUsedAsTopLevelStatement": true, "isUsedAsIntermediaryConclusion": false,
        "isUsedAsMainConclusion": false, "isUsedAsPremise": false,
        "isUsedAsRelationStatement": false, "text": "Statement one", "isAutoTitle": false,
        "isEvidence": false,
        "citations": [{"key": "X", "page": "3", "declared": true, "startLine": 8,
                       "startColumn": 28, "endLine": 8, "endColumn": 48}]},
      "S2": {"type": "equivalence-class", "title": "S2", "relations": [],
        "members": [{"type": "statement", "role": "relation-statement", "title": "S2",
                     "text": "", "isReference": true, "startLine": 10, "startColumn": 5,
                     "endLine": 10, "endColumn": 8, "section": "s1"}],
        "section": "s1", "isUsedAsTopLevelStatement": false,
        "isUsedAsIntermediaryConclusion": false, "isUsedAsMainConclusion": false,
        "isUsedAsPremise": false, "isUsedAsRelationStatement": true, "text": "",
        "isAutoTitle": false, "isEvidence": false, "citations": []}},
    "relations": [],
    "sections": [{"type": "section", "id": "s1", "level": 1, "title": "Section A",
                  "children": [], "startLine": 6, "startColumn": 1, "endLine": 6,
                  "endColumn": 11}],
    "tags": {"tag1": {"tag": "tag1", "cssClass": "tag-tag1", "occurrenceIndex": 0}},
    "sources": {"X": {"key": "X", "author": "Ann", "year": "2001",
                      "entry": {"author": "Ann", "year": 2001}, "startLine": 3,
                      "startColumn": 3, "endLine": 3, "endColumn": 3}},
    "proponents": {}
  })");
  expected["arguments"]["A1"]["relations"] = Json::array({support});
  expected["statements"]["S1"]["relations"] = Json::array({support, attack});
  expected["statements"]["S2"]["relations"] = Json::array({attack});
  expected["relations"] = Json::array({located_support, located_attack});
  EXPECT_EQ(got, expected) << got.dump(2);
}

TEST(JsonExport, PremiseConclusionStructuresCarryArgumentTitlesAndInferences) {
  Model m;
  for (const char* t : {"P", "C"}) {
    Statement s;
    s.title = t;
    s.text = m.keep(std::string("text ") + t);
    m.statements.push_back(s);
  }
  m.statements[0].occurrences.push_back(
      occurrence(StatementRole::Premise, "text P", span(3, 5, 3, 15)));
  m.statements[1].occurrences.push_back(
      occurrence(StatementRole::MainConclusion, "text C", span(5, 5, 5, 15)));
  m.statements[0].occurrences[0].section = kNoId;
  m.statements[1].occurrences[0].section = kNoId;
  m.statements[0].used_as_premise = true;
  m.statements[1].used_as_main_conclusion = true;
  Argument a;
  a.title = "A";
  a.occurrences.push_back(occurrence(StatementRole::TopLevel, "", span(1, 1, 1, 4), true));
  a.occurrences[0].section = kNoId;
  Inference inference{{"modus ponens"}, map_of({{"x", integer(1)}}), span(4, 1, 4, 26)};
  a.pcs = {PcsStep{0, StatementRole::Premise, std::nullopt, span(3, 1, 3, 15)},
           PcsStep{1, StatementRole::MainConclusion, inference, span(5, 1, 5, 15)}};
  // The steps start at "(1)"; the occurrences at the text: matched by statement and line.
  m.statements[0].occurrences[0].where = span(3, 1, 3, 15);
  m.statements[1].occurrences[0].where = span(5, 1, 5, 15);
  a.pcs_where = span(3, 1, 5, 15);
  m.arguments.push_back(a);
  SourceSet sources;
  sources.add("m.argdown", "<A>\n\n(1) [P]: text P\n-- modus ponens {x: 1} --\n(2) [C]: text C\n");

  Json got = Json::parse(export_json(m, sources));
  Json conclusion = Json::parse(R"({"type": "statement", "role": "main-conclusion", "title": "C",
      "text": "text C", "startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 14,
      "argumentTitle": "A",
      "inference": {"type": "inference", "relations": [], "inferenceRules": ["modus ponens"],
                    "startLine": 4,
                    "startColumn": 1, "endLine": 4, "endColumn": 25, "data": {"x": 1},
                    "conclusionIndex": 1, "argumentTitle": "A"}})");
  Json premise = Json::parse(R"({"type": "statement", "role": "premise", "title": "P",
      "text": "text P", "startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 14,
      "argumentTitle": "A"})");
  EXPECT_EQ(got["arguments"]["A"]["pcs"], Json::array({premise, conclusion}));
  EXPECT_EQ(got["statements"]["C"]["members"], Json::array({conclusion}));
  EXPECT_EQ(got["statements"]["P"]["members"], Json::array({premise}));
  EXPECT_EQ(got["arguments"]["A"]["startLine"], 3);
  EXPECT_EQ(got["arguments"]["A"]["endColumn"], 14);
  EXPECT_EQ(got["statements"]["C"]["isUsedAsMainConclusion"], true);
}

TEST(JsonExport, NestsSectionsAndKeepsExtensions) {
  Model m;
  for (int i = 0; i < 3; ++i) {
    Section s;
    s.id = "s" + std::to_string(i + 1);
    s.title = "H" + std::to_string(i + 1);
    s.level = i == 2 ? 1 : i + 1;
    s.parent = i == 1 ? 0 : kNoId;
    s.where = span(i * 2 + 1, 1, i * 2 + 1, 5);
    m.sections.push_back(s);
  }
  Statement e;
  e.title = "Report";
  e.is_evidence = true;
  e.proponent = 0;
  e.citations.push_back(Citation{"Nope", kNoId, "", span(7, 10, 7, 14)});
  m.statements.push_back(e);
  m.proponents.push_back(Proponent{"NATO", "The Alliance", "#0000ff", true, span(2, 3, 2, 7)});
  m.tags.push_back(Tag{"Äpfel & Birnen", "#ff0000"});
  SourceSet sources;
  sources.add("m.argdown", "# H1\n\n## H2\n\n# H3\n\n");
  Json got = Json::parse(export_json(m, sources));
  EXPECT_EQ(got["sections"].size(), 2u);
  EXPECT_EQ(got["sections"][0]["id"], "s1");
  EXPECT_EQ(got["sections"][0]["children"][0]["id"], "s2");
  EXPECT_EQ(got["sections"][0]["children"][0]["parent"], "s1");
  EXPECT_EQ(got["sections"][1]["id"], "s3");
  EXPECT_EQ(got["statements"]["Report"]["isEvidence"], true);
  EXPECT_EQ(got["statements"]["Report"]["proponent"], "NATO");
  EXPECT_EQ(got["statements"]["Report"]["citations"][0]["declared"], false);
  EXPECT_EQ(got["proponents"]["NATO"],
            Json::parse(R"({"key": "NATO", "label": "The Alliance", "color": "#0000ff",
                            "declared": true, "startLine": 2, "startColumn": 3, "endLine": 2,
                            "endColumn": 6})"));
  EXPECT_EQ(got["tags"]["Äpfel & Birnen"]["cssClass"], "tag-aepfel--birnen");
  EXPECT_EQ(got["tags"]["Äpfel & Birnen"]["color"], "#ff0000");
}

TEST(JsonExport, AnEndAtALineBreakPointsAtTheLastCharacterBefore) {
  Model m;
  Statement s;
  s.title = "T";
  s.occurrences.push_back(occurrence(StatementRole::TopLevel, "x", span(1, 1, 2, 1)));
  s.occurrences[0].section = kNoId;
  m.statements.push_back(s);
  SourceSet sources;
  sources.add("m.argdown", "[T]: abc\n\n");
  Json got = Json::parse(export_json(m, sources));
  EXPECT_EQ(got["statements"]["T"]["members"][0]["endLine"], 1);
  EXPECT_EQ(got["statements"]["T"]["members"][0]["endColumn"], 8);
}

TEST(JsonExport, StreamsTheBytesDumpingTheWholeDocumentWouldGive) {
  Model m = small_model();
  m.statements[0].text = "bad \xFF byte";
  std::string first = export_json(m, small_sources());
  EXPECT_EQ(first, export_json(m, small_sources()));
  EXPECT_EQ(first, Json::parse(first).dump(2) + "\n");
  EXPECT_EQ(export_json(Model{}, SourceSet{}),
            "{\n  \"arguments\": {},\n  \"statements\": {},\n  \"relations\": [],\n  "
            "\"sections\": [],\n  \"tags\": {},\n  \"sources\": {},\n  \"proponents\": {}\n}\n");
  EXPECT_EQ(first.back(), '\n');
  EXPECT_EQ(Json::parse(first)["statements"]["S1"]["text"], "bad \xEF\xBF\xBD byte");
}

TEST(JsonExport, MarksLocationsInIncludedFiles) {
  Model m;
  Statement s;
  s.title = "T";
  s.occurrences.push_back(occurrence(StatementRole::TopLevel, "x", Location{1, 1, 1, 1, 4}));
  s.occurrences[0].section = kNoId;
  m.statements.push_back(s);
  SourceSet sources;
  sources.add("main.argdown", "@include(part.argdown)\n");
  sources.add("part.argdown", "[T]: x\n");
  Json member = Json::parse(export_json(m, sources))["statements"]["T"]["members"][0];
  EXPECT_EQ(member["file"], "part.argdown");
  EXPECT_EQ(member["endColumn"], 3);
}

// A large model exports whole (its speed is measured in bench/, not here).
TEST(JsonExport, FiftyThousandStatementsExportWhole) {
  Model m;
  const Id n = 50000;
  for (Id i = 0; i < n; ++i) {
    Statement s;
    s.title = m.keep("Statement " + std::to_string(i));
    s.text = m.keep("Some text for statement " + std::to_string(i) + " with a few words.");
    s.occurrences.push_back(occurrence(StatementRole::TopLevel, s.text, span(i + 1, 1, i + 1, 60)));
    s.occurrences[0].section = kNoId;
    m.statements.push_back(std::move(s));
    if (i > 0)
      m.relations.push_back(Relation{RelationType::Support,
                                     {ElementKind::Statement, i},
                                     {ElementKind::Statement, i / 2},
                                     {span(i + 1, 3, i + 1, 4)}});
  }
  SourceSet sources;
  sources.add("m.argdown", "");
  std::string json = export_json(m, sources);
  std::size_t classes = 0;
  for (std::size_t at = 0; (at = json.find("\"type\": \"equivalence-class\"", at)) != json.npos;
       ++at)
    ++classes;
  EXPECT_EQ(classes, n);
}

/// The fields of `object` named in `keys` (absent ones as null), to compare.
Json pick(const Json& object, std::initializer_list<const char*> keys) {
  Json out = Json::object();
  for (const char* key : keys) out[key] = object.contains(key) ? object[key] : Json();
  return out;
}

Json relations(const Json& list) {
  Json out = Json::array();
  for (const Json& r : list)
    out.push_back(pick(r, {"type", "relationType", "from", "fromType", "to", "toType"}));
  return out;
}

Json members(const Json& list) {
  Json out = Json::array();
  for (const Json& m : list) {
    Json one = pick(m, {"type", "role", "title", "isReference", "tags", "data", "section",
                        "argumentTitle", "startLine", "startColumn"});
    if (m.contains("inference"))
      one["inference"] =
          pick(m["inference"], {"type", "relations", "inferenceRules", "data", "conclusionIndex",
                                "argumentTitle", "startLine", "startColumn", "endLine"});
    out.push_back(one);
  }
  return out;
}

Json sections(const Json& list) {
  Json out = Json::array();
  for (const Json& s : list) {
    Json one =
        pick(s, {"type", "id", "level", "title", "parent", "tags", "startLine", "startColumn"});
    one["children"] = sections(s["children"]);
    out.push_back(one);
  }
  return out;
}

/// Every key `peer` uses (recursively, in objects of the same path) that `ours`
/// lacks, except the view-level ones argmap leaves out on purpose.
void missing_keys(const Json& peer, const Json& ours, const std::string& path,
                  std::set<std::string>& missing) {
  static const std::set<std::string> kLeftOut{"color", "fontColor", "ranges", "isTopLevel"};
  if (peer.is_object() && ours.is_object()) {
    for (const auto& [key, value] : peer.items()) {
      if (kLeftOut.count(key)) continue;
      if (!ours.contains(key))
        missing.insert(path + "." + key);
      else
        missing_keys(value, ours[key], path + "." + key, missing);
    }
  } else if (peer.is_array() && ours.is_array()) {
    for (std::size_t i = 0; i < std::min(peer.size(), ours.size()); ++i)
      missing_keys(peer[i], ours[i], path + "[]", missing);
  }
}

TEST(JsonExport, MatchesArgdownsOwnExportOfTheSameMap) {
  // shape.peer.json is what `argdown json` (Argdown CLI 1.7.5) wrote for shape.argdown.
  const std::string dir = ARGMAP_SOURCE_DIR "/tests/data/json_export/";
  std::ifstream in(dir + "shape.peer.json");
  Json peer = Json::parse(in);
  Diagnostics diagnostics;
  LoadedMap map = load_map_file(dir + "shape.argdown", diagnostics);
  ASSERT_FALSE(diagnostics.has_errors());
  Json ours = Json::parse(export_json(map.model, map.sources));

  std::vector<std::string> top;
  for (const auto& [key, value] : ours.items()) top.push_back(key);
  EXPECT_EQ(top, (std::vector<std::string>{"arguments", "statements", "relations", "sections",
                                           "tags", "sources", "proponents"}));
  EXPECT_EQ(relations(ours["relations"]), relations(peer["relations"]));
  EXPECT_EQ(sections(ours["sections"]), sections(peer["sections"]));
  for (const char* kind : {"statements", "arguments"}) {
    std::vector<std::string> ours_titles, peer_titles;
    for (const auto& [title, value] : ours[kind].items()) ours_titles.push_back(title);
    for (const auto& [title, value] : peer[kind].items()) peer_titles.push_back(title);
    ASSERT_EQ(ours_titles, peer_titles) << kind;
    for (const auto& [title, p] : peer[kind].items()) {
      const Json& o = ours[kind][title];
      EXPECT_EQ(relations(o["relations"]), relations(p["relations"])) << title;
      EXPECT_EQ(members(o["members"]), members(p["members"])) << title;
      if (p.contains("pcs")) {
        EXPECT_EQ(members(o["pcs"]), members(p["pcs"])) << title;
      }
      for (const char* key :
           {"type", "title", "tags", "data", "section", "startLine", "startColumn", "endLine",
            "isUsedAsTopLevelStatement", "isUsedAsIntermediaryConclusion", "isUsedAsMainConclusion",
            "isUsedAsPremise", "isUsedAsRelationStatement"})
        if (p.contains(key)) {
          EXPECT_EQ(o[key], p[key]) << title << "." << key;
        }
    }
  }
  for (const auto& [tag, p] : peer["tags"].items())
    EXPECT_EQ(pick(ours["tags"][tag], {"tag", "cssClass", "occurrenceIndex"}),
              pick(p, {"tag", "cssClass", "occurrenceIndex"}));
  std::set<std::string> missing;
  missing_keys(peer, ours, "", missing);
  EXPECT_EQ(missing, std::set<std::string>{}) << "Argdown fields argmap does not write";
}

}  // namespace
}  // namespace argmap
