// The bitset search: states are rows of a pool, one per depth, so that a branch costs
// one copy and backtracking costs nothing.
#include "dung_search.h"

#include <bit>
#include <cstring>

namespace argmap {
namespace {

bool test(const std::uint64_t* bits, std::size_t i) {
  return bits[i >> 6] >> (i & 63) & 1;
}
void set(std::uint64_t* bits, std::size_t i) {
  bits[i >> 6] |= std::uint64_t{1} << (i & 63);
}
void clear(std::uint64_t* bits, std::size_t i) {
  bits[i >> 6] &= ~(std::uint64_t{1} << (i & 63));
}

}  // namespace

DungSearch::DungSearch(const Framework& f, const Labelling& grounded,
                       std::optional<std::chrono::steady_clock::time_point> deadline)
    : f_(f), grounded_(grounded), deadline_(deadline) {
  local_.assign(f.size(), -1);
  for (NodeId v = 0; v < f.size(); ++v)
    if (grounded[v] == Label::Undec) {
      if (nodes_.size() == kMaxNodes) return;
      local_[v] = static_cast<std::int32_t>(nodes_.size());
      nodes_.push_back(v);
    }
  usable_ = true;
  m_ = nodes_.size();
  words_ = (m_ + 63) / 64;
  ain_.assign(m_ * words_, 0);
  aout_.assign(m_ * words_, 0);
  // Only attacks between undecided nodes matter: an OUT attacker is already answered
  // by the grounded IN set, and a target decided OUT changes nothing.
  for (const Edge& e : f.attack_edges()) {
    std::int32_t a = local_[e.from], b = local_[e.to];
    if (a < 0 || b < 0) continue;
    set(ain_.data() + std::size_t(b) * words_, std::size_t(a));
    set(aout_.data() + std::size_t(a) * words_, std::size_t(b));
  }
}

std::uint64_t* DungSearch::state(std::size_t depth, Part part) {
  return pool_.data() + (depth * kParts + part) * words_;
}

const std::uint64_t* DungSearch::state(std::size_t depth, Part part) const {
  return pool_.data() + (depth * kParts + part) * words_;
}

void DungSearch::reset(std::size_t depth, std::uint64_t budget) {
  pool_.assign((depth + 1) * kParts * words_, 0);
  std::uint64_t* c = state(depth, kC);
  for (std::size_t i = 0; i < m_; ++i)
    if (!test(in_row(i), i)) set(c, i);  // a self-attacker is never IN
  steps_ = 0;
  budget_ = budget;
  out_of_budget_ = deadline_ && std::chrono::steady_clock::now() >= *deadline_;
}

void DungSearch::copy(std::size_t from, std::size_t to) {
  if (pool_.size() < (to + 1) * kParts * words_) pool_.resize((to + 1) * kParts * words_);
  std::memcpy(state(to, kS), state(from, kS), kParts * words_ * sizeof(std::uint64_t));
}

void DungSearch::add(std::size_t depth, std::size_t node) {
  std::uint64_t *s = state(depth, kS), *c = state(depth, kC), *d = state(depth, kD),
                *a = state(depth, kA);
  const std::uint64_t *in = in_row(node), *out = out_row(node);
  set(s, node);
  for (std::size_t k = 0; k < words_; ++k) {
    c[k] &= ~(in[k] | out[k]);  // conflict-free
    d[k] |= out[k];
    a[k] |= in[k];
  }
  clear(c, node);
}

bool DungSearch::spend(std::uint64_t work) {
  steps_ += work;
  if (steps_ > budget_) out_of_budget_ = true;
  // The clock is read now and then: it costs more than a step.
  if ((++calls_ & 0xFFF) == 0 && deadline_ && std::chrono::steady_clock::now() >= *deadline_)
    out_of_budget_ = true;
  return !out_of_budget_;
}

bool DungSearch::propagate(std::size_t depth, bool stable, long& open) {
  for (;;) {
    const std::uint64_t *s = state(depth, kS), *c = state(depth, kC), *d = state(depth, kD),
                        *a = state(depth, kA);
    open = -1;
    std::size_t best = SIZE_MAX, forced = SIZE_MAX;
    for (std::size_t k = 0; k < words_ && forced == SIZE_MAX; ++k) {
      // Open: an attacker of S not yet attacked by S (admissible), or a node neither
      // IN nor attacked (stable).
      std::uint64_t pending = stable ? ~(s[k] | d[k]) : a[k] & ~d[k];
      if (k + 1 == words_ && m_ % 64) pending &= (std::uint64_t{1} << (m_ % 64)) - 1;
      while (pending) {
        std::size_t x = k * 64 + std::countr_zero(pending);
        pending &= pending - 1;
        const std::uint64_t* in = in_row(x);
        std::size_t count = stable && test(c, x), last = x;
        for (std::size_t j = 0; j < words_; ++j)
          if (std::uint64_t y = in[j] & c[j]) {
            count += std::popcount(y);
            last = j * 64 + std::countr_zero(y);
          }
        if (!spend(words_)) return false;
        if (count == 0) return false;
        if (count == 1) {
          forced = last;
          break;
        }
        if (count < best) best = count, open = static_cast<long>(x);
      }
    }
    if (out_of_budget_) return false;
    if (forced == SIZE_MAX) return true;
    add(depth, forced);
  }
}

std::size_t DungSearch::choose(std::size_t depth, bool stable, std::size_t open) {
  // Of the candidates for the open node, the one that settles most other open nodes.
  const std::uint64_t *s = state(depth, kS), *c = state(depth, kC), *d = state(depth, kD),
                      *a = state(depth, kA);
  std::size_t pick = open;
  long best = -1;
  auto consider = [&](std::size_t x) {
    spend(words_);
    const std::uint64_t* out = out_row(x);
    long gain = 0;
    for (std::size_t k = 0; k < words_; ++k)
      gain += std::popcount(out[k] & (stable ? ~(s[k] | d[k]) : a[k] & ~d[k]));
    if (gain > best) best = gain, pick = x;
  };
  if (stable && test(c, open)) consider(open);
  const std::uint64_t* in = in_row(open);
  for (std::size_t j = 0; j < words_; ++j)
    for (std::uint64_t y = in[j] & c[j]; y; y &= y - 1) consider(j * 64 + std::countr_zero(y));
  return pick;
}

DungResult DungSearch::search(std::size_t depth, bool stable) {
  for (;;) {
    long open = -1;
    if (out_of_budget_) return DungResult::OutOfBudget;
    if (!propagate(depth, stable, open))
      return out_of_budget_ ? DungResult::OutOfBudget : DungResult::None;
    if (open < 0) return DungResult::Found;
    std::size_t pick = choose(depth, stable, static_cast<std::size_t>(open));
    copy(depth, depth + 1);
    add(depth + 1, pick);
    DungResult r = search(depth + 1, stable);
    if (r == DungResult::Found) copy(depth + 1, depth);
    if (r != DungResult::None) return r;
    clear(state(depth, kC), pick);  // no solution below here has it IN
  }
}

void DungSearch::write(std::size_t depth, bool stable, Labelling& result) const {
  result = grounded_;
  const std::uint64_t* s = state(depth, kS);
  for (std::size_t i = 0; i < m_; ++i)
    result[nodes_[i]] = test(s, i) ? Label::In : stable ? Label::Out : Label::Undec;
  if (stable) return;
  for (std::size_t i = 0; i < m_; ++i)
    if (test(s, i))
      for (NodeId t : f_.attacks_on(nodes_[i])) result[t] = Label::Out;
}

DungResult DungSearch::stable(Labelling& result, std::uint64_t budget,
                              std::optional<NodeId> must_in, std::optional<NodeId> must_not_in) {
  reset(0, budget);
  // A node the grounded labelling decides has that label in every stable labelling.
  if (must_in && grounded_[*must_in] == Label::Out) return DungResult::None;
  if (must_not_in && grounded_[*must_not_in] == Label::In) return DungResult::None;
  if (must_in && local_[*must_in] >= 0) {
    auto i = std::size_t(local_[*must_in]);
    if (!test(state(0, kC), i)) return DungResult::None;
    add(0, i);
  }
  if (must_not_in && local_[*must_not_in] >= 0)
    clear(state(0, kC), std::size_t(local_[*must_not_in]));
  DungResult r = search(0, true);
  if (r == DungResult::Found) write(0, true, result);
  return r;
}

DungResult DungSearch::preferred(Labelling& result, std::uint64_t budget) {
  // The IN set at depth 0 is admissible throughout; each round adds a candidate and
  // asks the search to answer every attacker it brings, or refutes the candidate for
  // good (no admissible superset of a smaller set contains it, so none of this one).
  reset(0, budget);
  DungResult r = DungResult::Found;
  for (std::size_t k = 0; k < words_ && r == DungResult::Found; ++k) {
    while (std::uint64_t y = state(0, kC)[k]) {
      std::size_t x = k * 64 + std::countr_zero(y);
      copy(0, 1);
      add(1, x);
      DungResult grown = search(1, false);
      if (grown == DungResult::Found) copy(1, 0);
      if (grown == DungResult::None) clear(state(0, kC), x);
      if (grown == DungResult::OutOfBudget) {
        r = grown;
        break;
      }
    }
  }
  write(0, false, result);
  return r;
}

}  // namespace argmap
