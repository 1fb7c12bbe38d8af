// Colours and line styles of a drawn map: the default theme in Argdown's colours
// (so its users recognise their maps), a black-and-white theme for photocopies,
// and Argdown's tag colour schemes. Plain data: no Graphviz here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "labelling.h"
#include "model.h"

namespace argmap {

enum class LineStyle { Solid, Dashed, Dotted };
enum class ArrowShape { None, Normal, ONormal, Tee, Inv, Diamond, Dot };

/// How a node is painted. Colours are "#rrggbb" (or "" for the renderer's default).
struct NodeStyle {
  std::string fill;
  std::string border;
  std::string font = "#000000";
  double pen_width = 1;
  LineStyle border_style = LineStyle::Solid;
};

/// How a node shows its evaluation status (--color-by status): a fill (ignored by
/// uncoloured themes), a border colour and a border line, so that the status is
/// told by pattern as well as by colour.
struct StatusStyle {
  std::string fill;
  std::string border;
  LineStyle border_style = LineStyle::Solid;
  double pen_width = 1.5;
};

/// How an edge is drawn: colour, line and both ends (tail None = no tail mark).
struct EdgeStyle {
  std::string color = "#000000";
  LineStyle line = LineStyle::Solid;
  ArrowShape head = ArrowShape::Normal;
  ArrowShape tail = ArrowShape::None;
  double pen_width = 1;
};

struct Theme {
  std::string name;
  bool colored = true;                    ///< false: tag and proponent colours are ignored (mono)
  std::string font_name = "DejaVu Sans";  ///< covers Latin, Greek and Cyrillic
  std::vector<std::string> scheme;        ///< [0] untagged, [i+1] the i-th tag (Argdown)
  NodeStyle statement;                    ///< border and fill before colouring
  NodeStyle argument;
  NodeStyle evidence;
  NodeStyle inference;
  NodeStyle closed_group;
  std::vector<std::string> group_fills;  ///< cluster fill by nesting level (1-based, clamped)
  EdgeStyle support, attack, undercut, contradiction, entails, contrary;
  EdgeStyle inference_link;  ///< argument -> its inference point (no head)
  StatusStyle status_in, status_out, status_undec;

  const EdgeStyle& relation(RelationType type) const;
  const StatusStyle& status(Label label) const;
};

/// Argdown's look: support green, attack red, undercut purple, contradiction red
/// with diamonds at both ends; nodes coloured by tag from Argdown's default scheme.
Theme default_theme();

/// Black, white and greys only: relations told apart by line style and arrowheads.
Theme mono_theme();

/// One of Argdown's named colour schemes ("default", "colorbrewer-category10", ...),
/// or nullptr when the name is unknown.
const std::vector<std::string>* color_scheme(std::string_view name);

}  // namespace argmap
