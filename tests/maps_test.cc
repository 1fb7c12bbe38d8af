// The bundled maps: the Molotov reference map keeps the structure of Marias's
// paper (issue 4), and every map in maps/ loads and checks clean.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "checks.h"
#include "frontend.h"
#include "model.h"
#include "renderer.h"
#include "view.h"

namespace argmap {
namespace {

struct Checked {
  LoadedMap map;
  Diagnostics diagnostics;
};

/// Loads a map from maps/ and runs every check on it.
Checked load_and_check(const std::string& name) {
  Checked c;
  c.map = load_map_file(std::string(ARGMAP_SOURCE_DIR) + "/maps/" + name, c.diagnostics);
  check_model(c.map.model, c.diagnostics);
  return c;
}

/// The Molotov map, loaded once for all its tests.
const Checked& molotov() {
  static const Checked c = load_and_check("molotov-1954.argdown");
  return c;
}

/// "file:line:col: warning: message [code]" for each diagnostic of `severity` or worse.
std::string describe(const Checked& c, Severity severity) {
  std::ostringstream out;
  for (const Diagnostic& d : c.diagnostics.items()) {
    if (d.severity < severity) continue;
    const auto& files = c.map.sources.files;
    out << (d.where.file < files.size() ? files[d.where.file].path() : "?") << ':' << d.where.line
        << ':' << d.where.column << ": " << (d.severity == Severity::Error ? "error" : "warning")
        << ": " << d.message << " [" << d.code << "]\n";
  }
  return out.str();
}

/// The statement titled `title` (a test failure and an invalid ref when absent).
ElementRef statement(const Model& m, std::string_view title) {
  if (auto id = m.find_statement(title)) return {ElementKind::Statement, *id};
  ADD_FAILURE() << "no statement [" << title << "]";
  return {};
}

/// The argument titled `title` (a test failure and an invalid ref when absent).
ElementRef argument(const Model& m, std::string_view title) {
  if (auto id = m.find_argument(title)) return {ElementKind::Argument, *id};
  ADD_FAILURE() << "no argument <" << title << ">";
  return {};
}

/// The main conclusion of a reconstructed argument: where Argdown moves the
/// argument's outgoing relations.
ElementRef conclusion(const Model& m, std::string_view title) {
  ElementRef a = argument(m, title);
  if (!a.valid()) return {};
  Id c = m.arguments[a.id].main_conclusion();
  if (c == kNoId) ADD_FAILURE() << "<" << title << "> has no premise-conclusion structure";
  return {ElementKind::Statement, c};
}

bool related(const Model& m, RelationType type, ElementRef from, ElementRef to) {
  if (!from.valid() || !to.valid()) return false;
  return std::any_of(m.relations.begin(), m.relations.end(), [&](const Relation& r) {
    return r.type == type && r.from == from && r.to == to;
  });
}

std::string proponent_of(const Model& m, ElementRef e) {
  if (!e.valid()) return "";
  Id p =
      e.kind == ElementKind::Statement ? m.statements[e.id].proponent : m.arguments[e.id].proponent;
  return p == kNoId ? "" : m.proponents[p].key;
}

/// The map drawn in `format` with the default view (nullopt with diagnostics on failure).
std::optional<std::string> draw(const Model& model, Format format, Diagnostics& diagnostics) {
  View view = build_view(model, {}, diagnostics);
  return render(view, {format, std::nullopt}, diagnostics);
}

/// Graphviz writes '-' in SVG ids as "&#45;"; the ids are the titles' slugs.
std::string unescape_hyphens(std::string svg) {
  for (auto at = svg.find("&#45;"); at != std::string::npos; at = svg.find("&#45;", at + 1))
    svg.replace(at, 5, "-");
  return svg;
}

/// Whitespace runs collapsed to one space: the paper breaks quotations over pages.
std::string squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    bool is_space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

/// The quotations in `text`: between pairs of ASCII double quotes, and between
/// the typographic quotes the paper also uses (an unclosed one is skipped).
std::vector<std::string> quotations(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t open = text.find('"'); open != std::string_view::npos;) {
    std::size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) break;
    out.emplace_back(text.substr(open + 1, close - open - 1));
    open = text.find('"', close + 1);
  }
  const std::string_view left = "\u201c", right = "\u201d";
  for (std::size_t open = text.find(left); open != std::string_view::npos;
       open = text.find(left, open + 1)) {
    std::size_t close = text.find(right, open);
    if (close != std::string_view::npos)
      out.emplace_back(text.substr(open + left.size(), close - open - left.size()));
  }
  return out;
}

TEST(MolotovMap, ChecksCleanWithoutWarnings) {
  const Checked& c = molotov();
  EXPECT_EQ(c.diagnostics.count(Severity::Error), 0u) << describe(c, Severity::Error);
  EXPECT_EQ(c.diagnostics.count(Severity::Warning), 0u) << describe(c, Severity::Warning);
}

TEST(MolotovMap, CountsStayAboveFloors) {
  const Model& m = molotov().map.model;
  EXPECT_GE(m.statements.size() + m.arguments.size(), 60u);
  EXPECT_GE(m.relations.size(), 70u);
  EXPECT_GE(m.sources.size(), 25u);
  EXPECT_GE(std::count_if(m.statements.begin(), m.statements.end(),
                          [](const Statement& s) { return s.is_evidence; }),
            35);
}

TEST(MolotovMap, SectionsFollowThePaper) {
  const Model& m = molotov().map.model;
  std::vector<std::string> top;
  for (const Section& s : m.sections)
    if (s.parent == kNoId) top.push_back(s.title);
  EXPECT_EQ(top, (std::vector<std::string>{
                     "Abstract",
                     "Introduction",
                     "Purpose of the Study and Methodology",
                     "Ukraine in the center of Transatlantic - Russian geopolitical interests",
                     "Molotov's Proposals for a new Security Regime in Europe",
                     "Molotov's Proposal for USSR entry into NATO and the reaction of the Alliance",
                     "Reasons for Rejection",
                     "Conclusion",
                 }));
}

TEST(MolotovMap, ThesisAndCounterfactualAreTheAuthors) {
  const Model& m = molotov().map.model;
  ElementRef thesis = statement(m, "Missed opportunity");
  ElementRef counterfactual = statement(m, "Counterfactual");
  EXPECT_EQ(proponent_of(m, thesis), "Marias");
  EXPECT_EQ(proponent_of(m, counterfactual), "Marias");
  EXPECT_TRUE(related(m, RelationType::Support, thesis, counterfactual));
  EXPECT_TRUE(related(m, RelationType::Support, statement(m, "Continuity of Moscow wish to join"),
                      counterfactual));
  EXPECT_TRUE(
      related(m, RelationType::Support, statement(m, "Cold War blocs came back"), counterfactual));
  EXPECT_TRUE(related(m, RelationType::Support, statement(m, "Serious proposition"), thesis));
}

TEST(MolotovMap, TheThreeProposalsAreSoviet) {
  const Model& m = molotov().map.model;
  EXPECT_EQ(proponent_of(m, statement(m, "Pan-European security conference proposal")), "Molotov");
  EXPECT_EQ(proponent_of(m, statement(m, "Collective security agreement proposal")), "Molotov");
  ElementRef entry = statement(m, "USSR entry into NATO proposal");
  EXPECT_EQ(proponent_of(m, entry), "USSR");
  EXPECT_TRUE(
      related(m, RelationType::Support, statement(m, "Soviet note of 1 April 1954"), entry));
  EXPECT_TRUE(
      related(m, RelationType::Support, statement(m, "Examine-jointly formulation"), entry));
  // The note's argument: with every big power inside, NATO would be defensive.
  EXPECT_TRUE(related(m, RelationType::Support, conclusion(m, "Soviet note argument"), entry));
  EXPECT_TRUE(related(m, RelationType::Attack, statement(m, "West saw a covert penetration"),
                      statement(m, "Collective security agreement proposal")));
}

TEST(MolotovMap, NatoRejectsTheEntryAsUnreal) {
  const Model& m = molotov().map.model;
  ElementRef unreal = statement(m, "Proposal is unreal");
  EXPECT_EQ(proponent_of(m, unreal), "Tripartite");
  EXPECT_TRUE(
      related(m, RelationType::Attack, unreal, statement(m, "USSR entry into NATO proposal")));
  for (const char* objection : {"Principles argument", "Aggressor argument", "Veto concern"})
    EXPECT_TRUE(related(m, RelationType::Support, conclusion(m, objection), unreal)) << objection;
  EXPECT_TRUE(related(m, RelationType::Attack, conclusion(m, "Propaganda charge"),
                      statement(m, "USSR entry into NATO proposal")));
  EXPECT_EQ(proponent_of(m, argument(m, "Propaganda charge")), "NATO");
  EXPECT_EQ(proponent_of(m, statement(m, "Purpose to divide NATO and delay the EDC")), "US");
}

TEST(MolotovMap, VetoConcernIsReconstructed) {
  const Model& m = molotov().map.model;
  ElementRef veto = argument(m, "Veto concern");
  ASSERT_TRUE(veto.valid());
  const Argument& a = m.arguments[veto.id];
  EXPECT_EQ(proponent_of(m, veto), "Tripartite");
  ASSERT_FALSE(a.pcs.empty());
  EXPECT_EQ(m.statements[a.pcs.front().statement].title, "NATO decides unanimously");
  EXPECT_EQ(a.pcs.front().role, StatementRole::Premise);
  EXPECT_EQ(m.statements[a.main_conclusion()].title, "Veto bars Soviet entry");
  EXPECT_GE(std::count_if(a.pcs.begin(), a.pcs.end(),
                          [](const PcsStep& s) { return s.inference.has_value(); }),
            2);
}

TEST(MolotovMap, DenmarkItalyAndTheVetoRecordSupportTheVetoConcern) {
  const Model& m = molotov().map.model;
  ElementRef veto = argument(m, "Veto concern");
  for (const char* title : {"Denmark statement", "Italy statement", "119 Soviet vetoes"})
    EXPECT_TRUE(related(m, RelationType::Support, statement(m, title), veto)) << title;
  EXPECT_EQ(proponent_of(m, statement(m, "Denmark statement")), "Denmark");
  EXPECT_EQ(proponent_of(m, statement(m, "Italy statement")), "Italy");
}

TEST(MolotovMap, AuthorConcedesTheVetoConcernHasAStrongBasis) {
  const Model& m = molotov().map.model;
  ElementRef concession = statement(m, "Veto concern has a strong basis");
  EXPECT_EQ(proponent_of(m, concession), "Marias");
  EXPECT_TRUE(related(m, RelationType::Support, concession, argument(m, "Veto concern")));
  EXPECT_TRUE(related(m, RelationType::Support, statement(m, "119 Soviet vetoes"), concession));
}

TEST(MolotovMap, PresumptuousRebuttalAttacksNatosArguments) {
  const Model& m = molotov().map.model;
  ElementRef rebuttal = argument(m, "Presumptuous rebuttal");
  ASSERT_TRUE(rebuttal.valid());
  EXPECT_EQ(proponent_of(m, rebuttal), "Marias");
  const Argument& a = m.arguments[rebuttal.id];
  ASSERT_EQ(a.pcs.size(), 3u);
  EXPECT_EQ(m.statements[a.pcs[0].statement].title, "West wanted no second UN");
  EXPECT_EQ(m.statements[a.pcs[1].statement].title, "West wanted NATO as a military organisation");
  EXPECT_TRUE(a.pcs[2].inference.has_value());
  ElementRef presumptuous = conclusion(m, "Presumptuous rebuttal");
  for (const char* target :
       {"Veto concern", "Propaganda charge", "Aggressor argument", "Principles argument"})
    EXPECT_TRUE(related(m, RelationType::Attack, presumptuous, argument(m, target))) << target;
  // The consequence: the Warsaw Pact and the arms race.
  EXPECT_TRUE(related(m, RelationType::Support,
                      statement(m, "West wanted NATO as a military organisation"),
                      statement(m, "Warsaw Pact as response")));
  EXPECT_TRUE(related(m, RelationType::Support, statement(m, "Warsaw Pact as response"),
                      statement(m, "Arms race until 1991")));
}

TEST(MolotovMap, AggressorArgumentIsAttackedAndUndercut) {
  const Model& m = molotov().map.model;
  EXPECT_TRUE(related(m, RelationType::Attack, statement(m, "US settled Germany unilaterally"),
                      statement(m, "USSR is an aggressor")));
  EXPECT_TRUE(related(m, RelationType::Undercut, statement(m, "All big powers make NATO defensive"),
                      argument(m, "Aggressor argument")));
  EXPECT_TRUE(related(m, RelationType::Attack, statement(m, "Serious proposition"),
                      statement(m, "Soviet proposal is propaganda")));
}

TEST(MolotovMap, ThreeReasonsForRejection) {
  const Model& m = molotov().map.model;
  ElementRef rejected = statement(m, "Proposals rejected");
  for (const char* reason : {"Wrong timing", "Utopia of the proposals", "Inter-party dispute"}) {
    EXPECT_TRUE(related(m, RelationType::Support, argument(m, reason), rejected)) << reason;
    EXPECT_EQ(proponent_of(m, argument(m, reason)), "Marias") << reason;
  }
  ElementRef utopia = argument(m, "Utopia of the proposals");
  EXPECT_TRUE(related(m, RelationType::Support, argument(m, "French interests"), utopia));
  EXPECT_TRUE(related(m, RelationType::Support, conclusion(m, "Change of NATO character"), utopia));
  EXPECT_TRUE(related(m, RelationType::Support, argument(m, "Western suspicion"), utopia));
  EXPECT_TRUE(related(m, RelationType::Support, statement(m, "Berlin agenda"),
                      statement(m, "German question most important")));
  EXPECT_TRUE(related(m, RelationType::Support, rejected, statement(m, "Missed opportunity")));
}

TEST(MolotovMap, EveryCitationNamesADeclaredSource) {
  const Model& m = molotov().map.model;
  auto check = [&](const std::string& title, const std::vector<Citation>& citations) {
    for (const Citation& c : citations) {
      ASSERT_NE(c.source, kNoId) << title << " cites unknown " << c.key;
      EXPECT_EQ(m.sources[c.source].key, c.key) << title;
    }
  };
  for (const Statement& s : m.statements) {
    if (s.is_evidence) {
      EXPECT_FALSE(s.citations.empty()) << "evidence [" << s.title << "]";
    }
    check(std::string(s.title), s.citations);
  }
  for (const Argument& a : m.arguments) check(std::string(a.title), a.citations);
}

TEST(MolotovMap, EvidenceCitesThePagesThePaperGives) {
  const Model& m = molotov().map.model;
  struct Expected {
    const char* statement;
    const char* key;
    const char* page;
  };
  for (const Expected& e : {Expected{"Serious proposition", "Roberts2008", "33"},
                            Expected{"Roberts on earlier Soviet bids", "Roberts2008", "32-33"},
                            Expected{"Soviet German plan", "Roberts2008", "1"},
                            Expected{"Berlin agenda", "Slany1986", "1175"},
                            Expected{"Denmark statement", "NATOc1954", "10-11"},
                            Expected{"Italy statement", "NATOc1954", "10-11"},
                            Expected{"Davydov on Russia as partner", "Davydov2000", "5"},
                            Expected{"Stalin note of 1952", "Ruggenthaler2011", "172"},
                            Expected{"Conference proposed at Berlin", "Bahr2006", "23"},
                            Expected{"US and China as observers", "CVCE2016", "2"}}) {
    ElementRef s = statement(m, e.statement);
    if (!s.valid()) continue;
    const Statement& st = m.statements[s.id];
    EXPECT_TRUE(st.is_evidence) << e.statement;
    ASSERT_EQ(st.citations.size(), 1u) << e.statement;
    EXPECT_EQ(st.citations[0].key, e.key) << e.statement;
    EXPECT_EQ(st.citations[0].page, e.page) << e.statement;
  }
}

TEST(MolotovMap, EveryElementHasADeclaredProponent) {
  const Model& m = molotov().map.model;
  for (const Statement& s : m.statements) {
    ASSERT_NE(s.proponent, kNoId) << "[" << s.title << "]";
    EXPECT_TRUE(m.proponents[s.proponent].declared) << "[" << s.title << "]";
  }
  for (const Argument& a : m.arguments) {
    ASSERT_NE(a.proponent, kNoId) << "<" << a.title << ">";
    EXPECT_TRUE(m.proponents[a.proponent].declared) << "<" << a.title << ">";
  }
  auto tripartite = m.proponent_by_key.find("Tripartite");
  ASSERT_NE(tripartite, m.proponent_by_key.end());
  EXPECT_EQ(m.proponents[tripartite->second].label, "US, France and UK (tripartite reply)");
}

TEST(MolotovMap, BibliographyIsCompleteWithItsDiscrepanciesNoted) {
  const Model& m = molotov().map.model;
  for (const char* key : {"Marias",          "Adushkin2001",    "Bahr2006",          "Davydov2000",
                          "Mearsheimer2014", "Roberts2008",     "Ruggenthaler2011",  "Slany1986",
                          "Rankin2021",      "Salisbury1953",   "Sanger2021",        "Kremlin2022",
                          "CPSU1953",        "UN2022",          "StateDept2021",     "AVPRF1954",
                          "UNNews2022",      "PermMission2021", "GlobalPolicyForum", "NATOc1954",
                          "AP1954",          "CVCE2016",        "NATOa1954",         "NATOb1954",
                          "LaLiberte1954",   "TASS2021"})
    EXPECT_TRUE(m.source_by_key.count(key)) << key;
  auto source = [&](const char* key) -> const Source& {
    static const Source none;
    auto it = m.source_by_key.find(key);
    return it == m.source_by_key.end() ? none : m.sources[it->second];
  };
  // The Russian entry keeps its Cyrillic title; the paper's Latin "TACC" is noted.
  EXPECT_EQ(source("TASS2021").title,
            "\u0420\u043e\u0441\u0441\u0438\u044f \u043f\u0440\u0438\u043e\u0441\u0442\u0430"
            "\u043d\u0430\u0432\u043b\u0438\u0432\u0430\u0435\u0442 \u0440\u0430\u0431\u043e"
            "\u0442\u0443 \u043f\u043e\u0441\u0442\u043f\u0440\u0435\u0434\u0441\u0442\u0432"
            "\u0430 \u043f\u0440\u0438 \u041d\u0410\u0422\u041e");
  EXPECT_NE(source("TASS2021").note.find("TACC"), std::string::npos);
  EXPECT_NE(source("GlobalPolicyForum").note.find("Global Security Forum"), std::string::npos);
  EXPECT_NE(source("NATOc1954").note.find("NATOC"), std::string::npos);
  EXPECT_NE(source("NATOa1954").note.find("NATOa"), std::string::npos);
  EXPECT_NE(source("NATOb1954").note.find("NATOb"), std::string::npos);
  EXPECT_NE(source("AVPRF1954").note.find("24 March"), std::string::npos);
  EXPECT_NE(source("AVPRF1954").note.find("26 March"), std::string::npos);
  EXPECT_EQ(source("Sanger2021").url,
            "https://www.nytimes.com/2021/06/16/world/europe/biden-putin-geneva-meeting.html");
  ElementRef note = statement(m, "Soviet note of 1 April 1954");
  ASSERT_TRUE(note.valid());
  const Data* discrepancy = m.statements[note.id].data.find("note");
  ASSERT_NE(discrepancy, nullptr);
  EXPECT_NE(discrepancy->text().find("31 March"), std::string::npos);
}

TEST(MolotovMap, QuotationsAreVerbatim) {
  std::ifstream in(std::string(ARGMAP_SHARED_DIR) + "/seed/000_0000b27c35fc6f9e.txt",
                   std::ios::binary);
  if (!in) GTEST_SKIP() << "the seed paper is not at " ARGMAP_SHARED_DIR "/seed/";
  std::ostringstream text;
  text << in.rdbuf();
  const std::string paper = squeeze(text.str());
  const Model& m = molotov().map.model;
  int checked = 0;
  auto check = [&](const std::string& title, std::string_view text) {
    for (const std::string& q : quotations(text)) {
      EXPECT_NE(paper.find(squeeze(q)), std::string::npos) << title << ": \"" << q << "\"";
      ++checked;
    }
  };
  for (const Statement& s : m.statements) check(std::string(s.title), s.text);
  for (const Argument& a : m.arguments) check(std::string(a.title), a.description);
  EXPECT_GE(checked, 15);
  // Statements that render the paper's words without quotation marks.
  for (const char* words :
       {"Denmark stressed that USSR continuous veto had paralyzed the work of the UN Security "
        "Council",
        "the unanimity rule followed by NATO would put the USSR in the easy position of being able "
        "to prevent any work being done by NATO by abuse of their right of veto, as they were "
        "already doing in UN",
        "A serious proposition, one designed to make collective security more palatable to the "
        "West and to open up the possibility of negotiations that would lead to a pan-European "
        "d\u00e9tente"}) {
    EXPECT_NE(paper.find(words), std::string::npos) << words;
    EXPECT_TRUE(std::any_of(m.statements.begin(), m.statements.end(), [&](const Statement& s) {
      return s.text.find(words) != std::string_view::npos;
    })) << words;
  }
}

TEST(MolotovMap, RendersToSvgPngAndPdf) {
  const Model& m = molotov().map.model;
  Diagnostics diagnostics;
  std::optional<std::string> svg = draw(m, Format::Svg, diagnostics);
  ASSERT_TRUE(svg.has_value()) << diagnostics.items().size() << " diagnostics";
  const std::string ids = unescape_hyphens(*svg);
  // Stable titles become stable ids: the handout and the README point at them.
  for (const char* id :
       {"id=\"missed-opportunity\"", "id=\"veto-concern\"", "id=\"presumptuous-rebuttal\"",
        "id=\"propaganda-charge\"", "id=\"ussr-entry-into-nato-proposal\"",
        "id=\"denmark-statement--support--veto-concern\"",
        "id=\"nato-arguments-were-presumptuous--attack--veto-concern\"",
        "id=\"section-reasons-for-rejection\""})
    EXPECT_NE(ids.find(id), std::string::npos) << id;
  // The paper's typographic quotation marks survive into the drawing.
  EXPECT_NE(svg->find("\u201ccame back\u201d"), std::string::npos);

  std::optional<std::string> png = draw(m, Format::Png, diagnostics);
  ASSERT_TRUE(png.has_value());
  EXPECT_EQ(png->substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  std::optional<std::string> pdf = draw(m, Format::Pdf, diagnostics);
  ASSERT_TRUE(pdf.has_value());
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(BundledMaps, TutorialAndExampleCheckClean) {
  for (const char* name : {"tutorial.argdown", "example.argdown"}) {
    Checked c = load_and_check(name);
    EXPECT_EQ(c.diagnostics.count(Severity::Error), 0u) << name << '\n'
                                                        << describe(c, Severity::Error);
    EXPECT_EQ(c.diagnostics.count(Severity::Warning), 0u) << name << '\n'
                                                          << describe(c, Severity::Warning);
    EXPECT_FALSE(c.map.model.statements.empty()) << name;
    std::optional<std::string> svg = draw(c.map.model, Format::Svg, c.diagnostics);
    ASSERT_TRUE(svg.has_value()) << name;
    EXPECT_NE(svg->find("<svg"), std::string::npos) << name;
  }
}

TEST(BundledMaps, TutorialShowsEveryConstruct) {
  Checked c = load_and_check("tutorial.argdown");
  const Model& m = c.map.model;
  // The starter map comes in through the include.
  EXPECT_EQ(c.map.sources.files.size(), 2u);
  EXPECT_TRUE(m.find_statement("Examine the offer").has_value());
  for (RelationType type : {RelationType::Support, RelationType::Attack, RelationType::Undercut,
                            RelationType::Contradiction})
    EXPECT_TRUE(std::any_of(m.relations.begin(), m.relations.end(), [&](const Relation& r) {
      return r.type == type;
    })) << static_cast<int>(type);
  EXPECT_TRUE(std::any_of(m.statements.begin(), m.statements.end(),
                          [](const Statement& s) { return s.auto_title; }));
  std::vector<std::string> tags;
  for (const Tag& t : m.tags) tags.push_back(t.name);
  EXPECT_EQ(tags, (std::vector<std::string>{"thesis", "Cold War"}));
  EXPECT_TRUE(std::any_of(m.sections.begin(), m.sections.end(),
                          [](const Section& s) { return s.parent != kNoId; }));

  ElementRef veto = argument(m, "Veto concern");
  ASSERT_TRUE(veto.valid());
  const Argument& a = m.arguments[veto.id];
  ASSERT_EQ(a.pcs.size(), 5u);
  EXPECT_EQ(a.pcs[2].role, StatementRole::IntermediateConclusion);
  ASSERT_TRUE(a.pcs[2].inference.has_value());
  EXPECT_EQ(a.pcs[2].inference->rules, std::vector<std::string>{"modus ponens"});
  EXPECT_EQ(a.pcs[4].role, StatementRole::MainConclusion);

  ElementRef offer = statement(m, "Soviet offer of 1954");
  ASSERT_TRUE(offer.valid());
  EXPECT_TRUE(m.statements[offer.id].is_evidence);
  ASSERT_EQ(m.statements[offer.id].citations.size(), 2u);
  EXPECT_EQ(m.statements[offer.id].citations[0].key, "Roberts2008");
  EXPECT_EQ(m.statements[offer.id].citations[1].key, "AP1954");
  ElementRef note = statement(m, "Soviet note");
  ASSERT_TRUE(note.valid());
  ASSERT_EQ(m.statements[note.id].citations.size(), 1u);
  EXPECT_EQ(m.statements[note.id].citations[0].page, "2-5");
  auto author = m.proponent_by_key.find("Author");
  ASSERT_NE(author, m.proponent_by_key.end());
  EXPECT_EQ(m.proponents[author->second].color, "#4d4d4d");
}

}  // namespace
}  // namespace argmap
