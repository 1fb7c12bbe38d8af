// The evaluation graph: nodes with attackers, supporters and premises, in compact
// adjacency arrays. It knows nothing of maps; framework_builder makes one from a Model.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace argmap {

using NodeId = std::uint32_t;

/// A directed edge between two nodes.
struct Edge {
  NodeId from = 0;
  NodeId to = 0;
  friend bool operator==(const Edge&, const Edge&) = default;
  friend auto operator<=>(const Edge&, const Edge&) = default;
};

/// A bipolar framework. An attack a->b makes b fall when a stands; supports into a
/// node are disjunctive (one standing supporter suffices); premises p->a are
/// conjunctive (the argument a needs every premise). Immutable once built.
class Framework {
 public:
  Framework() = default;
  /// Builds the adjacency arrays; every edge end must be < `nodes`.
  Framework(std::size_t nodes, std::vector<Edge> attacks, std::vector<Edge> supports = {},
            std::vector<Edge> premises = {});

  std::size_t size() const { return nodes_; }

  /// Nodes attacking `n`, and nodes `n` attacks.
  std::span<const NodeId> attackers(NodeId n) const { return in_att_.of(n); }
  std::span<const NodeId> attacks_on(NodeId n) const { return out_att_.of(n); }
  /// Nodes supporting `n`, and nodes `n` supports.
  std::span<const NodeId> supporters(NodeId n) const { return in_sup_.of(n); }
  std::span<const NodeId> supported(NodeId n) const { return out_sup_.of(n); }
  /// Premises of `n`, and the nodes that have `n` as a premise.
  std::span<const NodeId> premises(NodeId n) const { return in_pre_.of(n); }
  std::span<const NodeId> premise_of(NodeId n) const { return out_pre_.of(n); }

  const std::vector<Edge>& attack_edges() const { return attacks_; }
  const std::vector<Edge>& support_edges() const { return supports_; }
  const std::vector<Edge>& premise_edges() const { return premises_; }

  /// True when the framework is plain Dung: attacks only.
  bool is_abstract() const { return supports_.empty() && premises_.empty(); }

  /// The same nodes and attacks without supports and premises (`--support none`).
  Framework attacks_only() const;

 private:
  /// Compressed rows: the neighbours of node i are items[start[i] .. start[i+1]).
  struct Adjacency {
    std::vector<std::uint32_t> start;
    std::vector<NodeId> items;
    std::span<const NodeId> of(NodeId n) const {
      return {items.data() + start[n], items.data() + start[n + 1]};
    }
  };
  static Adjacency index(std::size_t nodes, const std::vector<Edge>& edges, bool by_target);

  std::size_t nodes_ = 0;
  std::vector<Edge> attacks_, supports_, premises_;
  Adjacency in_att_, out_att_, in_sup_, out_sup_, in_pre_, out_pre_;
};

/// Display names for a framework's nodes: ICCMA numbers, APX names or map titles.
struct NamedFramework {
  Framework framework;
  std::vector<std::string> names;  ///< one per node
};

}  // namespace argmap
