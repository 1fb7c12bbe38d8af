// Each finding is computed on the framework (graph searches, grounded and preferred
// labellings) and reported against the map's locations.
#include "analysis.h"

#include <algorithm>
#include <set>

#include "explain.h"
#include "grounded.h"
#include "sat_semantics.h"

namespace argmap {
namespace {

class Analyzer {
 public:
  Analyzer(const Model& model, const MapFramework& map, Diagnostics& diagnostics,
           const AnalysisOptions& options)
      : model_(model),
        map_(map),
        f_(map.framework.framework),
        out_(diagnostics),
        options_(options) {}

  void run() {
    for (Id p = 0; p < model_.proponents.size(); ++p) positions(p);
    self_defeat();
    contested();
    unanswered();
    assumptions();
  }

 private:
  std::string name(NodeId v) const { return display_name(map_, v); }

  Location where(NodeId v) const {
    ElementRef e = map_.element(v);
    const auto& occurrences = e.kind == ElementKind::Statement ? model_.statements[e.id].occurrences
                                                               : model_.arguments[e.id].occurrences;
    for (const auto& o : occurrences)
      if (o.role != StatementRole::Mention) return o.title_where.valid() ? o.title_where : o.where;
    return occurrences.empty() ? Location{} : occurrences.front().where;
  }

  /// Where the attack edge `i` was declared (its relation), or its attacker.
  Location attack_where(std::size_t i) const {
    Id r = map_.attack_relation[i];
    if (r != kNoId && !model_.relations[r].where.empty()) return model_.relations[r].where.front();
    return where(f_.attack_edges()[i].from);
  }

  Id proponent(NodeId v) const {
    ElementRef e = map_.element(v);
    return e.kind == ElementKind::Statement ? model_.statements[e.id].proponent
                                            : model_.arguments[e.id].proponent;
  }

  std::string who(Id p) const { return "'" + model_.proponents[p].label + "'"; }

  /// A proponent is committed to what it asserts and to everything that follows from
  /// it by supports (an argument with all premises committed commits to its conclusion
  /// too, through its support edge). `via[v]` is the node v was reached from.
  std::vector<NodeId> commitments(Id p, std::vector<NodeId>& via) const {
    via.assign(f_.size(), kUnreached);
    std::vector<NodeId> work;
    for (NodeId v = 0; v < f_.size(); ++v)
      if (proponent(v) == p) via[v] = v, work.push_back(v);
    for (std::size_t i = 0; i < work.size(); ++i)
      for (NodeId t : f_.supported(work[i]))
        if (via[t] == kUnreached) via[t] = work[i], work.push_back(t);
    return work;
  }

  /// "asserts [A]" or "is committed to [B] through [A] -> [X] -> [B]".
  std::string stance(Id p, NodeId v, const std::vector<NodeId>& via) const {
    if (via[v] == v) return who(p) + " asserts " + name(v);
    std::vector<NodeId> chain{v};
    while (via[chain.back()] != chain.back()) chain.push_back(via[chain.back()]);
    std::string s = who(p) + " is committed to " + name(v) + " through ";
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
      s += (it == chain.rbegin() ? "" : " -> ") + name(*it);
    return s;
  }

  void positions(Id p) {
    std::vector<NodeId> via;
    std::vector<NodeId> committed = commitments(p, via);
    if (committed.empty()) return;
    auto in_position = [&](NodeId v) { return via[v] != kUnreached; };
    // Conflict-freeness: no attack between two committed claims.
    std::set<std::pair<NodeId, NodeId>> reported;
    const auto& edges = f_.attack_edges();
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const Edge e = edges[i];
      if (!in_position(e.from) || !in_position(e.to)) continue;
      if (!reported.insert({std::min(e.from, e.to), std::max(e.from, e.to)}).second) continue;
      bool contradiction = map_.attack_origin[i] == EdgeOrigin::Contradiction;
      std::string what = e.from == e.to ? name(e.from) + " attacks itself"
                         : contradiction
                             ? name(e.from) + " and " + name(e.to) + " contradict each other"
                             : name(e.from) + " attacks " + name(e.to);
      Diagnostic& d = out_.warning("position-conflict", attack_where(i),
                                   "the position of " + who(p) + " is not conflict-free: " + what);
      d.notes.push_back({where(e.from), stance(p, e.from, via)});
      if (e.to != e.from) d.notes.push_back({where(e.to), stance(p, e.to, via)});
      d.suggestion = "revise one of the two claims, or attribute one of them to another proponent";
    }
    // Admissibility: every attack on the position is answered from inside it.
    std::vector<std::uint8_t> answered(f_.size(), 0);
    for (NodeId v : committed)
      for (NodeId t : f_.attacks_on(v)) answered[t] = 1;
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < edges.size(); ++i)
      if (in_position(edges[i].to) && !in_position(edges[i].from) && !answered[edges[i].from])
        open.push_back(i);
    if (open.empty()) return;
    const Proponent& pro = model_.proponents[p];
    Location at = pro.where.valid() ? pro.where : where(committed.front());
    Diagnostic& d = out_.warning(
        "position-not-admissible", at,
        "the position of " + who(p) + " is not admissible: " + std::to_string(open.size()) +
            (open.size() == 1 ? " attack on it goes" : " attacks on it go") + " unanswered");
    for (std::size_t i : open)
      d.notes.push_back({attack_where(i), name(edges[i].from) + " attacks " + name(edges[i].to) +
                                              " and nothing " + who(p) + " holds attacks " +
                                              name(edges[i].from)});
    d.suggestion = "answer these attacks with counter-arguments, or give up the attacked claims";
  }

  void self_defeat() {
    // v defeats itself when something v supports (directly or by a chain) attacks v.
    // One search per attacked node; bounded so that huge maps stay fast.
    std::size_t budget = 4'000'000;
    std::vector<NodeId> via(f_.size(), kUnreached);
    std::vector<NodeId> touched;
    for (NodeId v = 0; v < f_.size() && budget > 0; ++v) {
      if (f_.attackers(v).empty()) continue;
      std::set<NodeId> attackers(f_.attackers(v).begin(), f_.attackers(v).end());
      if (attackers.count(v)) {
        Diagnostic& d = out_.warning("self-defeating", where(v), name(v) + " attacks itself");
        d.suggestion = "a claim that attacks itself can never be accepted: remove the relation";
        continue;
      }
      for (NodeId t : touched) via[t] = kUnreached;
      touched = {v};
      via[v] = v;
      NodeId found = kUnreached;
      for (std::size_t i = 0; i < touched.size() && found == kUnreached && budget > 0;
           ++i, --budget)
        for (NodeId t : f_.supported(touched[i])) {
          if (via[t] != kUnreached) continue;
          via[t] = touched[i];
          touched.push_back(t);
          if (attackers.count(t)) found = t;
        }
      if (found == kUnreached) continue;
      std::vector<NodeId> chain{found};
      while (chain.back() != v) chain.push_back(via[chain.back()]);
      std::string path;
      for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        path += (it == chain.rbegin() ? "" : " -> ") + name(*it);
      Diagnostic& d = out_.warning(
          "self-defeating", where(v),
          name(v) + " defeats itself: it supports " + name(found) + ", which attacks it");
      d.notes.push_back({where(found), "the chain of support: " + path});
      d.suggestion =
          "check the direction of these relations; as drawn, " + name(v) + " can never be accepted";
    }
  }

  void contested() {
    SearchLimits limits{options_.max_labellings, options_.deadline};
    LabellingSet set = enumerate_labellings(f_, Semantics::Preferred, limits);
    if (set.status == SearchStatus::TimedOut || set.labellings.size() < 2) return;
    for (NodeId v = 0; v < map_.first_argument; ++v) {
      std::size_t in = 0, out = 0;
      for (const auto& l : set.labellings) in += l[v] == Label::In, out += l[v] == Label::Out;
      if (in == 0 || out == 0) continue;
      std::string of =
          std::to_string(set.labellings.size()) + (set.status == SearchStatus::Capped ? "+" : "");
      Diagnostic& d =
          out_.add(Severity::Note, "contested-claim", where(v),
                   name(v) + " is contested: IN in " + std::to_string(in) + " and OUT in " +
                       std::to_string(out) + " of " + of + " preferred labellings");
      d.suggestion = "run 'argmap eval --semantics preferred --explain \"" +
                     map_.framework.names[v] + "\"' to see both sides";
    }
  }

  void unanswered() {
    Labelling g = grounded(f_);
    const auto& edges = f_.attack_edges();
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const Edge e = edges[i];
      if (e.from == e.to || g[e.from] != Label::In || !f_.attackers(e.from).empty()) continue;
      Diagnostic& d =
          out_.add(Severity::Note, "unanswered-attack", attack_where(i),
                   name(e.from) + " attacks " + name(e.to) + " and nothing in the map answers it");
      d.suggestion = "an open question of the debate: add a counter-argument to " + name(e.from) +
                     " if there is one";
    }
  }

  void assumptions() {
    std::vector<NodeId> work;
    std::vector<std::uint8_t> grounded_in_evidence(f_.size(), 0);
    for (NodeId v = 0; v < map_.first_argument; ++v)
      if (model_.statements[v].is_evidence) grounded_in_evidence[v] = 1, work.push_back(v);
    if (work.empty()) return;  // a map without evidence says nothing either way
    auto reach = [&](NodeId t) {
      if (!grounded_in_evidence[t]) grounded_in_evidence[t] = 1, work.push_back(t);
    };
    for (std::size_t i = 0; i < work.size(); ++i) {
      for (NodeId t : f_.supported(work[i])) reach(t);
      for (NodeId t : f_.premise_of(work[i])) reach(t);
    }
    for (NodeId v = 0; v < map_.first_argument; ++v) {
      if (grounded_in_evidence[v] || f_.supporters(v).empty()) continue;
      Diagnostic& d = out_.add(Severity::Note, "assumption-only", where(v),
                               name(v) +
                                   " rests only on assumptions: no evidence supports it, "
                                   "directly or through its supporters");
      d.suggestion = "cite evidence for it or for one of its supporting claims ({kind: evidence})";
    }
  }

  static constexpr NodeId kUnreached = 0xFFFFFFFFu;

  const Model& model_;
  const MapFramework& map_;
  const Framework& f_;
  Diagnostics& out_;
  const AnalysisOptions& options_;
};

}  // namespace

void analyze(const Model& model, const MapFramework& map, Diagnostics& diagnostics,
             const AnalysisOptions& options) {
  Analyzer(model, map, diagnostics, options).run();
}

void analyze(const Model& model, Diagnostics& diagnostics, const AnalysisOptions& options) {
  analyze(model, build_framework(model), diagnostics, options);
}

}  // namespace argmap
