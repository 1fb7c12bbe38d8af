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
#include <iterator>
#include <mutex>
#include <sstream>
#include <thread>

#include "atomic_file.h"
#include "command.h"
#include "diagnostic_printer.h"
#include "frontend.h"
#include "renderer.h"
#include "view.h"

namespace argmap::cli {
namespace {

namespace po = boost::program_options;

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

int usage_error(const std::string& message) {
  std::cerr << "argmap render: " << message << "\nRun 'argmap render --help' for the options.\n";
  return 2;
}

void print_diagnostics(const SourceSet& sources, const Diagnostics& diagnostics) {
  if (diagnostics.items().empty()) return;
  PrintOptions print;
  print.color = ::isatty(STDERR_FILENO) != 0;
  std::cerr << format_diagnostics(sources, diagnostics, print);
}

int run_render(const std::vector<std::string>& args) {
  std::string input, output, format_text, theme = "default", focus, group_by = "section",
                                          color_by = "tag", rankdir, semantics;
  int depth = 1, wrap = 40;
  double node_width = 2.5;
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "output,o", po::value(&output),
      "output file; '-' for standard output (default: beside FILE, with the format's extension)")(
      "format,f", po::value(&format_text), "dot, svg, png or pdf (default: from OUT, else svg)")(
      "theme", po::value(&theme), "default (Argdown's colours) or mono (black and white)")(
      "legend", "add a key of the node and edge kinds drawn")(
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
      "exact-layout", "never switch large maps to Graphviz's faster layout settings");
  po::options_description all;
  all.add(visible).add_options()("input", po::value(&input));
  po::positional_options_description positional;
  positional.add("input", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (vm.count("help")) {
    std::cout << "usage: argmap render FILE [-o OUT] [--format dot|svg|png|pdf] [options]\n\n"
                 "Draws the map through Graphviz. Without -o the drawing goes beside FILE\n"
                 "(maps/x.argdown -> maps/x.svg); files are written atomically.\n\n"
              << visible;
    return 0;
  }
  if (input.empty()) return usage_error("no input file");

  ViewOptions view_options;
  int choice = 0;
  if (!parse_enum(theme, {"default", "mono"}, choice))
    return usage_error("unknown theme '" + theme + "' (default or mono)");
  view_options.theme = theme;
  if (!parse_enum(group_by, {"section", "proponent", "none"}, choice))
    return usage_error("--group-by must be section, proponent or none");
  view_options.group_by = static_cast<GroupBy>(choice);
  if (!parse_enum(color_by, {"tag", "proponent", "status"}, choice))
    return usage_error("--color-by must be tag, proponent or status");
  view_options.color_by = static_cast<ColorBy>(choice);
  if (!semantics.empty()) {
    auto sem = parse_semantics(semantics);
    if (!sem) return usage_error("--semantics must be grounded, complete, preferred or stable");
    if (view_options.color_by != ColorBy::Status)
      return usage_error("--semantics needs --color-by status");
    view_options.semantics = *sem;
  }
  if (!rankdir.empty()) {
    if (!parse_enum(rankdir, {"BT", "TB", "LR", "RL"}, choice))
      return usage_error("--rankdir must be BT, TB, LR or RL");
    view_options.rankdir_set = true;
    view_options.rankdir = static_cast<RankDir>(choice);
  }
  if (depth < 0) return usage_error("--depth must be 0 or more");
  if (wrap < 1) return usage_error("--wrap must be at least 1");
  if (!(node_width > 0 && node_width < 100)) return usage_error("--node-width must be in (0, 100)");
  if (vm.count("depth") && focus.empty()) return usage_error("--depth needs --focus");
  view_options.focus = focus;
  view_options.depth = depth;
  view_options.wrap = wrap;
  view_options.node_width = node_width;
  view_options.legend = vm.count("legend") > 0;
  view_options.exact_layout = vm.count("exact-layout") > 0;

  // The format: --format, else OUT's extension, else SVG.
  RenderOptions render_options;
  if (!format_text.empty()) {
    auto f = format_from_name(format_text);
    if (!f) return usage_error("unknown format '" + format_text + "' (dot, svg, png or pdf)");
    render_options.format = *f;
  } else if (!output.empty() && output != "-") {
    std::string ext = std::filesystem::path(output).extension().string();
    auto f = format_from_name(ext);
    if (!f) return usage_error("cannot tell the format from '" + output + "': use --format");
    render_options.format = *f;
  }
  if (output.empty()) {
    output = input == "-" ? "-"
                          : std::filesystem::path(input)
                                .replace_extension(format_name(render_options.format))
                                .string();
  }
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0') render_options.pdf_date = seconds;
  }

  Diagnostics diagnostics;
  LoadedMap map;
  if (input == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    map = load_map_text("<stdin>", std::move(text), diagnostics);
  } else {
    map = load_map_file(input, diagnostics);
  }
  print_diagnostics(map.sources, diagnostics);
  if (diagnostics.has_errors()) return 1;

  Diagnostics drawing;
  View view = build_view(map.model, view_options, drawing);
  if (drawing.has_errors()) {
    print_diagnostics(map.sources, drawing);
    return 2;
  }
  std::size_t nodes = view.nodes.size();
  if (view.fast_layout) {
    std::cerr << "argmap: note: " << nodes
              << " nodes: using Graphviz's faster layout settings (newrank, mclimit, nslimit); "
                 "--exact-layout for the full layout\n";
  }
  if (nodes > kSuggestFocusNodes && focus.empty()) {
    std::cerr << "argmap: note: a map of " << nodes
              << " nodes is hard to read whole; try --focus TITLE --depth 2 to draw one "
                 "sub-debate\n";
  }
  std::optional<std::string> bytes;
  {
    bool tty = ::isatty(STDERR_FILENO) != 0 && render_options.format != Format::Dot;
    ElapsedTicker ticker(nodes, tty && nodes > 300);
    bytes = render(view, render_options, drawing);
  }
  print_diagnostics(map.sources, drawing);
  if (!bytes) return 2;

  std::string error;
  if (!write_file_atomically(output, *bytes, error)) {
    std::cerr << "argmap render: " << error << "\n";
    return 2;
  }
  if (output != "-") {
    std::cerr << "argmap: wrote " << output << " (" << nodes << " nodes, " << view.edges.size()
              << " edges";
    if (view.hidden) std::cerr << ", " << view.hidden << " elements not drawn";
    std::cerr << ")\n";
  }
  return 0;
}

CommandRegistration registration({"render", "render FILE [-o OUT] [--format dot|svg|png|pdf]",
                                  "draw the map through Graphviz (DOT, SVG, PNG, PDF)",
                                  run_render});

}  // namespace
}  // namespace argmap::cli
