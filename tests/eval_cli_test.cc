// End-to-end: the built `argmap eval` and `argmap iccma` commands on small inputs.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_files.h"

namespace {

struct Result {
  int status = -1;
  std::string out;
};

enum class Streams { Stdout, Both, Stderr };

/// Runs the argmap binary with `args`, capturing stdout, both, or stderr alone.
Result run(const std::string& args, Streams streams) {
  std::string command = std::string(ARGMAP_BINARY) + " " + args +
                        (streams == Streams::Stdout ? " 2>/dev/null"
                         : streams == Streams::Both ? " 2>&1"
                                                    : " 2>&1 >/dev/null");
  Result r;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// Stdout, or stdout and stderr together when `merge`.
Result run(const std::string& args, bool merge = false) {
  return run(args, merge ? Streams::Both : Streams::Stdout);
}

class EvalCli : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = argmap::test_files::scratch_dir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    auto path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  std::filesystem::path dir_;
};

const char* const kMap =
    "[Examine]: Examine the offer. {proponent: Author}\n"
    "  - <Veto>: The USSR would veto. {proponent: NATO}\n"
    "    - <Pretext>: The veto fear was a pretext. {proponent: Author}\n"
    "  + <Detente>: It would bring detente. {proponent: USSR}\n"
    "    - <Bloc>: NATO wanted to stay a bloc. {proponent: NATO}\n"
    "      - <Detente>\n";

TEST_F(EvalCli, GroundedTextGroupsClaimsByLabel) {
  std::string map = write("m.argdown", kMap);
  Result r = run("eval " + map);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
            "grounded labelling of " + map +
                "\nIN (1)\n  <Pretext>\nOUT (1)\n  <Veto>\nUNDEC (3)\n  [Examine]  (thesis)\n"
                "  <Detente>\n  <Bloc>\n");
  // The analysis goes to stderr as diagnostics.
  Result all = run("eval " + map, true);
  EXPECT_NE(all.out.find("warning: the position of 'NATO' is not admissible: 1 attack on it goes "
                         "unanswered [position-not-admissible]"),
            std::string::npos)
      << all.out;
}

TEST_F(EvalCli, ExplainAndJson) {
  std::string map = write("m.argdown", kMap);
  Result r = run("eval " + map + " --explain '<Veto>'");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("why:\n<Veto> is OUT because <Pretext> attacks it\n"), std::string::npos)
      << r.out;
  Result j = run("eval " + map + " --format json --explain Examine");
  EXPECT_EQ(j.status, 0);
  EXPECT_NE(j.out.find("  \"labels\": {\"Examine\": \"UNDEC\", \"Veto\": \"OUT\", \"Pretext\": "
                       "\"IN\", \"Detente\": \"UNDEC\", \"Bloc\": \"UNDEC\"},\n"),
            std::string::npos)
      << j.out;
  EXPECT_NE(j.out.find("  \"explanations\": {\n    \"Examine\": \"[Examine] is UNDEC because its "
                       "supporter <Detente> is UNDEC\\n  <Detente> is UNDEC: <Detente> and <Bloc> "
                       "attack each other and nothing decides between them\\n\"\n  },\n"),
            std::string::npos)
      << j.out;
  EXPECT_NE(j.out.find("\"code\": \"contested-claim\""), std::string::npos);
  EXPECT_TRUE(j.out.ends_with("]\n}\n"));
}

TEST_F(EvalCli, PreferredCountsLabellingsAndAcceptance) {
  std::string map = write("m.argdown", kMap);
  Result r = run("eval " + map + " --semantics preferred");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
            "preferred labellings of " + map +
                ": 2\n"
                "  [Examine]: credulously accepted (IN in some labelling)\n"
                "  <Veto>: not accepted (IN in no labelling)\n"
                "  <Pretext>: skeptically accepted (IN in every labelling)\n"
                "  <Detente>: credulously accepted (IN in some labelling)\n"
                "  <Bloc>: credulously accepted (IN in some labelling)\n"
                "labelling 1\n  IN (3)\n    [Examine]  (thesis)\n    <Pretext>\n    <Detente>\n"
                "  OUT (2)\n    <Veto>\n    <Bloc>\n  UNDEC (0)\n"
                "labelling 2\n  IN (2)\n    <Pretext>\n    <Bloc>\n"
                "  OUT (3)\n    [Examine]  (thesis)\n    <Veto>\n    <Detente>\n  UNDEC (0)\n");
  // --support none: <Detente> no longer holds up [Examine], which stands.
  EXPECT_NE(run("eval " + map + " --support none").out.find("IN (2)\n  [Examine]  (thesis)\n"),
            std::string::npos);
  EXPECT_EQ(run("eval " + map + " --semantics stable --timeout 0.000001").status, 3);
}

TEST_F(EvalCli, JsonKeysStayUniqueAndEnumerationCanBeCapped) {
  // A statement and an argument may share a title: their keys say which is which.
  std::string shared = write("s.argdown", "[Veto]: v.\n  - <Veto>: w.\n");
  Result j = run("eval " + shared + " --format json");
  EXPECT_NE(j.out.find("  \"labels\": {\"[Veto]\": \"OUT\", \"<Veto>\": \"IN\"},\n"),
            std::string::npos)
      << j.out;
  std::string map = write("m.argdown", kMap);
  Result capped = run("eval " + map + " --semantics preferred --enumerate 1");
  EXPECT_TRUE(
      capped.out.starts_with("preferred labellings of " + map + ": 1 (capped by --enumerate)\n"))
      << capped.out;
  // Acceptance is decided over all labellings, not only the ones listed.
  EXPECT_NE(capped.out.find("  <Bloc>: credulously accepted (IN in some labelling)\n"),
            std::string::npos);
  Result json = run("eval " + map + " --semantics preferred --enumerate 1 --format json");
  EXPECT_NE(json.out.find("\"complete_enumeration\": false"), std::string::npos) << json.out;
  // The findings as data beside the diagnostics, silenced alike by --no-warn.
  Result analysis = run("eval " + map + " --format json --no-warn unanswered-attack");
  EXPECT_TRUE(analysis.out.ends_with(
      "  \"analysis\": [\n"
      "    {\"code\": \"position-not-admissible\", \"proponent\": \"NATO\", \"elements\": "
      "[\"Veto\"], \"attacks\": [[\"Pretext\", \"Veto\"]], \"defenders\": []},\n"
      "    {\"code\": \"contested-claim\", \"elements\": [\"Examine\"], \"attacks\": "
      "[[\"Veto\", \"Examine\"]], \"defenders\": [\"Pretext\", \"Detente\"]}\n"
      "  ]\n}\n"))
      << analysis.out;
}

TEST_F(EvalCli, UsageErrorsExitTwo) {
  std::string map = write("m.argdown", kMap);
  EXPECT_EQ(
      run("eval " + map + " --semantics admissible", true).out,
      "argmap eval: unknown semantics 'admissible' (grounded, complete, preferred or stable)\n"
      "usage: argmap eval FILE [--semantics grounded|complete|preferred|stable] [--format "
      "text|json]\n"
      "                 [--explain TITLE] [--support none] [--enumerate N] [--timeout S]\n"
      "Try 'argmap eval --help' for more information.\n");
  EXPECT_EQ(run("eval " + map + " --semantics admissible").status, 2);
  EXPECT_EQ(run("eval " + map + " --enumerate 2.5").status, 2);
  EXPECT_EQ(run("eval " + map + " --timeout -1").status, 2);
  EXPECT_EQ(run("eval " + map + " --diagnostics-format xml").status, 2);
  EXPECT_EQ(run("eval " + map + " --explain Nothing", true).out,
            "argmap eval: no statement or argument titled 'Nothing'\n");
  EXPECT_EQ(run("eval " + (dir_ / "missing.argdown").string()).status, 2);
  // --help documents the exit statuses, the timeout's among them.
  EXPECT_NE(run("eval --help").out.find("3 the --timeout passed before the search ended"),
            std::string::npos);
}

TEST_F(EvalCli, ReadsStandardInputAndSharesTheDiagnosticOptions) {
  std::string map = write("m.argdown", kMap);
  Result r = run("eval - < " + map);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.starts_with("grounded labelling of <stdin>\nIN (1)\n  <Pretext>\n")) << r.out;
  Result warned = run("eval - < " + map, true);
  EXPECT_NE(warned.out.find("<stdin>:2:34: warning: the position of 'NATO' is not admissible"),
            std::string::npos)
      << warned.out;
  // --no-warn silences a finding's code (warnings and notes alike).
  Result quiet =
      run("eval " + map + " --no-warn position-not-admissible --no-warn unanswered-attack", true);
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.out.find("position-not-admissible"), std::string::npos) << quiet.out;
  EXPECT_EQ(quiet.out.find("unanswered-attack"), std::string::npos) << quiet.out;
  EXPECT_NE(quiet.out.find("[contested-claim]"), std::string::npos) << quiet.out;
  // JSON diagnostics on stderr, the labelling alone on stdout.
  Result json = run("eval " + map + " --diagnostics-format json", Streams::Stderr);
  EXPECT_TRUE(
      json.out.starts_with("[\n  {\"severity\": \"note\", \"code\": \"contested-claim\", ") &&
      json.out.ends_with("]\n"))
      << json.out;
  EXPECT_NE(json.out.find("\"code\": \"position-not-admissible\""), std::string::npos);
  // --werror turns the findings' warnings into a failing status, in JSON output too.
  EXPECT_EQ(run("eval " + map + " --werror").status, 1);
  EXPECT_EQ(run("eval " + map + " --werror --format json").status, 1);
  EXPECT_EQ(run("eval " + map +
                " --werror --no-warn position-not-admissible --no-warn "
                "position-conflict --format json")
                .status,
            0);
}

TEST_F(EvalCli, CheckAnalyzeSilencesTheAnalysisNotesToo) {
  std::string map = write("m.argdown", kMap);
  Result all = run("check --analyze --color never " + map, true);
  EXPECT_NE(all.out.find("[contested-claim]"), std::string::npos) << all.out;
  Result quiet = run("check --analyze --color never --no-warn contested-claim " + map, true);
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.out.find("[contested-claim]"), std::string::npos) << quiet.out;
  EXPECT_NE(quiet.out.find("[unanswered-attack]"), std::string::npos) << quiet.out;
}

TEST_F(EvalCli, MapWithErrorsExitsOne) {
  std::string map = write("bad.argdown", "===\nfoo: [\n===\n[A]: a.\n");
  Result r = run("eval " + map, true);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.out.ends_with("argmap eval: " + map + " has errors; nothing evaluated\n")) << r.out;
  EXPECT_NE(r.out.find(map + ":3:1: error: invalid YAML in frontmatter"), std::string::npos)
      << r.out;
}

/// Pairs of claims attacking each other: 2^n preferred labellings, and a map big
/// enough that reading it alone takes longer than a millisecond.
std::string even_cycles(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    std::string a = "[A" + std::to_string(i) + "]", b = "[B" + std::to_string(i) + "]";
    text += a + ": a.\n  - " + b + ": b.\n    - " + a + "\n\n";
  }
  return text;
}

TEST_F(EvalCli, TimeoutEndsTheSearchWithExitThree) {
  std::string map = write("big.argdown", even_cycles(3000));
  Result r = run("eval " + map + " --semantics preferred --timeout 0.001", true);
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out,
            "argmap eval: timed out after 0.001 s while enumerating labellings; no result "
            "(raise --timeout)\n");
  // Grounded is linear: no search to end, the timeout only bounds the analysis.
  EXPECT_EQ(run("eval " + map + " --timeout 0.001 --no-warn contested-claim").status, 0);

  std::string af = "p af 100000\n";
  for (int i = 1; i < 100000; i += 2)
    af += std::to_string(i) + " " + std::to_string(i + 1) + "\n" + std::to_string(i + 1) + " " +
          std::to_string(i) + "\n";
  std::string big = write("big.af", af);
  Result i = run("iccma -p DS-PR -f " + big + " -a 1 --timeout 0.001", true);
  EXPECT_EQ(i.status, 3);
  EXPECT_EQ(i.out, "argmap iccma: timed out after 0.001 s on DS-PR; no answer (raise --timeout)\n");
  EXPECT_EQ(run("iccma -p SE-ST -f " + big + " --timeout 0.001").status, 3);
}

TEST_F(EvalCli, IccmaTasks) {
  std::string af = write("f.af", "p af 4\n# floating reinstatement\n1 2\n2 1\n1 3\n2 3\n3 4\n");
  EXPECT_EQ(run("iccma -p SE-GR -f " + af).out, "w\n");
  EXPECT_EQ(run("iccma -p DS-PR -f " + af + " -a 4").out, "YES\n");
  EXPECT_EQ(run("iccma -p DC-ST -f " + af + " -a 3").out, "NO\n");
  EXPECT_EQ(run("iccma -p DS-CO -f " + af + " -a 4").out, "NO\n");
  std::string se = run("iccma -p SE-ST -f " + af).out;
  EXPECT_TRUE(se == "w 1 4\n" || se == "w 2 4\n") << se;
  EXPECT_EQ(run("iccma --problems").out,
            "[DC-CO,DS-CO,SE-CO,DC-GR,DS-GR,SE-GR,DC-PR,DS-PR,SE-PR,DC-ST,DS-ST,SE-ST]\n");
  std::string odd = write("odd.apx", "arg(a).arg(b).arg(c).att(a,b).att(b,c).att(c,a).\n");
  EXPECT_EQ(run("iccma -p SE-ST -f " + odd).out, "NO\n");
  EXPECT_EQ(run("iccma -p DC-PR -f " + odd + " -a a").out, "NO\n");
}

TEST_F(EvalCli, IccmaReportsMalformedInputAndBadQueries) {
  std::string bad = write("bad.af", "p af 2\n1 3\n");
  Result r = run("iccma -p SE-GR -f " + bad, true);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, bad +
                       ":2:3: error: argument 3 is out of range: the header declares arguments 1 "
                       "to 2 [iccma-range]\n    2 | 1 3\n      |   ^\n");
  Result json = run("iccma -p SE-GR --diagnostics-format json -f - < " + bad, true);
  EXPECT_EQ(json.status, 1);
  EXPECT_TRUE(
      json.out.starts_with("[\n  {\"severity\": \"error\", \"code\": \"iccma-range\", "
                           "\"message\": \"argument 3 is out of range: the header declares "
                           "arguments 1 to 2\", \"file\": \"<stdin>\", \"line\": 2"))
      << json.out;
  std::string af = write("f.af", "p af 2\n1 2\n");
  EXPECT_EQ(run("iccma -p DC-CO -f " + af + " -a 9", true).out,
            "argmap iccma: '9' is not an argument of " + af + "\n");
  EXPECT_EQ(run("iccma -p XX-CO -f " + af, true).status, 2);
  EXPECT_EQ(run("iccma -p DC-CO -f " + (dir_ / "missing.af").string() + " -a 1").status, 2);
  // Standard input, in ICCMA format.
  Result in = run("iccma -p DS-GR -a 1 -f - < " + af);
  EXPECT_EQ(in.status, 0);
  EXPECT_EQ(in.out, "YES\n");
  EXPECT_NE(run("iccma --help").out.find("3 the --timeout"), std::string::npos);
}

}  // namespace

namespace {

TEST_F(EvalCli, ExportsTheFrameworkForIccmaSolvers) {
  std::string map = write("m.argdown", "[A]: a.\n  - <B>: b.\n  + [C]: c.\n");
  Result iccma = run("export " + map + " --to iccma");
  EXPECT_EQ(iccma.status, 0);
  EXPECT_EQ(iccma.out,
            "p af 3\n# 1 A\n# 2 C\n# 3 B\n3 1\n"
            "# supports and premises have no place in this format: 1 left out\n");
  Result apx = run("export " + map + " --to apx");
  EXPECT_EQ(apx.out,
            "arg(\"A\").\narg(\"C\").\narg(\"B\").\natt(\"B\",\"A\").\n"
            "% supports and premises have no place in this format: 1 left out\n");
}

}  // namespace
