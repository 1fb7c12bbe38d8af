// RAII over the Graphviz C library (cgraph + gvc): one graph, its attributes,
// layout and rendering, with Graphviz's messages turned into diagnostics.
// The only code that calls Graphviz; its types stay out of this header.
#pragma once

#include <string>

#include "diagnostic.h"

namespace argmap {

class GraphvizGraph {
 public:
  enum class Kind { Graph, Node, Edge };
  using Object = void*;  ///< a graph, subgraph, node or edge of this graph

  /// A directed graph named `name` (agopen).
  explicit GraphvizGraph(const std::string& name);
  /// Frees the layout (if any) and the graph, whatever happened before.
  ~GraphvizGraph();
  GraphvizGraph(const GraphvizGraph&) = delete;
  GraphvizGraph& operator=(const GraphvizGraph&) = delete;

  using Attr = void*;  ///< a declared attribute (its Graphviz symbol)

  /// Declares an attribute with its default (agattr); before creating objects.
  /// The handle sets it without a lookup by name (a few % of a render's time).
  Attr declare(Kind kind, const std::string& name, const std::string& default_value);

  Object root() const { return graph_; }
  /// A subgraph of `parent` ("cluster..." names make clusters).
  Object subgraph(Object parent, const std::string& name);
  /// A node of the root graph; node order is declaration order.
  Object node(const std::string& name);
  /// Puts `node` into `subgraph` (and its ancestors).
  void add_to(Object subgraph, Object node);
  Object edge(Object tail, Object head);

  /// Sets a declared attribute (a plain escString value).
  void set(Object object, const std::string& name, const std::string& value);
  /// Sets the attribute `attr` (declared for `object`'s kind) to a plain value.
  void set(Object object, Attr attr, const std::string& value);
  /// Sets a declared attribute to an HTML-like value (without the outer <>).
  void set_html(Object object, Attr attr, const std::string& html);

  /// The graph as DOT text, from cgraph's own writer (no layout needed).
  bool write_dot(std::string& out, Diagnostics& diagnostics);
  /// Lays the graph out with dot.
  bool layout(Diagnostics& diagnostics);
  /// Renders the laid-out graph ("svg", "png", "pdf") into `out`.
  bool render(const std::string& format, std::string& out, Diagnostics& diagnostics);

 private:
  void* graph_ = nullptr;
  bool laid_out_ = false;
};

}  // namespace argmap
