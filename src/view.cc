#include "view.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "view_status.h"
#include "view_style.h"

namespace argmap {
namespace {

/// A field path in the frontmatter ("dot", "graphVizSettings", "rankdir"), or nullptr.
const Data* setting(const Data& frontmatter, std::initializer_list<std::string_view> path) {
  const Data* d = &frontmatter;
  for (auto key : path) {
    d = d->find(key);
    if (!d) return nullptr;
  }
  return d;
}

bool is_false(const Data* d) {
  return d && ((d->kind == Data::Kind::Bool && !d->boolean) || d->text() == "false");
}
bool is_true(const Data* d) {
  return d && ((d->kind == Data::Kind::Bool && d->boolean) || d->text() == "true");
}

/// Argdown's statementSelectionMode (the modes argmap supports).
enum class StatementMode { WithTitle, All, TopLevel, WithRelations, NotUsedInArgument };

bool symmetric(RelationType t) {
  return t == RelationType::Contradiction || t == RelationType::Contrary;
}

/// Builds a View in Argdown's stages: preselection, argument and statement
/// selection, map edges, then argmap's inference points, focus and groups.
class ViewBuilder {
 public:
  ViewBuilder(const Model& model, const ViewOptions& options, Diagnostics& diagnostics)
      : m_(model), o_(options), d_(diagnostics) {}

  View build() {
    index_pcs();
    select();
    make_nodes();
    make_relation_edges();
    make_equivalence_edges();
    add_inference_points();
    if (!o_.focus.empty() && !apply_focus()) return {};
    if (o_.color_by == ColorBy::Status) {
      ModelLabels status = status_labels(m_, o_.semantics, d_);
      style_view(m_, o_, v_, &status);
    } else {
      style_view(m_, o_, v_);
    }
    group();
    same_rank();
    if (o_.legend) build_legend(m_, o_, v_);
    v_.fast_layout = !o_.exact_layout && v_.nodes.size() > o_.large_map_nodes;
    std::size_t drawn = 0;
    for (const auto& n : v_.nodes) drawn += n.element.valid();
    v_.hidden = m_.statements.size() + m_.arguments.size() - drawn;
    return std::move(v_);
  }

 private:
  const Model& m_;
  const ViewOptions& o_;
  Diagnostics& d_;
  View v_;

  std::vector<std::vector<Id>> premise_in_;    // statement -> arguments using it as premise
  std::vector<std::vector<Id>> concluded_by_;  // statement -> arguments concluding it
  std::vector<bool> stmt_pre_, arg_pre_;       // preselection (isInMap)
  std::vector<bool> stmt_sel_, arg_sel_;       // final selection
  std::vector<std::size_t> stmt_node_, arg_node_;
  std::vector<std::vector<std::size_t>> conclusion_edges_;  // argument node -> its pcs edges
  std::set<std::tuple<std::size_t, std::size_t, RelationType>> edge_set_;

  void index_pcs() {
    premise_in_.assign(m_.statements.size(), {});
    concluded_by_.assign(m_.statements.size(), {});
    for (Id a = 0; a < m_.arguments.size(); ++a) {
      for (const auto& step : m_.arguments[a].pcs) {
        if (step.statement >= m_.statements.size()) continue;
        if (step.role == StatementRole::Premise) premise_in_[step.statement].push_back(a);
        if (step.role == StatementRole::MainConclusion) concluded_by_[step.statement].push_back(a);
      }
    }
  }

  /// Argdown's relationMemberIsInSelection: a statement counts when it is selected
  /// or used, in the role the relation needs, by a selected argument.
  bool member_in(const Relation& r, ElementRef e, bool as_target, const std::vector<bool>& stmts,
                 const std::vector<bool>& args) const {
    if (e.kind == ElementKind::Argument) return e.id < args.size() && args[e.id];
    if (e.id >= stmts.size()) return false;
    if (stmts[e.id]) return true;
    auto used = [&](const std::vector<Id>& list) {
      return std::any_of(list.begin(), list.end(), [&](Id a) { return args[a]; });
    };
    if (symmetric(r.type)) return used(premise_in_[e.id]) || used(concluded_by_[e.id]);
    return as_target ? used(premise_in_[e.id]) : used(concluded_by_[e.id]);
  }

  void select() {
    const Data* mode_data = setting(m_.frontmatter, {"selection", "statementSelectionMode"});
    std::string mode_name = mode_data ? mode_data->text() : "with-title";
    StatementMode mode = mode_name == "all"                    ? StatementMode::All
                         : mode_name == "top-level"            ? StatementMode::TopLevel
                         : mode_name == "with-relations"       ? StatementMode::WithRelations
                         : mode_name == "not-used-in-argument" ? StatementMode::NotUsedInArgument
                                                               : StatementMode::WithTitle;
    bool exclude_disconnected =
        !is_false(setting(m_.frontmatter, {"selection", "excludeDisconnected"}));

    stmt_pre_.resize(m_.statements.size());
    arg_pre_.resize(m_.arguments.size());
    for (Id s = 0; s < m_.statements.size(); ++s)
      stmt_pre_[s] = !is_false(m_.statements[s].data.find("isInMap"));
    for (Id a = 0; a < m_.arguments.size(); ++a)
      arg_pre_[a] = !is_false(m_.arguments[a].data.find("isInMap"));

    std::vector<std::vector<const Relation*>> stmt_rel(m_.statements.size());
    std::vector<std::vector<const Relation*>> arg_rel(m_.arguments.size());
    for (const auto& r : m_.relations) {
      for (ElementRef e : {r.from, r.to}) {
        if (e.kind == ElementKind::Statement && e.id < stmt_rel.size())
          stmt_rel[e.id].push_back(&r);
        if (e.kind == ElementKind::Argument && e.id < arg_rel.size()) arg_rel[e.id].push_back(&r);
      }
    }
    auto other_in = [&](const Relation* r, ElementRef self, const std::vector<bool>& stmts,
                        const std::vector<bool>& args) {
      bool self_is_from = r->from == self;
      ElementRef other = self_is_from ? r->to : r->from;
      return member_in(*r, other, self_is_from, stmts, args);
    };

    // Statements first (Argdown's order): the mode, then excludeDisconnected,
    // both judged against the preselected arguments.
    stmt_sel_.assign(m_.statements.size(), false);
    for (Id s = 0; s < m_.statements.size(); ++s) {
      const Statement& st = m_.statements[s];
      if (!stmt_pre_[s]) continue;
      if (is_true(st.data.find("isInMap"))) {
        stmt_sel_[s] = true;
        continue;
      }
      ElementRef self{ElementKind::Statement, s};
      bool with_relations =
          std::any_of(stmt_rel[s].begin(), stmt_rel[s].end(),
                      [&](const Relation* r) { return other_in(r, self, stmt_pre_, arg_pre_); });
      auto in_args = [&](const std::vector<Id>& list) {
        return std::any_of(list.begin(), list.end(), [&](Id a) { return arg_pre_[a]; });
      };
      bool used = in_args(premise_in_[s]) || in_args(concluded_by_[s]);
      bool in = false;
      switch (mode) {
        case StatementMode::All:
          in = true;
          break;
        case StatementMode::WithTitle:
          in = (!used && with_relations) || !st.auto_title;
          break;
        case StatementMode::TopLevel: {
          bool top = std::any_of(st.occurrences.begin(), st.occurrences.end(),
                                 [](const auto& o) { return o.role == StatementRole::TopLevel; });
          in = (!used && with_relations) || top;
          break;
        }
        case StatementMode::WithRelations:
          in = with_relations;
          break;
        case StatementMode::NotUsedInArgument:
          in = !used;
          break;
      }
      stmt_sel_[s] = in && (!exclude_disconnected || used || with_relations);
    }

    // Arguments: connected by a relation, through a drawn or related statement of
    // their PCS, or by sharing a premise/conclusion with another argument.
    arg_sel_ = arg_pre_;
    for (Id a = 0; a < m_.arguments.size(); ++a) {
      if (!arg_pre_[a] || !exclude_disconnected) continue;
      if (is_true(m_.arguments[a].data.find("isInMap"))) continue;
      ElementRef self{ElementKind::Argument, a};
      bool connected = std::any_of(arg_rel[a].begin(), arg_rel[a].end(), [&](const Relation* r) {
        return other_in(r, self, stmt_sel_, arg_pre_);
      });
      for (const auto& step : m_.arguments[a].pcs) {
        Id s = step.statement;
        if (connected || s >= m_.statements.size()) break;
        if (step.role == StatementRole::IntermediateConclusion) continue;
        bool premise = step.role == StatementRole::Premise;
        ElementRef st{ElementKind::Statement, s};
        connected =
            stmt_sel_[s] ||
            std::any_of(stmt_rel[s].begin(), stmt_rel[s].end(),
                        [&](const Relation* r) {
                          if (!symmetric(r->type) && (premise ? r->from == st : r->to == st))
                            return false;
                          return other_in(r, st, stmt_sel_, arg_pre_);
                        }) ||
            std::any_of(premise ? concluded_by_[s].begin() : premise_in_[s].begin(),
                        premise ? concluded_by_[s].end() : premise_in_[s].end(),
                        [&](Id b) { return arg_pre_[b]; });
      }
      arg_sel_[a] = connected;
    }
  }

  void make_nodes() {
    stmt_node_.assign(m_.statements.size(), kNone);
    arg_node_.assign(m_.arguments.size(), kNone);
    for (Id s = 0; s < m_.statements.size(); ++s) {
      if (!stmt_sel_[s]) continue;
      stmt_node_[s] = v_.nodes.size();
      ViewNode n;
      n.kind = m_.statements[s].is_evidence ? NodeKind::Evidence : NodeKind::Statement;
      n.element = {ElementKind::Statement, s};
      v_.nodes.push_back(std::move(n));
    }
    for (Id a = 0; a < m_.arguments.size(); ++a) {
      if (!arg_sel_[a]) continue;
      arg_node_[a] = v_.nodes.size();
      ViewNode n;
      n.kind = NodeKind::Argument;
      n.element = {ElementKind::Argument, a};
      v_.nodes.push_back(std::move(n));
    }
    conclusion_edges_.assign(v_.nodes.size(), {});
  }

  std::size_t add_edge(std::size_t from, std::size_t to, RelationType type) {
    if (from == kNone || to == kNone) return kNone;
    if (!edge_set_.insert({from, to, type}).second) return kNone;
    ViewEdge e;
    e.from = from;
    e.to = to;
    e.type = type;
    v_.edges.push_back(std::move(e));
    return v_.edges.size() - 1;
  }

  std::vector<std::size_t> froms(ElementRef e, bool reverse) const {
    std::vector<std::size_t> out;
    if (e.kind == ElementKind::Argument) {
      if (!reverse && e.id < arg_node_.size()) out.push_back(arg_node_[e.id]);
    } else if (e.id < stmt_node_.size()) {
      if (stmt_node_[e.id] != kNone) {
        out.push_back(stmt_node_[e.id]);
      } else {
        for (Id a : concluded_by_[e.id]) out.push_back(arg_node_[a]);
      }
    }
    return out;
  }

  std::vector<std::size_t> tos(ElementRef e, bool reverse) const {
    std::vector<std::size_t> out;
    if (e.kind == ElementKind::Argument) {
      if (!reverse && e.id < arg_node_.size()) out.push_back(arg_node_[e.id]);
    } else if (e.id < stmt_node_.size()) {
      if (stmt_node_[e.id] != kNone) {
        if (!reverse) out.push_back(stmt_node_[e.id]);
      } else {
        for (Id a : premise_in_[e.id]) out.push_back(arg_node_[a]);
      }
    }
    return out;
  }

  /// Argdown's MapPlugin: a relation between elements that are not drawn moves to
  /// the arguments concluding (from) or using (to) them; between an argument and
  /// a statement, contradictions become attacks and entailments supports.
  void make_relation_edges() {
    for (const auto& r : m_.relations) {
      if (!member_in(r, r.from, false, stmt_sel_, arg_sel_) ||
          !member_in(r, r.to, true, stmt_sel_, arg_sel_))
        continue;
      for (int pass = 0; pass < (symmetric(r.type) ? 2 : 1); ++pass) {
        bool reverse = pass == 1;
        for (std::size_t f : froms(reverse ? r.to : r.from, reverse)) {
          for (std::size_t t : tos(reverse ? r.from : r.to, reverse)) {
            RelationType type = r.type;
            bool s2s = v_.nodes[f].element.kind == ElementKind::Statement &&
                       v_.nodes[t].element.kind == ElementKind::Statement;
            if (!s2s && (type == RelationType::Contradiction || type == RelationType::Contrary))
              type = RelationType::Attack;
            if (!s2s && type == RelationType::Entails) type = RelationType::Support;
            add_edge(f, t, type);
          }
        }
      }
    }
  }

  /// Argdown's support edges from equivalences: argument -> its drawn conclusion (or
  /// the arguments using it as a premise), premise -> argument.
  void make_equivalence_edges() {
    for (Id a = 0; a < m_.arguments.size(); ++a) {
      std::size_t node = arg_node_[a];
      Id c = m_.arguments[a].main_conclusion();
      if (node == kNone || c >= m_.statements.size()) continue;
      std::vector<std::size_t> targets;
      if (stmt_node_[c] != kNone) {
        targets.push_back(stmt_node_[c]);
      } else {
        for (Id b : premise_in_[c]) targets.push_back(arg_node_[b]);
      }
      for (std::size_t t : targets) {
        std::size_t e = add_edge(node, t, RelationType::Support);
        if (e != kNone) conclusion_edges_[node].push_back(e);
      }
    }
    for (Id s = 0; s < m_.statements.size(); ++s) {
      if (stmt_node_[s] == kNone) continue;
      for (Id a : premise_in_[s]) add_edge(stmt_node_[s], arg_node_[a], RelationType::Support);
    }
  }

  /// An undercut hits the inference: the edge from the undercut argument to its
  /// conclusion gets a point, and the undercut ends there. Without a PCS the
  /// argument's own outgoing support/attack edges carry the inference.
  void add_inference_points() {
    std::vector<std::vector<std::size_t>> undercuts(v_.nodes.size());
    for (std::size_t e = 0; e < v_.edges.size(); ++e) {
      const ViewEdge& edge = v_.edges[e];
      if (edge.type == RelationType::Undercut && v_.nodes[edge.to].kind == NodeKind::Argument)
        undercuts[edge.to].push_back(e);
    }
    for (std::size_t a = 0; a < undercuts.size(); ++a) {
      if (undercuts[a].empty()) continue;
      std::vector<std::size_t> carriers = conclusion_edges_[a];
      if (carriers.empty() && m_.arguments[v_.nodes[a].element.id].pcs.empty()) {
        for (std::size_t e = 0; e < v_.edges.size(); ++e) {
          const ViewEdge& edge = v_.edges[e];
          if (edge.from == a &&
              (edge.type == RelationType::Support || edge.type == RelationType::Attack))
            carriers.push_back(e);
        }
      }
      if (carriers.empty()) continue;  // nothing to hit: the undercut ends at the argument
      std::size_t point = v_.nodes.size();
      ViewNode n;
      n.kind = NodeKind::Inference;
      n.element = {ElementKind::Argument, kNoId};
      n.owner = a;
      v_.nodes.push_back(std::move(n));
      for (std::size_t e : carriers) v_.edges[e].from = point;
      for (std::size_t e : undercuts[a]) v_.edges[e].to = point;
      ViewEdge link;
      link.from = a;
      link.to = point;
      link.type = RelationType::Support;
      link.inference_link = true;
      v_.edges.push_back(std::move(link));
    }
  }

  /// Keeps the nodes within `depth` relation steps of the focus; the step through
  /// an inference point is free, so undercuts count as one step.
  bool apply_focus() {
    std::string title = o_.focus;
    std::size_t start = kNone;
    bool want_arg = title.size() > 2 && title.front() == '<' && title.back() == '>';
    bool want_stmt = title.size() > 2 && title.front() == '[' && title.back() == ']';
    if (want_arg || want_stmt) title = title.substr(1, title.size() - 2);
    std::optional<Id> s = want_arg ? std::nullopt : m_.find_statement(title);
    std::optional<Id> a = want_stmt ? std::nullopt : m_.find_argument(title);
    if (s && stmt_node_[*s] != kNone) {
      start = stmt_node_[*s];
    } else if (a && arg_node_[*a] != kNone) {
      start = arg_node_[*a];
    }
    if (start == kNone) {
      auto& diag = d_.error("unknown-focus", Location{},
                            (s || a) ? "'" + o_.focus + "' is not drawn in the map"
                                     : "no statement or argument titled '" + o_.focus + "'");
      diag.suggestion = (s || a) ? "focus on an element that appears in the full map"
                                 : "give a title exactly as written, e.g. --focus \"Title\"";
      return false;
    }
    std::vector<std::vector<std::pair<std::size_t, int>>> adj(v_.nodes.size());
    for (const auto& e : v_.edges) {
      int w = e.inference_link ? 0 : 1;
      adj[e.from].push_back({e.to, w});
      adj[e.to].push_back({e.from, w});
    }
    std::vector<int> dist(v_.nodes.size(), -1);
    std::deque<std::size_t> queue{start};
    dist[start] = 0;
    while (!queue.empty()) {  // 0-1 BFS
      std::size_t n = queue.front();
      queue.pop_front();
      for (auto [next, w] : adj[n]) {
        if (dist[next] != -1 && dist[next] <= dist[n] + w) continue;
        dist[next] = dist[n] + w;
        if (w == 0)
          queue.push_front(next);
        else
          queue.push_back(next);
      }
    }
    std::vector<bool> keep(v_.nodes.size());
    for (std::size_t n = 0; n < keep.size(); ++n) keep[n] = dist[n] >= 0 && dist[n] <= o_.depth;
    // An inference point needs its argument and something else to connect.
    std::vector<int> degree(v_.nodes.size());
    for (const auto& e : v_.edges)
      if (keep[e.from] && keep[e.to] && !e.inference_link) ++degree[e.from], ++degree[e.to];
    for (std::size_t n = 0; n < keep.size(); ++n)
      if (v_.nodes[n].kind == NodeKind::Inference && degree[n] == 0) keep[n] = false;
    filter_nodes(keep);
    return true;
  }

  void filter_nodes(const std::vector<bool>& keep) {
    std::vector<std::size_t> remap(v_.nodes.size(), kNone);
    std::vector<ViewNode> nodes;
    for (std::size_t n = 0; n < v_.nodes.size(); ++n) {
      if (!keep[n]) continue;
      remap[n] = nodes.size();
      nodes.push_back(std::move(v_.nodes[n]));
    }
    for (auto& n : nodes)
      if (n.owner != kNone) n.owner = remap[n.owner];
    std::vector<ViewEdge> edges;
    for (auto& e : v_.edges) {
      if (remap[e.from] == kNone || remap[e.to] == kNone) continue;
      e.from = remap[e.from];
      e.to = remap[e.to];
      edges.push_back(std::move(e));
    }
    v_.nodes = std::move(nodes);
    v_.edges = std::move(edges);
  }

  void group() {
    if (o_.group_by == GroupBy::None) {
      for (auto& n : v_.nodes) n.cluster = kNone;
      return;
    }
    std::vector<std::size_t> owner(v_.nodes.size(), kNone);  // inference -> its argument
    for (std::size_t n = 0; n < v_.nodes.size(); ++n) owner[n] = v_.nodes[n].owner;
    if (o_.group_by == GroupBy::Proponent) {
      std::vector<std::size_t> cluster_of(m_.proponents.size(), kNone);
      for (std::size_t n = 0; n < v_.nodes.size(); ++n) {
        std::size_t src = owner[n] == kNone ? n : owner[n];
        ElementRef e = v_.nodes[src].element;
        Id p = !e.valid()                         ? kNoId
               : e.kind == ElementKind::Statement ? m_.statements[e.id].proponent
                                                  : m_.arguments[e.id].proponent;
        v_.nodes[n].cluster = kNone;
        if (p >= m_.proponents.size()) continue;
        if (cluster_of[p] == kNone) cluster_of[p] = v_.clusters.size(), v_.clusters.push_back({});
        v_.nodes[n].cluster = cluster_of[p];
      }
      for (Id p = 0; p < m_.proponents.size(); ++p) {
        if (cluster_of[p] == kNone) continue;
        ViewCluster& c = v_.clusters[cluster_of[p]];
        c.label = m_.proponents[p].label;
        c.id = "proponent-" + slug(m_.proponents[p].key);
      }
      style_clusters(m_, o_, v_);
      return;
    }
    group_by_section(owner);
  }

  void group_by_section(const std::vector<std::size_t>& owner) {
    const auto& sections = m_.sections;
    int max_level = 0;
    for (const auto& s : sections) max_level = std::max(max_level, s.level);
    const Data* depth_data = setting(m_.frontmatter, {"group", "groupDepth"});
    int group_depth = depth_data && depth_data->kind == Data::Kind::Int
                          ? static_cast<int>(depth_data->integer)
                          : 2;
    int min_level = max_level - group_depth + 1;
    std::vector<bool> is_group(sections.size());
    for (Id s = 0; s < sections.size(); ++s) {
      const Data* flag = sections[s].data.find("isGroup");
      is_group[s] = flag ? is_true(flag) : sections[s].level >= min_level;
    }
    auto group_of = [&](Id s) {
      while (s < sections.size() && !is_group[s]) s = sections[s].parent;
      return s < sections.size() ? s : kNoId;
    };
    // Clusters for the sections holding nodes and their group ancestors.
    std::vector<std::size_t> cluster_of(sections.size(), kNone);
    std::vector<bool> used(sections.size());
    for (std::size_t n = 0; n < v_.nodes.size(); ++n) {
      std::size_t src = owner[n] == kNone ? n : owner[n];
      ElementRef e = v_.nodes[src].element;
      if (!e.valid()) continue;
      Id sec = e.kind == ElementKind::Statement ? m_.statements[e.id].section
                                                : m_.arguments[e.id].section;
      for (Id g = group_of(sec); g != kNoId; g = group_of(sections[g].parent)) used[g] = true;
    }
    for (Id s = 0; s < sections.size(); ++s) {  // parents come before children
      if (!used[s]) continue;
      cluster_of[s] = v_.clusters.size();
      ViewCluster c;
      c.label = sections[s].title;
      Id parent = group_of(sections[s].parent);
      c.parent = parent == kNoId ? kNone : cluster_of[parent];
      c.level = c.parent == kNone ? 1 : v_.clusters[c.parent].level + 1;
      if (c.parent != kNone) v_.clusters[c.parent].children.push_back(v_.clusters.size());
      c.id = "section-" + slug(sections[s].title.empty() ? sections[s].id : sections[s].title);
      v_.clusters.push_back(std::move(c));
    }
    for (std::size_t n = 0; n < v_.nodes.size(); ++n) {
      std::size_t src = owner[n] == kNone ? n : owner[n];
      ElementRef e = v_.nodes[src].element;
      Id sec = !e.valid()                         ? kNoId
               : e.kind == ElementKind::Statement ? m_.statements[e.id].section
                                                  : m_.arguments[e.id].section;
      Id g = group_of(sec);
      v_.nodes[n].cluster = g == kNoId ? kNone : cluster_of[g];
    }
    std::vector<bool> closed(v_.clusters.size());
    for (Id s = 0; s < sections.size(); ++s)
      if (cluster_of[s] != kNone)
        closed[cluster_of[s]] = is_true(sections[s].data.find("isClosed"));
    style_clusters(m_, o_, v_);
    close_groups(closed);
  }

  /// Argdown's isClosed: a closed section is drawn as one node; edges into it end
  /// at that node and edges inside it vanish.
  void close_groups(const std::vector<bool>& closed) {
    auto inside = [&](std::size_t cluster, std::size_t c) {
      for (; cluster != kNone; cluster = v_.clusters[cluster].parent)
        if (cluster == c) return true;
      return false;
    };
    for (std::size_t c = 0; c < v_.clusters.size(); ++c) {
      if (!closed[c] || (v_.clusters[c].parent != kNone && closed_ancestor(closed, c))) continue;
      std::size_t node = v_.nodes.size();
      v_.nodes.push_back(closed_group_node(o_, v_, c));
      std::vector<bool> keep(v_.nodes.size(), true);
      std::vector<std::size_t> target(v_.nodes.size());
      for (std::size_t n = 0; n < node; ++n) {
        target[n] = n;
        if (inside(v_.nodes[n].cluster, c)) target[n] = node, keep[n] = false;
      }
      target[node] = node;
      edge_set_.clear();
      std::vector<ViewEdge> edges;
      for (auto& e : v_.edges) {
        e.from = target[e.from];
        e.to = target[e.to];
        if (e.from == e.to || !edge_set_.insert({e.from, e.to, e.type}).second) continue;
        edges.push_back(std::move(e));
      }
      v_.edges = std::move(edges);
      filter_nodes(keep);
    }
    // Closed clusters are now nodes; drop them and the clusters left empty.
    prune_clusters();
  }

  bool closed_ancestor(const std::vector<bool>& closed, std::size_t c) const {
    for (std::size_t p = v_.clusters[c].parent; p != kNone; p = v_.clusters[p].parent)
      if (closed[p]) return true;
    return false;
  }

  void prune_clusters() {
    std::vector<bool> used(v_.clusters.size());
    for (const auto& n : v_.nodes)
      for (std::size_t c = n.cluster; c != kNone; c = v_.clusters[c].parent) used[c] = true;
    std::vector<std::size_t> remap(v_.clusters.size(), kNone);
    std::vector<ViewCluster> clusters;
    for (std::size_t c = 0; c < v_.clusters.size(); ++c) {
      if (!used[c]) continue;
      remap[c] = clusters.size();
      clusters.push_back(std::move(v_.clusters[c]));
    }
    for (auto& c : clusters) {
      if (c.parent != kNone) c.parent = remap[c.parent];
      std::vector<std::size_t> children;
      for (std::size_t k : c.children)
        if (remap[k] != kNone) children.push_back(remap[k]);
      c.children = std::move(children);
    }
    for (auto& n : v_.nodes)
      if (n.cluster != kNone) n.cluster = remap[n.cluster];
    v_.clusters = std::move(clusters);
  }

  /// Argdown's {rank: NAME} data: elements with the same rank share a rank.
  void same_rank() {
    std::map<std::string, std::size_t> index;
    for (std::size_t n = 0; n < v_.nodes.size(); ++n) {
      ElementRef e = v_.nodes[n].element;
      if (!e.valid()) continue;
      const Data& data =
          e.kind == ElementKind::Statement ? m_.statements[e.id].data : m_.arguments[e.id].data;
      const Data* rank = data.find("rank");
      if (!rank || rank->text().empty()) continue;
      auto [it, fresh] = index.try_emplace(rank->text(), v_.same_rank.size());
      if (fresh) v_.same_rank.emplace_back();
      v_.same_rank[it->second].push_back(n);
    }
  }
};

}  // namespace

View build_view(const Model& model, const ViewOptions& options, Diagnostics& diagnostics) {
  return ViewBuilder(model, options, diagnostics).build();
}

}  // namespace argmap
