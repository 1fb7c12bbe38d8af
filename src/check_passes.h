// The passes check_model runs, one file per idea (check_references.cc,
// check_sources.cc, check_relations.cc, check_cycles.cc), and their shared helpers.
#pragma once

#include <string>

#include "diagnostic.h"
#include "model.h"

namespace argmap::checks {

/// Undefined titles, likely typos, conflicting definitions, automatic-looking titles.
void check_references(const Model& model, Diagnostics& diagnostics);
/// Unknown citation keys, evidence without a source, unused sources.
void check_sources(const Model& model, Diagnostics& diagnostics);
/// Self-relations, pairs that both support and attack, disconnected elements.
void check_relations(const Model& model, Diagnostics& diagnostics);
/// Circular support, through relations and premise-conclusion structures.
void check_cycles(const Model& model, Diagnostics& diagnostics);

/// "[Title]" for a statement, "<Title>" for an argument: how the map writes them.
std::string display(const Model& model, ElementRef element);
inline std::string display_statement(const std::string& title) {
  return "[" + title + "]";
}
inline std::string display_argument(const std::string& title) {
  return "<" + title + ">";
}

/// Whether `element` names an existing statement or argument (the checks never
/// trust ids blindly: a model built from broken input may be partial).
inline bool exists(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement ? element.id < model.statements.size()
                                                : element.id < model.arguments.size();
}

/// Where to point at an occurrence: its title when written, else the whole of it.
inline Location title_or_whole(const Occurrence& occurrence) {
  return occurrence.title_where.valid() ? occurrence.title_where : occurrence.where;
}

/// The first occurrence of an element, or nullptr when it has none.
const Occurrence* first_occurrence(const Model& model, ElementRef element);

}  // namespace argmap::checks
