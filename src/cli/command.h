// The argmap command is a table of subcommands. Each cmd_*.cc file defines one
// and registers it with a static CommandRegistration, so commands stay independent.
#pragma once

#include <string>
#include <vector>

namespace argmap::cli {

/// A subcommand's entry point: `args` excludes the program and command names.
/// Returns the process exit code (0 ok, 1 findings, 2 usage or I/O failure).
using CommandMain = int (*)(const std::vector<std::string>& args);

struct Command {
  std::string name;
  std::string usage;    ///< one line: "check FILE... [options]"
  std::string summary;  ///< one line: what it does
  CommandMain run;
};

std::vector<Command>& command_table();

struct CommandRegistration {
  explicit CommandRegistration(Command command) { command_table().push_back(std::move(command)); }
};

}  // namespace argmap::cli
