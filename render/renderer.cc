#include "renderer.h"

#include <algorithm>
#include <ctime>
#include <functional>

#include "graphviz_graph.h"
#include "html_escape.h"

namespace argmap {
namespace {

using Kind = GraphvizGraph::Kind;
using Object = GraphvizGraph::Object;
using Attr = GraphvizGraph::Attr;

/// The node and edge attributes set per object, as handles (no lookup by name).
struct Attrs {
  Attr shape{}, style{}, fill{}, color{}, font_color{}, pen_width{}, width{}, label{}, id{}, cls{};
  Attr edge_color{}, edge_style{}, head{}, tail{}, dir{}, edge_pen_width{}, edge_id{}, edge_class{},
      min_len{}, edge_label{};
};

/// Text inside an HTML-like label: XML escapes, and backslashes doubled because
/// Graphviz still expands escString sequences there.
std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : escape_html(text)) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// A plain escString label: only backslashes need escaping (agwrite quotes the rest).
std::string plain_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string join_html(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "<BR/>";
    out += html_escape(lines[i]);
  }
  return out;
}

/// Bold title, text and citation as rows of a borderless table.
std::string node_label(const ViewNode& n) {
  std::string rows;
  if (!n.title_lines.empty()) rows += "<TR><TD><B>" + join_html(n.title_lines) + "</B></TD></TR>";
  if (!n.text_lines.empty()) rows += "<TR><TD>" + join_html(n.text_lines) + "</TD></TR>";
  if (!n.citation.empty()) rows += "<TR><TD><I>" + html_escape(n.citation) + "</I></TD></TR>";
  if (rows.empty()) return "";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows +
         "</TABLE>";
}

std::string_view arrow_name(ArrowShape a) {
  switch (a) {
    case ArrowShape::None:
      return "none";
    case ArrowShape::Normal:
      return "normal";
    case ArrowShape::ONormal:
      return "onormal";
    case ArrowShape::Tee:
      return "tee";
    case ArrowShape::Inv:
      return "inv";
    case ArrowShape::Diamond:
      return "diamond";
    case ArrowShape::Dot:
      return "dot";
  }
  return "normal";
}

std::string_view line_name(LineStyle l) {
  switch (l) {
    case LineStyle::Solid:
      return "solid";
    case LineStyle::Dashed:
      return "dashed";
    case LineStyle::Dotted:
      return "dotted";
  }
  return "solid";
}

std::string_view rankdir_name(RankDir r) {
  switch (r) {
    case RankDir::BT:
      return "BT";
    case RankDir::TB:
      return "TB";
    case RankDir::LR:
      return "LR";
    case RankDir::RL:
      return "RL";
  }
  return "BT";
}

std::string number(double value) {
  std::string s = std::to_string(value);
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct NodeLook {
  std::string_view shape;
  std::string_view style;
};

NodeLook look(NodeKind kind) {
  switch (kind) {
    case NodeKind::Statement:
      return {"box", "filled,rounded"};
    case NodeKind::Argument:
      return {"box", "filled"};
    case NodeKind::Evidence:
      return {"note", "filled"};
    case NodeKind::Inference:
      return {"point", "filled"};
    case NodeKind::Group:
      return {"box", "filled"};
  }
  return {"box", "filled,rounded"};
}

void paint_node(GraphvizGraph& g, const Attrs& a, Object node, NodeKind kind, const NodeStyle& s) {
  NodeLook l = look(kind);
  std::string style(l.style);
  if (s.border_style != LineStyle::Solid) style += "," + std::string(line_name(s.border_style));
  if (l.shape != "box") g.set(node, a.shape, std::string(l.shape));
  if (style != "filled,rounded") g.set(node, a.style, style);
  if (!s.fill.empty()) g.set(node, a.fill, s.fill);
  if (!s.border.empty()) g.set(node, a.color, s.border);
  if (!s.font.empty()) g.set(node, a.font_color, s.font);
  g.set(node, a.pen_width, number(s.pen_width));
  if (kind == NodeKind::Inference) g.set(node, a.width, "0.08");
}

void paint_edge(GraphvizGraph& g, const Attrs& a, Object edge, const EdgeStyle& s) {
  g.set(edge, a.edge_color, s.color);
  if (s.line != LineStyle::Solid) g.set(edge, a.edge_style, std::string(line_name(s.line)));
  g.set(edge, a.head, std::string(arrow_name(s.head)));
  if (s.tail != ArrowShape::None) {
    g.set(edge, a.dir, "both");
    g.set(edge, a.tail, std::string(arrow_name(s.tail)));
  }
  if (s.pen_width != 1) g.set(edge, a.edge_pen_width, number(s.pen_width));
}

Attrs declare_defaults(GraphvizGraph& g, const View& view) {
  Attrs a;
  g.declare(Kind::Graph, "rankdir", "BT");
  g.declare(Kind::Graph, "fontname", view.font_name);
  if (view.fast_layout) {
    // Graphviz's faster network-simplex and crossing limits for large maps
    // (../shared/notes/graphviz.md: 5 000 nodes from 3-32 s down to 2-7 s).
    // newrank with clusters makes dot's x-coordinate pass fail on large maps
    // ("trouble in init_rank", a cycle in its constraint graph, seen on the 10k
    // bench map) and is no faster there; the classic ranking has no such trouble.
    if (view.clusters.empty()) g.declare(Kind::Graph, "newrank", "true");
    g.declare(Kind::Graph, "mclimit", "0.1");
    g.declare(Kind::Graph, "nslimit", "0.2");
    g.declare(Kind::Graph, "nslimit1", "0.2");
  }
  if (!view.clusters.empty() || !view.legend.empty()) {
    // Defaults apply to the root graph too, so they stay empty; clusters set their own.
    for (const char* name :
         {"label", "id", "class", "style", "color", "fillcolor", "fontcolor", "labelloc", "margin"})
      g.declare(Kind::Graph, name, "");
  }
  if (!view.same_rank.empty()) g.declare(Kind::Graph, "rank", "");

  a.shape = g.declare(Kind::Node, "shape", "box");
  a.style = g.declare(Kind::Node, "style", "filled,rounded");
  g.declare(Kind::Node, "fontname", view.font_name);
  g.declare(Kind::Node, "fontsize", "10");
  g.declare(Kind::Node, "margin", "0.11,0.055");  // Argdown's node margin
  a.width = g.declare(Kind::Node, "width", number(view.node_width));
  a.pen_width = g.declare(Kind::Node, "penwidth", "1");
  a.color = g.declare(Kind::Node, "color", "#000000");
  a.fill = g.declare(Kind::Node, "fillcolor", "#ffffff");
  a.font_color = g.declare(Kind::Node, "fontcolor", "#000000");
  a.label = g.declare(Kind::Node, "label", "\\N");
  a.id = g.declare(Kind::Node, "id", "");
  a.cls = g.declare(Kind::Node, "class", "");

  a.edge_color = g.declare(Kind::Edge, "color", "#000000");
  a.edge_style = g.declare(Kind::Edge, "style", "solid");
  a.head = g.declare(Kind::Edge, "arrowhead", "normal");
  a.tail = g.declare(Kind::Edge, "arrowtail", "none");
  a.dir = g.declare(Kind::Edge, "dir", "forward");
  a.edge_pen_width = g.declare(Kind::Edge, "penwidth", "1");
  a.edge_id = g.declare(Kind::Edge, "id", "");
  a.edge_class = g.declare(Kind::Edge, "class", "");
  if (std::any_of(view.edges.begin(), view.edges.end(),
                  [](const ViewEdge& e) { return e.min_len != 1; }))
    a.min_len = g.declare(Kind::Edge, "minlen", "1");
  if (!view.legend.empty()) {
    a.edge_label = g.declare(Kind::Edge, "label", "");
    g.declare(Kind::Edge, "fontname", view.font_name);
    g.declare(Kind::Edge, "fontsize", "10");
  }
  return a;
}

/// Where a drawn node is declared: its view node, or a legend entry (both ends of
/// an edge entry are points).
struct PlanNode {
  std::size_t view_node = kNone;
  std::size_t legend = kNone;
  int legend_end = 0;  ///< 0: a node entry; 1 / 2: an edge entry's tail / head point
};

struct PlanEdge {
  std::size_t tail = 0, head = 0;  ///< plan nodes
  std::size_t view_edge = kNone;
  std::size_t legend = kNone;
};

/// The graph's nodes and edges in the order cgraph's writer (agwrite) puts them in
/// DOT, so that laying out the written DOT (`dot -Tsvg`) is the same problem as the
/// in-process layout: a graph read back from DOT creates its nodes in order of first
/// mention and its edges in the order written, and dot's layout follows those orders.
/// agwrite writes each subgraph block first (child clusters, then the block's own
/// nodes in creation order), then walks all nodes in creation order and writes each
/// one's out-edges, mentioning a head the first time an edge reaches it. Creating
/// the nodes in that very order (a breadth-first walk from the subgraph nodes, then
/// from each remaining node in view order) and the edges tail by tail makes the
/// written order equal the creation order.
struct Plan {
  std::vector<PlanNode> nodes;
  std::vector<PlanEdge> edges;
  std::vector<std::size_t> node_order;  ///< plan nodes in creation order
  std::vector<std::size_t> edge_order;  ///< plan edges in creation order
};

Plan make_plan(const View& view) {
  Plan plan;
  for (std::size_t n = 0; n < view.nodes.size(); ++n) plan.nodes.push_back({n, kNone, 0});
  for (std::size_t e = 0; e < view.edges.size(); ++e)
    plan.edges.push_back({view.edges[e].from, view.edges[e].to, e, kNone});
  std::vector<std::size_t> legend_nodes;
  for (std::size_t l = 0; l < view.legend.size(); ++l) {
    if (!view.legend[l].is_edge) {
      legend_nodes.push_back(plan.nodes.size());
      plan.nodes.push_back({kNone, l, 0});
      continue;
    }
    std::size_t from = plan.nodes.size();
    plan.nodes.push_back({kNone, l, 1});
    plan.nodes.push_back({kNone, l, 2});
    legend_nodes.push_back(from);
    legend_nodes.push_back(from + 1);
    plan.edges.push_back({from, from + 1, kNone, l});
  }

  std::vector<bool> placed(plan.nodes.size());
  auto place = [&](std::size_t n) {
    if (placed[n]) return;
    placed[n] = true;
    plan.node_order.push_back(n);
  };
  // The subgraph blocks, in the order they are created: clusters (children first),
  // same-rank sets, the legend.
  std::vector<std::vector<std::size_t>> members(view.clusters.size());
  for (std::size_t n = 0; n < view.nodes.size(); ++n)
    if (view.nodes[n].cluster != kNone) members[view.nodes[n].cluster].push_back(n);
  std::function<void(std::size_t)> visit = [&](std::size_t c) {
    for (std::size_t child : view.clusters[c].children) visit(child);
    for (std::size_t n : members[c]) place(n);
  };
  for (std::size_t c = 0; c < view.clusters.size(); ++c)
    if (view.clusters[c].parent == kNone) visit(c);
  for (const auto& rank : view.same_rank)
    for (std::size_t n : rank) place(n);
  for (std::size_t n : legend_nodes) place(n);

  // The root: breadth first along out-edges, restarting at the next node in view order.
  std::vector<std::vector<std::size_t>> out(plan.nodes.size());
  for (std::size_t e = 0; e < plan.edges.size(); ++e) out[plan.edges[e].tail].push_back(e);
  std::size_t next_root = 0;
  for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
    if (i == plan.node_order.size()) {
      while (placed[next_root]) ++next_root;
      place(next_root);
    }
    for (std::size_t e : out[plan.node_order[i]]) {
      place(plan.edges[e].head);
      plan.edge_order.push_back(e);
    }
  }
  return plan;
}

void build_clusters(GraphvizGraph& g, const View& view, std::vector<Object>& out) {
  out.resize(view.clusters.size());
  std::function<void(std::size_t, Object)> make = [&](std::size_t c, Object parent) {
    const ViewCluster& cl = view.clusters[c];
    Object sg = g.subgraph(parent, "cluster_" + cl.id);
    out[c] = sg;
    g.set(sg, "id", cl.id);
    g.set(sg, "class", cl.id.rfind("proponent-", 0) == 0 ? "proponent" : "section");
    g.set(sg, "label", plain_escape(cl.label));
    g.set(sg, "fillcolor", cl.fill);
    g.set(sg, "color", cl.fill);
    g.set(sg, "fontcolor", cl.font);
    g.set(sg, "style", "filled");
    g.set(sg, "margin", "8");  // Argdown's group margin
    g.set(sg, "labelloc", view.rankdir == RankDir::BT ? "b" : "t");
    for (std::size_t child : cl.children) make(child, sg);
  };
  for (std::size_t c = 0; c < view.clusters.size(); ++c)
    if (view.clusters[c].parent == kNone) make(c, g.root());
}

Object legend_subgraph(GraphvizGraph& g) {
  Object sg = g.subgraph(g.root(), "cluster_legend");
  g.set(sg, "id", "legend");
  g.set(sg, "class", "legend");
  g.set(sg, "label", "Legend");
  g.set(sg, "fillcolor", "#ffffff");
  g.set(sg, "color", "#808080");
  g.set(sg, "style", "filled");
  g.set(sg, "margin", "8");
  g.set(sg, "labelloc", "t");
  return sg;
}

void paint_legend_node(GraphvizGraph& g, const Attrs& a, Object n, const LegendEntry& entry,
                       int end) {
  if (end == 0) {
    g.set(n, a.label, plain_escape(entry.label));
    g.set(n, a.id, entry.id);
    g.set(n, a.cls, "legend");
    paint_node(g, a, n, entry.node_kind, entry.node_style);
    return;
  }
  g.set(n, a.shape, "point");
  g.set(n, a.width, "0.05");
  g.set(n, a.cls, "legend");
  g.set(n, a.label, "");
  g.set(n, a.id, entry.id + (end == 1 ? "-from" : "-to"));
}

/// The graph for `view`, built through cgraph in agwrite's order (see Plan).
void build_graph(GraphvizGraph& g, const View& view) {
  Attrs a = declare_defaults(g, view);
  g.set(g.root(), "rankdir", std::string(rankdir_name(view.rankdir)));
  std::vector<Object> clusters;
  build_clusters(g, view, clusters);
  std::vector<Object> ranks;
  for (std::size_t r = 0; r < view.same_rank.size(); ++r) {
    ranks.push_back(g.subgraph(g.root(), "rank_" + std::to_string(r + 1)));
    g.set(ranks.back(), "rank", "same");
  }
  Object legend = view.legend.empty() ? nullptr : legend_subgraph(g);

  Plan plan = make_plan(view);
  std::vector<Object> nodes(plan.nodes.size());
  for (std::size_t p : plan.node_order) {
    const PlanNode& pn = plan.nodes[p];
    if (pn.view_node == kNone) {
      const LegendEntry& entry = view.legend[pn.legend];
      std::string name = entry.id + (pn.legend_end == 0   ? ""
                                     : pn.legend_end == 1 ? "-from"
                                                          : "-to");
      Object node = nodes[p] = g.node(name);
      g.add_to(legend, node);
      paint_legend_node(g, a, node, entry, pn.legend_end);
      continue;
    }
    const ViewNode& n = view.nodes[pn.view_node];
    Object node = nodes[p] = g.node(n.id);
    if (n.cluster != kNone) g.add_to(clusters[n.cluster], node);
    std::string label = node_label(n);
    if (label.empty())
      g.set(node, a.label, "");
    else
      g.set_html(node, a.label, label);
    g.set(node, a.id, n.id);
    g.set(node, a.cls, join(n.classes));
    paint_node(g, a, node, n.kind, n.style);
  }
  for (std::size_t r = 0; r < view.same_rank.size(); ++r)
    for (std::size_t n : view.same_rank[r]) g.add_to(ranks[r], nodes[n]);
  for (std::size_t i : plan.edge_order) {
    const PlanEdge& pe = plan.edges[i];
    Object edge = g.edge(nodes[pe.tail], nodes[pe.head]);
    if (pe.view_edge != kNone) {
      const ViewEdge& e = view.edges[pe.view_edge];
      g.set(edge, a.edge_id, e.id);
      g.set(edge, a.edge_class, join(e.classes));
      paint_edge(g, a, edge, e.style);
      if (e.min_len != 1) g.set(edge, a.min_len, std::to_string(e.min_len));
      continue;
    }
    const LegendEntry& entry = view.legend[pe.legend];
    g.set(edge, a.edge_id, entry.id);
    g.set(edge, a.edge_class, "legend " + entry.label);
    g.set(edge, a.edge_label, " " + plain_escape(entry.label));
    paint_edge(g, a, edge, entry.edge_style);
  }
}

/// cairo 1.16 writes the current time as /CreationDate (D:YYYYMMDDHHMMSSZ);
/// overwrite it in place (same length, so the xref offsets stay valid).
void set_pdf_date(std::string& pdf, std::int64_t seconds) {
  const std::string key = "/CreationDate (D:";
  std::size_t at = pdf.find(key);
  if (at == std::string::npos) return;
  at += key.size();
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char date[16];
  if (std::strftime(date, sizeof date, "%Y%m%d%H%M%S", &tm) != 14) return;
  if (at + 14 <= pdf.size()) pdf.replace(at, 14, date);
}

}  // namespace

std::optional<Format> format_from_name(std::string_view name) {
  if (!name.empty() && name[0] == '.') name.remove_prefix(1);
  if (name == "dot" || name == "gv") return Format::Dot;
  if (name == "svg") return Format::Svg;
  if (name == "png") return Format::Png;
  if (name == "pdf") return Format::Pdf;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  switch (format) {
    case Format::Dot:
      return "dot";
    case Format::Svg:
      return "svg";
    case Format::Png:
      return "png";
    case Format::Pdf:
      return "pdf";
  }
  return "svg";
}

std::optional<std::string> render(const View& view, const RenderOptions& options,
                                  Diagnostics& diagnostics) {
  std::shared_ptr<void> graph;
  return render(view, options, diagnostics, graph);
}

std::optional<std::string> render(const View& view, const RenderOptions& options,
                                  Diagnostics& diagnostics, std::shared_ptr<void>& kept) {
  auto owned = std::make_shared<GraphvizGraph>("argmap");
  kept = owned;
  GraphvizGraph& graph = *owned;
  build_graph(graph, view);
  std::string out;
  if (options.format == Format::Dot) {
    if (!graph.write_dot(out, diagnostics)) return std::nullopt;
    return out;
  }
  if (view.nodes.size() > kMaxLaidOutNodes) {
    // Graphviz 2.42's dot overflows its stack and then corrupts its heap on such graphs.
    diagnostics.error(
        "graph-too-large", Location{},
        "the drawing has " + std::to_string(view.nodes.size()) +
            " nodes; Graphviz lays out at most " + std::to_string(kMaxLaidOutNodes) +
            ": draw part of the map with --focus TITLE --depth N, or write --format dot");
    return std::nullopt;
  }
  if (!graph.layout(diagnostics)) return std::nullopt;
  if (!graph.render(std::string(format_name(options.format)), out, diagnostics))
    return std::nullopt;
  if (options.format == Format::Pdf && options.pdf_date) set_pdf_date(out, *options.pdf_date);
  return out;
}

}  // namespace argmap
