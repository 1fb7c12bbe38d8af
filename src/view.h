// The view stage: decides what a map shows (selection, focus, grouping, labels,
// styles, legend) as plain data. Renderers only draw a View; none reads the Model.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"
#include "sat_semantics.h"
#include "theme.h"

namespace argmap {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

enum class GroupBy { Section, Proponent, None };
/// Status: each statement and argument by its evaluation label (IN, OUT, UNDEC).
enum class ColorBy { Tag, Proponent, Status };
enum class RankDir { BT, TB, LR, RL };

struct ViewOptions {
  std::string theme = "default";  ///< "default" or "mono"
  bool legend = false;
  std::string focus;  ///< title of a statement or argument; "" = whole map
  int depth = 1;      ///< relation steps from the focus
  GroupBy group_by = GroupBy::Section;
  ColorBy color_by = ColorBy::Tag;
  /// The labelling drawn by ColorBy::Status; for complete, preferred and stable the
  /// skeptical verdict (IN or OUT when every labelling agrees, else UNDEC).
  Semantics semantics = Semantics::Grounded;
  bool rankdir_set = false;  ///< false: frontmatter dot.graphVizSettings.rankdir, else BT
  RankDir rankdir = RankDir::BT;
  int wrap = 40;                       ///< characters per label line (Argdown's charactersInLine)
  double node_width = 2.5;             ///< minimum node width in inches (Argdown: 180 pt)
  std::size_t large_map_nodes = 1500;  ///< above this, faster layout settings
  bool exact_layout = false;           ///< never switch to the faster settings
};

enum class NodeKind { Statement, Argument, Evidence, Inference, Group };

struct ViewNode {
  NodeKind kind = NodeKind::Statement;
  std::string id;  ///< unique slug of the title: Graphviz node name and SVG id
  std::vector<std::string> title_lines;  ///< bold, wrapped; empty when not shown
  std::vector<std::string> text_lines;   ///< wrapped
  std::string citation;                  ///< evidence: "Author Year, p. 12"
  std::vector<std::string> classes;      ///< kind first, then tag-*, proponent-*
  NodeStyle style;
  ElementRef element;           ///< invalid for inference points and closed groups
  std::size_t owner = kNone;    ///< inference point: its argument's node
  std::size_t cluster = kNone;  ///< innermost cluster holding the node
};

struct ViewEdge {
  std::string id;
  std::size_t from = kNone;
  std::size_t to = kNone;
  RelationType type = RelationType::Support;
  bool inference_link = false;  ///< argument -> its own inference point
  std::vector<std::string> classes;
  EdgeStyle style;
};

/// A drawn section (or proponent) box; nested through parent/children.
struct ViewCluster {
  std::string id;
  std::string label;
  int level = 1;  ///< nesting depth, 1 = outermost
  std::size_t parent = kNone;
  std::vector<std::size_t> children;
  std::string fill;
  std::string font = "#000000";
};

/// One line of the legend: a node kind or a relation type that appears in the view.
struct LegendEntry {
  std::string id;     ///< "legend-statement", "legend-support", ...
  std::string label;  ///< "statement", "support", ...
  bool is_edge = false;
  NodeKind node_kind = NodeKind::Statement;
  NodeStyle node_style;
  EdgeStyle edge_style;
};

struct View {
  std::vector<ViewNode> nodes;  ///< statements, then arguments (Argdown's order), then the rest
  std::vector<ViewEdge> edges;
  std::vector<ViewCluster> clusters;                ///< parents before children
  std::vector<std::vector<std::size_t>> same_rank;  ///< from {rank: ...} data
  std::vector<LegendEntry> legend;
  RankDir rankdir = RankDir::BT;
  double node_width = 2.5;
  std::string font_name;
  bool fast_layout = false;  ///< a large map: use Graphviz's faster settings
  std::size_t hidden = 0;    ///< elements of the model not drawn (focus, selection)
};

/// Builds the view of `model`. A focus title that names nothing is an
/// "unknown-focus" error (with a suggestion when a title is close).
View build_view(const Model& model, const ViewOptions& options, Diagnostics& diagnostics);

/// Lower-case ASCII letters and digits kept, UTF-8 kept, everything else a single '-'.
std::string slug(std::string_view text);

/// Greedy word wrap to `width` code points per line (long words stay whole).
std::vector<std::string> wrap_words(std::string_view text, int width);

}  // namespace argmap
