#include "view_shape.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace argmap {
namespace {

// Graphviz's defaults, in inches: node and rank separation, and label line height
// at fontsize 10 with Argdown's margins.
constexpr double kNodeSep = 0.25;
constexpr double kRankSep = 0.5;
constexpr double kLineHeight = 0.17;
constexpr double kNodePadding = 0.2;

double node_height(const ViewNode& n) {
  if (n.kind == NodeKind::Inference) return 0.08;
  std::size_t lines = n.title_lines.size() + n.text_lines.size() + (n.citation.empty() ? 0 : 1);
  return kNodePadding + kLineHeight * static_cast<double>(std::max<std::size_t>(lines, 1));
}

double node_width(const View& view, const ViewNode& n) {
  return n.kind == NodeKind::Inference ? 0.08 : view.node_width;
}

/// Longest-path ranks along the edges (a head one rank above its tail); nodes on a
/// cycle keep the rank they had when the cycle was met.
std::vector<std::size_t> ranks(const View& view) {
  std::size_t n = view.nodes.size();
  std::vector<std::vector<std::size_t>> out(n);
  std::vector<std::size_t> indegree(n), rank(n);
  for (const auto& e : view.edges) {
    if (e.from == e.to) continue;
    out[e.from].push_back(e.to);
    ++indegree[e.to];
  }
  std::deque<std::size_t> ready;
  for (std::size_t v = 0; v < n; ++v)
    if (indegree[v] == 0) ready.push_back(v);
  std::vector<bool> done(n);
  std::size_t next = 0;
  for (;;) {
    if (ready.empty()) {  // only cycles left: break one at the first unranked node
      while (next < n && done[next]) ++next;
      if (next == n) break;
      ready.push_back(next);
      indegree[next] = 0;
    }
    std::size_t v = ready.front();
    ready.pop_front();
    if (done[v]) continue;
    done[v] = true;
    for (std::size_t w : out[v]) {
      rank[w] = std::max(rank[w], rank[v] + 1);
      if (indegree[w] > 0 && --indegree[w] == 0) ready.push_back(w);
    }
  }
  return rank;
}

}  // namespace

double estimated_aspect(const View& view, RankDir rankdir) {
  if (view.nodes.empty()) return 1;
  std::vector<std::size_t> rank = ranks(view);
  std::size_t levels = *std::max_element(rank.begin(), rank.end()) + 1;
  // Along a rank: the nodes side by side; across ranks: the largest node of each.
  std::vector<double> along(levels), across(levels);
  bool vertical = rankdir == RankDir::BT || rankdir == RankDir::TB;
  for (std::size_t v = 0; v < view.nodes.size(); ++v) {
    double w = node_width(view, view.nodes[v]), h = node_height(view.nodes[v]);
    along[rank[v]] += (vertical ? w : h) + kNodeSep;
    across[rank[v]] = std::max(across[rank[v]], vertical ? h : w);
  }
  double width = *std::max_element(along.begin(), along.end());
  double depth = kRankSep * static_cast<double>(levels - 1);
  for (double a : across) depth += a;
  return vertical ? width / depth : depth / width;
}

void choose_rankdir(View& view) {
  if (view.rankdir != RankDir::BT || view.nodes.size() < kAutoRankdirNodes) return;
  if (estimated_aspect(view, RankDir::BT) <= kWideAspect) return;
  // Left to right only when that is closer to a page's proportions (about 1.4:1).
  auto distance = [](double aspect) { return std::abs(std::log(aspect / 1.4)); };
  if (distance(estimated_aspect(view, RankDir::LR)) >=
      distance(estimated_aspect(view, RankDir::BT)))
    return;
  view.rankdir = RankDir::LR;
  view.rankdir_auto = true;
}

void stagger_leaves(View& view) {
  std::vector<std::size_t> degree(view.nodes.size());
  for (const auto& e : view.edges) ++degree[e.from], ++degree[e.to];
  std::vector<std::vector<std::size_t>> in(view.nodes.size()), out(view.nodes.size());
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const ViewEdge& e = view.edges[i];
    if (e.from == e.to) continue;
    if (degree[e.from] == 1) in[e.to].push_back(i);  // a leaf supports or attacks e.to
    if (degree[e.to] == 1) out[e.from].push_back(i);
  }
  for (std::size_t v = 0; v < view.nodes.size(); ++v) {
    for (const auto* leaves : {&in[v], &out[v]}) {
      if (leaves->size() < kStaggerLeaves) continue;
      int count = 0;
      for (std::size_t i : *leaves) view.edges[i].min_len = 1 + count++ % kStaggerRanks;
    }
  }
}

}  // namespace argmap
