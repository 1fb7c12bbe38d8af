// Circular support: elements that, through support relations and arguments'
// premise-conclusion structures, end up supporting themselves. Peeling off what
// nothing supports leaves the nodes that may be on a cycle (usually none); on
// those, Tarjan's algorithm finds the strongly connected groups (iteratively:
// 100k-element chains must not overflow the stack); a breadth-first search then
// prints one shortest cycle per group.
#include <algorithm>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"

namespace argmap::checks {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

/// Why an edge of an argument's structure is there: a premise (an edge into
/// the argument) or its main conclusion (an edge out of it).
struct Step {
  Id argument = kNoId;
  std::uint32_t step = 0;
};

/// The support graph in compressed form, nodes numbered as Nodes does.
struct Graph {
  std::uint32_t nodes = 0;
  /// Edges of node v: [offsets[v], offsets[v + 1]).
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> targets;
  /// Parallel to targets when asked for, why the edge is there: a relation's
  /// index, or relation count + an index into `steps`.
  std::vector<std::uint32_t> reasons;
  std::uint32_t relations = 0;
  std::vector<Step> steps;
  std::vector<std::uint32_t> senders;  ///< nodes with edges out, each once
  std::uint32_t supported = 0;         ///< nodes with edges in
};

/// A support edge and why it is there: a relation's index, or relation count
/// + an index into Graph::steps.
struct Edge {
  std::uint32_t from, to, reason;
};

/// The support edges in declaration order: relations, then arguments'
/// structures. Fills `steps` for the latter when given.
std::vector<Edge> support_edges(const Model& model, const Nodes& n, const RelationFacts& facts,
                                std::vector<Step>* steps) {
  std::vector<Edge> edges;
  edges.reserve(facts.links.size());  // reserved, not resized: clearing costs as much as filling
  const Link* const link = facts.links.data();
  for (std::uint32_t i : facts.supports) edges.push_back({link[i].from, link[i].to, i});
  const auto relations = static_cast<std::uint32_t>(facts.links.size());
  // An argument is supported by its premises and supports its main conclusion.
  std::uint32_t reason = relations;
  for (Id a = 0; a < n.arguments; ++a) {
    const auto& pcs = model.arguments[a].pcs;
    const std::uint32_t argument = n.node({ElementKind::Argument, a});
    const auto count = static_cast<std::uint32_t>(pcs.size());
    for (std::uint32_t s = 0; s < count; ++s) {
      const std::uint32_t statement = pcs[s].statement;
      const StatementRole role = pcs[s].role;
      if (statement >= n.statements ||
          (role != StatementRole::Premise && role != StatementRole::MainConclusion))
        continue;
      if (role == StatementRole::Premise)
        edges.push_back({statement, argument, reason++});
      else
        edges.push_back({argument, statement, reason++});
      if (steps) steps->push_back({a, s});
    }
  }
  return edges;
}

/// The support graph, its edges grouped by source node in declaration order
/// (a counting sort). Also counts each node's incoming edges into `in_degree`.
/// Only a graph that will be reported on needs `with_reasons`.
Graph build_graph(const Model& model, const Nodes& n, const RelationFacts& facts, bool with_reasons,
                  std::vector<std::uint32_t>& in_degree) {
  Graph g;
  g.nodes = n.count();
  g.relations = static_cast<std::uint32_t>(facts.links.size());
  const std::vector<Edge> edges = support_edges(model, n, facts, with_reasons ? &g.steps : nullptr);
  // Counts go two places up: after the prefix sum offsets[v + 1] is where v's
  // edges start, and placing them moves it to where v + 1's start.
  g.offsets.assign(g.nodes + 2, 0);
  in_degree.assign(g.nodes, 0);
  g.senders.reserve(g.nodes);
  // Plain pointers in the loops below: through a vector, a store to a
  // std::uint32_t might change any other, so the compiler would reload every
  // base and bound on every edge.
  std::uint32_t* const offsets = g.offsets.data();
  std::uint32_t* const degree = in_degree.data();
  std::uint32_t supported = 0;
  for (const Edge& e : edges) {
    if (offsets[e.from + 2]++ == 0) g.senders.push_back(e.from);
    if (degree[e.to]++ == 0) ++supported;
  }
  g.supported = supported;
  const std::uint32_t end = g.nodes + 2;
  std::uint32_t sum = 0;
  for (std::uint32_t v = 2; v < end; ++v) {
    sum += offsets[v];
    offsets[v] = sum;
  }
  g.targets.resize(sum);
  if (with_reasons) g.reasons.resize(sum);
  std::uint32_t* const targets = g.targets.data();
  std::uint32_t* const reasons = g.reasons.data();
  for (const Edge& e : edges) {
    const std::uint32_t at = offsets[e.from + 1]++;
    targets[at] = e.to;
    if (with_reasons) reasons[at] = e.reason;
  }
  g.offsets.pop_back();
  return g;
}

/// Repeatedly removes nodes that nothing supports (Kahn's algorithm), lowering
/// `in_degree`: afterwards only nodes with in_degree > 0 may lie on a cycle.
/// Returns how many such nodes remain: none in a map without circular support,
/// which then needs no Tarjan. Only senders start the removal: a node that
/// supports nothing frees no other.
std::uint32_t peel_acyclic(const Graph& g, std::vector<std::uint32_t>& in_degree) {
  std::uint32_t remaining = g.supported;
  std::uint32_t* const degree = in_degree.data();
  const std::uint32_t* const offsets = g.offsets.data();
  const std::uint32_t* const targets = g.targets.data();
  // The nodes to remove, a stack that each node enters at most once: left
  // uninitialised, as a vector would clear it first.
  std::unique_ptr<std::uint32_t[]> free(new std::uint32_t[g.nodes]);
  std::uint32_t top = 0;
  for (std::uint32_t v : g.senders)
    if (degree[v] == 0) free[top++] = v;
  while (top > 0) {
    const std::uint32_t v = free[--top];
    for (std::uint32_t e = offsets[v], end = offsets[v + 1]; e < end; ++e) {
      const std::uint32_t w = targets[e];
      if (--degree[w] > 0) continue;
      --remaining;
      free[top++] = w;
    }
  }
  return remaining;
}

/// Component id of every node that may lie on a cycle (in_degree > 0 after
/// peel_acyclic), kNone for the others (Tarjan, with an explicit stack of
/// frames). Peeled nodes are on no cycle, so leaving them out changes no
/// component of the others.
std::vector<std::uint32_t> strongly_connected_components(
    const Graph& g, const std::vector<std::uint32_t>& in_degree) {
  auto remains = [&](std::uint32_t v) { return in_degree[v] > 0; };
  std::vector<std::uint32_t> index(g.nodes, kNone), low(g.nodes, 0), component(g.nodes, kNone);
  std::vector<bool> on_stack(g.nodes, false);
  std::vector<std::uint32_t> stack;
  struct Frame {
    std::uint32_t node, next_edge;
  };
  std::vector<Frame> frames;
  std::uint32_t counter = 0, components = 0;
  auto visit = [&](std::uint32_t v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = true;
    frames.push_back({v, g.offsets[v]});
  };
  for (std::uint32_t root = 0; root < g.nodes; ++root) {
    if (!remains(root) || index[root] != kNone) continue;
    visit(root);
    while (!frames.empty()) {
      const std::uint32_t v = frames.back().node;
      if (frames.back().next_edge < g.offsets[v + 1]) {
        std::uint32_t w = g.targets[frames.back().next_edge++];
        if (!remains(w)) continue;
        if (index[w] == kNone)
          visit(w);
        else if (on_stack[w])
          low[v] = std::min(low[v], index[w]);
        continue;
      }
      if (low[v] == index[v]) {
        std::uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          component[w] = components;
        } while (w != v);
        ++components;
      }
      frames.pop_back();
      if (!frames.empty()) low[frames.back().node] = std::min(low[frames.back().node], low[v]);
    }
  }
  return component;
}

/// The edges of a shortest cycle through `start` inside its component, in order.
std::vector<std::uint32_t> shortest_cycle(const Graph& g, std::uint32_t start,
                                          const std::vector<std::uint32_t>& component,
                                          std::vector<std::uint32_t>& parent_edge) {
  std::vector<std::uint32_t> touched{start};
  std::deque<std::uint32_t> queue{start};
  parent_edge[start] = kNone;
  std::uint32_t closing = kNone;
  while (!queue.empty() && closing == kNone) {
    std::uint32_t v = queue.front();
    queue.pop_front();
    for (std::uint32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      std::uint32_t w = g.targets[e];
      if (component[w] != component[start]) continue;
      if (w == start) {
        closing = e;
        break;
      }
      if (parent_edge[w] != kNone) continue;  // already reached
      parent_edge[w] = e;
      touched.push_back(w);
      queue.push_back(w);
    }
  }
  std::vector<std::uint32_t> cycle;
  if (closing == kNone) return cycle;  // cannot happen in a component of two or more
  cycle.push_back(closing);
  // Walk back from the closing edge's source to start.
  auto source = [&](std::uint32_t edge) {
    return static_cast<std::uint32_t>(std::upper_bound(g.offsets.begin(), g.offsets.end(), edge) -
                                      g.offsets.begin() - 1);
  };
  for (std::uint32_t v = source(closing); v != start; v = source(parent_edge[v]))
    cycle.push_back(parent_edge[v]);
  std::reverse(cycle.begin(), cycle.end());
  for (std::uint32_t v : touched) parent_edge[v] = kNone;
  return cycle;
}

DiagnosticNote explain(const Model& model, const Graph& g, std::uint32_t edge) {
  const std::uint32_t reason = g.reasons[edge];
  if (reason < g.relations) {
    const Relation& rel = model.relations[reason];
    return {rel.where.empty() ? Location{} : rel.where.front(),
            display(model, rel.from) +
                (rel.type == RelationType::Entails ? " entails " : " supports ") +
                display(model, rel.to)};
  }
  const Step& s = g.steps[reason - g.relations];
  const PcsStep& step = model.arguments[s.argument].pcs[s.step];
  ElementRef argument{ElementKind::Argument, s.argument};
  ElementRef statement{ElementKind::Statement, step.statement};
  if (step.role == StatementRole::Premise)
    return {step.where, display(model, statement) + " is a premise of " + display(model, argument)};
  return {step.where, display(model, argument) + " concludes " + display(model, statement)};
}

}  // namespace

void check_cycles(const Model& model, const Nodes& nodes, const RelationFacts& facts,
                  Diagnostics& diagnostics) {
  std::vector<std::uint32_t> in_degree;
  Graph g = build_graph(model, nodes, facts, false, in_degree);
  if (g.targets.empty() || peel_acyclic(g, in_degree) == 0) return;
  // Circular support: build the graph again, with what the report needs.
  g = build_graph(model, nodes, facts, true, in_degree);
  peel_acyclic(g, in_degree);
  const std::vector<std::uint32_t> component = strongly_connected_components(g, in_degree);
  std::vector<std::uint32_t> size(g.nodes, 0);
  for (std::uint32_t c : component)
    if (c != kNone) ++size[c];

  std::vector<bool> reported(g.nodes, false);
  std::vector<std::uint32_t> parent_edge(g.nodes, kNone);
  // Nodes in id order: each group is reported once, from its first member.
  for (std::uint32_t v = 0; v < g.nodes; ++v) {
    std::uint32_t c = component[v];
    if (c == kNone || size[c] < 2 || reported[c]) continue;
    reported[c] = true;
    std::vector<std::uint32_t> cycle = shortest_cycle(g, v, component, parent_edge);
    if (cycle.empty()) continue;
    std::vector<DiagnosticNote> notes;
    for (std::uint32_t e : cycle) notes.push_back(explain(model, g, e));
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kCircularSupport), notes.front().where,
        display(model, nodes.element(v)) + " supports itself through a cycle of " +
            std::to_string(cycle.size()) + " elements");
    d.notes = std::move(notes);
  }
}

}  // namespace argmap::checks
