// The passes check_model runs, one file per idea (check_references.cc,
// check_sources.cc, check_relations.cc, check_cycles.cc), and their shared helpers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "element_info.h"
#include "model.h"

namespace argmap::checks {

/// Undefined titles, likely typos, conflicting definitions, automatic-looking titles.
void check_references(const Model& model, Diagnostics& diagnostics);
/// Unknown citation keys, evidence without a source, unused sources.
void check_sources(const Model& model, Diagnostics& diagnostics);
struct Nodes;
struct RelationFacts;
/// Self-relations, pairs that both support and attack, disconnected elements.
void check_relations(const Model& model, const Nodes& nodes, const RelationFacts& facts,
                     Diagnostics& diagnostics);
/// Circular support, through relations and premise-conclusion structures.
void check_cycles(const Model& model, const Nodes& nodes, const RelationFacts& facts,
                  Diagnostics& diagnostics);

/// "[Title]" for a statement, "<Title>" for an argument: how the map writes them.
std::string display(const Model& model, ElementRef element);
inline std::string display_statement(std::string_view title) {
  return bracketed_title(ElementKind::Statement, title);
}
inline std::string display_argument(std::string_view title) {
  return bracketed_title(ElementKind::Argument, title);
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
  /// node(e) when `e` exists, else kNoNode.
  std::uint32_t node_or_none(ElementRef e) const;
  ElementRef element(std::uint32_t v) const {
    return v < statements ? ElementRef{ElementKind::Statement, v}
                          : ElementRef{ElementKind::Argument, v - statements};
  }
};

inline constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

inline std::uint32_t Nodes::node_or_none(ElementRef e) const {
  if (e.kind == ElementKind::Statement) return e.id < statements ? e.id : kNoNode;
  return e.id < arguments ? statements + e.id : kNoNode;
}

/// A relation as the passes over all relations need it: its ends as nodes
/// (kNoNode for an element that does not exist) and its type.
struct Link {
  std::uint32_t from, to;
  RelationType type;
};

/// What a node takes part in, as RelationFacts::flags records it.
enum NodeFlag : std::uint8_t {
  kRelated = 1,  ///< in some relation
  kProOut = 2,   ///< supports (or entails) some other element
  kConOut = 4,   ///< attacks (or is contrary to) some other element
  kProIn = 8,    ///< supported by some other element
  kConIn = 16,   ///< attacked by some other element
};

/// What the checks need to know about Model::relations, gathered in one pass
/// over them, so that no check walks the 48-byte Relations again.
struct RelationFacts {
  std::vector<Link> links;  ///< parallel to Model::relations
  /// Indexes of the supports and entailments between two different existing
  /// elements, in order: the relations among the edges of circular support.
  std::vector<std::uint32_t> supports;
  std::vector<std::uint32_t> self;  ///< indexes of relations from an element to itself
  std::vector<std::uint8_t> flags;  ///< NodeFlags of each node
};

RelationFacts relation_facts(const Model& model, const Nodes& nodes);

/// Where to point at an occurrence: its title when written, else the whole of it.
inline Location title_or_whole(const Occurrence& occurrence) {
  return occurrence.title_where.valid() ? occurrence.title_where : occurrence.where;
}

/// The first occurrence of an element, or nullptr when it has none.
const Occurrence* first_occurrence(const Model& model, ElementRef element);

}  // namespace argmap::checks
