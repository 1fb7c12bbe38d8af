// `argmap report`: the seminar handout of a map, as one self-contained HTML page or as
// Markdown with the map's SVG beside it; `--watch` rebuilds it whenever the map changes.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "atomic_file.h"
#include "command.h"
#include "diagnostic_printer.h"
#include "explain.h"
#include "file_watch.h"
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

namespace po = boost::program_options;

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
int build(const ReportOptions& options, std::vector<std::string>& watched) {
  Diagnostics diagnostics;
  LoadedMap map = load_map_file(options.input, diagnostics);
  watched.clear();
  for (const SourceFile& f : map.sources.files) watched.push_back(f.path());
  if (watched.empty()) watched.push_back(options.input);
  ReportInput input;
  if (!diagnostics.has_errors()) input = gather(map, diagnostics);
  if (!diagnostics.items().empty())
    std::cerr << format_diagnostics(map.sources, diagnostics, {isatty(2) != 0});
  if (diagnostics.has_errors()) return 1;

  std::string out = output_path(options);
  std::string content, error;
  if (options.format == "md") {
    if (!input.svg.empty() && out != "-") {
      std::filesystem::path svg_path(out);
      svg_path.replace_extension(".svg");
      if (!write_file_atomically(svg_path.string(), input.svg, error)) {
        std::cerr << "argmap: " << error << "\n";
        return 2;
      }
      input.svg_href = svg_path.filename().string();
    }
    content = write_markdown_report(map.model, input);
  } else {
    content = write_html_report(map.model, input);
  }
  if (!write_file_atomically(out, content, error)) {
    std::cerr << "argmap: " << error << "\n";
    return 2;
  }
  if (out != "-") std::cerr << "argmap: wrote " << out << "\n";
  return 0;
}

int run_report(const std::vector<std::string>& args) {
  ReportOptions options;
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "output,o", po::value(&options.output), "output file ('-' for stdout; default: beside FILE)")(
      "format", po::value(&options.format), "html (default) or md")(
      "watch", po::bool_switch(&options.watch), "rebuild whenever the map or an @include changes");
  po::options_description all;
  all.add(visible).add_options()("input", po::value(&options.input));
  po::positional_options_description positional;
  positional.add("input", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "argmap report: " << e.what() << "\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << "usage: argmap report FILE [-o OUT.html] [--format html|md] [--watch]\n\n"
                 "Writes a seminar handout: the map, an outline of the debate, the evidence\n"
                 "and its sources, and questions for discussion, in one page that works\n"
                 "offline; --format md writes Markdown with the map as an SVG beside it.\n\n"
              << visible;
    return 0;
  }
  if (options.input.empty()) {
    std::cerr << "argmap report: no input file (usage: argmap report FILE [-o OUT])\n";
    return 2;
  }
  if (options.format.empty()) {
    std::string ext = std::filesystem::path(options.output).extension().string();
    options.format = ext == ".md" || ext == ".markdown" ? "md" : "html";
  }
  if (options.format != "html" && options.format != "md") {
    std::cerr << "argmap report: unknown format '" << options.format << "' (html or md)\n";
    return 2;
  }
  if (options.watch && options.output == "-") {
    std::cerr << "argmap report: --watch needs an output file, not stdout\n";
    return 2;
  }

  std::vector<std::string> watched;
  int status = build(options, watched);
  if (!options.watch) return status;

  // Poll: cheap, portable, and it follows @includes; the page can simply be reloaded.
  std::cerr << "argmap: watching " << watched.size() << " file(s); Ctrl-C to stop\n";
  FileWatcher watcher;
  watcher.watch(watched);
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    if (!watcher.changed()) continue;
    // Let an editor finish writing before reading.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    build(options, watched);
    watcher.watch(watched);
  }
}

CommandRegistration registration{
    {"report", "report FILE [-o OUT.html] [--format html|md] [--watch]",
     "write a seminar handout: map, outline, sources and questions in one page", run_report}};

}  // namespace
}  // namespace argmap::cli
