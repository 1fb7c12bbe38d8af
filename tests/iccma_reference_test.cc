// The engine against independent answers: the ICCMA sample's stored references
// (../shared/corpus/iccma) and our own ASP encodings (bench/asp) run with gringo+clasp.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "grounded.h"
#include "iccma_format.h"
#include "sat_semantics.h"
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

const std::string kCorpus = ARGMAP_SHARED_DIR "/corpus/iccma";
const std::string kAsp = ARGMAP_SOURCE_DIR "/bench/asp";

NamedFramework load(const std::string& relative) {
  Diagnostics d;
  auto f = read_framework(relative, read_file(kCorpus + "/" + relative), 0, d);
  EXPECT_TRUE(f) << relative;
  return f ? std::move(*f) : NamedFramework{};
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::stringstream s(line);
  for (std::string item; std::getline(s, item, sep);) out.push_back(item);
  return out;
}

std::string answer(Answer a) {
  return a == Answer::Yes ? "YES" : a == Answer::No ? "NO" : "?";
}

/// The `w 1 2 3` line of an extension, numbered from 1.
std::string w_line(const Labelling& l) {
  std::string out = "w";
  for (NodeId v : in_nodes(l)) out += " " + std::to_string(v + 1);
  return out;
}

TEST(IccmaReference, GroundedMatchesEveryStoredExtension) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << "no ICCMA corpus at " << kCorpus;
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus + "/expected")) {
    std::string name = entry.path().filename().string();  // e.g. pims.af.SE-GR
    std::string file = name.substr(0, name.size() - 6);
    std::string dir = file.ends_with(".apx") ? "apx/" : "i23/";
    NamedFramework f = load(dir + file);
    std::string expected = read_file(entry.path().string());
    while (!expected.empty() && std::isspace(static_cast<unsigned char>(expected.back())))
      expected.pop_back();
    EXPECT_EQ(w_line(grounded(f.framework)), expected) << file;
    ++checked;
  }
  EXPECT_GE(checked, 30);
}

TEST(IccmaReference, AnswersMatchReferenceTable) {
  std::ifstream table(kCorpus + "/reference_answers.tsv");
  if (!table) GTEST_SKIP() << "no ICCMA corpus at " << kCorpus;
  std::string line;
  std::getline(table, line);
  auto header = split(line, '\t');
  auto column = [&](std::string_view name) {
    return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
  };
  int rows = 0;
  while (std::getline(table, line)) {
    auto row = split(line, '\t');
    const std::string& file = row[0];
    SCOPED_TRACE(file);
    NamedFramework f = load(file);
    const Framework& fw = f.framework;
    ASSERT_EQ(std::to_string(fw.size()), row[column("n")]);
    ASSERT_EQ(std::to_string(fw.attack_edges().size()), row[column("attacks")]);
    EXPECT_EQ(std::to_string(in_nodes(grounded(fw)).size()), row[column("grounded_size")]);
    ++rows;
    // The SAT tasks on the instances that solve in well under a second (the
    // dense AFGen ones are the benchmark's business: bench/eval).
    if (fw.attack_edges().size() > 2000 && fw.size() < 1000) continue;
    NodeId q = static_cast<NodeId>(std::stoul(row[column("query")]) - 1);
    EXPECT_EQ(answer(credulously_accepted(fw, Semantics::Complete, q)), row[column("DC-CO")]);
    EXPECT_EQ(answer(skeptically_accepted(fw, Semantics::Preferred, q)), row[column("DS-PR")]);
    EXPECT_EQ(answer(credulously_accepted(fw, Semantics::Stable, q)), row[column("DC-ST")]);
    EXPECT_EQ(answer(skeptically_accepted(fw, Semantics::Stable, q)), row[column("DS-ST")]);
    for (auto [semantics, name] :
         {std::pair{Semantics::Preferred, "count_PR"}, std::pair{Semantics::Stable, "count_ST"},
          std::pair{Semantics::Complete, "count_CO"}}) {
      const std::string& expected = row[column(name)];
      if (expected == "TO" || expected == "n/r" || std::stoul(expected) > 30) continue;
      EXPECT_EQ(std::to_string(enumerate_labellings(fw, semantics).labellings.size()), expected)
          << name;
    }
  }
  EXPECT_EQ(rows, 32);
}

TEST(IccmaReference, ProboEnumerationsMatchTheirSolutions) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << "no ICCMA corpus at " << kCorpus;
  for (std::string ex : {"probo_ex1", "probo_ex2", "probo_ex3"}) {
    NamedFramework f = load("apx/" + ex + ".apx");
    for (auto [semantics, task] :
         {std::pair{Semantics::Grounded, "GR"}, std::pair{Semantics::Complete, "CO"},
          std::pair{Semantics::Preferred, "PR"}, std::pair{Semantics::Stable, "ST"}}) {
      // probo writes [[a1,a2],[a3]]: compare as a set of sets of names.
      std::string text = read_file(kCorpus + "/solutions/" + ex + ".apx.EE-" + task);
      std::set<std::set<std::string>> expected, actual;
      std::set<std::string> current;
      std::string name;
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        char c = text[i];
        if (c == '[') current.clear();
        if (c == ',' || c == ']') {
          if (!name.empty()) current.insert(name);
          name.clear();
        }
        if (c == ']') expected.insert(current);
        if (std::isalnum(static_cast<unsigned char>(c))) name += c;
      }
      for (const auto& l : enumerate_labellings(f.framework, semantics).labellings) {
        std::set<std::string> ext;
        for (NodeId v : in_nodes(l)) ext.insert(f.names[v]);
        actual.insert(ext);
      }
      EXPECT_EQ(actual, expected) << ex << " " << task;
    }
  }
}

// ---- The ASP reference: bench/asp encodings with gringo | clasp -----------------

bool have_clasp() {
  return std::system("gringo --version >/dev/null 2>&1 && clasp --version >/dev/null 2>&1") == 0;
}

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

/// Every answer set's in/1 atoms as sets of APX names.
std::set<std::set<std::string>> answer_sets(const std::string& clasp_output) {
  std::set<std::set<std::string>> sets;
  std::stringstream s(clasp_output);
  for (std::string line; std::getline(s, line);) {
    if (!line.starts_with("Answer:")) continue;
    std::getline(s, line);
    std::set<std::string> ext;
    std::stringstream atoms(line);
    for (std::string atom; atoms >> atom;)
      if (atom.starts_with("in(")) ext.insert(atom.substr(3, atom.size() - 4));
    sets.insert(ext);
  }
  return sets;
}

std::set<std::set<std::string>> engine_sets(const NamedFramework& f, Semantics semantics) {
  std::set<std::set<std::string>> sets;
  for (const auto& l : enumerate_labellings(f.framework, semantics).labellings) {
    std::set<std::string> ext;
    for (NodeId v : in_nodes(l)) ext.insert(node_name(f, v));
    sets.insert(ext);
  }
  return sets;
}

class AspReference : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_clasp()) GTEST_SKIP() << "gringo and clasp not installed: ASP reference skipped";
    dir_ = argmap::test_files::scratch_dir();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  /// Extensions of `f` by the ASP encodings (names as in write_apx).
  std::set<std::set<std::string>> asp(const NamedFramework& f, Semantics semantics) {
    std::string facts = (dir_ / "facts.apx").string();
    std::ofstream(facts) << write_apx(f);
    std::string lp = kAsp + "/complete.lp", flags = "-n0";
    if (semantics == Semantics::Stable) lp = kAsp + "/stable.lp";
    if (semantics == Semantics::Preferred)
      lp += " " + kAsp + "/preferred.lp", flags += " --heuristic=Domain --enum-mode=domRec";
    if (semantics == Semantics::Grounded) flags += " --enum-mode=cautious";
    auto sets =
        answer_sets(run("gringo " + lp + " " + facts + " | clasp " + flags + " 2>/dev/null"));
    if (semantics == Semantics::Grounded && sets.size() > 1) {
      // Cautious mode prints shrinking approximations; the last (smallest) is the answer.
      auto smallest = *std::min_element(sets.begin(), sets.end(),
                                        [](auto& a, auto& b) { return a.size() < b.size(); });
      sets = {smallest};
    }
    return sets;
  }

  std::filesystem::path dir_;
};

TEST_F(AspReference, RandomFrameworksAgreeOnEverySemantics) {
  std::mt19937 rng(2023);
  for (int round = 0; round < 25; ++round) {
    std::uniform_int_distribution<int> size(5, 25);
    const int n = size(rng);
    std::uniform_real_distribution<double> u(0, 1);
    double p = 0.05 + 0.2 * u(rng);
    std::vector<Edge> att;
    for (NodeId a = 0; a < NodeId(n); ++a)
      for (NodeId b = 0; b < NodeId(n); ++b)
        if (u(rng) < p) att.push_back({a, b});
    NamedFramework f{Framework(n, att), {}};
    for (Semantics s :
         {Semantics::Grounded, Semantics::Complete, Semantics::Preferred, Semantics::Stable})
      ASSERT_EQ(engine_sets(f, s), asp(f, s)) << "round " << round << " " << semantics_name(s);
  }
}

TEST_F(AspReference, CorpusInstancesAgreeOnStableAndPreferred) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << "no ICCMA corpus at " << kCorpus;
  for (std::string file :
       {"i23/BA_40_30_3.af", "i23/stb_437_137.af", "apx/probo_ex3.apx", "i23/admbuster_1000.af"}) {
    NamedFramework f = load(file);
    for (Semantics s : {Semantics::Grounded, Semantics::Preferred, Semantics::Stable})
      EXPECT_EQ(engine_sets(f, s), asp(f, s)) << file << " " << semantics_name(s);
  }
}

}  // namespace
}  // namespace argmap
