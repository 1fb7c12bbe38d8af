// `argmap iccma`: the ICCMA 2023 solver interface over the evaluation engine, so that
// argmap can be run and measured like any competition solver.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>

#include "cli_common.h"
#include "command.h"
#include "diagnostic.h"
#include "grounded.h"
#include "iccma_format.h"
#include "sat_semantics.h"

namespace argmap::cli {
namespace {

const char* const kProblems[] = {"DC-CO", "DS-CO", "SE-CO", "DC-GR", "DS-GR", "SE-GR",
                                 "DC-PR", "DS-PR", "SE-PR", "DC-ST", "DS-ST", "SE-ST"};

int run_iccma(const std::vector<std::string>& args) {
  namespace po = boost::program_options;
  // The interface's own probe: no arguments prints the solver's name and version.
  if (args.empty()) {
    std::cout << "argmap 0.1.0\n";
    return kExitOk;
  }
  CommandLine line;
  line.command = "iccma";
  line.usage = "argmap iccma -p TASK -f FILE [-a ARG] [--timeout S] [--stats] | --problems";
  line.summary =
      "The ICCMA 2023 solver interface. TASK is DC-, DS- or SE- followed by CO, GR, PR or ST.\n"
      "FILE is ICCMA 2023 ('p af N') or, ending in .apx, ASPARTIX facts; '-' reads standard\n"
      "input (ICCMA format). Prints YES/NO (DC, DS) or 'w a1 a2 ...' / NO (SE).\n"
      "Exit status: 0 answered, 1 errors in FILE, 2 usage or I/O failure, 3 the --timeout\n"
      "passed before the search ended (nothing printed on stdout).";
  std::string task, file, argument, timeout;
  bool stats = false, problems = false;
  DiagnosticOptions diagnostic_options;
  line.options.add_options()                                                    //
      ("task,p", po::value(&task)->value_name("TASK"), "the task, e.g. DC-PR")  //
      ("file,f", po::value(&file)->value_name("FILE"), "the framework")         //
      ("argument,a", po::value(&argument)->value_name("ARG"),
       "the query argument of DC and DS tasks")                                      //
      ("problems", po::bool_switch(&problems), "list the supported tasks and exit")  //
      ("timeout", po::value(&timeout)->value_name("S"),
       "give up after S seconds (fractions allowed) with a message and exit status 3")  //
      ("stats", po::bool_switch(&stats), "print parse and solve times on stderr");
  add_diagnostic_options(line.options, diagnostic_options);
  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(diagnostic_options, error)) return usage_error(line, error);
  if (problems) {
    std::cout << "[";
    for (const char* p : kProblems) std::cout << (p == kProblems[0] ? "" : ",") << p;
    std::cout << "]\n";
    return kExitOk;
  }
  double seconds = 0;
  if (!timeout.empty()) {
    try {
      std::size_t used = 0;
      seconds = std::stod(timeout, &used);
      if (used != timeout.size()) seconds = -1;
    } catch (const std::exception&) {
      seconds = -1;
    }
    if (!(seconds > 0))
      return usage_error(line,
                         "--timeout needs a positive number of seconds, not '" + timeout + "'");
  }
  if (std::find(std::begin(kProblems), std::end(kProblems), task) == std::end(kProblems))
    return usage_error(line, (task.empty() ? "missing -p TASK" : "unknown task '" + task + "'") +
                                 std::string(" (see --problems)"));
  if (file.empty()) return usage_error(line, "missing -f FILE");
  const std::string kind = task.substr(0, 2);
  if ((kind == "SE") != argument.empty())
    return usage_error(line, kind == "SE" ? "SE tasks take no -a" : "missing -a ARG for " + task);
  // The clock starts before reading: --timeout bounds the whole run.
  SearchLimits limits;
  if (seconds > 0)
    limits.deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(seconds));
  const std::string shown = file == "-" ? kStdinName : file;
  std::string text;
  if (!read_input(file, text, error)) {
    std::cerr << "argmap iccma: " << error << "\n";
    return kExitFailure;
  }
  // --stats: CPU and wall time of parsing and solving, on stderr so that answers stay
  // machine-readable (the machine may be shared: CPU time is the fair measure).
  using Clock = std::chrono::steady_clock;
  struct Stamp {
    Clock::time_point wall = Clock::now();
    std::clock_t cpu = std::clock();
  };
  const Stamp start;
  Diagnostics diagnostics;
  auto framework = read_framework(shown, text, 0, diagnostics);
  const Stamp parsed;
  struct StatsOnExit {
    bool on;
    Stamp start, parsed, solved;
    ~StatsOnExit() {
      if (!on) return;
      auto wall = [](const Stamp& a, const Stamp& b) {
        return std::chrono::duration<double, std::milli>(b.wall - a.wall).count();
      };
      auto cpu = [](const Stamp& a, const Stamp& b) {
        return 1000.0 * double(b.cpu - a.cpu) / CLOCKS_PER_SEC;
      };
      std::cerr << "c parse " << cpu(start, parsed) << " ms cpu " << wall(start, parsed)
                << " ms wall, solve " << cpu(parsed, solved) << " ms cpu " << wall(parsed, solved)
                << " ms wall\n";
    }
  } stats_on_exit{stats && framework.has_value(), start, parsed, parsed};
  // Diagnostics point into the text: only a file with some pays for its line index.
  if (!diagnostics.items().empty() || !framework) {
    DiagnosticReport report;
    SourceSet sources;
    sources.add(shown, std::move(text));
    report.add(std::move(sources), std::move(diagnostics));
    int code = report.finish(diagnostic_options);
    if (!framework || code != kExitOk) return code == kExitOk ? kExitFindings : code;
  }

  Semantics semantics = *parse_semantics(task.substr(3));
  auto timed_out = [&] {
    std::cerr << "argmap iccma: timed out after " << seconds << " s on " << task
              << "; no answer (raise --timeout)\n";
    return kExitTimeout;
  };
  const Framework& f = framework->framework;

  if (kind == "SE") {
    SomeLabelling some = some_labelling(f, semantics, limits);
    stats_on_exit.solved = Stamp();
    if (some.status == SearchStatus::TimedOut) return timed_out();
    if (!some.labelling) {
      std::cout << "NO\n";
      return kExitOk;
    }
    std::string answer = "w";
    for (NodeId v : in_nodes(*some.labelling)) answer += " " + node_name(*framework, v);
    std::cout << answer << "\n";
    return kExitOk;
  }

  // The query argument: a number for ICCMA files, a name for APX.
  NodeId node = 0;
  bool found = false;
  if (framework->names.empty()) {
    try {
      std::size_t used = 0;
      unsigned long k = std::stoul(argument, &used);
      found = used == argument.size() && k >= 1 && k <= f.size();
      node = static_cast<NodeId>(k - 1);
    } catch (const std::exception&) {
    }
  } else {
    for (NodeId v = 0; v < f.size() && !found; ++v)
      if (framework->names[v] == argument) node = v, found = true;
  }
  if (!found) {
    std::cerr << "argmap iccma: '" << argument << "' is not an argument of " << shown << "\n";
    return kExitFailure;
  }
  Answer answer = kind == "DC" ? credulously_accepted(f, semantics, node, limits)
                               : skeptically_accepted(f, semantics, node, limits);
  stats_on_exit.solved = Stamp();
  if (answer == Answer::Unknown) return timed_out();
  std::cout << (answer == Answer::Yes ? "YES" : "NO") << "\n";
  return kExitOk;
}

const CommandRegistration kRegistration{
    {"iccma", "iccma -p TASK -f FILE [-a ARG]",
     "answer an ICCMA 2023 task (DC/DS/SE for CO, GR, PR, ST) on an abstract framework",
     run_iccma}};

}  // namespace
}  // namespace argmap::cli
