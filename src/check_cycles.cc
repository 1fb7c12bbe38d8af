// Circular support: elements that, through support relations and arguments'
// premise-conclusion structures, end up supporting themselves. Tarjan's algorithm
// finds the strongly connected groups (iteratively: 100k-element chains must not
// overflow the stack); a breadth-first search then prints one shortest cycle per group.
#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"

namespace argmap::checks {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

/// Why one element supports another: a relation, or an argument's structure.
struct Reason {
  enum class Kind { Relation, Premise, Conclusion } kind;
  std::uint32_t relation = 0;  ///< Kind::Relation: index into Model::relations
  Id argument = kNoId;         ///< Premise / Conclusion: the argument...
  std::uint32_t step = 0;      ///< ...and its PCS step
};

/// The support graph in compressed form. Nodes: statements 0..S-1, then arguments.
struct Graph {
  std::uint32_t statements = 0;
  std::uint32_t nodes = 0;
  std::vector<std::uint32_t> offsets;  ///< edges of node v: [offsets[v], offsets[v + 1])
  std::vector<std::uint32_t> targets;
  std::vector<Reason> reasons;  ///< parallel to targets

  std::uint32_t node(ElementRef e) const {
    return e.kind == ElementKind::Statement ? e.id : statements + e.id;
  }
  ElementRef element(std::uint32_t v) const {
    return v < statements ? ElementRef{ElementKind::Statement, v}
                          : ElementRef{ElementKind::Argument, v - statements};
  }
};

/// Calls `edge(from, to, reason)` for every support edge, in declaration order:
/// relations, then arguments' structures.
template <typename Edge>
void for_each_support_edge(const Model& model, const Graph& g, Edge edge) {
  for (std::uint32_t i = 0; i < model.relations.size(); ++i) {
    const Relation& r = model.relations[i];
    bool supports = r.type == RelationType::Support || r.type == RelationType::Entails;
    // Self-loops are self-relation's business.
    if (!supports || r.from == r.to || !exists(model, r.from) || !exists(model, r.to)) continue;
    edge(g.node(r.from), g.node(r.to), Reason{Reason::Kind::Relation, i});
  }
  // An argument is supported by its premises and supports its main conclusion.
  for (Id a = 0; a < model.arguments.size(); ++a) {
    const auto& pcs = model.arguments[a].pcs;
    std::uint32_t argument = g.node({ElementKind::Argument, a});
    for (std::uint32_t s = 0; s < pcs.size(); ++s) {
      if (pcs[s].statement >= model.statements.size()) continue;
      std::uint32_t statement = pcs[s].statement;
      if (pcs[s].role == StatementRole::Premise)
        edge(statement, argument, Reason{Reason::Kind::Premise, 0, a, s});
      else if (pcs[s].role == StatementRole::MainConclusion)
        edge(argument, statement, Reason{Reason::Kind::Conclusion, 0, a, s});
    }
  }
}

/// Two passes over the model (count, then fill) instead of a list of edges to sort.
Graph build_graph(const Model& model, std::vector<std::uint32_t>& in_degree) {
  Graph g;
  g.statements = static_cast<std::uint32_t>(model.statements.size());
  g.nodes = g.statements + static_cast<std::uint32_t>(model.arguments.size());
  g.offsets.assign(g.nodes + 1, 0);
  in_degree.assign(g.nodes, 0);
  for_each_support_edge(model, g, [&](std::uint32_t from, std::uint32_t to, const Reason&) {
    ++g.offsets[from + 1];
    ++in_degree[to];
  });
  for (std::uint32_t v = 0; v < g.nodes; ++v) g.offsets[v + 1] += g.offsets[v];
  g.targets.resize(g.offsets.back());
  g.reasons.resize(g.offsets.back());
  std::vector<std::uint32_t> fill(g.offsets.begin(), g.offsets.end() - 1);
  for_each_support_edge(model, g, [&](std::uint32_t from, std::uint32_t to, const Reason& reason) {
    g.targets[fill[from]] = to;  // in declaration order, so output is deterministic
    g.reasons[fill[from]++] = reason;
  });
  return g;
}

/// Which nodes may lie on a cycle (`remains`): those left after repeatedly
/// removing nodes nothing supports (Kahn's algorithm). Returns how many remain:
/// none in a map without circular support, which then needs no Tarjan.
std::uint32_t may_cycle(const Graph& g, std::vector<std::uint32_t>& in_degree,
                        std::vector<bool>& remains) {
  remains.assign(g.nodes, true);
  std::uint32_t removed = 0;
  std::vector<std::uint32_t> free;
  free.reserve(g.nodes);
  for (std::uint32_t v = 0; v < g.nodes; ++v)
    if (in_degree[v] == 0) free.push_back(v);
  while (!free.empty()) {
    std::uint32_t v = free.back();
    free.pop_back();
    remains[v] = false;
    ++removed;
    for (std::uint32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
      if (--in_degree[g.targets[e]] == 0) free.push_back(g.targets[e]);
  }
  return g.nodes - removed;
}

/// Component id of every node that may lie on a cycle, kNone for the others
/// (Tarjan, with an explicit stack of frames). Removed nodes are on no cycle,
/// so leaving them out changes no component of the others.
std::vector<std::uint32_t> strongly_connected_components(const Graph& g,
                                                         const std::vector<bool>& remains) {
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
    if (!remains[root] || index[root] != kNone) continue;
    visit(root);
    while (!frames.empty()) {
      const std::uint32_t v = frames.back().node;
      if (frames.back().next_edge < g.offsets[v + 1]) {
        std::uint32_t w = g.targets[frames.back().next_edge++];
        if (!remains[w]) continue;
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
  const Reason& r = g.reasons[edge];
  if (r.kind == Reason::Kind::Relation) {
    const Relation& rel = model.relations[r.relation];
    return {rel.where.empty() ? Location{} : rel.where.front(),
            display(model, rel.from) +
                (rel.type == RelationType::Entails ? " entails " : " supports ") +
                display(model, rel.to)};
  }
  const PcsStep& step = model.arguments[r.argument].pcs[r.step];
  ElementRef argument{ElementKind::Argument, r.argument};
  ElementRef statement{ElementKind::Statement, step.statement};
  if (r.kind == Reason::Kind::Premise)
    return {step.where, display(model, statement) + " is a premise of " + display(model, argument)};
  return {step.where, display(model, argument) + " concludes " + display(model, statement)};
}

}  // namespace

void check_cycles(const Model& model, Diagnostics& diagnostics) {
  std::vector<std::uint32_t> in_degree;
  const Graph g = build_graph(model, in_degree);
  if (g.targets.empty()) return;
  std::vector<bool> remains;
  if (may_cycle(g, in_degree, remains) == 0) return;
  const std::vector<std::uint32_t> component = strongly_connected_components(g, remains);
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
    Diagnostic& d =
        diagnostics.warning(std::string(check_code::kCircularSupport), notes.front().where,
                            display(model, g.element(v)) + " supports itself through a cycle of " +
                                std::to_string(cycle.size()) + " elements");
    d.notes = std::move(notes);
  }
}

}  // namespace argmap::checks
