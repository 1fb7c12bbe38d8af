// The JSON export's prepared pieces: runs of constant text per depth, every
// title and section id escaped once, a cache of values written twice, and
// flat per-element lists. Only src/json_export.cc includes this.
#pragma once

#include <algorithm>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json_writer.h"
#include "model.h"
#include "relation_words.h"

namespace argmap::json_export_detail {

/// Argdown's JSON name of a member role.
inline std::string_view role_name(StatementRole role) {
  switch (role) {
    case StatementRole::TopLevel:
      return "top-level-statement";
    case StatementRole::RelationMember:
      return "relation-statement";
    case StatementRole::Premise:
      return "premise";
    case StatementRole::IntermediateConclusion:
      return "intermediary-conclusion";
    case StatementRole::MainConclusion:
      return "main-conclusion";
    case StatementRole::ArgumentDescription:
    case StatementRole::ArgumentReference:  // Argdown marks a reference only by isReference
      return "argument-description";
    case StatementRole::Mention:
      return "mention";  // argmap: Argdown keeps no mentions
  }
  return "top-level-statement";
}

/// Argdown's JSON name of an element kind.
inline std::string_view element_type_name(ElementKind kind) {
  return kind == ElementKind::Statement ? "equivalence-class" : "argument";
}
/// Lists of items per slot (element, statement) in one flat array: a vector
/// per slot would cost an allocation each.
template <typename Item>
struct FlatLists {
  std::vector<std::uint32_t> start;  ///< slot i's items: items[start[i]] to items[start[i + 1]]
  std::vector<Item> items;

  /// `each(add)` calls add(slot, item) for every pair, in order, the same way twice.
  template <typename Each>
  FlatLists(std::size_t slots, Each each) : start(slots + 1, 0) {
    each([&](std::size_t slot, const Item&) { ++start[slot + 1]; });
    for (std::size_t i = 0; i < slots; ++i) start[i + 1] += start[i];
    items.resize(start[slots]);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    each([&](std::size_t slot, const Item& item) { items[next[slot]++] = item; });
  }
  std::span<const Item> operator[](std::size_t slot) const {
    return {items.data() + start[slot], items.data() + start[slot + 1]};
  }
};

/// Where a PCS step starts (its statement's slot is the list it is in).
struct Step {
  std::uint32_t file = 0, line = 0;
  Id argument = 0;
  std::uint32_t index = 0;  ///< in the argument's PCS
};

/// Values written once and again elsewhere at the same depth, by a dense key:
/// their bytes, copied the second time instead of written anew. The bytes sit
/// in 1 MB blocks: one growing string would copy all of them at each doubling.
class ValueCache {
 public:
  explicit ValueCache(std::size_t keys) : entries_(keys) {}
  /// The bytes kept for `key` at `depth`; empty when none.
  std::string_view find(std::size_t key, std::size_t depth) const {
    const Entry& e = entries_[key];
    if (e.length == 0 || e.depth != depth) return {};
    return std::string_view(blocks_[e.block]).substr(e.offset, e.length);
  }
  void keep(std::size_t key, std::size_t depth, std::string_view value) {
    constexpr std::size_t kBlock = std::size_t{1} << 20;
    // Lengths and offsets fit 32 bits: a value is at most the writer's buffer,
    // a block 1 MB or one value; depths and block counts stay far below.
    if (value.size() >= std::numeric_limits<std::uint32_t>::max()) return;
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < value.size()) {
      blocks_.emplace_back();
      blocks_.back().reserve(std::max(kBlock, value.size()));
    }
    std::string& block = blocks_.back();
    entries_[key] = {static_cast<std::uint32_t>(blocks_.size() - 1),
                     static_cast<std::uint32_t>(block.size()),
                     static_cast<std::uint32_t>(value.size()), static_cast<std::uint32_t>(depth)};
    block += value;
  }

 private:
  struct Entry {  // 16 bytes: one for every relation and occurrence
    std::uint32_t block = 0, offset = 0, length = 0, depth = 0;
  };
  std::vector<std::string> blocks_;  // never reallocated once reserved: views stay valid
  std::vector<Entry> entries_;
};

constexpr std::size_t kRoles = static_cast<std::size_t>(StatementRole::ArgumentReference) + 1;
constexpr std::size_t kRelationTypes = static_cast<std::size_t>(RelationType::Contrary) + 1;

/// The constant runs of the hot objects' members at one writer depth: the
/// depth of the object whose members they are.
struct Runs {
  explicit Runs(std::size_t d) {
    for (std::size_t t = 0; t < kRelationTypes; ++t)
      relation_head[t]
          .member(d, "type")
          .raw("\"relation\"")
          .member(d, "relationType")
          .raw(quoted(relation_type_name(static_cast<RelationType>(t))))
          .member(d, "from");
    for (int k = 0; k < 2; ++k) {
      auto kind = k == 0 ? ElementKind::Statement : ElementKind::Argument;
      relation_from[k].member(d, "fromType").raw(quoted(element_type_name(kind))).member(d, "to");
      relation_to[k].member(d, "toType").raw(quoted(element_type_name(kind)));
    }
    // A relation as an element of an array at this depth, brackets and all.
    for (std::size_t t = 0; t < kRelationTypes; ++t)
      relation_value_head[t]
          .raw("{")
          .line_end(d + 1)
          .raw("\"type\": \"relation\"")
          .member(d + 1, "relationType")
          .raw(quoted(relation_type_name(static_cast<RelationType>(t))))
          .member(d + 1, "from");
    for (int k = 0; k < 2; ++k) {
      auto kind = k == 0 ? ElementKind::Statement : ElementKind::Argument;
      relation_value_from[k]
          .member(d + 1, "fromType")
          .raw(quoted(element_type_name(kind)))
          .member(d + 1, "to");
      relation_value_to[k]
          .member(d + 1, "toType")
          .raw(quoted(element_type_name(kind)))
          .line_end(d)
          .raw("}");
    }
    const char* kLocation[4] = {"startLine", "startColumn", "endLine", "endColumn"};
    for (int i = 0; i < 4; ++i) location[i].member(d, kLocation[i]);
    for (std::size_t role = 0; role < kRoles; ++role) {
      for (int description = 0; description < 2; ++description) {
        JsonRun& run = member_head[role + kRoles * description];
        auto r = static_cast<StatementRole>(role);
        run.member(d, "type").raw("\"statement\"").member(d, "role");
        run.raw(quoted(description ? "argument-description" : role_name(r)));
        if (r == StatementRole::TopLevel) run.member(d, "isTopLevel").raw("true");
        run.member(d, "title");
      }
    }
    text.member(d, "text");
    is_reference.member(d, "isReference").raw("true");
    section.member(d, "section");
    argument_title.member(d, "argumentTitle");
    for (int empty = 0; empty < 2; ++empty) {
      inference_head[empty]
          .member(d, "type")
          .raw("\"inference\"")
          .member(d, "relations")
          .raw("[]")
          .member(d, "inferenceRules");
      if (empty) inference_head[empty].raw("[]");
    }
    conclusion_index.member(d, "conclusionIndex");
    tags_open.member(d, "tags").raw("[").line_end(d + 1);
    tags_next.raw(",").line_end(d + 1);
    tags_close.line_end(d).raw("]");
    statement_head.member(d, "type").raw("\"equivalence-class\"").member(d, "title");
    argument_head.member(d, "type").raw("\"argument\"").member(d, "title");
    relations.member(d, "relations");
    no_relations.member(d, "relations").raw("[]");
    members.member(d, "members");
    const char* kUsed[5] = {"isUsedAsTopLevelStatement", "isUsedAsIntermediaryConclusion",
                            "isUsedAsMainConclusion", "isUsedAsPremise",
                            "isUsedAsRelationStatement"};
    for (std::size_t bits = 0; bits < 32; ++bits) {
      for (int i = 0; i < 5; ++i) statement_used[bits].member(d, kUsed[i]).raw(word(bits, i));
      statement_used[bits].member(d, "text");
    }
    for (std::size_t bits = 0; bits < 8; ++bits) {
      statement_tail[bits]
          .member(d, "isAutoTitle")
          .raw(word(bits, 0))
          .member(d, "isEvidence")
          .raw(word(bits, 1))
          .member(d, "citations");
      if (bits & 4) statement_tail[bits].raw("[]");  // no citations
    }
  }
  static std::string quoted(std::string_view word) {
    std::string q(word.size() + 2, '"');
    word.copy(q.data() + 1, word.size());
    return q;
  }
  static const char* word(std::size_t bits, int i) { return bits >> i & 1 ? "true" : "false"; }

  JsonRun relation_head[kRelationTypes];  ///< by type, up to "from"
  JsonRun relation_from[2];               ///< by the kind of `from`: up to "to"
  JsonRun relation_to[2];                 ///< by the kind of `to`
  JsonRun relation_value_head[kRelationTypes], relation_value_from[2], relation_value_to[2];
  JsonRun location[4];
  JsonRun member_head[2 * kRoles];  ///< by role, + kRoles for an argument's: up to "title"
  JsonRun text, is_reference, section, argument_title;
  JsonRun inference_head[2];  ///< up to "inferenceRules", and its "[]" when there are none
  JsonRun conclusion_index;
  JsonRun tags_open, tags_next, tags_close;  ///< "tags": [, between two, ]
  JsonRun statement_head, argument_head, relations, no_relations, members;
  JsonRun statement_used[32];  ///< by the isUsedAs... flags, in order: up to "text"
  JsonRun statement_tail[8];   ///< isAutoTitle, isEvidence, no citations: up to "citations"
};

/// Every element's title and section's id as a JSON string, escaped once:
/// a title is written again and again (key, members, relations,
/// argumentTitle), an id in every member, and copying bytes known to be JSON
/// costs less than checking them every time.
class QuotedNames {
 public:
  explicit QuotedNames(const Model& model)
      : statements_(model.statements.size()),
        missing_(statements_ + model.arguments.size()),
        sections_(missing_ + 1) {
    std::size_t size = 2 + 32;
    for (const Statement& s : model.statements) size += s.title.size() + 2;
    for (const Argument& a : model.arguments) size += a.title.size() + 2;
    for (const Section& s : model.sections) size += s.id.size() + 2;
    bytes_.reserve(size);  // more when some need escaping
    start_.reserve(sections_ + model.sections.size() + 1);
    {
      JsonWriter w(bytes_);  // at the top level: no separators between the strings
      auto add = [&](std::string_view name) {
        start_.push_back(w.mark());
        w.string(name);
      };
      for (const Statement& s : model.statements) add(s.title);
      for (const Argument& a : model.arguments) add(a.title);
      add("");  // for a relation's end or a section that names none
      for (const Section& s : model.sections) add(s.id);
      start_.push_back(w.mark());
    }
    bytes_.append(32, ' ');  // JsonWriter::run_json reads past a name's end
  }
  std::string_view title(ElementRef e) const {
    if (e.kind == ElementKind::Statement) return get(e.id < statements_ ? e.id : missing_);
    return get(e.id < missing_ - statements_ ? statements_ + e.id : missing_);
  }
  std::string_view statement(Id id) const { return get(id); }
  std::string_view argument(Id id) const { return get(statements_ + id); }
  std::string_view section(Id id) const {
    return get(id < start_.size() - 1 - sections_ ? sections_ + id : missing_);
  }

 private:
  std::string_view get(std::size_t i) const {
    return std::string_view(bytes_).substr(start_[i], start_[i + 1] - start_[i]);
  }
  std::size_t statements_, missing_, sections_;  ///< where the arguments, "" and ids start
  std::string bytes_;
  std::vector<std::size_t> start_;  ///< each string's, then the end
};

}  // namespace argmap::json_export_detail
