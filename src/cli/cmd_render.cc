// `argmap render FILE`: read a map, build its view, draw it through Graphviz and
// write DOT, SVG, PNG or PDF atomically (beside the input unless -o says where).
#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "atomic_file.h"
#include "cli_common.h"
#include "command.h"
#include "keep_until_exit.h"
#include "renderer.h"
#include "view.h"

namespace argmap::cli {
namespace {

/// Above this many nodes a whole map is hard to read, however fast it is drawn.
constexpr std::size_t kSuggestFocusNodes = 1500;

/// Prints "laying out N nodes... 3.2 s" on a TTY while the layout runs.
class ElapsedTicker {
 public:
  ElapsedTicker(std::size_t nodes, bool active) : nodes_(nodes) {
    if (active) thread_ = std::thread([this] { run(); });
  }
  ~ElapsedTicker() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
    std::cerr << "\r\033[K" << std::flush;
  }

 private:
  void run() {
    auto start = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return done_; })) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      char line[96];
      std::snprintf(line, sizeof line, "\rlaying out %zu nodes... %.1f s", nodes_, s);
      std::cerr << line << std::flush;
    }
  }

  std::size_t nodes_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

bool parse_enum(const std::string& value, std::initializer_list<const char*> names, int& out) {
  int i = 0;
  for (const char* name : names) {
    if (value == name) {
      out = i;
      return true;
    }
    ++i;
  }
  return false;
}

struct RenderRequest {
  std::string input, output;
  ViewOptions view;
  RenderOptions render;
  DiagnosticOptions diagnostics;
  bool watch = false;  ///< draws again and again: nothing may be kept until exit
};

/// Draws the map once. Returns the exit code and fills `read` with the files read
/// (the map and its @includes), which --watch follows.
int render_once(const RenderRequest& request, std::vector<std::string>& read) {
  Diagnostics diagnostics;
  LoadedMap map = load_map(request.input, diagnostics);
  read.clear();
  for (const SourceFile& f : map.sources.files) read.push_back(f.path());
  if (read.empty() && request.input != "-") read.push_back(request.input);
  if (diagnostics.has_errors()) {
    DiagnosticReport report;
    report.add(std::move(map.sources), std::move(diagnostics));
    return report.finish(request.diagnostics);
  }

  View view = build_view(map.model, request.view, diagnostics);
  std::size_t nodes = view.nodes.size();
  bool drawn = false;
  std::optional<std::string> bytes;
  if (!diagnostics.has_errors()) {
    if (view.fast_layout) {
      std::cerr << "argmap: note: " << nodes
                << " nodes: using Graphviz's faster layout settings (mclimit, nslimit, "
                   "newrank without clusters); --exact-layout for the full layout\n";
    }
    if (view.rankdir_auto) {
      std::cerr << "argmap: note: the map is wide and shallow: drawn left to right; "
                   "--rankdir BT keeps Argdown's bottom-to-top\n";
    }
    if (nodes > kSuggestFocusNodes && request.view.focus.empty()) {
      std::cerr << "argmap: note: a map of " << nodes
                << " nodes is hard to read whole; try --focus TITLE --depth 2 to draw one "
                   "sub-debate\n";
    }
    bool tty = ::isatty(STDERR_FILENO) != 0 && request.render.format != Format::Dot;
    ElapsedTicker ticker(nodes, tty && nodes > 300);
    // The graph is kept until exit rather than freed, as `dot` does (the library frees
    // it for every other caller): freeing it is ~4 % of a render.
    std::shared_ptr<void> graph;
    bytes = render(view, request.render, diagnostics, graph);
    if (!request.watch) {
      keep_until_exit(std::move(graph));
      keep_until_exit(std::move(map.model));
    }
    drawn = bytes.has_value();
  }
  DiagnosticReport report;
  report.add(std::move(map.sources), std::move(diagnostics));
  int status = report.finish(request.diagnostics);
  // A map that cannot be drawn (unknown focus, Graphviz failure) is a failure of
  // the command, not a finding in the map.
  if (!drawn) return kExitFailure;
  if (status != kExitOk) return status;  // --werror

  std::string error;
  if (!write_file_atomically(request.output, *bytes, error)) {
    std::cerr << "argmap render: " << error << "\n";
    return kExitFailure;
  }
  if (request.output != "-") {
    std::cerr << "argmap: wrote " << request.output << " (" << nodes << " nodes, "
              << view.edges.size() << " edges";
    if (view.hidden) std::cerr << ", " << view.hidden << " elements not drawn";
    std::cerr << ")\n";
  }
  return kExitOk;
}

int run_render(const std::vector<std::string>& args) {
  RenderRequest request;
  std::string format_text, theme = "default", focus, group_by = "section", color_by = "tag",
                           rankdir, semantics;
  int depth = 1, wrap = 40;
  double node_width = 2.5;
  bool legend = false, exact_layout = false, watch = false;
  CommandLine line;
  line.command = "render";
  line.usage = "argmap render FILE [-o OUT] [--format dot|svg|png|pdf] [options]";
  line.summary =
      "Draws the map through Graphviz. Without -o the drawing goes beside FILE\n"
      "(maps/x.argdown -> maps/x.svg); files are written atomically. FILE '-' reads\n"
      "standard input (and then writes to standard output unless -o says otherwise).";
  namespace po = boost::program_options;
  line.options.add_options()(
      "output,o", po::value(&request.output),
      "output file; '-' for standard output (default: beside FILE, with the format's extension)")(
      "format,f", po::value(&format_text), "dot, svg, png or pdf (default: from OUT, else svg)")(
      "theme", po::value(&theme), "default (Argdown's colours) or mono (black and white)")(
      "legend", po::bool_switch(&legend), "add a key of the node and edge kinds drawn")(
      "focus", po::value(&focus), "draw only the neighbourhood of this statement or argument")(
      "depth", po::value(&depth), "relation steps around --focus (default 1)")(
      "group-by", po::value(&group_by), "section, proponent or none (default section)")(
      "color-by", po::value(&color_by),
      "tag, proponent or status (default tag); status: IN, OUT, UNDEC from the evaluation, "
      "with --theme mono as solid, dashed, dotted borders")(
      "semantics", po::value(&semantics),
      "the labelling --color-by status draws: grounded (default), complete, preferred or "
      "stable; for the last three the skeptical verdict (IN or OUT if every labelling says "
      "so, else UNDEC)")("rankdir", po::value(&rankdir),
                         "BT, TB, LR or RL (default: the map's, else BT)")(
      "wrap", po::value(&wrap), "characters per label line (default 40)")(
      "node-width", po::value(&node_width), "minimum node width in inches (default 2.5)")(
      "exact-layout", po::bool_switch(&exact_layout),
      "never switch large maps to Graphviz's faster layout settings")(
      "watch", po::bool_switch(&watch),
      "draw again whenever the map or one of its @includes changes (Ctrl-C to stop)");
  add_diagnostic_options(line.options, request.diagnostics);
  line.hidden.add_options()("input", po::value(&request.input));
  line.positional.add("input", 1);
  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(request.diagnostics, error)) return usage_error(line, error);
  if (request.input.empty()) return usage_error(line, "no input file");

  ViewOptions& view_options = request.view;
  int choice = 0;
  if (!parse_enum(theme, {"default", "mono"}, choice))
    return usage_error(line, "unknown theme '" + theme + "' (default or mono)");
  view_options.theme = theme;
  if (!parse_enum(group_by, {"section", "proponent", "none"}, choice))
    return usage_error(line, "--group-by must be section, proponent or none");
  view_options.group_by = static_cast<GroupBy>(choice);
  if (!parse_enum(color_by, {"tag", "proponent", "status"}, choice))
    return usage_error(line, "--color-by must be tag, proponent or status");
  view_options.color_by = static_cast<ColorBy>(choice);
  if (!semantics.empty()) {
    auto sem = parse_semantics(semantics);
    if (!sem)
      return usage_error(line, "--semantics must be grounded, complete, preferred or stable");
    if (view_options.color_by != ColorBy::Status)
      return usage_error(line, "--semantics needs --color-by status");
    view_options.semantics = *sem;
  }
  if (!rankdir.empty()) {
    if (!parse_enum(rankdir, {"BT", "TB", "LR", "RL"}, choice))
      return usage_error(line, "--rankdir must be BT, TB, LR or RL");
    view_options.rankdir_set = true;
    view_options.rankdir = static_cast<RankDir>(choice);
  }
  if (depth < 0) return usage_error(line, "--depth must be 0 or more");
  if (wrap < 1) return usage_error(line, "--wrap must be at least 1");
  if (!(node_width > 0 && node_width < 100))
    return usage_error(line, "--node-width must be in (0, 100)");
  if (depth != 1 && focus.empty()) return usage_error(line, "--depth needs --focus");
  view_options.focus = focus;
  view_options.depth = depth;
  view_options.wrap = wrap;
  view_options.node_width = node_width;
  view_options.legend = legend;
  view_options.exact_layout = exact_layout;

  // The format: --format, else OUT's extension, else SVG.
  std::string& output = request.output;
  if (!format_text.empty()) {
    auto f = format_from_name(format_text);
    if (!f) return usage_error(line, "unknown format '" + format_text + "' (dot, svg, png or pdf)");
    request.render.format = *f;
  } else if (!output.empty() && output != "-") {
    std::string ext = std::filesystem::path(output).extension().string();
    auto f = format_from_name(ext);
    if (!f) return usage_error(line, "cannot tell the format from '" + output + "': use --format");
    request.render.format = *f;
  }
  if (output.empty()) {
    output = request.input == "-" ? "-"
                                  : std::filesystem::path(request.input)
                                        .replace_extension(format_name(request.render.format))
                                        .string();
  }
  if (watch && request.input == "-") return usage_error(line, "--watch needs a map file, not '-'");
  if (watch && output == "-") return usage_error(line, "--watch needs an output file, not '-'");
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0') request.render.pdf_date = seconds;
  }

  std::vector<std::string> read;
  request.watch = watch;
  if (!watch) return render_once(request, read);
  watch_and_rebuild([&] {
    render_once(request, read);
    return read;
  });
}

CommandRegistration registration({"render", "render FILE [-o OUT] [--format dot|svg|png|pdf]",
                                  "draw the map through Graphviz (DOT, SVG, PNG, PDF)",
                                  run_render});

}  // namespace
}  // namespace argmap::cli
