// What the subcommands share: parsing a command line, reading a map from a file
// or standard input, the diagnostic options, printing diagnostics, exit codes.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "frontend.h"
#include "source.h"

namespace argmap::cli {

inline constexpr int kExitOk = 0;        ///< no errors
inline constexpr int kExitFindings = 1;  ///< errors in a map (or warnings under --werror)
inline constexpr int kExitFailure = 2;   ///< bad usage, or a file that cannot be read or written
inline constexpr int kExitTimeout = 3;   ///< --timeout ended a search (eval, iccma)

/// The name standard input goes by in diagnostics, as in GCC.
inline constexpr const char* kStdinName = "<stdin>";

/// `--diagnostics-format`, `--no-warn`, `--werror`, `--color`.
struct DiagnosticOptions {
  std::string format = "text";  ///< text | json
  std::vector<std::string> no_warn;
  bool werror = false;
  std::string color = "auto";  ///< auto | always | never
};

/// Adds the diagnostic options to `options`, storing into `values`.
void add_diagnostic_options(boost::program_options::options_description& options,
                            DiagnosticOptions& values);

/// A subcommand's command line: its options (shown by --help) and positional arguments.
struct CommandLine {
  std::string command;  ///< "check"
  std::string usage;    ///< "argmap check FILE... [options]"
  std::string summary;  ///< one line under the usage in --help
  boost::program_options::options_description options{"options"};
  boost::program_options::positional_options_description positional;
  boost::program_options::options_description hidden;  ///< the positionals' storage
};

enum class ParseResult { Run, Exit };

/// Parses `args` into the variables bound in `line` (adds --help). On --help
/// prints help to stdout and sets `exit_code` 0; on a usage error prints it with
/// the usage to stderr and sets `exit_code` 2. Either way returns Exit.
ParseResult parse_command_line(CommandLine& line, const std::vector<std::string>& args,
                               int& exit_code);

/// Prints "argmap COMMAND: message" and a hint to stderr; returns 2.
int usage_error(const CommandLine& line, const std::string& message);

/// Reads a map from `path`, or from standard input when `path` is "-".
LoadedMap load_map(const std::string& path, Diagnostics& diagnostics);

/// Reads any text file, or standard input when `path` is "-"; on failure `error`
/// says why ("cannot read 'f': No such file or directory").
bool read_input(const std::string& path, std::string& text, std::string& error);

/// Drops the warnings and notes silenced by --no-warn (as finish() does), for
/// commands that also put diagnostics into their own output.
void drop_silenced(const DiagnosticOptions& options, Diagnostics& diagnostics);

/// Diagnostics of one or several maps, gathered to be printed together.
class DiagnosticReport {
 public:
  /// Adds the diagnostics of one map (its sources are taken over).
  void add(SourceSet sources, Diagnostics diagnostics);
  /// Drops warnings silenced by --no-warn, applies --werror, prints to stderr in
  /// the chosen format, and returns the exit code (0, 1, or 2 on an I/O failure).
  int finish(const DiagnosticOptions& options);

 private:
  SourceSet sources_;
  Diagnostics diagnostics_;
};

/// Whether the options are valid; otherwise `error` says why.
bool validate(const DiagnosticOptions& options, std::string& error);

}  // namespace argmap::cli
