// The render command end to end: where the drawing goes, formats, atomic writes,
// the diagnostic options, standard input and --watch.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "render_test_support.h"
#include "test_files.h"

namespace argmap {
namespace {

using render_testing::read_file;
using render_testing::svg_groups;

struct CliRun {
  int status = -1;
  std::string out;
};

/// Runs the built argmap with `args` (a shell fragment); stdout captured, stderr to `err`.
CliRun argmap_cli(const std::string& args, const std::filesystem::path& err) {
  CliRun r;
  std::string command = std::string(ARGMAP_BINARY) + " " + args + " 2>'" + err.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

const char* kSmallMap =
    "[Thesis]: Soft drugs should be legal.\n"
    "  + <No harm>: Nobody else is harmed.\n"
    "  - <Harmful>: Они вредны.\n";

TEST(RenderCli, WritesBesideTheInputAndSaysWhere) {
  auto dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "x.argdown") << kSmallMap;
  CliRun r = argmap_cli("render '" + (dir / "x.argdown").string() + "'", dir / "err.txt");
  EXPECT_EQ(r.status, 0) << read_file(dir / "err.txt");
  std::string svg = read_file(dir / "x.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_EQ(svg_groups(svg)["harmful"], "node argument");
  EXPECT_NE(
      read_file(dir / "err.txt").find("wrote " + (dir / "x.svg").string() + " (3 nodes, 2 edges)"),
      std::string::npos)
      << read_file(dir / "err.txt");
}

TEST(RenderCli, FormatFromOptionOrExtensionAndStdout) {
  auto dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "x.argdown") << kSmallMap;
  std::string in = "'" + (dir / "x.argdown").string() + "'";
  CliRun dot = argmap_cli("render " + in + " -o - --format dot", dir / "err.txt");
  EXPECT_EQ(dot.status, 0);
  EXPECT_EQ(dot.out.rfind("digraph argmap {", 0), 0u) << dot.out;
  CliRun pdf =
      argmap_cli("render " + in + " -o '" + (dir / "m.pdf").string() + "'", dir / "err.txt");
  EXPECT_EQ(pdf.status, 0);
  EXPECT_EQ(read_file(dir / "m.pdf").substr(0, 5), "%PDF-");
  CliRun bad =
      argmap_cli("render " + in + " -o '" + (dir / "m.jpeg").string() + "'", dir / "err.txt");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(read_file(dir / "err.txt").find("cannot tell the format"), std::string::npos);
}

TEST(RenderCli, AFailedRenderKeepsThePreviousFile) {
  auto dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "x.argdown") << kSmallMap;
  std::ofstream(dir / "x.svg") << "previous drawing";
  CliRun r =
      argmap_cli("render '" + (dir / "x.argdown").string() + "' --focus Nothing", dir / "err.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(read_file(dir / "err.txt").find("no statement or argument titled 'Nothing'"),
            std::string::npos)
      << read_file(dir / "err.txt");
  EXPECT_EQ(read_file(dir / "x.svg"), "previous drawing");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 3);  // no temporaries
}

TEST(RenderCli, ColorByStatusAndSemanticsOptions) {
  auto dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "x.argdown") << kSmallMap;
  std::string in = "'" + (dir / "x.argdown").string() + "'";
  CliRun r = argmap_cli("render " + in + " -o - --color-by status --semantics preferred --legend",
                        dir / "err.txt");
  EXPECT_EQ(r.status, 0) << read_file(dir / "err.txt");
  auto groups = svg_groups(r.out);
  EXPECT_EQ(groups["thesis"], "node statement status-out");
  EXPECT_EQ(groups["harmful"], "node argument status-in");
  EXPECT_EQ(groups["legend-status-out"], "node legend");
  CliRun bad =
      argmap_cli("render " + in + " -o - --color-by status --semantics naive", dir / "err.txt");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(read_file(dir / "err.txt")
                .find("--semantics must be grounded, complete, preferred or stable"),
            std::string::npos);
  CliRun lone = argmap_cli("render " + in + " -o - --semantics stable", dir / "err.txt");
  EXPECT_EQ(lone.status, 2);
  EXPECT_NE(read_file(dir / "err.txt").find("--semantics needs --color-by status"),
            std::string::npos);
}

TEST(RenderCli, StandardInputAndTheDiagnosticOptions) {
  auto dir = argmap::test_files::scratch_dir();
  // An odd attack cycle: no stable labelling, so the drawing warns.
  std::ofstream(dir / "odd.argdown") << "[X]: x\n  - [Y]: y\n    - [Z]: z\n      - [X]\n";
  std::string odd = "'" + (dir / "odd.argdown").string() + "'";
  std::string status = " --color-by status --semantics stable";
  CliRun piped = argmap_cli("render - -f dot" + status + " < " + odd, dir / "err.txt");
  EXPECT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out.rfind("digraph argmap {", 0), 0u) << piped.out;
  EXPECT_NE(piped.out.find("status-undec"), std::string::npos);
  EXPECT_EQ(read_file(dir / "err.txt"),
            "<stdin>: warning: the map has no stable labelling: every element is drawn UNDEC "
            "[status-no-labelling]\n");
  CliRun quiet = argmap_cli("render - -f dot --no-warn status-no-labelling" + status + " < " + odd,
                            dir / "err.txt");
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(read_file(dir / "err.txt"), "");
  CliRun json = argmap_cli("render " + odd + " -o - -f dot --diagnostics-format json" + status,
                           dir / "err.txt");
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(read_file(dir / "err.txt").find("\"code\": \"status-no-labelling\""), std::string::npos)
      << read_file(dir / "err.txt");
  std::ofstream(dir / "odd.svg") << "previous";
  CliRun strict = argmap_cli("render " + odd + " --werror" + status, dir / "err.txt");
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(read_file(dir / "odd.svg"), "previous");
  CliRun missing = argmap_cli("render '" + (dir / "none.argdown").string() + "'", dir / "err.txt");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(read_file(dir / "err.txt").find("cannot read"), std::string::npos);
}

/// Waits up to 20 s for `path` to contain `needle`.
bool eventually_contains(const std::filesystem::path& path, const std::string& needle) {
  for (int i = 0; i < 200; ++i) {
    if (read_file(path).find(needle) != std::string::npos) return true;
    std::system("sleep 0.1");
  }
  return false;
}

TEST(RenderCli, WatchRedrawsWhenTheMapOrAnIncludeChanges) {
  auto dir = argmap::test_files::scratch_dir();
  std::ofstream(dir / "x.argdown") << kSmallMap;
  std::string pid_file = (dir / "pid").string();
  std::string command = "cd '" + dir.string() + "' && { " + ARGMAP_BINARY +
                        " render x.argdown -o x.svg --watch 2>err.txt & echo $! > pid; }";
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string pid = read_file(pid_file);
  ASSERT_TRUE(eventually_contains(dir / "x.svg", "id=\"harmful\""));
  EXPECT_TRUE(eventually_contains(dir / "err.txt", "argmap: watching 1 file(s)"));
  std::ofstream(dir / "x.argdown", std::ios::app) << "  - <Costly>: It costs a lot.\n";
  EXPECT_TRUE(eventually_contains(dir / "x.svg", "id=\"costly\""));
  // A broken save keeps the last drawing; the next good one replaces it.
  std::ofstream(dir / "x.argdown", std::ios::app) << "<Broken>\n\n(1) p\n----\n";
  EXPECT_TRUE(eventually_contains(dir / "err.txt", "inference without a conclusion"));
  EXPECT_NE(read_file(dir / "x.svg").find("id=\"costly\""), std::string::npos);
  std::system(("kill " + pid).c_str());
}

}  // namespace
}  // namespace argmap
