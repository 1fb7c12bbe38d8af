// Relations that make no sense (an element supporting or attacking itself, a
// pair that both supports and attacks) and elements connected to nothing.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"
#include "relation_words.h"

namespace argmap::checks {
namespace {

Location first_place(const Relation& r) {
  return r.where.empty() ? Location{} : r.where.front();
}

constexpr std::uint8_t kBothOut = kProOut | kConOut;
constexpr std::uint8_t kBothIn = kProIn | kConIn;

/// Whether a relation of this type speaks for its target (support, entails)
/// or against it (attack, contrary); false for the others.
bool is_for(RelationType type) {
  return type == RelationType::Support || type == RelationType::Entails;
}
bool is_against(RelationType type) {
  return type == RelationType::Attack || type == RelationType::Contrary;
}

/// (from, to) node pairs -> the first relation for and the first against them.
/// Open addressing sized once for every pair that may come: it never rehashes, and
/// an all-zero slot is empty, so allocating clears it fast.
class PairTable {
 public:
  struct Slot {
    std::uint64_t key = 0;  ///< (from + 1) << 32 | to: never 0
    std::uint32_t pro = 0;  ///< 1 + index of the first relation for, 0 for none
    std::uint32_t con = 0;  ///< the same against
  };

  explicit PairTable(std::size_t pairs) {
    while ((std::size_t{1} << bits_) < pairs * 2) ++bits_;
    slots_.resize(std::size_t{1} << bits_);
  }
  /// The slot of (from, to), claimed if new.
  Slot& at(std::size_t from, std::size_t to) {
    const std::uint64_t key = (std::uint64_t{from} + 1) << 32 | to;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = (key * 0x9E3779B97F4A7C15u) >> (64 - bits_);; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i];
      if (slots_[i].key == 0) {
        slots_[i].key = key;
        return slots_[i];
      }
    }
  }

 private:
  int bits_ = 4;
  std::vector<Slot> slots_;
};

void check_support_and_attack(const Model& model, const RelationFacts& facts,
                              Diagnostics& diagnostics) {
  // A relation can only be half of such a pair when its source both supports
  // and attacks, and its target is both supported and attacked: usually few.
  std::vector<std::uint32_t> candidates;
  const Link* const link = facts.links.data();
  const std::uint8_t* const flag = facts.flags.data();
  const auto count = static_cast<std::uint32_t>(facts.links.size());
  for (std::uint32_t i = 0; i < count; ++i) {
    const Link& l = link[i];
    // Most sources fail the first test.
    if (l.from != kNoNode && (flag[l.from] & kBothOut) == kBothOut && l.to != kNoNode &&
        (flag[l.to] & kBothIn) == kBothIn && l.from != l.to &&
        (is_for(l.type) || is_against(l.type)))
      candidates.push_back(i);
  }
  if (candidates.size() < 2) return;
  PairTable pairs(candidates.size());
  for (std::uint32_t i : candidates) {
    const Link& l = link[i];
    const bool for_it = is_for(l.type);
    PairTable::Slot& pair = pairs.at(l.from, l.to);
    std::uint32_t& slot = for_it ? pair.pro : pair.con;
    if (slot) continue;  // a second support of another type (support and entails) adds nothing
    slot = i + 1;
    const std::uint32_t other_slot = for_it ? pair.con : pair.pro;
    if (!other_slot) continue;
    const Relation& r = model.relations[i];
    // Reported at the relation declared second, pointing back at the first.
    const Relation& other = model.relations[other_slot - 1];
    const Relation& pro = for_it ? r : other;
    const Relation& con = for_it ? other : r;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kSupportAndAttack), first_place(r),
        display(model, r.from) + " both " + std::string(relation_verb(pro.type)) + " and " +
            std::string(relation_verb(con.type)) + " " + display(model, r.to));
    d.notes.push_back({first_place(other), display(model, other.from) + " " +
                                               std::string(relation_verb(other.type)) + " " +
                                               display(model, other.to) + " here"});
  }
}

void check_disconnected(const Model& model, const Nodes& nodes, const RelationFacts& facts,
                        Diagnostics& diagnostics) {
  // Being in an argument's structure counts too.
  std::vector<std::uint8_t> flags = facts.flags;
  std::uint8_t* const flag = flags.data();
  const std::uint32_t statements = nodes.statements;
  for (const Argument& a : model.arguments)
    for (const PcsStep& step : a.pcs)
      if (step.statement < statements) flag[step.statement] |= kRelated;

  for (Id i = 0; i < statements; ++i) {
    if (flag[i] & kRelated) continue;
    const Statement& s = model.statements[i];
    if (s.used_as_premise || s.used_as_main_conclusion || s.used_as_intermediate_conclusion ||
        s.occurrences.empty())
      continue;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kDisconnected), title_or_whole(s.occurrences.front()),
        "statement " + display_statement(s.title) + " has no relations and is in no argument");
    d.suggestion = "relate it with + or - to another element, or use it in an argument";
  }
  for (Id i = 0; i < nodes.arguments; ++i) {
    if (flag[statements + i] & kRelated) continue;
    const Argument& a = model.arguments[i];
    if (!a.pcs.empty() || a.occurrences.empty()) continue;
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kDisconnected), title_or_whole(a.occurrences.front()),
        "argument " + display_argument(a.title) + " has no relations and no premises");
    d.suggestion = "relate it with + or - to another element, or reconstruct it";
  }
}

}  // namespace

void check_relations(const Model& model, const Nodes& nodes, const RelationFacts& facts,
                     Diagnostics& diagnostics) {
  for (std::uint32_t i : facts.self) {
    const Relation& r = model.relations[i];
    Diagnostic& d = diagnostics.warning(
        std::string(check_code::kSelfRelation), first_place(r),
        display(model, r.from) + " " + std::string(relation_verb(r.type)) + " itself");
    d.suggestion =
        "remove the relation or relate " + display(model, r.from) + " to another element";
  }
  check_support_and_attack(model, facts, diagnostics);
  check_disconnected(model, nodes, facts, diagnostics);
}

}  // namespace argmap::checks
