// The passes check_model runs, one file per idea (check_references.cc,
// check_sources.cc, check_relations.cc, check_cycles.cc), and their shared helpers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace argmap::checks {

/// Undefined titles, likely typos, conflicting definitions, automatic-looking titles.
void check_references(const Model& model, Diagnostics& diagnostics);
/// Unknown citation keys, evidence without a source, unused sources.
void check_sources(const Model& model, Diagnostics& diagnostics);
struct Nodes;
struct Link;
/// Self-relations, pairs that both support and attack, disconnected elements.
void check_relations(const Model& model, const Nodes& nodes, const std::vector<Link>& links,
                     Diagnostics& diagnostics);
/// Circular support, through relations and premise-conclusion structures.
void check_cycles(const Model& model, const Nodes& nodes, const std::vector<Link>& links,
                  Diagnostics& diagnostics);

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

/// Statements and arguments numbered as one range of nodes: statements first
/// (node = id), then arguments (node = statement count + id). The counts are
/// read once: the passes ask per relation, and a vector's size() divides.
struct Nodes {
  explicit Nodes(const Model& model)
      : statements(static_cast<std::uint32_t>(model.statements.size())),
        arguments(static_cast<std::uint32_t>(model.arguments.size())) {}

  std::uint32_t statements, arguments;

  std::uint32_t count() const { return statements + arguments; }
  /// Whether `e` names an existing element, as exists() says.
  bool contains(ElementRef e) const {
    return e.id < (e.kind == ElementKind::Statement ? statements : arguments);
  }
  std::uint32_t node(ElementRef e) const {
    return e.kind == ElementKind::Statement ? e.id : statements + e.id;
  }
  ElementRef element(std::uint32_t v) const {
    return v < statements ? ElementRef{ElementKind::Statement, v}
                          : ElementRef{ElementKind::Argument, v - statements};
  }
};

inline constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

/// A relation as the passes over all relations need it: its ends as nodes
/// (kNoNode for an element that does not exist) and its type. Made in one pass
/// over the model, so that the passes walk 12 bytes a relation, not a Relation.
struct Link {
  std::uint32_t from, to;
  RelationType type;
};

/// Model::relations as links, in the same order.
std::vector<Link> relation_links(const Model& model, const Nodes& nodes);

/// Where to point at an occurrence: its title when written, else the whole of it.
inline Location title_or_whole(const Occurrence& occurrence) {
  return occurrence.title_where.valid() ? occurrence.title_where : occurrence.where;
}

/// The first occurrence of an element, or nullptr when it has none.
const Occurrence* first_occurrence(const Model& model, ElementRef element);

}  // namespace argmap::checks
