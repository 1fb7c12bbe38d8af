// A test oracle: every semantics by direct enumeration of all 3^n labellings,
// written from the definitions in docs/evaluation.md and independent of the engine.
#pragma once

#include <algorithm>
#include <random>
#include <vector>

#include "framework.h"
#include "labelling.h"

namespace argmap::oracle {

/// The label a node's condition gives: OUT if an attacker is IN, a premise is OUT or
/// all (of at least one) supporters are OUT; IN if all attackers are OUT, all premises
/// IN and (no supporters or one IN); UNDEC otherwise.
inline Label expected_label(const Framework& f, const Labelling& l, NodeId v) {
  bool any_attacker_in = false, all_attackers_out = true;
  for (NodeId a : f.attackers(v)) {
    any_attacker_in |= l[a] == Label::In;
    all_attackers_out &= l[a] == Label::Out;
  }
  bool any_premise_out = false, all_premises_in = true;
  for (NodeId p : f.premises(v)) {
    any_premise_out |= l[p] == Label::Out;
    all_premises_in &= l[p] == Label::In;
  }
  bool has_sup = !f.supporters(v).empty(), any_sup_in = false, all_sup_out = true;
  for (NodeId s : f.supporters(v)) {
    any_sup_in |= l[s] == Label::In;
    all_sup_out &= l[s] == Label::Out;
  }
  if (any_attacker_in || any_premise_out || (has_sup && all_sup_out)) return Label::Out;
  if (all_attackers_out && all_premises_in && (!has_sup || any_sup_in)) return Label::In;
  return Label::Undec;
}

/// IN nodes are derivable bottom-up: naive fixpoint iteration, quadratic and obvious.
inline bool well_founded(const Framework& f, const Labelling& l) {
  std::vector<bool> derived(f.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (NodeId v = 0; v < f.size(); ++v) {
      if (l[v] != Label::In || derived[v]) continue;
      bool premises = true, support = f.supporters(v).empty();
      for (NodeId p : f.premises(v)) premises &= bool(derived[p]);
      for (NodeId s : f.supporters(v)) support |= bool(derived[s]);
      if (premises && support) derived[v] = changed = true;
    }
  }
  for (NodeId v = 0; v < f.size(); ++v)
    if (l[v] == Label::In && !derived[v]) return false;
  return true;
}

inline std::vector<Labelling> complete(const Framework& f) {
  std::vector<Labelling> out;
  Labelling l(f.size(), Label::Undec);
  std::size_t total = 1;
  for (std::size_t i = 0; i < f.size(); ++i) total *= 3;
  for (std::size_t code = 0; code < total; ++code) {
    std::size_t c = code;
    for (auto& x : l) x = static_cast<Label>(c % 3), c /= 3;
    bool ok = true;
    for (NodeId v = 0; v < f.size() && ok; ++v) ok = expected_label(f, l, v) == l[v];
    if (ok && well_founded(f, l)) out.push_back(l);
  }
  return out;
}

/// a <= b in information: b keeps every decided label of a.
inline bool less_or_equal(const Labelling& a, const Labelling& b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != Label::Undec && a[i] != b[i]) return false;
  return true;
}

inline Labelling grounded(const Framework& f) {
  auto all = complete(f);
  for (const auto& g : all)
    if (std::all_of(all.begin(), all.end(),
                    [&](const Labelling& x) { return less_or_equal(g, x); }))
      return g;
  return {};  // no least labelling: the test fails loudly
}

inline std::vector<Labelling> preferred(const Framework& f) {
  auto all = complete(f);
  std::vector<Labelling> out;
  for (const auto& a : all)
    if (std::none_of(all.begin(), all.end(),
                     [&](const Labelling& b) { return a != b && less_or_equal(a, b); }))
      out.push_back(a);
  return out;
}

inline std::vector<Labelling> stable(const Framework& f) {
  std::vector<Labelling> out;
  for (const auto& a : complete(f))
    if (std::find(a.begin(), a.end(), Label::Undec) == a.end()) out.push_back(a);
  return out;
}

/// A random framework of 1..max_nodes nodes: attacks (self-attacks included),
/// supports, and premises into a few "argument" nodes.
inline Framework random_framework(std::mt19937& rng, int max_nodes, bool bipolar) {
  std::uniform_int_distribution<int> size(1, max_nodes);
  std::uniform_real_distribution<double> u(0, 1);
  const int n = size(rng);
  const double pa = 0.1 + 0.3 * u(rng), ps = bipolar ? 0.25 * u(rng) : 0,
               pp = bipolar ? 0.2 * u(rng) : 0;
  std::vector<Edge> att, sup, pre;
  for (NodeId a = 0; a < NodeId(n); ++a)
    for (NodeId b = 0; b < NodeId(n); ++b) {
      if (u(rng) < pa) att.push_back({a, b});
      if (a != b && u(rng) < ps) sup.push_back({a, b});
      if (a != b && u(rng) < pp) pre.push_back({a, b});
    }
  return Framework(n, att, sup, pre);
}

}  // namespace argmap::oracle
