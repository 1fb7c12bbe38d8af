#include "bibliography.h"

#include <gtest/gtest.h>

#include "element_info.h"
#include "report_fixtures.h"

namespace argmap {
namespace {

using testing_fixtures::ModelBuilder;

std::string dump(const Model& model, const std::vector<BibliographyEntry>& entries) {
  std::string out;
  for (const BibliographyEntry& e : entries) {
    out += e.source == kNoId ? e.key + " (undeclared)" : format_source(model.sources[e.source]);
    out += ":";
    for (const CitingElement& c : e.cited_by) {
      out += " " + display_name(model, c.element);
      if (!c.page.empty()) out += " " + format_page(c.page);
      out += ";";
    }
    out += "\n";
  }
  return out;
}

TEST(Bibliography, ListsSourcesInFrontmatterOrderWithCitingClaimsAndPages) {
  ModelBuilder b;
  b.source("roberts2008", "Roberts, G.", "2008", "Molotov: Stalin's Cold Warrior");
  b.source("unused", "Nobody", "", "Never cited");
  b.source("slany1986", "Slany, W.", "1986", "FRUS 1952-1954");
  auto veto = b.evidence("Veto record", "119 vetoes");
  auto letter = b.evidence("Letter", "Molotov wrote");
  auto claim = b.argument("Claim", "c");
  b.cite(letter, "slany1986", "1175");
  b.cite(veto, "roberts2008", "33");
  b.cite(letter, "roberts2008", "10-11");
  b.cite(claim, "roberts2008");
  EXPECT_EQ(dump(b.model, build_bibliography(b.model)),
            "Roberts, G. (2008). Molotov: Stalin's Cold Warrior.: [Veto record] p. 33; "
            "[Letter] pp. 10-11; <Claim>;\n"
            "Nobody. Never cited.:\n"
            "Slany, W. (1986). FRUS 1952-1954.: [Letter] p. 1175;\n");
}

TEST(Bibliography, UndeclaredKeysComeLastInFirstCitedOrder) {
  ModelBuilder b;
  b.source("known", "A", "2000", "T");
  auto x = b.statement("X", "x");
  auto y = b.statement("Y", "y");
  b.cite(x, "zeta");
  b.cite(y, "alpha", "4");
  b.cite(y, "zeta", "9");
  EXPECT_EQ(dump(b.model, build_bibliography(b.model)),
            "A (2000). T.:\n"
            "zeta (undeclared): [X]; [Y] p. 9;\n"
            "alpha (undeclared): [Y] p. 4;\n");
}

TEST(Bibliography, FormatsSourcesWithWhatIsKnown) {
  Source s;
  s.key = "tass";
  EXPECT_EQ(format_source(s), "tass");
  s.title = "Заявление ТАСС";
  EXPECT_EQ(format_source(s), "Заявление ТАСС.");
  s.author = "TASS";
  s.year = "1954";
  s.publisher = "Pravda";
  s.url = "https://example.org/tass";
  s.note = "In Russian";
  EXPECT_EQ(format_source(s),
            "TASS (1954). Заявление ТАСС. Pravda. https://example.org/tass In Russian.");
  s.author.clear();
  s.title = "Ends with a question?";
  EXPECT_EQ(format_source(s),
            "(1954). Ends with a question? Pravda. https://example.org/tass In Russian.");
}

TEST(Bibliography, FormatsPages) {
  EXPECT_EQ(format_page(""), "");
  EXPECT_EQ(format_page("33"), "p. 33");
  EXPECT_EQ(format_page("10-11"), "pp. 10-11");
  EXPECT_EQ(format_page("10\u201311"), "pp. 10\u201311");
  EXPECT_EQ(format_page("3, 7"), "pp. 3, 7");
  EXPECT_EQ(format_page("pp. 4f"), "pp. 4f");
}

}  // namespace
}  // namespace argmap

namespace argmap {
namespace {

TEST(Bibliography, FormatsCitationsWithThePageAfterTheTitle) {
  testing_fixtures::ModelBuilder b;
  b.source("roberts", "Roberts, G.", "2008", "A Chance for Peace?");
  b.source("anon", "", "", "");
  b.source("untitled", "NATO", "1954", "");
  b.model.sources[0].publisher = "CWIHP";
  b.model.sources[0].note = "Working paper.";
  EXPECT_EQ(format_citation(b.model, {"roberts", 0, "32-33", {}}),
            "Roberts, G. (2008). A Chance for Peace?, pp. 32-33. CWIHP. Working paper.");
  EXPECT_EQ(format_citation(b.model, {"roberts", 0, "", {}}),
            "Roberts, G. (2008). A Chance for Peace? CWIHP. Working paper.");
  EXPECT_EQ(format_citation(b.model, {"anon", 1, "4", {}}), "anon, p. 4.");
  EXPECT_EQ(format_citation(b.model, {"untitled", 2, "10", {}}), "NATO (1954), p. 10.");
  EXPECT_EQ(format_citation(b.model, {"missing", kNoId, "7", {}}),
            "missing (not in the sources), p. 7");
}

}  // namespace
}  // namespace argmap
