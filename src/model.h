// The model: the typed argument graph that every stage after the builder reads
// and none changes. Elements are addressed by dense ids (indexes into the vectors);
// vectors keep source order, because Graphviz's layout depends on declaration order.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "data.h"
#include "source.h"
#include "text_arena.h"
#include "title_index.h"

namespace argmap {

using Id = std::uint32_t;
inline constexpr Id kNoId = std::numeric_limits<Id>::max();

enum class ElementKind { Statement, Argument };

/// A statement or an argument.
struct ElementRef {
  ElementKind kind = ElementKind::Statement;
  Id id = kNoId;

  bool valid() const { return id != kNoId; }
  friend bool operator==(const ElementRef&, const ElementRef&) = default;
  friend auto operator<=>(const ElementRef&, const ElementRef&) = default;
};

/// Argdown's relation types (its JSON names in comments). Entails and Contrary
/// replace Support and Attack between statements in strict mode.
enum class RelationType {
  Support,        ///< "support"
  Attack,         ///< "attack"
  Undercut,       ///< "undercut": the target is an argument's inference
  Contradiction,  ///< "contradictory": symmetric, statements only
  Entails,        ///< "entails": strict mode, statement to statement
  Contrary,       ///< "contrary": strict mode, statement to statement
};

/// How an occurrence of a statement is used (Argdown's member roles).
enum class StatementRole : std::uint8_t {
  TopLevel,                ///< "top-level-statement"
  RelationMember,          ///< a child or parent in a relation tree ("relation-member" in argdown)
  Premise,                 ///< "premise" in a premise-conclusion structure
  IntermediateConclusion,  ///< "intermediate-conclusion"
  MainConclusion,          ///< "main-conclusion"
  ArgumentDescription,     ///< (arguments only) "argument-description"
  Mention,                 ///< @[Title] inside some text: not a member, kept for locations
  ArgumentReference,       ///< (arguments only) a bare `<Title>`; Argdown's JSON says
                           ///< "argument-description"
};

/// A citation of a source by a statement or argument: {source: KEY, page: "..."}.
struct Citation {
  std::string key;    ///< as written
  Id source = kNoId;  ///< into Model::sources; kNoId when the key is not declared
  std::string page;   ///< "" when none
  Location where;     ///< the data block (or the key's position in it)
};

/// A short list kept inside its owner up to N items: most statements and arguments
/// occur once and most relations are declared once, so most lists cost no allocation.
template <typename T, std::size_t N = 1>
using InlineList = boost::container::small_vector<T, N>;

/// One occurrence of a statement or argument in the text (Argdown's "member").
struct Occurrence {
  StatementRole role = StatementRole::TopLevel;
  bool is_reference = false;  ///< `[T]` / `<T>` without text
  Id section = kNoId;
  std::string_view text;  ///< plain text (markup removed; "" for a bare reference), in Model::texts
  /// Unique, in order of appearance: views of Model::texts.
  std::vector<std::string_view> tags;
  DataBox data;          ///< the occurrence's {data} block (Kind::Null when none)
  Location where;        ///< the whole occurrence
  Location title_where;  ///< the `[Title]` / `<Title>` part (invalid for untitled text)
  Location data_where;   ///< the `{data}` block (invalid when none)
};

struct Statement {                     // members ordered so that the small ones share words
  std::string_view title;              ///< in Model::texts (a view of the source, or "Untitled N")
  std::string_view text;               ///< canonical: the last definition's text (no copy)
  InlineList<Occurrence> occurrences;  ///< in source order (the equivalence class)
  std::vector<std::string_view> tags;  ///< union over occurrences, first-seen order (Model::texts)
  DataBox data;                        ///< occurrences' data merged (later keys win)
  std::vector<Citation> citations;     ///< argmap's extension, read from data
  Id section = kNoId;                  ///< section of the first definition (or first occurrence)
  Id proponent = kNoId;                ///< argmap's extension: into Model::proponents
  bool auto_title = false;             ///< "Untitled 1", ...: the text had no title
  bool is_evidence = false;            ///< argmap's extension: {kind: evidence}

  // Usage in premise-conclusion structures.
  bool used_as_premise = false;
  bool used_as_main_conclusion = false;
  bool used_as_intermediate_conclusion = false;
};

/// The line between premises and a conclusion: `----` or `-- rule, rule {data} --`.
struct Inference {
  std::vector<std::string> rules;
  DataBox data;  ///< shared with equal blocks (see DataBox)
  Location where;
};

/// A step of a premise-conclusion structure.
struct PcsStep {
  Id statement = kNoId;
  StatementRole role =
      StatementRole::Premise;          ///< Premise, IntermediateConclusion or MainConclusion
  std::optional<Inference> inference;  ///< the inference above a conclusion
  Location where;
};

struct Argument {
  std::string_view title;  ///< in Model::texts (a view of the source, or "Untitled N")
  bool auto_title = false;
  std::string_view description;  ///< canonical: the last description (no copy)
  InlineList<Occurrence> occurrences;
  std::vector<std::string_view> tags;  ///< union over occurrences, first-seen order (Model::texts)
  DataBox data;
  Id section = kNoId;
  std::vector<PcsStep> pcs;  ///< empty when the argument is not reconstructed
  Location pcs_where;        ///< the whole PCS (invalid when none)

  std::vector<Citation> citations;
  Id proponent = kNoId;

  /// The main conclusion's statement id, or kNoId when there is no PCS.
  Id main_conclusion() const {
    for (auto it = pcs.rbegin(); it != pcs.rend(); ++it)
      if (it->role == StatementRole::MainConclusion) return it->statement;
    return kNoId;
  }
};

struct Relation {
  RelationType type = RelationType::Support;
  ElementRef from;
  ElementRef to;
  InlineList<Location> where;  ///< every place the relation is declared (symbol positions)
};

struct Section {
  std::string id;     ///< Argdown's "s1", "s2", ...
  std::string title;  ///< heading text without markup
  int level = 1;      ///< number of '#'
  Id parent = kNoId;
  std::vector<std::string_view> tags;  ///< unique, in order of appearance; in Model::texts
  Data data;
  Location where;
};

struct Tag {
  std::string name;
  std::string color;  ///< "" unless given by tagColors / {color} data
};

/// A bibliographic entry from frontmatter `sources:`.
struct Source {
  std::string key;
  std::string author, year, title, url, publisher, note;  ///< the usual fields, "" when absent
  Data entry;                                             ///< the whole entry as written
  Location where;                                         ///< the key in the frontmatter
};

/// Who asserts a statement or argument: frontmatter `proponents:` or first use.
struct Proponent {
  std::string key;
  std::string label;  ///< display name (= key when not declared)
  std::string color;
  bool declared = false;
  Location where;
};

struct Model {
  /// The bytes behind every text view above. Shared, so that a copy of the model
  /// reads the same bytes and the views stay valid while any copy lives.
  std::shared_ptr<TextArena> texts = std::make_shared<TextArena>();
  Data frontmatter;            ///< Kind::Null when the map has none
  Location frontmatter_where;  ///< the `===` ... `===` block (invalid when none)
  bool strict_mode = false;    ///< frontmatter model.mode: strict

  std::vector<Statement> statements;
  std::vector<Argument> arguments;
  std::vector<Relation> relations;  ///< deduplicated by (type, from, to), first-declared order
  std::vector<Section> sections;    ///< in source order; parents before children
  std::vector<Tag> tags;            ///< first-seen order
  std::vector<Source> sources;      ///< frontmatter order
  std::vector<Proponent> proponents;

  TitleIndex statement_by_title;
  TitleIndex argument_by_title;
  std::map<std::string, Id, std::less<>> source_by_key;
  std::map<std::string, Id, std::less<>> proponent_by_key;

  /// A copy of `text` kept as long as the model (by the builder and tests' fixtures).
  std::string_view keep(std::string_view text) { return texts->keep(text); }
  std::string_view title(ElementRef e) const {
    return e.kind == ElementKind::Statement ? statements[e.id].title : arguments[e.id].title;
  }
  std::optional<Id> find_statement(std::string_view title) const {
    Id id = statement_by_title.find(title);
    return id == TitleIndex::kAbsent ? std::nullopt : std::optional<Id>(id);
  }
  std::optional<Id> find_argument(std::string_view title) const {
    Id id = argument_by_title.find(title);
    return id == TitleIndex::kAbsent ? std::nullopt : std::optional<Id>(id);
  }
};

}  // namespace argmap
