// End-to-end tests of `argmap check` and `argmap export`: the built binary is run
// in a scratch directory; exit codes, stderr and stdout are compared exactly.
#include <sys/wait.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend.h"
#include "json_export.h"
#include "test_files.h"

namespace argmap {
namespace {

using test_files::read_file;

namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string out, err;
};

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

class Cli : public testing::Test {
 protected:
  void SetUp() override { dir_ = test_files::scratch_dir(); }

  /// Writes a map into the scratch directory.
  void map(const std::string& name, const std::string& text) { write(dir_ / name, text); }

  /// Runs argmap in the scratch directory with `input` on standard input.
  Result run(const std::vector<std::string>& args, const std::string& input = "") {
    write(dir_ / ".stdin", input);
    std::string command = "cd " + quote(dir_.string()) + " && NO_COLOR= " + quote(ARGMAP_BINARY);
    for (const auto& a : args) command += " " + quote(a);
    command += " <.stdin >.stdout 2>.stderr";
    int raw = std::system(command.c_str());
    Result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read_file(dir_ / ".stdout");
    r.err = read_file(dir_ / ".stderr");
    return r;
  }

  fs::path dir_;
};

// A map the checks find nothing in.
const char* const kClean =
    "===\n"
    "sources:\n"
    "  Roberts2008: {author: Roberts, year: 2008}\n"
    "===\n"
    "\n"
    "[Tax]: Taxes should fall.\n"
    "  + [Growth]: Lower taxes raise growth. {source: Roberts2008}\n"
    "  - [Debt]: Lower taxes raise the debt.\n";

TEST_F(Cli, CheckOfACleanMapIsSilentAndExitsZero) {
  map("clean.argdown", kClean);
  Result r = run({"check", "clean.argdown"});
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.status, 0);
}

TEST_F(Cli, AnalyzeAddsTheConsistencyFindings) {
  map("open.argdown", "[A]: a. {proponent: P}\n  - [B]: b.\n");
  Result plain = run({"check", "open.argdown"});
  EXPECT_EQ(plain.err, "");
  Result analyzed = run({"check", "--analyze", "open.argdown"});
  EXPECT_NE(analyzed.err.find("open.argdown:2:3: note: [B] attacks [A] and nothing in the map "
                              "answers it [unanswered-attack]"),
            std::string::npos)
      << analyzed.err;
  EXPECT_EQ(analyzed.status, plain.status);
}

TEST_F(Cli, CheckPrintsErrorsInGccFormAndExitsOne) {
  map("typo.argdown",
      "===\n"
      "sources:\n"
      "  Roberts2008: {author: Roberts}\n"
      "===\n"
      "\n"
      "[Tax]: Taxes should fall.\n"
      "  + [Growth]: Lower taxes raise growth. {source: Robert2008}\n");
  Result r = run({"check", "typo.argdown"});
  EXPECT_EQ(r.err,
            "typo.argdown:7:41: error: source 'Robert2008' is not declared in sources: "
            "[unknown-source]\n"
            "    7 |   + [Growth]: Lower taxes raise growth. {source: Robert2008}\n"
            "      |                                         ^~~~~~~~~~~~~~~~~~~~\n"
            "      |                                         did you mean 'Roberts2008'?\n"
            "typo.argdown:3:3: note: 'Roberts2008' is declared here\n"
            "    3 |   Roberts2008: {author: Roberts}\n"
            "      |   ^~~~~~~~~~~\n");
  EXPECT_EQ(r.status, 1);
}

TEST_F(Cli, WarningsExitZeroUnlessWerrorAndNoWarnSilencesThem) {
  map("lonely.argdown", "[Lonely]: Nobody relates to me.\n");
  Result plain = run({"check", "lonely.argdown"});
  EXPECT_EQ(plain.err,
            "lonely.argdown:1:1: warning: statement [Lonely] has no relations and is in no "
            "argument [disconnected]\n"
            "    1 | [Lonely]: Nobody relates to me.\n"
            "      | ^~~~~~~~\n"
            "      | relate it with + or - to another element, or use it in an argument\n");
  EXPECT_EQ(plain.status, 0);

  Result werror = run({"check", "--werror", "lonely.argdown"});
  EXPECT_EQ(werror.err.substr(0, 26), "lonely.argdown:1:1: error:");
  EXPECT_EQ(werror.status, 1);

  Result silenced = run({"check", "--werror", "--no-warn", "disconnected", "lonely.argdown"});
  EXPECT_EQ(silenced.err, "");
  EXPECT_EQ(silenced.status, 0);
}

TEST_F(Cli, ErrorsCannotBeSilenced) {
  Result r = run({"check", "--no-warn", "unknown-source", "x.argdown"});
  EXPECT_EQ(r.err,
            "argmap check: 'unknown-source' is an error and cannot be silenced\n"
            "usage: argmap check FILE... [options]\n"
            "Try 'argmap check --help' for more information.\n");
  EXPECT_EQ(r.status, 2);
}

TEST_F(Cli, CheckReadsStandardInputAsDash) {
  Result r = run({"check", "-"}, "[A]: Alpha.\n  + [A]\n");
  EXPECT_EQ(r.err,
            "<stdin>:2:3: warning: [A] supports itself [self-relation]\n"
            "    2 |   + [A]\n"
            "      |   ^\n"
            "      |   remove the relation or relate [A] to another element\n");
  EXPECT_EQ(r.status, 0);
}

TEST_F(Cli, AnUnreadableFileIsAnIoFailure) {
  map("ok.argdown", kClean);
  Result r = run({"check", "missing.argdown", "ok.argdown"});
  EXPECT_EQ(r.err,
            "argmap: error: cannot read 'missing.argdown': No such file or directory [io]\n");
  EXPECT_EQ(r.status, 2);
}

TEST_F(Cli, ADirectoryIsAnIoFailure) {
  std::filesystem::create_directory(dir_ / "maps");
  Result r = run({"check", "maps"});
  EXPECT_EQ(r.err, "argmap: error: cannot read 'maps': Is a directory [io]\n");
  EXPECT_EQ(r.status, 2);
}

TEST_F(Cli, SeveralFilesReportInCommandLineOrder) {
  map("b.argdown", "[B]: Bee.\n");
  map("a.argdown", "[A]: Ay.\n");
  Result r = run({"check", "--no-warn", "nothing-here", "b.argdown", "a.argdown"});
  EXPECT_EQ(r.status, 0);
  auto b = r.err.find("b.argdown:1:1: warning: statement [B]");
  auto a = r.err.find("a.argdown:1:1: warning: statement [A]");
  ASSERT_NE(b, std::string::npos) << r.err;
  ASSERT_NE(a, std::string::npos) << r.err;
  EXPECT_LT(b, a);
}

TEST_F(Cli, JsonDiagnosticsForTools) {
  map("lonely.argdown", "[Lonely]: Nobody relates to me.\n");
  Result r = run({"check", "--diagnostics-format=json", "lonely.argdown"});
  EXPECT_EQ(r.err,
            "[\n"
            "  {\"severity\": \"warning\", \"code\": \"disconnected\", \"message\": \"statement "
            "[Lonely] has no relations and is in no argument\", \"file\": \"lonely.argdown\", "
            "\"line\": 1, \"column\": 1, \"endLine\": 1, \"endColumn\": 9, \"notes\": [], "
            "\"suggestion\": \"relate it with + or - to another element, or use it in an "
            "argument\"}\n"
            "]\n");
  EXPECT_EQ(r.status, 0);
  map("clean.argdown", kClean);
  EXPECT_EQ(run({"check", "--diagnostics-format", "json", "clean.argdown"}).err, "[]\n");
}

TEST_F(Cli, ColourOnlyWhenAskedOrOnATerminal) {
  map("lonely.argdown", "[Lonely]: Nobody relates to me.\n");
  EXPECT_EQ(run({"check", "lonely.argdown"}).err.find('\033'), std::string::npos);
  EXPECT_NE(run({"check", "--color=always", "lonely.argdown"}).err.find("\033[01;35mwarning:"),
            std::string::npos);
}

TEST_F(Cli, UsageErrorsExitTwo) {
  Result none = run({"check"});
  EXPECT_EQ(none.err,
            "argmap check: no input file\n"
            "usage: argmap check FILE... [options]\n"
            "Try 'argmap check --help' for more information.\n");
  EXPECT_EQ(none.status, 2);
  Result bad = run({"check", "--frobnicate", "x.argdown"});
  EXPECT_EQ(bad.err.substr(0, bad.err.find('\n')),
            "argmap check: unrecognised option '--frobnicate'");
  EXPECT_EQ(bad.status, 2);
  Result format = run({"check", "--diagnostics-format=xml", "x.argdown"});
  EXPECT_EQ(format.err.substr(0, format.err.find('\n')),
            "argmap check: --diagnostics-format must be 'text' or 'json', not 'xml'");
  EXPECT_EQ(format.status, 2);
}

TEST_F(Cli, HelpGoesToStandardOutput) {
  Result r = run({"check", "--help"});
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "usage: argmap check FILE... [options]");
  EXPECT_NE(r.out.find("--no-warn CODE"), std::string::npos);
  EXPECT_EQ(r.status, 0);
  Result e = run({"export", "--help"});
  EXPECT_NE(e.out.find("  json: the model in the shape of `argdown json`"), std::string::npos);
  EXPECT_EQ(e.status, 0);
}

TEST_F(Cli, ExportWritesTheModelAsJsonToStandardOutput) {
  map("clean.argdown", kClean);
  Result r = run({"export", "clean.argdown", "--to", "json", "-o", "-"});
  Diagnostics diagnostics;
  LoadedMap loaded = load_map_text("clean.argdown", kClean, diagnostics);
  EXPECT_EQ(r.out, export_json(loaded.model, loaded.sources));
  EXPECT_NE(r.out.find("\"Growth\": {"), std::string::npos);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
  // Standard input in, standard output by default.
  Result piped = run({"export", "-", "--to", "json"}, kClean);
  EXPECT_EQ(piped.out.size(), r.out.size());
  EXPECT_EQ(piped.status, 0);
}

TEST_F(Cli, ExportWritesAFileAndLeavesItAloneWhenTheMapHasErrors) {
  map("clean.argdown", kClean);
  Result ok = run({"export", "clean.argdown", "--to=json", "-o", "model.json"});
  EXPECT_EQ(ok.status, 0);
  EXPECT_EQ(ok.out, "");
  std::string written = read_file(dir_ / "model.json");
  EXPECT_EQ(written.substr(0, 16), "{\n  \"arguments\":");

  map("broken.argdown", "[A]: text\n  + [B]: text /* never closed\n");
  Result broken = run({"export", "broken.argdown", "--to", "json", "-o", "model.json"});
  EXPECT_EQ(broken.status, 1);
  EXPECT_NE(broken.err.find("broken.argdown:2:"), std::string::npos) << broken.err;
  EXPECT_EQ(read_file(dir_ / "model.json"), written);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), {}), 6);  // no temporary left
}

TEST_F(Cli, ExportFailuresExitTwo) {
  map("clean.argdown", kClean);
  Result format = run({"export", "clean.argdown", "--to", "yaml"});
  EXPECT_EQ(format.err.substr(0, format.err.find('\n')),
            "argmap export: unknown format 'yaml' (known: apx, iccma, json)");
  EXPECT_EQ(format.status, 2);
  Result missing_to = run({"export", "clean.argdown"});
  EXPECT_EQ(missing_to.status, 2);
  Result unwritable = run({"export", "clean.argdown", "--to", "json", "-o", "no/such/dir/m.json"});
  EXPECT_EQ(unwritable.err.substr(0, 45), "argmap export: cannot create no/such/dir/m.js");
  EXPECT_EQ(unwritable.status, 2);
  Result two = run({"export", "clean.argdown", "clean.argdown", "--to", "json"});
  EXPECT_EQ(two.err.substr(0, two.err.find('\n')), "argmap export: export takes exactly one file");
  EXPECT_EQ(two.status, 2);
}

}  // namespace
}  // namespace argmap
