// `argmap export FILE --to FORMAT [-o OUT]`: reads a map and writes its model in
// one of the registered formats, atomically (never a half-written file).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "cli_common.h"
#include "command.h"
#include "export_formats.h"
#include "json_export.h"
#include "keep_until_exit.h"

namespace argmap::cli {

std::vector<ExportFormat>& export_formats() {
  static std::vector<ExportFormat> formats;
  return formats;
}

namespace {

std::string write_json_string(const LoadedMap& map, Diagnostics&) {
  return export_json(map.model, map.sources);
}

const ExportFormatRegistration kJson{
    ExportFormat{"json",
                 "the model in the shape of `argdown json`, plus sources, evidence, "
                 "proponents and locations",
                 write_json_string}};

const ExportFormat* find_format(const std::string& name) {
  for (const ExportFormat& format : export_formats())
    if (format.name == name) return &format;
  return nullptr;
}

std::string format_list() {
  std::vector<std::string> names;
  for (const ExportFormat& format : export_formats()) names.push_back(format.name);
  std::sort(names.begin(), names.end());
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

int run_export(const std::vector<std::string>& args) {
  CommandLine line;
  line.command = "export";
  line.usage = "argmap export FILE --to FORMAT [-o OUT] [options]";
  std::vector<ExportFormat> formats = export_formats();
  std::sort(formats.begin(), formats.end(),
            [](const ExportFormat& a, const ExportFormat& b) { return a.name < b.name; });
  line.summary =
      "Writes a map's model in another format. FILE '-' reads standard input;\n"
      "OUT '-' (the default) is standard output. Formats:";
  for (const ExportFormat& format : formats)
    line.summary += "\n  " + format.name + ": " + format.summary;

  DiagnosticOptions diagnostic_options;
  std::vector<std::string> files;
  std::string to, out = "-";
  line.options.add_options()  //
      ("to", boost::program_options::value(&to)->value_name("FORMAT")->required(),
       ("the output format: " + format_list()).c_str())  //
      ("output,o", boost::program_options::value(&out)->value_name("OUT"),
       "where to write ('-' for standard output, the default)");
  add_diagnostic_options(line.options, diagnostic_options);
  line.hidden.add_options()("file", boost::program_options::value(&files));
  line.positional.add("file", -1);

  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(diagnostic_options, error)) return usage_error(line, error);
  if (files.size() != 1)
    return usage_error(line, files.empty() ? "no input file" : "export takes exactly one file");
  const ExportFormat* format = find_format(to);
  if (!format)
    return usage_error(line, "unknown format '" + to + "' (known: " + format_list() + ")");

  Diagnostics diagnostics;
  LoadedMap map = load_map(files.front(), diagnostics);
  // JSON is streamed to the file as it is written (about 14 bytes per byte of
  // map: no need to hold it all); the other formats come back as one string.
  const bool stream = format->write == write_json_string;
  std::string content;
  if (!diagnostics.has_errors() && !stream) content = format->write(map, diagnostics);
  DiagnosticReport report;
  // The report keeps its own copy of the sources to quote them; none is needed
  // (and none is made of a large map) when there is nothing to report.
  const bool quiet = diagnostics.items().empty();
  report.add(quiet ? SourceSet{} : map.sources, std::move(diagnostics));
  exit_code = report.finish(diagnostic_options);
  if (exit_code != kExitOk) return exit_code;  // never write the model of a broken map

  AtomicFile file;
  bool ok = file.open(out, error);
  if (ok && stream) {
    write_json(map.model, map.sources, [&](std::string_view chunk) { return file.write(chunk); });
  } else if (ok) {
    file.write(content);
  }
  keep_until_exit(std::move(map));
  if (!ok || !file.commit(error)) {
    std::cerr << "argmap export: " << error << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

const CommandRegistration kExport{Command{"export", "export FILE --to FORMAT [-o OUT] [options]",
                                          "write a map's model as JSON (or another format)",
                                          run_export}};

}  // namespace
}  // namespace argmap::cli
