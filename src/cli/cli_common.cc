#include "cli_common.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <limits>

#include "check_codes.h"
#include "diagnostic_printer.h"
#include "file_watch.h"

namespace po = boost::program_options;

namespace argmap::cli {
namespace {

/// A file index no SourceSet has: the printer shows such a diagnostic as
/// "argmap: ..." (an unreadable file has no text to point into).
constexpr std::uint32_t kNoFile = std::numeric_limits<std::uint32_t>::max();

bool read_stdin(std::string& text, std::string& error) {
  char buffer[1 << 16];
  for (;;) {
    std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
    text.append(buffer, n);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(stdin)) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

bool use_color(const std::string& choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && !(no_color && *no_color) &&
         !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace

void add_diagnostic_options(po::options_description& options, DiagnosticOptions& values) {
  options.add_options()  //
      ("diagnostics-format", po::value(&values.format)->value_name("FORMAT")->default_value("text"),
       "how to print diagnostics: text (GCC's form) or json")  //
      ("no-warn", po::value(&values.no_warn)->value_name("CODE")->composing(),
       "silence warnings and notes with this code (repeatable); see docs/diagnostics.md")  //
      ("werror", po::bool_switch(&values.werror), "treat warnings as errors")              //
      ("color", po::value(&values.color)->value_name("WHEN")->default_value("auto"),
       "colour diagnostics: auto (only on a terminal), always, never");
}

bool validate(const DiagnosticOptions& options, std::string& error) {
  if (options.format != "text" && options.format != "json") {
    error = "--diagnostics-format must be 'text' or 'json', not '" + options.format + "'";
    return false;
  }
  if (options.color != "auto" && options.color != "always" && options.color != "never") {
    error = "--color must be 'auto', 'always' or 'never', not '" + options.color + "'";
    return false;
  }
  for (const std::string& code : options.no_warn) {
    for (const CheckCodeInfo& info : kCheckCodes) {
      if (info.code == code && info.severity == Severity::Error) {
        error = "'" + code + "' is an error and cannot be silenced";
        return false;
      }
    }
  }
  return true;
}

int usage_error(const CommandLine& line, const std::string& message) {
  std::cerr << "argmap " << line.command << ": " << message << "\n"
            << "usage: " << line.usage << "\n"
            << "Try 'argmap " << line.command << " --help' for more information.\n";
  return kExitFailure;
}

ParseResult parse_command_line(CommandLine& line, const std::vector<std::string>& args,
                               int& exit_code) {
  line.options.add_options()("help,h", po::bool_switch(), "show this help and exit");
  po::options_description all;
  all.add(line.options).add(line.hidden);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(line.positional).run(), values);
  } catch (const po::error& e) {
    exit_code = usage_error(line, e.what());
    return ParseResult::Exit;
  }
  // --help before notify(), which would complain about a missing required option.
  if (values.count("help") && values["help"].as<bool>()) {
    std::cout << "usage: " << line.usage << "\n\n" << line.summary << "\n\n" << line.options;
    exit_code = kExitOk;
    return ParseResult::Exit;
  }
  try {
    po::notify(values);
  } catch (const po::error& e) {
    exit_code = usage_error(line, e.what());
    return ParseResult::Exit;
  }
  return ParseResult::Run;
}

LoadedMap load_map(const std::string& path, Diagnostics& diagnostics) {
  if (path != "-") {
    // An ifstream opens a directory and reads nothing from it: say so instead
    // of checking an empty map.
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) {
      diagnostics.error("io", Location{}, "cannot read '" + path + "': Is a directory");
      return LoadedMap{};
    }
    return load_map_file(path, diagnostics);
  }
  std::string text, error;
  if (!read_stdin(text, error)) {
    diagnostics.error("io", Location{}, "cannot read standard input: " + error);
    return LoadedMap{};
  }
  return load_map_text(kStdinName, std::move(text), diagnostics);
}

bool read_input(const std::string& path, std::string& text, std::string& error) {
  if (path == "-") {
    if (read_stdin(text, error)) return true;
    error = "cannot read standard input: " + error;
    return false;
  }
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    error = "cannot read '" + path + "': Is a directory";
    return false;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    error = "cannot read '" + path + "': " + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
  bool failed = std::ferror(file);
  std::fclose(file);
  if (failed) error = "cannot read '" + path + "': read error";
  return !failed;
}

void drop_silenced(const DiagnosticOptions& options, Diagnostics& diagnostics) {
  // Notes (the analysis's findings) can be silenced like warnings; errors never.
  std::erase_if(diagnostics.items(), [&](const Diagnostic& d) {
    return d.severity != Severity::Error &&
           std::find(options.no_warn.begin(), options.no_warn.end(), d.code) !=
               options.no_warn.end();
  });
}

void DiagnosticReport::add(SourceSet sources, Diagnostics diagnostics) {
  const auto base = static_cast<std::uint32_t>(sources_.files.size());
  const auto files = static_cast<std::uint32_t>(sources.files.size());
  auto move = [&](Location& where) {
    where.file = where.file < files ? base + where.file : kNoFile;
  };
  for (Diagnostic& d : diagnostics.items()) {
    move(d.where);
    for (DiagnosticNote& note : d.notes) move(note.where);
    diagnostics_.items().push_back(std::move(d));
  }
  for (SourceFile& file : sources.files) sources_.files.push_back(std::move(file));
}

int DiagnosticReport::finish(const DiagnosticOptions& options) {
  auto& items = diagnostics_.items();
  drop_silenced(options, diagnostics_);
  if (options.werror)
    for (Diagnostic& d : items)
      if (d.severity == Severity::Warning) d.severity = Severity::Error;

  if (options.format == "json")
    std::cerr << format_diagnostics_json(sources_, diagnostics_);
  else
    std::cerr << format_diagnostics(sources_, diagnostics_, PrintOptions{use_color(options.color)});
  std::cerr.flush();

  bool io_failure =
      std::any_of(items.begin(), items.end(), [](const Diagnostic& d) { return d.code == "io"; });
  if (io_failure) return kExitFailure;
  return diagnostics_.has_errors() ? kExitFindings : kExitOk;
}

void watch_and_rebuild(const std::function<std::vector<std::string>()>& build) {
  std::size_t announced = 0;
  auto build_and_say = [&] {
    std::vector<std::string> files = build();
    if (files.size() != announced)  // the first build, or @includes came or went
      std::cerr << "argmap: watching " << files.size() << " file(s); Ctrl-C to stop\n";
    announced = files.size();
    return files;
  };
  // Polling: cheap, portable, and it follows @includes; the reader simply reloads.
  rebuild_on_change(build_and_say, [] { return true; });
  std::abort();  // unreachable: the loop above never ends
}

}  // namespace argmap::cli
