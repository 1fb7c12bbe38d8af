#include "checks.h"

#include "check_passes.h"

namespace argmap {
namespace checks {

std::string display(const Model& model, ElementRef element) {
  if (!exists(model, element)) return "<?>";
  return element.kind == ElementKind::Statement ? display_statement(model.title(element))
                                                : display_argument(model.title(element));
}

const Occurrence* first_occurrence(const Model& model, ElementRef element) {
  if (!exists(model, element)) return nullptr;
  const auto& occurrences = element.kind == ElementKind::Statement
                                ? model.statements[element.id].occurrences
                                : model.arguments[element.id].occurrences;
  return occurrences.empty() ? nullptr : &occurrences.front();
}

std::vector<Link> relation_links(const Model& model, const Nodes& nodes) {
  std::vector<Link> links;
  links.reserve(model.relations.size());  // not resize(): nothing to clear first
  for (const Relation& r : model.relations)
    links.push_back({nodes.contains(r.from) ? nodes.node(r.from) : kNoNode,
                     nodes.contains(r.to) ? nodes.node(r.to) : kNoNode, r.type});
  return links;
}

}  // namespace checks

void check_model(const Model& model, Diagnostics& diagnostics) {
  const checks::Nodes nodes(model);
  const std::vector<checks::Link> links = checks::relation_links(model, nodes);
  checks::check_sources(model, diagnostics);
  checks::check_references(model, diagnostics);
  checks::check_relations(model, nodes, links, diagnostics);
  checks::check_cycles(model, nodes, links, diagnostics);
}

}  // namespace argmap
