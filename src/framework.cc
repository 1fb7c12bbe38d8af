// Builds a Framework's adjacency arrays by counting sort: linear in nodes plus edges.
#include "framework.h"

#include <stdexcept>

namespace argmap {

Framework::Framework(std::size_t nodes, std::vector<Edge> attacks, std::vector<Edge> supports,
                     std::vector<Edge> premises)
    : nodes_(nodes),
      attacks_(std::move(attacks)),
      supports_(std::move(supports)),
      premises_(std::move(premises)) {
  for (const auto* edges : {&attacks_, &supports_, &premises_})
    for (const Edge& e : *edges)
      if (e.from >= nodes_ || e.to >= nodes_) throw std::out_of_range("framework edge");
  in_att_ = index(nodes_, attacks_, true);
  out_att_ = index(nodes_, attacks_, false);
  in_sup_ = index(nodes_, supports_, true);
  out_sup_ = index(nodes_, supports_, false);
  in_pre_ = index(nodes_, premises_, true);
  out_pre_ = index(nodes_, premises_, false);
}

Framework::Adjacency Framework::index(std::size_t nodes, const std::vector<Edge>& edges,
                                      bool by_target) {
  Adjacency a;
  a.start.assign(nodes + 1, 0);
  for (const Edge& e : edges) ++a.start[(by_target ? e.to : e.from) + 1];
  for (std::size_t i = 0; i < nodes; ++i) a.start[i + 1] += a.start[i];
  a.items.resize(edges.size());
  std::vector<std::uint32_t> fill(a.start.begin(), a.start.end() - 1);
  for (const Edge& e : edges) {
    NodeId key = by_target ? e.to : e.from;
    a.items[fill[key]++] = by_target ? e.from : e.to;
  }
  return a;
}

Framework Framework::attacks_only() const {
  return Framework(nodes_, attacks_);
}

}  // namespace argmap
