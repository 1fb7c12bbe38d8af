// Each node's line names the reason its label holds; its children justify the reason.
// Recursion is bounded by ExplainOptions::max_depth, never by the map's size.
#include "explain.h"

#include <algorithm>

#include "grounded.h"

namespace argmap {
namespace {

class Explainer {
 public:
  Explainer(const MapFramework& map, const Labelling& l, const ExplainOptions& options)
      : map_(map), f_(map.framework.framework), l_(l), options_(options), seen_(f_.size(), 0) {}

  std::string run(NodeId root) {
    line(root, 0);
    return out_;
  }

 private:
  std::string name(NodeId v) const { return display_name(map_, v); }

  /// "[A]", "[A] and [B]", "[A], [B] and [C]".
  std::string names(const std::vector<NodeId>& nodes) const {
    std::string s;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (i > 0) s += i + 1 == nodes.size() ? " and " : ", ";
      s += name(nodes[i]);
    }
    return s;
  }

  std::vector<NodeId> with_label(std::span<const NodeId> nodes, Label label) const {
    std::vector<NodeId> out;
    for (NodeId n : nodes)
      if (l_[n] == label && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    return out;
  }

  /// The node decided first (the well-founded reason), or the first one.
  NodeId earliest(const std::vector<NodeId>& nodes) const {
    if (options_.decided_at.empty()) return nodes.front();
    return *std::min_element(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) {
      return options_.decided_at[a] < options_.decided_at[b];
    });
  }

  void emit(int depth, const std::string& text) {
    out_ += std::string(2 * depth, ' ') + text + "\n";
  }

  void line(NodeId v, int depth) {
    const std::string head = name(v) + " is " + std::string(label_name(l_[v]));
    if (seen_[v]) {
      emit(depth, head + " (see above)");
      return;
    }
    seen_[v] = 1;
    std::vector<NodeId> children;
    std::string text;
    switch (l_[v]) {
      case Label::In:
        text = head + " because " + in_reason(v, children);
        break;
      case Label::Out:
        text = head + " because " + out_reason(v, children);
        break;
      case Label::Undec:
        text = head + undec_reason(v, children);
        break;
    }
    if (!children.empty() && depth >= options_.max_depth) {
      emit(depth, text + " ...");
      return;
    }
    emit(depth, text);
    for (NodeId c : children) line(c, depth + 1);
  }

  std::string in_reason(NodeId v, std::vector<NodeId>& children) {
    std::vector<std::string> parts;
    auto att = with_label(f_.attackers(v), Label::Out);
    if (att.empty())
      parts.push_back("nothing attacks it");
    else if (att.size() == 1)
      parts.push_back("its only attacker " + name(att[0]) + " is OUT");
    else
      parts.push_back("all its attackers (" + names(att) + ") are OUT");
    children = att;
    if (!f_.supporters(v).empty()) {
      NodeId s = earliest(with_label(f_.supporters(v), Label::In));
      parts.push_back(name(s) + " supports it and is IN");
      children.push_back(s);
    }
    auto pre = with_label(f_.premises(v), Label::In);
    if (!pre.empty()) {
      parts.push_back(pre.size() == 1 ? "its premise " + name(pre[0]) + " is IN"
                                      : "its premises " + names(pre) + " are IN");
      children.insert(children.end(), pre.begin(), pre.end());
    }
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i)
      s += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return s;
  }

  std::string out_reason(NodeId v, std::vector<NodeId>& children) {
    auto att = with_label(f_.attackers(v), Label::In);
    auto pre = with_label(f_.premises(v), Label::Out);
    // With decision steps, take whichever reason was settled first.
    auto step = [&](const std::vector<NodeId>& nodes) {
      return nodes.empty()                 ? kNever
             : options_.decided_at.empty() ? 0
                                           : options_.decided_at[earliest(nodes)];
    };
    if (!att.empty() && step(att) <= step(pre)) {
      NodeId a = earliest(att);
      children = {a};
      return a == v ? "it attacks itself" : name(a) + " attacks it";
    }
    if (!pre.empty()) {
      NodeId p = earliest(pre);
      children = {p};
      return "its premise " + name(p) + " is OUT";
    }
    children = with_label(f_.supporters(v), Label::Out);
    return children.size() == 1 ? "its only supporter " + name(children[0]) + " is OUT"
                                : "all its supporters (" + names(children) + ") are OUT";
  }

  /// The undecided node v waits on: an undecided attacker, premise or supporter.
  NodeId undecided_dependency(NodeId v, const char** relation) const {
    for (NodeId a : f_.attackers(v))
      if (l_[a] == Label::Undec) return *relation = "attacker", a;
    for (NodeId p : f_.premises(v))
      if (l_[p] == Label::Undec) return *relation = "premise", p;
    for (NodeId s : f_.supporters(v))
      if (l_[s] == Label::Undec) return *relation = "supporter", s;
    return *relation = "", v;
  }

  std::string undec_reason(NodeId v, std::vector<NodeId>& children) {
    // Walk the chain of undecided dependencies until it closes into a cycle.
    std::vector<NodeId> path{v};
    std::vector<const char*> relations;
    for (;;) {
      const char* relation = "";
      NodeId next = undecided_dependency(path.back(), &relation);
      if (*relation == 0) return ": nothing decides it";
      auto it = std::find(path.begin(), path.end(), next);
      relations.push_back(relation);
      if (it == path.end()) {
        path.push_back(next);
        if (path.size() > 64) return ": it depends on a long chain of undecided claims";
        continue;
      }
      const std::size_t start = static_cast<std::size_t>(it - path.begin());
      if (start > 0) {  // v only leads into the cycle: say which dependency, then go on
        children = {path[1]};
        return " because its " + std::string(relations[0]) + " " + name(path[1]) + " is UNDEC";
      }
      std::vector<NodeId> cycle(path.begin(), path.end());
      bool attacks = std::all_of(relations.begin(), relations.end(),
                                 [](const char* r) { return std::string_view(r) == "attacker"; });
      bool supports = std::all_of(relations.begin(), relations.end(),
                                  [](const char* r) { return std::string_view(r) != "attacker"; });
      if (cycle.size() == 1 && attacks) return ": it attacks itself";
      if (attacks && cycle.size() == 2)
        return ": " + names(cycle) + " attack each other and nothing decides between them";
      if (attacks)
        return ": " + names(cycle) +
               " attack each other in a cycle and nothing decides between them";
      if (supports)
        return ": " + names(cycle) +
               " only support each other, and circular support justifies nothing";
      return ": " + names(cycle) +
             " depend on each other in a cycle of attacks and supports and nothing decides between "
             "them";
    }
  }

  const MapFramework& map_;
  const Framework& f_;
  const Labelling& l_;
  const ExplainOptions& options_;
  std::vector<std::uint8_t> seen_;
  std::string out_;
};

}  // namespace

std::string display_name(const MapFramework& map, NodeId node) {
  const std::string& title = map.framework.names[node];
  return map.elements[node].kind == ElementKind::Argument ? "<" + title + ">" : "[" + title + "]";
}

std::string explain(const MapFramework& map, const Labelling& labelling, NodeId node,
                    const ExplainOptions& options) {
  return Explainer(map, labelling, options).run(node);
}

}  // namespace argmap
