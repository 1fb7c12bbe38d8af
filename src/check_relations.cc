// Relations that make no sense (an element supporting or attacking itself, a
// pair that both supports and attacks) and elements connected to nothing.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"
#include "relation_index.h"
#include "relation_words.h"

namespace argmap::checks {
namespace {

Location first_place(const Relation& r) {
  return r.where.empty() ? Location{} : r.where.front();
}

/// +1 for relations that speak for their target, -1 for those against it, 0 otherwise.
int polarity(RelationType type) {
  switch (type) {
    case RelationType::Support:
    case RelationType::Entails:
      return 1;
    case RelationType::Attack:
    case RelationType::Contrary:
      return -1;
    default:
      return 0;
  }
}

// Per element flags: statements first, then arguments.
constexpr std::uint8_t kRelated = 1;  ///< in some relation
constexpr std::uint8_t kProOut = 2;   ///< supports some other element
constexpr std::uint8_t kConOut = 4;   ///< attacks some other element
constexpr std::uint8_t kBothOut = kProOut | kConOut;

std::size_t node(const Model& model, ElementRef e) {
  return e.kind == ElementKind::Statement ? e.id : model.statements.size() + e.id;
}

void check_self_relations(const Model& model, Diagnostics& diagnostics) {
  for (const Relation& r : model.relations) {
    if (r.from != r.to || !exists(model, r.from)) continue;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kSelfRelation), first_place(r),
        display(model, r.from) + " " + std::string(relation_verb(r.type)) + " itself");
    d.suggestion =
        "remove the relation or relate " + display(model, r.from) + " to another element";
  }
}

void check_support_and_attack(const Model& model, const std::vector<std::uint8_t>& flags,
                              Diagnostics& diagnostics) {
  // (from, to) -> the first relation for and the first against.
  struct Pair {
    const Relation* pro = nullptr;
    const Relation* con = nullptr;
  };
  // Only elements with relations of both polarities can make a pair: usually
  // none, so the index usually stays empty (it allocates on the first insert).
  auto candidate = [&](const Relation& r) {
    return (flags[node(model, r.from)] & kBothOut) == kBothOut;
  };
  // Pairs are keyed by (from, to) alone: the type in the key is always Support.
  RelationIndex index;
  std::vector<Pair> pairs;
  for (const Relation& r : model.relations) {
    if (!exists(model, r.from) || !candidate(r)) continue;
    int p = polarity(r.type);
    if (p == 0 || r.from == r.to || !exists(model, r.to)) continue;
    RelationKey key{RelationType::Support, r.from, r.to};
    std::size_t at = index.find(key);
    if (at == RelationIndex::kAbsent) {
      at = pairs.size();
      pairs.emplace_back();
      index.insert(key, at);
    }
    Pair& pair = pairs[at];
    const Relation*& slot = p > 0 ? pair.pro : pair.con;
    if (slot) continue;  // a second support of another type (support and entails) adds nothing
    slot = &r;
    const Relation* other = p > 0 ? pair.con : pair.pro;
    if (!other) continue;
    // Reported at the relation declared second, pointing back at the first.
    const Relation& pro = p > 0 ? r : *other;
    const Relation& con = p > 0 ? *other : r;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kSupportAndAttack), first_place(r),
        display(model, r.from) + " both " + std::string(relation_verb(pro.type)) + " and " +
            std::string(relation_verb(con.type)) + " " + display(model, r.to));
    d.notes.push_back({first_place(*other), display(model, other->from) + " " +
                                                std::string(relation_verb(other->type)) + " " +
                                                display(model, other->to) + " here"});
  }
}

void check_disconnected(const Model& model, std::vector<std::uint8_t>& flags,
                        Diagnostics& diagnostics) {
  for (const Argument& a : model.arguments)
    for (const PcsStep& step : a.pcs)
      if (step.statement < model.statements.size()) flags[step.statement] |= kRelated;

  for (Id i = 0; i < model.statements.size(); ++i) {
    if (flags[i] & kRelated) continue;
    const Statement& s = model.statements[i];
    if (s.used_as_premise || s.used_as_main_conclusion || s.used_as_intermediate_conclusion ||
        s.occurrences.empty())
      continue;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kDisconnected), title_or_whole(s.occurrences.front()),
        "statement " + display_statement(s.title) + " has no relations and is in no argument");
    d.suggestion = "relate it with + or - to another element, or use it in an argument";
  }
  const std::size_t arguments_from = model.statements.size();
  for (Id i = 0; i < model.arguments.size(); ++i) {
    if (flags[arguments_from + i] & kRelated) continue;
    const Argument& a = model.arguments[i];
    if (!a.pcs.empty() || a.occurrences.empty()) continue;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kDisconnected), title_or_whole(a.occurrences.front()),
        "argument " + display_argument(a.title) + " has no relations and no premises");
    d.suggestion = "relate it with + or - to another element, or reconstruct it";
  }
}

}  // namespace

void check_relations(const Model& model, Diagnostics& diagnostics) {
  // One pass over the relations for what the checks below need to know per element.
  std::vector<std::uint8_t> flags(model.statements.size() + model.arguments.size());
  for (const Relation& r : model.relations) {
    const bool from = exists(model, r.from), to = exists(model, r.to);
    if (from) flags[node(model, r.from)] |= kRelated;
    if (to) flags[node(model, r.to)] |= kRelated;
    const int p = polarity(r.type);
    if (p != 0 && from && to && r.from != r.to)
      flags[node(model, r.from)] |= p > 0 ? kProOut : kConOut;
  }
  check_self_relations(model, diagnostics);
  check_support_and_attack(model, flags, diagnostics);
  check_disconnected(model, flags, diagnostics);
}

}  // namespace argmap::checks
