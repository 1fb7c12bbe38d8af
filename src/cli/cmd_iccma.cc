// `argmap iccma`: the ICCMA 2023 solver interface over the evaluation engine, so that
// argmap can be run and measured like any competition solver.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "command.h"
#include "diagnostic.h"
#include "grounded.h"
#include "iccma_format.h"
#include "sat_semantics.h"

namespace argmap::cli {
namespace {

constexpr int kTimedOut = 3;  // exit code when --timeout ends the search

const char* const kProblems[] = {"DC-CO", "DS-CO", "SE-CO", "DC-GR", "DS-GR", "SE-GR",
                                 "DC-PR", "DS-PR", "SE-PR", "DC-ST", "DS-ST", "SE-ST"};

void usage(std::ostream& out) {
  out << "usage: argmap iccma -p TASK -f FILE [-a ARG] [--timeout S] [--stats]\n"
         "       argmap iccma --problems\n\n"
         "The ICCMA 2023 solver interface. TASK is DC-, DS- or SE- followed by CO, GR, PR\n"
         "or ST. FILE is ICCMA 2023 ('p af N') or, ending in .apx, ASPARTIX facts.\n"
         "Prints YES/NO (DC, DS) or 'w a1 a2 ...' / NO (SE). Exit code 3 on timeout.\n"
         "--stats prints parse and solve times on stderr.\n";
}

void print_diagnostics(const std::string& path, const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) {
    std::cerr << path << ":" << d.where.line << ":" << d.where.column << ": "
              << (d.severity == Severity::Error ? "error" : "warning") << ": " << d.message << " ["
              << d.code << "]\n";
    for (const auto& note : d.notes) std::cerr << path << ": note: " << note.message << "\n";
  }
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return true;
}

int run_iccma(const std::vector<std::string>& args) {
  std::string task, file, argument;
  double timeout = 0;
  bool stats = false;
  if (args.empty()) {
    std::cout << "argmap 0.1.0\n";
    return 0;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    std::string seconds;
    if (a == "--problems") {
      std::cout << "[";
      for (const char* p : kProblems) std::cout << (p == kProblems[0] ? "" : ",") << p;
      std::cout << "]\n";
      return 0;
    } else if (a == "--stats") {
      stats = true;
    } else if (a == "--help" || a == "-h") {
      usage(std::cout);
      return 0;
    } else if ((a == "-p" && value(task)) || (a == "-f" && value(file)) ||
               (a == "-a" && value(argument))) {
      continue;
    } else if (a == "--timeout" && value(seconds)) {
      try {
        timeout = std::stod(seconds);
      } catch (const std::exception&) {
        timeout = -1;
      }
      if (!(timeout > 0)) {
        std::cerr << "argmap iccma: --timeout needs a positive number of seconds, not '" << seconds
                  << "'\n";
        return 2;
      }
    } else {
      std::cerr << "argmap iccma: unknown or incomplete option '" << a << "'\n";
      usage(std::cerr);
      return 2;
    }
  }
  if (task.size() != 5 || task[2] != '-' ||
      std::find(std::begin(kProblems), std::end(kProblems), task) == std::end(kProblems)) {
    std::cerr << "argmap iccma: "
              << (task.empty() ? "missing -p TASK" : "unknown task '" + task + "'")
              << " (see --problems)\n";
    return 2;
  }
  if (file.empty()) {
    std::cerr << "argmap iccma: missing -f FILE\n";
    return 2;
  }
  const std::string kind = task.substr(0, 2);
  if ((kind == "SE") != argument.empty()) {
    std::cerr << "argmap iccma: "
              << (kind == "SE" ? "SE tasks take no -a" : "missing -a ARG for " + task) << "\n";
    return 2;
  }
  std::string text;
  if (!read_file(file, text)) {
    std::cerr << "argmap iccma: cannot read '" << file << "'\n";
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  Diagnostics diagnostics;
  auto framework = read_framework(file, text, 0, diagnostics);
  const auto parsed = Clock::now();
  // --stats: where the time went, on stderr so that answers stay machine-readable.
  struct StatsOnExit {
    bool on;
    Clock::time_point start, parsed;
    ~StatsOnExit() {
      if (!on) return;
      auto ms = [](Clock::duration d) {
        return std::chrono::duration<double, std::milli>(d).count();
      };
      std::cerr << "c parse " << ms(parsed - start) << " ms, solve " << ms(Clock::now() - parsed)
                << " ms\n";
    }
  } stats_on_exit{stats && framework.has_value(), start, parsed};
  print_diagnostics(file, diagnostics);
  if (!framework) return 2;

  Semantics semantics = *parse_semantics(task.substr(3));
  SearchLimits limits;
  if (timeout > 0)
    limits.deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(timeout));
  auto timed_out = [&] {
    std::cerr << "argmap iccma: timed out after " << timeout << " s on " << task << "\n";
    return kTimedOut;
  };
  const Framework& f = framework->framework;

  if (kind == "SE") {
    SomeLabelling some = some_labelling(f, semantics, limits);
    if (some.status == SearchStatus::TimedOut) return timed_out();
    if (!some.labelling) {
      std::cout << "NO\n";
      return 0;
    }
    std::string line = "w";
    for (NodeId v : in_nodes(*some.labelling)) line += " " + node_name(*framework, v);
    std::cout << line << "\n";
    return 0;
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
    std::cerr << "argmap iccma: '" << argument << "' is not an argument of " << file << "\n";
    return 2;
  }
  Answer answer = kind == "DC" ? credulously_accepted(f, semantics, node, limits)
                               : skeptically_accepted(f, semantics, node, limits);
  if (answer == Answer::Unknown) return timed_out();
  std::cout << (answer == Answer::Yes ? "YES" : "NO") << "\n";
  return 0;
}

const CommandRegistration kRegistration{
    {"iccma", "iccma -p TASK -f FILE [-a ARG]",
     "answer an ICCMA 2023 task (DC/DS/SE for CO, GR, PR, ST) on an abstract framework",
     run_iccma}};

}  // namespace
}  // namespace argmap::cli
