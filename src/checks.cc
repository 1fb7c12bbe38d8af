#include "checks.h"

#include "check_passes.h"

namespace argmap {
namespace checks {

std::string display(const Model& model, ElementRef element) {
  if (!exists(model, element)) return "<?>";
  return bracketed_title(element.kind, model.title(element));
}

const Occurrence* first_occurrence(const Model& model, ElementRef element) {
  if (!exists(model, element)) return nullptr;
  const auto& occurrences = element.kind == ElementKind::Statement
                                ? model.statements[element.id].occurrences
                                : model.arguments[element.id].occurrences;
  return occurrences.empty() ? nullptr : &occurrences.front();
}

namespace {

/// What a relation of each type says about its source and its target:
/// support and entails speak for the target, attack and contrary against it,
/// the others neither. Indexed by RelationType.
struct Polarity {
  std::uint8_t out, in;
};
constexpr Polarity kPolarity[] = {
    {kProOut, kProIn},  // Support
    {kConOut, kConIn},  // Attack
    {0, 0},             // Undercut
    {0, 0},             // Contradiction
    {kProOut, kProIn},  // Entails
    {kConOut, kConIn},  // Contrary
};
static_assert(static_cast<int>(RelationType::Contrary) == 5, "kPolarity lists every type");

}  // namespace

RelationFacts relation_facts(const Model& model, const Nodes& nodes) {
  RelationFacts facts;
  // Reserved, not resized: nothing to clear first, and nothing to copy as they grow.
  facts.links.reserve(model.relations.size());
  facts.supports.reserve(model.relations.size());
  facts.flags.resize(nodes.count());
  // A byte store may alias anything: through the vector, the compiler would
  // reload its base after every flag set.
  std::uint8_t* const flag = facts.flags.data();
  std::uint32_t i = 0;
  for (const Relation& r : model.relations) {
    const Link l{nodes.node_or_none(r.from), nodes.node_or_none(r.to), r.type};
    facts.links.push_back(l);
    if (l.from == kNoNode || l.to == kNoNode) {  // a partial model
      if (l.from != kNoNode) flag[l.from] |= kRelated;
      if (l.to != kNoNode) flag[l.to] |= kRelated;
    } else if (l.from == l.to) {
      flag[l.from] |= kRelated;
      facts.self.push_back(i);
    } else {
      const Polarity& p = kPolarity[static_cast<int>(l.type)];
      flag[l.from] |= kRelated | p.out;
      flag[l.to] |= kRelated | p.in;
      if (l.type == RelationType::Support || l.type == RelationType::Entails)
        facts.supports.push_back(i);
    }
    ++i;
  }
  return facts;
}

}  // namespace checks

void check_model(const Model& model, Diagnostics& diagnostics) {
  const checks::Nodes nodes(model);
  const checks::RelationFacts facts = checks::relation_facts(model, nodes);
  checks::check_sources(model, diagnostics);
  checks::check_references(model, diagnostics);
  checks::check_relations(model, nodes, facts, diagnostics);
  checks::check_cycles(model, nodes, facts, diagnostics);
}

}  // namespace argmap
