// `argmap report`: the seminar handout of a map, as one self-contained HTML page or as
// Markdown with the map's SVG beside it; `--watch` rebuilds it whenever the map changes.

#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>

#include "atomic_file.h"
#include "cli_common.h"
#include "command.h"
#include "explain.h"
#include "framework_builder.h"
#include "frontend.h"
#include "grounded.h"
#include "html_report.h"
#include "markdown_report.h"
#include "questions.h"
#include "renderer.h"
#include "view.h"

namespace argmap::cli {
namespace {

struct ReportOptions {
  std::string input;
  std::string output;  ///< "" = beside the input
  std::string format;  ///< "html" or "md"; "" = from the output's extension, else html
  bool watch = false;
};

/// The output path: as given, else the input with its extension replaced.
std::string output_path(const ReportOptions& options) {
  if (!options.output.empty()) return options.output;
  std::filesystem::path p(options.input);
  p.replace_extension(options.format == "md" ? ".md" : ".html");
  return p.string();
}

/// What the other stages contribute to a handout: the map drawing coloured by the
/// grounded labelling with a legend (on screen; in the mono theme for print, the
/// status shown by border lines), the node ids, labels and findings.
ReportInput gather(const LoadedMap& map, Diagnostics& diagnostics) {
  ReportInput input;
  ViewOptions view_options;
  view_options.legend = true;
  view_options.color_by = ColorBy::Status;
  view_options.semantics = Semantics::Grounded;
  View view = build_view(map.model, view_options, diagnostics);
  for (const ViewNode& node : view.nodes)
    if (node.element.valid()) input.svg_ids[node.element] = node.id;
  RenderOptions render_options;
  render_options.format = Format::Svg;
  if (auto svg = render(view, render_options, diagnostics)) input.svg = std::move(*svg);
  view_options.theme = "mono";
  Diagnostics repeated;  // the same findings again: the screen drawing reported them
  if (auto svg = render(build_view(map.model, view_options, repeated), render_options, repeated))
    input.print_svg = std::move(*svg);
  // The grounded labelling, with each element's explanation, for the side panel
  // and for the questions (only attacks by standing claims are unanswered).
  MapFramework framework = build_framework(map.model);
  ExplainOptions explain_options;
  Labelling labelling = grounded(framework.framework.framework, &explain_options.decided_at);
  std::map<ElementRef, std::string> labels;
  for (NodeId n = 0; n < labelling.size(); ++n) {
    ElementRef element = framework.element(n);
    labels[element] = std::string(label_name(labelling[n]));
    input.status[element] = {labels[element], explain(framework, labelling, n, explain_options)};
  }
  input.findings = derive_findings(map.model, labels);
  return input;
}

/// Builds the handout once. Returns the exit code and fills `watched` with the files
/// read (the map and its @includes), so --watch follows them all.
int build(const ReportOptions& options, const DiagnosticOptions& diagnostic_options,
          std::vector<std::string>& watched) {
  Diagnostics diagnostics;
  LoadedMap map = load_map(options.input, diagnostics);
  watched.clear();
  for (const SourceFile& f : map.sources.files) watched.push_back(f.path());
  if (watched.empty() && options.input != "-") watched.push_back(options.input);
  ReportInput input;
  if (!diagnostics.has_errors()) input = gather(map, diagnostics);
  Model model = std::move(map.model);
  DiagnosticReport report;
  report.add(std::move(map.sources), std::move(diagnostics));
  int status = report.finish(diagnostic_options);
  if (status != kExitOk) return status;

  std::string out = output_path(options);
  std::string content, error;
  if (options.format == "md") {
    if (!input.svg.empty() && out != "-") {
      std::filesystem::path svg_path(out);
      svg_path.replace_extension(".svg");
      if (!write_file_atomically(svg_path.string(), input.svg, error)) {
        std::cerr << "argmap: " << error << "\n";
        return kExitFailure;
      }
      input.svg_href = svg_path.filename().string();
    }
    content = write_markdown_report(model, input);
  } else {
    content = write_html_report(model, input);
  }
  if (!write_file_atomically(out, content, error)) {
    std::cerr << "argmap: " << error << "\n";
    return kExitFailure;
  }
  if (out != "-") std::cerr << "argmap: wrote " << out << "\n";
  return kExitOk;
}

int run_report(const std::vector<std::string>& args) {
  ReportOptions options;
  DiagnosticOptions diagnostic_options;
  CommandLine line;
  line.command = "report";
  line.usage = "argmap report FILE [-o OUT.html] [--format html|md] [--watch]";
  line.summary =
      "Writes a seminar handout: the map, an outline of the debate, the evidence\n"
      "and its sources, and questions for discussion, in one page that works\n"
      "offline; --format md writes Markdown with the map as an SVG beside it.\n"
      "FILE '-' reads standard input (and then writes to standard output).";
  namespace po = boost::program_options;
  line.options.add_options()("output,o", po::value(&options.output),
                             "output file ('-' for stdout; default: beside FILE)")(
      "format", po::value(&options.format), "html (default) or md")(
      "watch", po::bool_switch(&options.watch), "rebuild whenever the map or an @include changes");
  add_diagnostic_options(line.options, diagnostic_options);
  line.hidden.add_options()("input", po::value(&options.input));
  line.positional.add("input", 1);
  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(diagnostic_options, error)) return usage_error(line, error);
  if (options.input.empty()) return usage_error(line, "no input file");
  if (options.input == "-" && options.output.empty()) options.output = "-";
  if (options.format.empty()) {
    std::string ext = std::filesystem::path(options.output).extension().string();
    options.format = ext == ".md" || ext == ".markdown" ? "md" : "html";
  }
  if (options.format != "html" && options.format != "md") {
    std::cerr << "argmap report: unknown format '" << options.format << "' (html or md)\n";
    return kExitFailure;
  }
  if (options.watch && (options.output == "-" || options.input == "-")) {
    std::cerr << "argmap report: --watch needs a map file and an output file, not '-'\n";
    return kExitFailure;
  }

  std::vector<std::string> watched;
  if (!options.watch) return build(options, diagnostic_options, watched);
  watch_and_rebuild([&] {
    build(options, diagnostic_options, watched);
    return watched;
  });
}

CommandRegistration registration{
    {"report", "report FILE [-o OUT.html] [--format html|md] [--watch]",
     "write a seminar handout: map, outline, sources and questions in one page", run_report}};

}  // namespace
}  // namespace argmap::cli
