// argmap: check, evaluate and draw argument maps. A thin layer over the libraries:
// find the subcommand, run it, turn escaped exceptions into a message and exit 2.
#include <algorithm>
#include <exception>
#include <iostream>
#include <new>

#include "command.h"

#ifdef ARGMAP_JEMALLOC
// jemalloc reads its options from this symbol when it starts, before main: 2 MiB
// pages for the model, or a large map costs a page fault per 4 KiB it touches.
extern "C" const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:auto";
#endif

namespace argmap::cli {

std::vector<Command>& command_table() {
  static std::vector<Command> table;
  return table;
}

namespace {

void print_help(std::ostream& out) {
  auto commands = command_table();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  out << "usage: argmap COMMAND [options]\n\n"
         "argmap checks, evaluates and draws argument maps written in Argdown.\n\n"
         "commands:\n";
  for (const auto& c : commands) {
    out << "  " << c.usage << "\n      " << c.summary << "\n";
  }
  out << "\nRun 'argmap COMMAND --help' for a command's options.\n";
}

}  // namespace
}  // namespace argmap::cli

int main(int argc, char** argv) {
  using namespace argmap::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "argmap 0.1.0\n";
    return 0;
  }
  const auto& table = command_table();
  auto it =
      std::find_if(table.begin(), table.end(), [&](const Command& c) { return c.name == args[0]; });
  if (it == table.end()) {
    std::cerr << "argmap: unknown command '" << args[0] << "'\n";
    print_help(std::cerr);
    return 2;
  }
  try {
    return it->run(std::vector<std::string>(args.begin() + 1, args.end()));
  } catch (const std::bad_alloc&) {
    std::cerr << "argmap: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "argmap: internal error: " << e.what() << "\n";
  }
  return 2;
}
