// The SAT encoding: variables in(v) and out(v) per node (UNDEC: neither), clauses for
// each node's labelling rule, loop nogoods added lazily when a model's IN set rests on
// circular support, and iterated solving with blocking clauses for maximality. Plain
// attack frameworks try dung_search.h's bitset search first; SAT goes on where its
// budget runs out.
#include "sat_semantics.h"

#include <cadical.hpp>
#include <memory>

#include "dung_search.h"
#include "grounded.h"

namespace argmap {

std::optional<Semantics> parse_semantics(std::string_view name) {
  if (name == "grounded" || name == "GR") return Semantics::Grounded;
  if (name == "complete" || name == "CO") return Semantics::Complete;
  if (name == "preferred" || name == "PR") return Semantics::Preferred;
  if (name == "stable" || name == "ST") return Semantics::Stable;
  return std::nullopt;
}

std::string_view semantics_name(Semantics s) {
  switch (s) {
    case Semantics::Grounded:
      return "grounded";
    case Semantics::Complete:
      return "complete";
    case Semantics::Preferred:
      return "preferred";
    case Semantics::Stable:
      break;
  }
  return "stable";
}

namespace {

constexpr int kSat = 10, kUnsat = 20, kUnknown = 0;

/// Stops CaDiCaL when the deadline passes.
class Deadline : public CaDiCaL::Terminator {
 public:
  explicit Deadline(std::optional<std::chrono::steady_clock::time_point> at) : at_(at) {}
  bool terminate() override { return at_ && std::chrono::steady_clock::now() >= *at_; }
  bool passed() const { return at_ && std::chrono::steady_clock::now() >= *at_; }

 private:
  std::optional<std::chrono::steady_clock::time_point> at_;
};

/// One solver holding the complete (or stable) labelling rules of a framework.
class Encoding {
 public:
  Encoding(const Framework& f, bool stable, const SearchLimits& limits)
      : f_(f), deadline_(limits.deadline), grounded_(grounded(f)) {
    solver_.set("quiet", 1);  // the library never prints
    solver_.connect_terminator(&deadline_);
    next_var_ = 2 * static_cast<int>(f.size());
    for (NodeId v = 0; v < f.size(); ++v) encode(v, stable);
    // Decide IN first, as clasp's domain heuristic does for preferred: models come
    // out with large IN sets, so maximization needs few rounds.
    for (NodeId v = 0; v < f.size(); ++v) solver_.phase(in(v));
  }
  ~Encoding() { solver_.disconnect_terminator(); }

  // in() variables come last: CaDiCaL's initial decision order takes the highest
  // variables first, so the search starts by choosing arguments, not rejections.
  int in(NodeId v) const { return static_cast<int>(f_.size() + v) + 1; }
  int out(NodeId v) const { return static_cast<int>(v) + 1; }
  const Labelling& grounded_labelling() const { return grounded_; }

  /// Solves under assumptions and an optional one-shot clause; on kSat, model()
  /// is a well-founded labelling.
  int solve(const std::vector<int>& assumptions, const std::vector<int>& constraint = {}) {
    for (;;) {
      if (deadline_.passed()) return kUnknown;
      for (int lit : assumptions) solver_.assume(lit);
      if (!constraint.empty()) {
        for (int lit : constraint) solver_.constrain(lit);
        solver_.constrain(0);
      }
      int r = solver_.solve();
      if (r != kSat) return r;
      read_model();
      if (f_.is_abstract()) return kSat;
      std::vector<NodeId> unfounded = unfounded_in_nodes(f_, model_);
      if (unfounded.empty()) return kSat;
      add_loop_nogood(unfounded);
    }
  }
  const Labelling& model() const { return model_; }

  /// Grows `l` to a labelling maximal in information (a preferred one). With attacks
  /// only, more information means more IN nodes, so asking for one more IN node is
  /// enough and propagates the OUT labels for free.
  int maximize(Labelling& l) {
    for (;;) {
      std::vector<int> assumptions, constraint;
      for (NodeId v = 0; v < f_.size(); ++v) {
        if (l[v] == Label::In) assumptions.push_back(in(v));
        if (f_.is_abstract()) {
          if (l[v] != Label::In) constraint.push_back(in(v));
          continue;
        }
        if (l[v] == Label::Out) assumptions.push_back(out(v));
        if (l[v] == Label::Undec) constraint.push_back(in(v)), constraint.push_back(out(v));
      }
      if (constraint.empty()) return kSat;
      int r = solve(assumptions, constraint);
      if (r == kUnknown) return r;
      if (r == kUnsat) return kSat;
      l = model_;
    }
  }

  /// Excludes every labelling below `l` in information (all but the incomparable).
  void block_below(const Labelling& l) {
    for (NodeId v = 0; v < f_.size(); ++v) {
      if (l[v] != Label::Out) solver_.add(out(v));
      if (l[v] != Label::In) solver_.add(in(v));
    }
    solver_.add(0);
  }

  /// Excludes exactly `l`.
  void block_exact(const Labelling& l) {
    for (NodeId v = 0; v < f_.size(); ++v) {
      if (l[v] == Label::In) solver_.add(-in(v));
      if (l[v] == Label::Out) solver_.add(-out(v));
      if (l[v] == Label::Undec) solver_.add(in(v)), solver_.add(out(v));
    }
    solver_.add(0);
  }

 private:
  void clause(std::initializer_list<int> lits) {
    for (int l : lits) solver_.add(l);
    solver_.add(0);
  }
  int fresh() { return ++next_var_; }

  void encode(NodeId v, bool stable) {
    auto att = f_.attackers(v), sup = f_.supporters(v), pre = f_.premises(v);
    // Every complete labelling extends the grounded one: fix what it decides.
    if (grounded_[v] == Label::In) clause({in(v)});
    if (grounded_[v] == Label::Out) clause({out(v)});
    clause({-in(v), -out(v)});
    if (stable) clause({in(v), out(v)});

    // IN needs: every attacker OUT, every premise IN, some supporter IN.
    for (NodeId a : att) clause({-in(v), out(a)});
    for (NodeId p : pre) clause({-in(v), in(p)});
    if (!sup.empty()) {
      solver_.add(-in(v));
      for (NodeId s : sup) solver_.add(in(s));
      solver_.add(0);
    }
    // ... and those conditions make it IN.
    auto add_conditions = [&] {
      for (NodeId a : att) solver_.add(-out(a));
      for (NodeId p : pre) solver_.add(-in(p));
    };
    if (sup.size() <= 1) {
      add_conditions();
      for (NodeId s : sup) solver_.add(-in(s));
      solver_.add(in(v));
      solver_.add(0);
    } else {  // g <-> (attackers OUT and premises IN), then g and in(s) -> in(v)
      int g = fresh();
      add_conditions();
      solver_.add(g);
      solver_.add(0);
      for (NodeId a : att) clause({-g, out(a)});
      for (NodeId p : pre) clause({-g, in(p)});
      for (NodeId s : sup) clause({-g, -in(s), in(v)});
    }

    // OUT when an attacker is IN, a premise OUT, or every supporter OUT ...
    for (NodeId a : att) clause({-in(a), out(v)});
    for (NodeId p : pre) clause({-out(p), out(v)});
    if (!sup.empty()) {
      for (NodeId s : sup) solver_.add(-out(s));
      solver_.add(out(v));
      solver_.add(0);
    }
    // ... and only then.
    int all_sup_out = 0;
    if (sup.size() == 1) {
      all_sup_out = out(sup[0]);
    } else if (sup.size() > 1) {
      all_sup_out = fresh();
      for (NodeId s : sup) clause({-all_sup_out, out(s)});
    }
    solver_.add(-out(v));
    for (NodeId a : att) solver_.add(in(a));
    for (NodeId p : pre) solver_.add(out(p));
    if (all_sup_out) solver_.add(all_sup_out);
    solver_.add(0);
  }

  void read_model() {
    model_.assign(f_.size(), Label::Undec);
    for (NodeId v = 0; v < f_.size(); ++v) {
      if (solver_.val(in(v)) > 0) model_[v] = Label::In;
      if (solver_.val(out(v)) > 0) model_[v] = Label::Out;
    }
  }

  /// `unfounded` are IN only through each other. In any well-founded labelling the
  /// first of them to be derived needs a supporter from outside, so: if any of them
  /// is IN, some outside supporter of one whose premises lie outside is IN.
  void add_loop_nogood(const std::vector<NodeId>& unfounded) {
    std::vector<std::uint8_t> in_set(f_.size(), 0);
    for (NodeId u : unfounded) in_set[u] = 1;
    int x = fresh();
    for (NodeId u : unfounded) clause({-in(u), x});
    solver_.add(-x);
    for (NodeId u : unfounded) {
      bool premises_outside = true;
      for (NodeId p : f_.premises(u)) premises_outside &= !in_set[p];
      if (!premises_outside) continue;
      for (NodeId s : f_.supporters(u))
        if (!in_set[s]) solver_.add(in(s));
    }
    solver_.add(0);
  }

  const Framework& f_;
  CaDiCaL::Solver solver_;
  Deadline deadline_;
  Labelling grounded_;
  Labelling model_;
  int next_var_ = 0;
};

bool capped(const SearchLimits& limits, std::size_t found) {
  return limits.max_labellings != 0 && found >= limits.max_labellings;
}

/// DS-PR on an encoding that may hold blocks of earlier preferred labellings where
/// `node` was IN (they stay valid for later queries of the same kind).
Answer skeptical_preferred(Encoding& e, NodeId node, std::vector<Labelling>& found) {
  const Label g = e.grounded_labelling()[node];
  if (g != Label::Undec) return g == Label::In ? Answer::Yes : Answer::No;
  for (const Labelling& p : found)
    if (p[node] != Label::In) return Answer::No;
  // Some complete labelling rejects the node: so does the preferred one above it.
  int r = e.solve({e.out(node)});
  if (r == kUnknown) return Answer::Unknown;
  if (r == kSat) return Answer::No;
  for (;;) {
    r = e.solve({-e.in(node)});
    if (r == kUnknown) return Answer::Unknown;
    if (r == kUnsat) return Answer::Yes;
    Labelling l = e.model();
    if (e.maximize(l) == kUnknown) return Answer::Unknown;
    found.push_back(l);
    if (l[node] != Label::In) return Answer::No;
    e.block_below(l);
  }
}

/// The bitset search for plain attack frameworks, when it applies.
std::unique_ptr<DungSearch> attack_search(const Framework& f, const SearchLimits& limits,
                                          Labelling& grounded_labelling) {
  if (limits.attack_search_budget == 0 || !f.is_abstract()) return nullptr;
  grounded_labelling = grounded(f);
  auto search = std::make_unique<DungSearch>(f, grounded_labelling, limits.deadline);
  if (!search->usable()) search.reset();
  return search;
}

bool deadline_passed(const SearchLimits& limits) {
  return limits.deadline && std::chrono::steady_clock::now() >= *limits.deadline;
}

}  // namespace

LabellingSet enumerate_labellings(const Framework& f, Semantics semantics,
                                  const SearchLimits& limits) {
  LabellingSet result;
  if (semantics == Semantics::Grounded) {
    result.labellings.push_back(grounded(f));
    return result;
  }
  Encoding e(f, semantics == Semantics::Stable, limits);
  for (;;) {
    if (capped(limits, result.labellings.size())) {
      result.status = SearchStatus::Capped;
      break;
    }
    int r = e.solve({});
    if (r == kUnsat) break;
    Labelling l = r == kSat ? e.model() : Labelling{};
    if (r == kSat && semantics == Semantics::Preferred) r = e.maximize(l);
    if (r == kUnknown) {
      result.status = SearchStatus::TimedOut;
      break;
    }
    if (semantics == Semantics::Preferred)
      e.block_below(l);
    else
      e.block_exact(l);
    result.labellings.push_back(std::move(l));
  }
  return result;
}

SomeLabelling some_labelling(const Framework& f, Semantics semantics, const SearchLimits& limits) {
  if (semantics == Semantics::Grounded || semantics == Semantics::Complete)
    return {grounded(f), SearchStatus::Complete};
  Labelling g, l;
  bool grown = false;  // preferred: `l` is an admissible labelling to start from
  if (auto search = attack_search(f, limits, g)) {
    // A stable labelling is also a preferred one, and often quick to find.
    const std::uint64_t budget = limits.attack_search_budget;
    DungResult r = search->stable(l, semantics == Semantics::Stable ? budget : budget / 4);
    if (r == DungResult::Found) return {std::move(l), SearchStatus::Complete};
    if (r == DungResult::None && semantics == Semantics::Stable)
      return {std::nullopt, SearchStatus::Complete};
    if (semantics == Semantics::Preferred) {
      r = search->preferred(l, budget);
      if (r == DungResult::Found) return {std::move(l), SearchStatus::Complete};
      grown = true;
    }
    if (deadline_passed(limits)) return {std::nullopt, SearchStatus::TimedOut};
  }
  Encoding e(f, semantics == Semantics::Stable, limits);
  int r = grown ? kSat : e.solve({});
  if (r == kUnsat) return {std::nullopt, SearchStatus::Complete};
  if (!grown) l = r == kSat ? e.model() : Labelling{};
  if (r == kSat && semantics == Semantics::Preferred) r = e.maximize(l);
  if (r == kUnknown) return {std::nullopt, SearchStatus::TimedOut};
  return {std::move(l), SearchStatus::Complete};
}

Answer credulously_accepted(const Framework& f, Semantics semantics, NodeId node,
                            const SearchLimits& limits) {
  if (semantics == Semantics::Grounded)
    return grounded(f)[node] == Label::In ? Answer::Yes : Answer::No;
  Labelling g, l;
  if (semantics == Semantics::Stable)
    if (auto search = attack_search(f, limits, g)) {
      DungResult r = search->stable(l, limits.attack_search_budget, node);
      if (r != DungResult::OutOfBudget) return r == DungResult::Found ? Answer::Yes : Answer::No;
      if (deadline_passed(limits)) return Answer::Unknown;
    }
  // Preferred labellings extend complete ones, so DC-PR = DC-CO.
  Encoding e(f, semantics == Semantics::Stable, limits);
  // (Stable may have no labelling at all, so the grounded shortcut is not for it.)
  if (semantics != Semantics::Stable && e.grounded_labelling()[node] != Label::Undec)
    return e.grounded_labelling()[node] == Label::In ? Answer::Yes : Answer::No;
  int r = e.solve({e.in(node)});
  return r == kSat ? Answer::Yes : r == kUnsat ? Answer::No : Answer::Unknown;
}

Answer skeptically_accepted(const Framework& f, Semantics semantics, NodeId node,
                            const SearchLimits& limits) {
  // The grounded labelling is the least complete one: DS-CO = DS-GR.
  if (semantics == Semantics::Grounded || semantics == Semantics::Complete)
    return grounded(f)[node] == Label::In ? Answer::Yes : Answer::No;
  Labelling g, l;
  if (auto search = attack_search(f, limits, g)) {
    // Is there a stable labelling without the node? For preferred, that one is also a
    // preferred labelling without it; when there is none, the SAT loop below decides.
    const bool stable = semantics == Semantics::Stable;
    const std::uint64_t budget = limits.attack_search_budget;
    DungResult r = search->stable(l, stable ? budget : budget / 4, std::nullopt, node);
    if (r == DungResult::Found) return Answer::No;
    if (r == DungResult::None && stable) return Answer::Yes;
    if (deadline_passed(limits)) return Answer::Unknown;
  }
  Encoding e(f, semantics == Semantics::Stable, limits);
  if (semantics == Semantics::Preferred) {
    std::vector<Labelling> found;
    return skeptical_preferred(e, node, found);
  }
  if (e.grounded_labelling()[node] == Label::In) return Answer::Yes;
  int r = e.solve({-e.in(node)});
  return r == kUnsat ? Answer::Yes : r == kSat ? Answer::No : Answer::Unknown;
}

Acceptance acceptance(const Framework& f, Semantics semantics, const SearchLimits& limits) {
  const std::size_t n = f.size();
  Acceptance a;
  a.credulous.assign(n, Answer::Unknown);
  a.skeptical.assign(n, Answer::Unknown);
  if (semantics == Semantics::Grounded) {
    Labelling g = grounded(f);
    for (NodeId v = 0; v < n; ++v)
      a.credulous[v] = a.skeptical[v] = g[v] == Label::In ? Answer::Yes : Answer::No;
    return a;
  }
  Encoding e(f, semantics == Semantics::Stable, limits);
  const Labelling& g = e.grounded_labelling();
  auto timed_out = [&] {
    a.status = SearchStatus::TimedOut;
    return a;
  };
  // Credulous: each model found answers YES for all its IN nodes at once.
  for (NodeId v = 0; v < n; ++v) {
    if (a.credulous[v] != Answer::Unknown) continue;
    if (g[v] != Label::Undec && semantics != Semantics::Stable) {
      a.credulous[v] = g[v] == Label::In ? Answer::Yes : Answer::No;
      continue;
    }
    int r = e.solve({e.in(v)});
    if (r == kUnknown) return timed_out();
    if (r == kUnsat) a.credulous[v] = Answer::No;
    if (r == kSat)
      for (NodeId w = 0; w < n; ++w)
        if (e.model()[w] == Label::In) a.credulous[w] = Answer::Yes;
  }
  if (semantics == Semantics::Complete) {
    for (NodeId v = 0; v < n; ++v) a.skeptical[v] = g[v] == Label::In ? Answer::Yes : Answer::No;
    return a;
  }
  std::vector<Labelling> found;
  for (NodeId v = 0; v < n; ++v) {
    if (a.skeptical[v] != Answer::Unknown) continue;
    if (semantics == Semantics::Preferred) {
      a.skeptical[v] = skeptical_preferred(e, v, found);
      if (a.skeptical[v] == Answer::Unknown) return timed_out();
      continue;
    }
    int r = e.solve({-e.in(v)});
    if (r == kUnknown) return timed_out();
    if (r == kUnsat) a.skeptical[v] = Answer::Yes;
    if (r == kSat)
      for (NodeId w = 0; w < n; ++w)
        if (e.model()[w] != Label::In) a.skeptical[w] = Answer::No;
  }
  return a;
}

}  // namespace argmap
