// Compatibility with Argdown: every file of Argdown's own corpus against what the
// Argdown CLI 1.7.5 exports for it (tests/data/argdown, made by
// scripts/make-argdown-expectations.sh). The corpus is read from the shared folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "frontend.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCorpus = ARGMAP_SHARED_DIR "/corpus/argdown";
const fs::path kExpectations = ARGMAP_SOURCE_DIR "/tests/data/argdown";

constexpr const char* kPartialIncludesItself =
    "Argdown 1.7.5 includes the starting file once more when an @include leads back to it";

constexpr const char* kRegroup =
    "Argdown 1.7.5 applies group.regroup to the model's sections; argmap keeps the headings";

/// Cases skipped on purpose: "file/Test" -> why. Each is listed in COMPAT_REPORT.md:
/// either a documented difference (argmap fixes a bug of Argdown's) or a front-end
/// bug that the language helper is fixing.
const std::map<std::string, std::string> kKnownDifferences = {
    // Argdown's IncludePlugin does not count the file it starts from as included, so
    // a partial that includes itself through another is read twice; argmap's
    // include guard counts it (include-repeated warning).
    {"cli-test/_partial1.argdown/StatementTitlesInOrder", kPartialIncludesItself},
    {"cli-test/_partial1.argdown/TextsAndTags", kPartialIncludesItself},
    {"cli-test/_partial1.argdown/ElementSections", kPartialIncludesItself},
    {"cli-test/_partial2.argdown/StatementTitlesInOrder", kPartialIncludesItself},
    {"cli-test/_partial2.argdown/TextsAndTags", kPartialIncludesItself},
    {"cli-test/_partial2.argdown/ElementSections", kPartialIncludesItself},
    // Argdown's RegroupPlugin replaces the heading sections by frontmatter
    // `group.regroup`; argmap keeps the headings (docs/language.md).
    {"examples/greenspan-schefczyk_hardwrap.argdown/Sections", kRegroup},
    {"examples/greenspan-schefczyk_hardwrap.argdown/ElementSections", kRegroup},
    // Front-end bugs being fixed (COMPAT_REPORT.md, "Open mismatches").
};

/// Errors argmap reports where the mistake is rather than where Argdown's parser
/// noticed it: {file, line Argdown reports} -> line argmap reports. Each is listed
/// in COMPAT_REPORT.md.
const std::map<std::pair<std::string, std::uint32_t>, std::uint32_t> kBetterLines = {
    // `--` on line 3 is the unclosed inference; Argdown complains at the end of line 4.
    {{"inline/parser-L133.argdown", 4}, 3},
    // Lines 3 and 4 are inside the nested list that starts on line 2, line 9 follows
    // the nested list of line 7: Argdown's error recovery reports each again.
    {{"core-test/lexer-lists.argdown", 3}, 2},
    {{"core-test/lexer-lists.argdown", 4}, 2},
    {{"core-test/lexer-lists.argdown", 9}, 7},
    // The inference on line 18 has no conclusion; Argdown complains about the text after it.
    {{"misc/argvu-demo.argdown", 19}, 18},
};

/// The line argmap should report for an error Argdown reports on `line`.
std::uint32_t expected_line(const std::string& file, std::uint32_t line) {
  auto it = kBetterLines.find({file, line});
  return it == kBetterLines.end() ? line : it->second;
}

/// A corpus file with the peer's verdict on it.
struct Case {
  std::string file;  ///< relative to the corpus, e.g. "core-test/intro.argdown"
  json expected;
};

void PrintTo(const Case& c, std::ostream* out) {
  *out << c.file;
}

std::string str(const json& j) {
  return j.get<std::string>();
}
std::vector<std::string> strings(const json& j) {
  return j.get<std::vector<std::string>>();
}

std::vector<Case> load_cases(bool want_accepted) {
  std::vector<Case> cases;
  if (!fs::is_directory(kExpectations)) return cases;
  for (const auto& entry : fs::recursive_directory_iterator(kExpectations)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    json j = json::parse(in);
    if (j.at("accepted").get<bool>() == want_accepted)
      cases.push_back({str(j.at("file")), std::move(j)});
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.file < b.file; });
  return cases;
}

std::string case_name(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.file;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

/// The model argmap builds for a corpus file, with its diagnostics.
struct Loaded {
  LoadedMap map;
  Diagnostics diagnostics;
};

Loaded load(const std::string& file) {
  Loaded loaded;
  loaded.map = load_map_file((kCorpus / file).string(), loaded.diagnostics);
  return loaded;
}

std::string describe(const Diagnostics& diagnostics) {
  std::ostringstream out;
  for (const auto& d : diagnostics.items())
    out << "  " << d.where.line << ':' << d.where.column << ": "
        << (d.severity == Severity::Error     ? "error"
            : d.severity == Severity::Warning ? "warning"
                                              : "note")
        << ": " << d.message << " [" << d.code << "]\n";
  return out.str();
}

/// "" when equal; otherwise what differs, peer first (both lists in order).
std::string compare_lists(const std::vector<std::string>& peer,
                          const std::vector<std::string>& ours) {
  if (peer == ours) return "";
  std::ostringstream out;
  std::set<std::string> peer_set(peer.begin(), peer.end()), our_set(ours.begin(), ours.end());
  for (const auto& p : peer)
    if (!our_set.count(p)) out << "  only the peer has: " << p << '\n';
  for (const auto& o : ours)
    if (!peer_set.count(o)) out << "  only argmap has:   " << o << '\n';
  if (out.str().empty()) {
    std::size_t i = 0;
    while (i < peer.size() && i < ours.size() && peer[i] == ours[i]) ++i;
    out << "  same elements, different order or count; first difference at #" << i << ": peer "
        << (i < peer.size() ? peer[i] : "(end)") << ", argmap "
        << (i < ours.size() ? ours[i] : "(end)") << '\n';
  }
  return out.str();
}

std::string compare_sets(std::vector<std::string> peer, std::vector<std::string> ours) {
  std::sort(peer.begin(), peer.end());
  peer.erase(std::unique(peer.begin(), peer.end()), peer.end());
  std::sort(ours.begin(), ours.end());
  ours.erase(std::unique(ours.begin(), ours.end()), ours.end());
  return compare_lists(peer, ours);
}

/// Whitespace runs collapsed and ends trimmed: Argdown keeps stray spaces left by
/// removed markup ("text **bold** " -> "text bold "), which are not content.
std::string normalize_space(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string str_or_empty(const json& j) {
  return j.is_string() ? j.get<std::string>() : "";
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string relation_type_name(RelationType type) {
  switch (type) {
    case RelationType::Support:
      return "support";
    case RelationType::Attack:
      return "attack";
    case RelationType::Undercut:
      return "undercut";
    case RelationType::Contradiction:
      return "contradictory";
    case RelationType::Entails:
      return "entails";
    case RelationType::Contrary:
      return "contrary";
  }
  return "?";
}

std::string role_name(StatementRole role) {
  switch (role) {
    case StatementRole::Premise:
      return "premise";
    case StatementRole::IntermediateConclusion:
      return "intermediate-conclusion";
    case StatementRole::MainConclusion:
      return "main-conclusion";
    default:
      return "other";
  }
}

/// One relation as text. Argdown's undercut target "inference" is the argument
/// whose inference it is (argmap's undercut always targets an argument's
/// inference); contradiction is symmetric, so its ends are sorted.
std::string relation_key(std::string type, std::string from, std::string to) {
  if (type == "contradictory" && to < from) std::swap(from, to);
  return type + " " + from + " -> " + to;
}

std::string end_name(const std::string& kind, std::string_view title) {
  return (kind == "statement" ? "[" : "<") + std::string(title) + (kind == "statement" ? "]" : ">");
}

std::string end_name(const Model& model, ElementRef e) {
  return end_name(e.kind == ElementKind::Statement ? "statement" : "argument", model.title(e));
}

std::string section_id(const Model& model, Id section) {
  return section == kNoId || section >= model.sections.size() ? "" : model.sections[section].id;
}

class CorpusFile : public testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    if (!fs::is_directory(kCorpus))
      GTEST_SKIP() << "the Argdown corpus is not at " << kCorpus
                   << " (it lives beside the repo, not in it)";
  }
  /// Skips a case listed in kKnownDifferences.
  bool known_difference() {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    std::string test = info->name();
    test = test.substr(0, test.find('/'));
    auto it = kKnownDifferences.find(GetParam().file + "/" + test);
    if (it == kKnownDifferences.end()) return false;
    std::cout << "known difference (COMPAT_REPORT.md): " << it->second << '\n';
    return true;
  }
};

class AcceptedFile : public CorpusFile {};
class RejectedFile : public CorpusFile {};

// Every corpus file loads (with or without errors) and every diagnostic has a place.
TEST_P(CorpusFile, LoadsWithPositionedDiagnostics) {
  Loaded loaded = load(GetParam().file);
  for (const auto& d : loaded.diagnostics.items()) {
    EXPECT_TRUE(d.where.valid()) << d.code << ": " << d.message;
    ASSERT_LT(d.where.file, loaded.map.sources.files.size());
    EXPECT_LE(d.where.line, loaded.map.sources.files[d.where.file].line_count() + 1) << d.message;
  }
}

TEST_P(AcceptedFile, NoErrors) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  EXPECT_FALSE(loaded.diagnostics.has_errors()) << "Argdown accepts this file; argmap says:\n"
                                                << describe(loaded.diagnostics);
}

TEST_P(AcceptedFile, StatementTitlesInOrder) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  std::vector<std::string> peer, ours;
  for (const auto& e : GetParam().expected.at("statements")) peer.push_back(str(e.at("title")));
  for (const auto& s : loaded.map.model.statements) ours.emplace_back(s.title);
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);
}

TEST_P(AcceptedFile, ArgumentTitlesInOrder) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  std::vector<std::string> peer, ours;
  for (const auto& a : GetParam().expected.at("arguments")) peer.push_back(str(a.at("title")));
  for (const auto& a : loaded.map.model.arguments) ours.emplace_back(a.title);
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);
}

TEST_P(AcceptedFile, Relations) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  std::vector<std::string> peer, ours;
  for (const auto& r : GetParam().expected.at("relations")) {
    std::string to_kind = str(r.at("to_kind")) == "inference" ? "argument" : str(r.at("to_kind"));
    peer.push_back(relation_key(str(r.at("type")),
                                end_name(str(r.at("from_kind")), str(r.at("from"))),
                                end_name(to_kind, str(r.at("to")))));
  }
  const Model& m = loaded.map.model;
  for (const auto& r : m.relations)
    ours.push_back(
        relation_key(relation_type_name(r.type), end_name(m, r.from), end_name(m, r.to)));
  EXPECT_EQ(compare_sets(peer, ours), "") << describe(loaded.diagnostics);
}

TEST_P(AcceptedFile, PremiseConclusionStructures) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  const Model& m = loaded.map.model;
  std::vector<std::string> peer, ours;
  for (const auto& a : GetParam().expected.at("arguments"))
    for (const auto& step : a.at("pcs")) {
      std::string line = "<" + str(a.at("title")) + "> " + str(step.at("role")) + " [" +
                         str(step.at("title")) + "]";
      if (step.contains("rules"))
        line += " after inference (" + join(strings(step.at("rules"))) + ")";
      peer.push_back(line);
    }
  for (const auto& a : m.arguments)
    for (const auto& step : a.pcs) {
      std::string title = step.statement < m.statements.size()
                              ? std::string(m.statements[step.statement].title)
                              : "?";
      std::string line =
          "<" + std::string(a.title) + "> " + role_name(step.role) + " [" + title + "]";
      if (step.inference) line += " after inference (" + join(step.inference->rules) + ")";
      ours.push_back(line);
    }
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);
}

TEST_P(AcceptedFile, Sections) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  const Model& m = loaded.map.model;
  std::vector<std::string> peer, ours;
  for (const auto& s : GetParam().expected.at("sections"))
    peer.push_back(str(s.at("id")) + " level " + std::to_string(s.at("level").get<int>()) +
                   " parent '" + str_or_empty(s.at("parent")) + "': " + str(s.at("title")));
  for (const auto& s : m.sections)
    ours.push_back(s.id + " level " + std::to_string(s.level) + " parent '" +
                   section_id(m, s.parent) + "': " + s.title);
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);
}

// Canonical texts (the last definition's) and tags of statements and arguments.
TEST_P(AcceptedFile, TextsAndTags) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  const Model& m = loaded.map.model;
  auto line = [](const std::string& title, std::string_view text,
                 const std::vector<std::string>& tags) {
    return title + " | " + normalize_space(text) + " | tags: " + join(tags);
  };
  std::vector<std::string> peer, ours;
  for (const auto& s : GetParam().expected.at("statements"))
    peer.push_back(
        line("[" + str(s.at("title")) + "]", str_or_empty(s.at("text")), strings(s.at("tags"))));
  for (const auto& a : GetParam().expected.at("arguments"))
    peer.push_back(
        line("<" + str(a.at("title")) + ">", str_or_empty(a.at("text")), strings(a.at("tags"))));
  for (const auto& s : m.statements)
    ours.push_back(line("[" + std::string(s.title) + "]", s.text, {s.tags.begin(), s.tags.end()}));
  for (const auto& a : m.arguments)
    ours.push_back(
        line("<" + std::string(a.title) + ">", a.description, {a.tags.begin(), a.tags.end()}));
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);

  std::vector<std::string> peer_tags = strings(GetParam().expected.at("tags")), our_tags;
  for (const auto& t : m.tags) our_tags.push_back(t.name);
  EXPECT_EQ(compare_lists(peer_tags, our_tags), "");
}

// The section each statement and argument belongs to.
TEST_P(AcceptedFile, ElementSections) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  const Model& m = loaded.map.model;
  std::vector<std::string> peer, ours;
  for (const auto& s : GetParam().expected.at("statements"))
    peer.push_back("[" + str(s.at("title")) + "] in " + str_or_empty(s.at("section")));
  for (const auto& a : GetParam().expected.at("arguments"))
    peer.push_back("<" + str(a.at("title")) + "> in " + str_or_empty(a.at("section")));
  for (const auto& s : m.statements)
    ours.push_back("[" + std::string(s.title) + "] in " + section_id(m, s.section));
  for (const auto& a : m.arguments)
    ours.push_back("<" + std::string(a.title) + "> in " + section_id(m, a.section));
  EXPECT_EQ(compare_lists(peer, ours), "") << describe(loaded.diagnostics);
}

std::set<std::uint32_t> error_lines(const Loaded& loaded) {
  std::set<std::uint32_t> lines;
  for (const auto& d : loaded.diagnostics.items())
    if (d.severity == Severity::Error && d.where.file == 0) lines.insert(d.where.line);
  return lines;
}

// argmap rejects what Argdown rejects, on the first line Argdown complains about.
TEST_P(RejectedFile, ErrorOnFirstPeerLine) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  ASSERT_TRUE(loaded.diagnostics.has_errors())
      << "Argdown rejects this file: " << GetParam().expected.at("errors")[0].at("message");
  const json& first = GetParam().expected.at("errors")[0];
  if (first.at("line").is_null()) return;  // the peer gave no position; any error will do
  auto line = expected_line(GetParam().file, first.at("line").get<std::uint32_t>());
  EXPECT_TRUE(error_lines(loaded).count(line))
      << "Argdown reports line " << first.at("line") << ": " << first.at("message")
      << "\nargmap should report line " << line << "; it says:\n"
      << describe(loaded.diagnostics);
}

// ... and on every other line Argdown complains about.
TEST_P(RejectedFile, ErrorOnEveryPeerLine) {
  if (known_difference()) GTEST_SKIP();
  Loaded loaded = load(GetParam().file);
  std::set<std::uint32_t> ours = error_lines(loaded);
  for (const auto& e : GetParam().expected.at("errors")) {
    if (e.at("line").is_null()) continue;
    auto line = expected_line(GetParam().file, e.at("line").get<std::uint32_t>());
    EXPECT_TRUE(ours.count(line)) << "Argdown reports line " << e.at("line") << ": "
                                  << e.at("message") << "\nargmap should report line " << line
                                  << "; it says:\n"
                                  << describe(loaded.diagnostics);
  }
}

std::vector<Case> all_cases() {
  std::vector<Case> cases = load_cases(true), rejected = load_cases(false);
  cases.insert(cases.end(), rejected.begin(), rejected.end());
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.file < b.file; });
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Argdown, CorpusFile, testing::ValuesIn(all_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Argdown, AcceptedFile, testing::ValuesIn(load_cases(true)), case_name);
INSTANTIATE_TEST_SUITE_P(Argdown, RejectedFile, testing::ValuesIn(load_cases(false)), case_name);

// The expectations cover the whole corpus: a file added to the corpus needs
// scripts/make-argdown-expectations.sh to be run again.
TEST(ArgdownCorpus, EveryFileHasAnExpectation) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "the Argdown corpus is not at " << kCorpus;
  std::set<std::string> expected;
  for (const auto& c : all_cases()) expected.insert(c.file);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".argdown" && ext != ".ad")) continue;
    ++files;
    EXPECT_TRUE(expected.count(fs::relative(entry.path(), kCorpus).string())) << entry.path();
  }
  EXPECT_EQ(files, expected.size());
}

}  // namespace
}  // namespace argmap
