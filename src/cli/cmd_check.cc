// `argmap check FILE... [-]`: reads each map, runs the model checks, and prints
// every diagnostic of every file, sorted, like a compiler.
#include <algorithm>
#include <string>
#include <vector>

#include "analysis.h"
#include "checks.h"
#include "cli_common.h"
#include "command.h"
#include "keep_until_exit.h"

namespace argmap::cli {
namespace {

int run_check(const std::vector<std::string>& args) {
  CommandLine line;
  line.command = "check";
  line.usage = "argmap check FILE... [options]";
  line.summary =
      "Checks argument maps like a compiler: syntax, references, sources, evidence, cycles.\n"
      "FILE '-' reads standard input. Exit status: 0 no errors, 1 errors, 2 usage or I/O "
      "failure.";
  DiagnosticOptions diagnostic_options;
  std::vector<std::string> files;
  add_diagnostic_options(line.options, diagnostic_options);
  bool analyze_map = false;
  line.options.add_options()("analyze", boost::program_options::bool_switch(&analyze_map),
                             "also analyse consistency: each proponent's conflicts and "
                             "undefended claims, contested claims, unanswered attacks, claims "
                             "resting only on assumptions");
  line.hidden.add_options()("file", boost::program_options::value(&files));
  line.positional.add("file", -1);

  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(diagnostic_options, error)) return usage_error(line, error);
  if (files.empty()) return usage_error(line, "no input file");
  if (std::count(files.begin(), files.end(), "-") > 1)
    return usage_error(line, "standard input ('-') can be read only once");

  DiagnosticReport report;
  for (const std::string& file : files) {
    Diagnostics diagnostics;
    LoadedMap map = load_map(file, diagnostics);
    check_model(map.model, diagnostics);
    if (analyze_map && !diagnostics.has_errors()) analyze(map.model, diagnostics);
    report.add(std::move(map.sources), std::move(diagnostics));
    keep_until_exit(std::move(map.model));
  }
  return report.finish(diagnostic_options);
}

const CommandRegistration kCheck{Command{"check", "check FILE... [options]",
                                         "check maps and print diagnostics like a compiler",
                                         run_check}};

}  // namespace
}  // namespace argmap::cli
