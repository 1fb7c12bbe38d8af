// Every element's relations as lists threaded through the relation indices, for
// the model builder: finding a relation walks its two ends' few relations instead
// of probing a hash table of its own (3 MB and a cache miss each on a 50k map).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "model.h"

namespace argmap {

/// Relation i is in the outgoing list of its `from` and the incoming list of its
/// `to`. The lists only link; the keys are read from the relations themselves.
class RelationLinks {
 public:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};

  /// Address space for this many statements, arguments and relations (not memory).
  void reserve(std::size_t statements, std::size_t arguments, std::size_t relations) {
    heads_[0].reserve(statements);
    heads_[1].reserve(arguments);
    next_.reserve(relations);
  }
  /// Links relation `index` (the next one: indices come in order) between `from` and `to`.
  void add(std::uint32_t index, ElementRef from, ElementRef to) {
    next_.push_back(Links{std::exchange(head(from).out, index), std::exchange(head(to).in, index)});
  }
  /// Moves relation `index` to the outgoing list of `from`, its new start. Its old
  /// start's list is cut after it: only call this when that list is not walked again.
  void move_from(std::uint32_t index, ElementRef from) {
    next_[index].out = std::exchange(head(from).out, index);
  }
  /// The relation of `relations` that is (type, from, to) and not `skip`ped, or kNone.
  /// Walks from's outgoing and to's incoming lists side by side: the relation is in
  /// both, so the shorter one decides, and a hub with thousands of relations costs
  /// only as much as its partner's few.
  template <class Skip>
  std::uint32_t find(const std::vector<Relation>& relations, RelationType type, ElementRef from,
                     ElementRef to, Skip skip) const {
    auto is = [&](std::uint32_t i) {
      const Relation& r = relations[i];
      return r.type == type && r.from == from && r.to == to && !skip(i);
    };
    std::uint32_t a = head_of(from).out, b = head_of(to).in;
    while (a != kNone && b != kNone) {
      if (is(a)) return a;
      if (is(b)) return b;
      a = next_[a].out;
      b = next_[b].in;
    }
    return kNone;
  }
  /// Calls visit(i) for each relation i from or to `e` (twice for one from e to e),
  /// dropped ones too. Its outgoing list must not have been cut by move_from.
  template <class Visit>
  void each(ElementRef e, Visit visit) const {
    for (std::uint32_t i = head_of(e).out; i != kNone; i = next_[i].out) visit(i);
    for (std::uint32_t i = head_of(e).in; i != kNone; i = next_[i].in) visit(i);
  }
  std::uint32_t find(const std::vector<Relation>& relations, RelationType type, ElementRef from,
                     ElementRef to) const {
    return find(relations, type, from, to, [](std::uint32_t) { return false; });
  }

 private:
  struct Links {
    std::uint32_t out = kNone;  ///< the latest relation from the element, or the next one
    std::uint32_t in = kNone;   ///< the latest relation to the element, or the next one
  };
  Links& head(ElementRef e) {
    auto& heads = heads_[static_cast<int>(e.kind)];
    // Ids come in order: grown a page at a time, not one call per element.
    if (e.id >= heads.size()) heads.resize(std::size_t{e.id} + 512);
    return heads[e.id];
  }
  Links head_of(ElementRef e) const {
    const auto& heads = heads_[static_cast<int>(e.kind)];
    return e.id < heads.size() ? heads[e.id] : Links{};
  }

  std::vector<Links> heads_[2];  ///< per element kind, per id: its lists' first relations
  std::vector<Links> next_;      ///< per relation: the next one in its from's and to's lists
};

}  // namespace argmap
