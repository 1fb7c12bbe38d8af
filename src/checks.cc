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

}  // namespace checks

void check_model(const Model& model, Diagnostics& diagnostics) {
  checks::check_sources(model, diagnostics);
  checks::check_references(model, diagnostics);
  checks::check_relations(model, diagnostics);
  checks::check_cycles(model, diagnostics);
}

}  // namespace argmap
