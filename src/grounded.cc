// The grounded labelling by counting: each node keeps how many attackers are not yet
// OUT, how many supporters are not yet OUT and how many premises are not yet IN.
#include "grounded.h"

namespace argmap {

Labelling grounded(const Framework& f, std::vector<std::uint32_t>* decided_at) {
  const std::size_t n = f.size();
  Labelling label(n, Label::Undec);
  std::vector<std::uint32_t> live_attackers(n), live_supporters(n), missing_premises(n);
  std::vector<std::uint8_t> has_in_supporter(n, 0);
  std::vector<NodeId> work;  // nodes whose label was just decided
  work.reserve(n);

  auto decide = [&](NodeId v, Label l) {
    if (label[v] != Label::Undec) return;
    label[v] = l;
    work.push_back(v);
  };
  auto check_in = [&](NodeId v) {
    if (label[v] == Label::Undec && live_attackers[v] == 0 && missing_premises[v] == 0 &&
        (f.supporters(v).empty() || has_in_supporter[v]))
      decide(v, Label::In);
  };

  for (NodeId v = 0; v < n; ++v) {
    live_attackers[v] = static_cast<std::uint32_t>(f.attackers(v).size());
    live_supporters[v] = static_cast<std::uint32_t>(f.supporters(v).size());
    missing_premises[v] = static_cast<std::uint32_t>(f.premises(v).size());
  }
  for (NodeId v = 0; v < n; ++v) check_in(v);

  for (std::size_t next = 0; next < work.size(); ++next) {
    const NodeId v = work[next];
    if (label[v] == Label::In) {
      for (NodeId t : f.attacks_on(v)) decide(t, Label::Out);
      for (NodeId t : f.supported(v)) {
        has_in_supporter[t] = 1;
        check_in(t);
      }
      for (NodeId t : f.premise_of(v))
        if (--missing_premises[t] == 0) check_in(t);
    } else {  // OUT
      for (NodeId t : f.attacks_on(v))
        if (--live_attackers[t] == 0) check_in(t);
      for (NodeId t : f.supported(v))
        if (--live_supporters[t] == 0) decide(t, Label::Out);
      for (NodeId t : f.premise_of(v)) decide(t, Label::Out);
    }
  }
  if (decided_at) {
    decided_at->assign(n, kNever);
    for (std::size_t i = 0; i < work.size(); ++i)
      (*decided_at)[work[i]] = static_cast<std::uint32_t>(i);
  }
  return label;
}

Label condition_label(const Framework& f, const Labelling& l, NodeId v) {
  bool all_false = true;  // some conjunct is OUT
  bool all_true = true;   // every conjunct is IN
  for (NodeId a : f.attackers(v)) {
    if (l[a] == Label::In) return Label::Out;
    if (l[a] != Label::Out) all_true = false;
  }
  for (NodeId p : f.premises(v)) {
    if (l[p] == Label::Out) return Label::Out;
    if (l[p] != Label::In) all_true = false;
  }
  auto sup = f.supporters(v);
  if (!sup.empty()) {
    bool some_in = false;
    for (NodeId s : sup) {
      if (l[s] == Label::In) some_in = true;
      if (l[s] != Label::Out) all_false = false;
    }
    if (all_false) return Label::Out;
    if (!some_in) all_true = false;
  }
  return all_true ? Label::In : Label::Undec;
}

std::vector<NodeId> unfounded_in_nodes(const Framework& f, const Labelling& l) {
  const std::size_t n = f.size();
  std::vector<std::uint8_t> derived(n, 0), has_support(n, 0);
  std::vector<std::uint32_t> missing(n);
  std::vector<NodeId> work;
  auto ready = [&](NodeId v) {
    return l[v] == Label::In && !derived[v] && missing[v] == 0 &&
           (f.supporters(v).empty() || has_support[v]);
  };
  for (NodeId v = 0; v < n; ++v) missing[v] = static_cast<std::uint32_t>(f.premises(v).size());
  for (NodeId v = 0; v < n; ++v)
    if (ready(v)) derived[v] = 1, work.push_back(v);
  for (std::size_t next = 0; next < work.size(); ++next) {
    const NodeId v = work[next];
    for (NodeId t : f.supported(v)) {
      has_support[t] = 1;
      if (ready(t)) derived[t] = 1, work.push_back(t);
    }
    for (NodeId t : f.premise_of(v)) {
      --missing[t];
      if (ready(t)) derived[t] = 1, work.push_back(t);
    }
  }
  std::vector<NodeId> unfounded;
  for (NodeId v = 0; v < n; ++v)
    if (l[v] == Label::In && !derived[v]) unfounded.push_back(v);
  return unfounded;
}

bool is_well_founded(const Framework& f, const Labelling& l) {
  return unfounded_in_nodes(f, l).empty();
}

}  // namespace argmap
