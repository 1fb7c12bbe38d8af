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

  std::vector<Finding> take() { return std::move(findings_); }

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

  ElementRef ref(NodeId v) const { return map_.element(v); }
  ElementAttack attack(Edge e) const { return {ref(e.from), ref(e.to)}; }

  Finding& record(FindingKind kind, Id proponent = kNoId) {
    findings_.push_back({kind, proponent, {}, {}, {}});
    return findings_.back();
  }

  /// The element of p's own assertions that commits p to v (v when asserted).
  static NodeId root(NodeId v, const std::vector<NodeId>& via) {
    while (via[v] != v) v = via[v];
    return v;
  }

  /// A proponent is committed to what it asserts, to what those assertions support
  /// (an argument with all premises committed commits to its conclusion through its
  /// support edge), and to the premises its arguments need. Commitment never flows
  /// into, or on through, what another proponent asserts: citing someone's statement
  /// as evidence, or conceding a point to another's claim, does not make the claim
  /// one's own (a support and an attack on it are a concession next to a rebuttal,
  /// not a conflict). A premise another proponent asserts is needed, so committed,
  /// but nothing flows on from it. `via[v]` is the node v was reached from, and
  /// `by_premise[v]` whether as a premise of it.
  std::vector<NodeId> commitments(Id p, std::vector<NodeId>& via,
                                  std::vector<std::uint8_t>& by_premise) const {
    via.assign(f_.size(), kUnreached);
    by_premise.assign(f_.size(), 0);
    std::vector<NodeId> work;
    for (NodeId v = 0; v < f_.size(); ++v)
      if (proponent(v) == p) via[v] = v, work.push_back(v);
    auto open = [&](NodeId t) { return proponent(t) == p || proponent(t) == kNoId; };
    for (std::size_t i = 0; i < work.size(); ++i) {
      const NodeId w = work[i];
      if (!open(w)) continue;  // another proponent's premise: needed, but a leaf
      for (NodeId t : f_.supported(w))
        if (via[t] == kUnreached && open(t)) via[t] = w, work.push_back(t);
      for (NodeId q : f_.premises(w))
        if (via[q] == kUnreached) via[q] = w, by_premise[q] = 1, work.push_back(q);
    }
    return work;
  }

  /// "[A] -> [X] -> [B]" from what p asserts to v; a premise step reads "<Arg> needs [P]".
  std::string path(NodeId v, const std::vector<NodeId>& via,
                   const std::vector<std::uint8_t>& by_premise) const {
    if (via[v] == v) return name(v);
    return path(via[v], via, by_premise) + (by_premise[v] ? " needs " : " -> ") + name(v);
  }

  /// "asserts [A]", "is committed to [P] as a premise of <Arg>" or "is committed to [B]
  /// through [A] -> [X] -> [B]".
  std::string stance(Id p, NodeId v, const std::vector<NodeId>& via,
                     const std::vector<std::uint8_t>& by_premise) const {
    if (via[v] == v) return who(p) + " asserts " + name(v);
    if (by_premise[v] && via[via[v]] == via[v])
      return who(p) + " is committed to " + name(v) + " as a premise of " + name(via[v]);
    return who(p) + " is committed to " + name(v) + " through " + path(v, via, by_premise);
  }

  void positions(Id p) {
    std::vector<NodeId> via;
    std::vector<std::uint8_t> by_premise;
    std::vector<NodeId> committed = commitments(p, via, by_premise);
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
      d.notes.push_back({where(e.from), stance(p, e.from, via, by_premise)});
      if (e.to != e.from) d.notes.push_back({where(e.to), stance(p, e.to, via, by_premise)});
      d.suggestion = "revise one of the two claims, or attribute one of them to another proponent";
      Finding& f = record(FindingKind::PositionConflict, p);
      f.elements = {ref(e.from), ref(e.to)};
      f.attacks = {attack(e)};
      f.defenders = {ref(root(e.from, via)), ref(root(e.to, via))};
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
    Finding& f = record(FindingKind::PositionNotAdmissible, p);
    for (std::size_t i : open) {
      f.attacks.push_back(attack(edges[i]));
      if (std::find(f.elements.begin(), f.elements.end(), ref(edges[i].to)) == f.elements.end())
        f.elements.push_back(ref(edges[i].to));
    }
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
        Finding& f = record(FindingKind::SelfDefeating);
        f.elements = {ref(v)};
        f.attacks = {{ref(v), ref(v)}};
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
      Finding& f = record(FindingKind::SelfDefeating);
      f.elements = {ref(v)};
      f.attacks = {{ref(found), ref(v)}};
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) f.defenders.push_back(ref(*it));
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
      Finding& f = record(FindingKind::ContestedClaim);
      f.elements = {ref(v)};
      for (NodeId a : f_.attackers(v)) {
        f.attacks.push_back({ref(a), ref(v)});
        for (NodeId d2 : f_.attackers(a))
          if (d2 != v &&
              std::find(f.defenders.begin(), f.defenders.end(), ref(d2)) == f.defenders.end())
            f.defenders.push_back(ref(d2));
      }
      for (NodeId s : f_.supporters(v))
        if (std::find(f.defenders.begin(), f.defenders.end(), ref(s)) == f.defenders.end())
          f.defenders.push_back(ref(s));
      // The two sides, where they are.
      for (NodeId a : f_.attackers(v)) d.notes.push_back({where(a), name(a) + " attacks it"});
      for (ElementRef e : f.defenders) {
        NodeId n = map_.node(e);
        d.notes.push_back({where(n), name(n) + " speaks for it"});
      }
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
      Finding& f = record(FindingKind::UnansweredAttack);
      f.elements = {ref(e.from), ref(e.to)};
      f.attacks = {attack(e)};
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
      record(FindingKind::AssumptionOnly).elements = {ref(v)};
    }
  }

  static constexpr NodeId kUnreached = 0xFFFFFFFFu;

  const Model& model_;
  const MapFramework& map_;
  const Framework& f_;
  Diagnostics& out_;
  const AnalysisOptions& options_;
  std::vector<Finding> findings_;
};

}  // namespace

const char* finding_code(FindingKind kind) {
  switch (kind) {
    case FindingKind::PositionConflict:
      return "position-conflict";
    case FindingKind::PositionNotAdmissible:
      return "position-not-admissible";
    case FindingKind::SelfDefeating:
      return "self-defeating";
    case FindingKind::ContestedClaim:
      return "contested-claim";
    case FindingKind::UnansweredAttack:
      return "unanswered-attack";
    case FindingKind::AssumptionOnly:
      return "assumption-only";
  }
  return "";
}

std::vector<Finding> analyze(const Model& model, const MapFramework& map, Diagnostics& diagnostics,
                             const AnalysisOptions& options) {
  Analyzer analyzer(model, map, diagnostics, options);
  analyzer.run();
  return analyzer.take();
}

std::vector<Finding> analyze(const Model& model, Diagnostics& diagnostics,
                             const AnalysisOptions& options) {
  return analyze(model, build_framework(model), diagnostics, options);
}

}  // namespace argmap
