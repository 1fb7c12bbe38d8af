// Writes the model in the shape of `argdown json` (Argdown 1.7.5's JSONExportPlugin):
// the same top-level keys, field names and relation type names, so tools written
// for Argdown read it. argmap adds what Argdown has no place for: canonical texts,
// evidence, citations, sources, proponents, and every relation's locations.
// Argdown's view-level colours (color, fontColor) and text ranges are left out.
// The document is streamed through a JsonWriter, element by element, in the
// bytes nlohmann-json's dump(2) of the whole document would give.
#include "json_export.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "json_export_parts.h"
#include "json_writer.h"
#include "relation_words.h"

namespace argmap {
namespace {

using namespace json_export_detail;

/// Argdown's tag class: "tag-" + the name lower-cased, umlauts spelt out, spaces
/// as dashes, anything else outside [a-z0-9-] dropped (utils.stringToHtmlId).
std::string css_class(const std::string& tag) {
  std::string in = "tag-" + tag, out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    auto c = static_cast<unsigned char>(in[i]);
    if (c == 0xC3 && i + 1 < in.size()) {
      auto d = static_cast<unsigned char>(in[i + 1]);
      const char* spelt = d == 0xA4 || d == 0x84   ? "ae"
                          : d == 0xB6 || d == 0x96 ? "oe"
                          : d == 0xBC || d == 0x9C ? "ue"
                          : d == 0x9F              ? "ss"
                                                   : nullptr;
      if (spelt) {
        out += spelt;
        ++i;
        continue;
      }
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      out += '-';
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
      out += static_cast<char>(c);
  }
  return out;
}

bool is_pcs_role(StatementRole role) {
  return role == StatementRole::Premise || role == StatementRole::IntermediateConclusion ||
         role == StatementRole::MainConclusion;
}

/// Each statement's first occurrence in the numbering of all occurrences,
/// and their count at the end.
std::vector<std::size_t> occurrence_starts(const Model& model) {
  std::vector<std::size_t> start(model.statements.size() + 1, 0);
  for (std::size_t i = 0; i < model.statements.size(); ++i)
    start[i + 1] = start[i] + model.statements[i].occurrences.size();
  return start;
}

class Exporter {
 public:
  Exporter(const Model& model, const SourceSet& sources, JsonWriter& out)
      : model_(model),
        sources_(sources),
        w_(out),
        relations_(model.statements.size() + model.arguments.size(),
                   [&](auto add) {
                     for (std::size_t i = 0; i < model.relations.size(); ++i) {
                       const Relation& r = model.relations[i];
                       auto index = static_cast<std::uint32_t>(i);
                       if (has_slot(r.from)) add(slot(r.from), index);
                       if (r.to != r.from && has_slot(r.to)) add(slot(r.to), index);
                     }
                   }),
        // Which argument and step each PCS occurrence of a statement belongs
        // to: found by the line the step starts on (the step starts at "(1)",
        // the occurrence at its text; a statement cannot be two steps of one line).
        steps_(model.statements.size(),
               [&](auto add) {
                 for (Id a = 0; a < model.arguments.size(); ++a) {
                   const auto& pcs = model.arguments[a].pcs;
                   for (std::size_t i = 0; i < pcs.size(); ++i)
                     if (pcs[i].statement < model.statements.size())
                       add(pcs[i].statement, Step{pcs[i].where.file, pcs[i].where.line, a,
                                                  static_cast<std::uint32_t>(i)});
                 }
               }),
        relation_copies_(model.relations.size()),
        titles_(model),
        occurrence_start_(occurrence_starts(model)),
        member_copies_(occurrence_start_.back()) {}

  void write() {
    w_.begin_object();
    w_.field("arguments");
    w_.begin_object();
    for (Id i = 0; i < model_.arguments.size(); ++i) {
      w_.key_json(titles_.argument(i));
      argument(i);
    }
    w_.end_object();
    w_.field("statements");
    w_.begin_object();
    for (Id i = 0; i < model_.statements.size(); ++i) {
      w_.key_json(titles_.statement(i));
      statement(i);
    }
    w_.end_object();
    w_.field("relations");
    w_.begin_array();
    for (const Relation& r : model_.relations) {
      relation(r);
      w_.field("locations");  // argmap; left out of the copies inside elements
      w_.begin_array();
      for (const Location& where : r.where) location(where);
      w_.end_array();
      w_.end_object();
    }
    w_.end_array();
    w_.field("sections");
    sections();
    w_.field("tags");
    tags();
    w_.field("sources");
    bibliography();
    w_.field("proponents");
    proponents();
    w_.end_object();
    w_.raw("\n");
  }

 private:
  /// Statements then arguments: the relation lists' slots.
  bool has_slot(ElementRef e) const {
    return e.kind == ElementKind::Statement ? e.id < model_.statements.size()
                                            : e.id < model_.arguments.size();
  }
  std::size_t slot(ElementRef e) const {
    return e.kind == ElementKind::Statement ? e.id : model_.statements.size() + e.id;
  }

  /// The runs for members of the innermost object.
  const Runs& runs() {
    const std::size_t depth = w_.depth();
    if (depth < runs_.size() && runs_[depth]) [[likely]]
      return *runs_[depth];
    return new_runs(depth);
  }
  [[gnu::noinline]] const Runs& new_runs(std::size_t depth) {
    if (depth >= runs_.size()) runs_.resize(depth + 1);
    runs_[depth] = std::make_unique<Runs>(depth);
    return *runs_[depth];
  }

  void data(const Data& d) {
    switch (d.kind) {
      case Data::Kind::Null:
        w_.null();
        return;
      case Data::Kind::Bool:
        w_.boolean(d.boolean);
        return;
      case Data::Kind::Int:
        w_.number(d.integer);
        return;
      case Data::Kind::Float:
        w_.number(d.number);
        return;
      case Data::Kind::String:
        w_.string(d.string);
        return;
      case Data::Kind::List:
        w_.begin_array();
        for (const Data& item : d.items) data(item);
        w_.end_array();
        return;
      case Data::Kind::Map:
        // A repeated key keeps its first place and takes its last value, as
        // assigning to a JSON object does.
        w_.begin_object();
        for (std::size_t i = 0; i < d.fields.size(); ++i) {
          const std::string& key = d.fields[i].first;
          bool repeated = false;
          for (std::size_t k = 0; k < i && !repeated; ++k) repeated = d.fields[k].first == key;
          if (repeated) continue;
          const Data* value = &d.fields[i].second;
          for (std::size_t k = i + 1; k < d.fields.size(); ++k)
            if (d.fields[k].first == key) value = &d.fields[k].second;
          w_.key(key);
          data(*value);
        }
        w_.end_object();
        return;
    }
  }

  /// A non-empty "tags" member of the object whose runs `r` are, as runs: no
  /// level opened and closed in the writer.
  void tags(const std::vector<std::string_view>& list, const Runs& r) {
    JsonWriter& w = w_;
    w.members(r.tags_open);
    w.run_string(list.front());
    for (std::size_t i = 1; i < list.size(); ++i) {
      w.members(r.tags_next);
      w.run_string(list[i]);
    }
    w.members(r.tags_close);
  }

  /// Inference rules (strings) or tags (views of the model's texts).
  template <typename List>
  void string_list(const List& list) {
    w_.begin_array();
    for (std::string_view s : list) w_.string(s);
    w_.end_array();
  }

  /// Argdown's startLine, startColumn, endLine, endColumn; its end column is the
  /// last character (inclusive), ours is one past it. "file" (argmap) only for
  /// @include'd files.
  void location_fields(const Location& where) {
    JsonWriter& w = w_;
    if (!where.valid()) return;
    std::uint32_t end_line = where.end_line, end_column = where.end_column;
    if (end_column > 1) {
      --end_column;
    } else if (end_line > where.line && end_line - 1 <= line_count(where.file)) {
      --end_line;  // the span ends with a line break: point at the last character before it
      end_column = static_cast<std::uint32_t>(line_length(where.file, end_line));
    }
    const Runs& r = runs();
    w.location_members(r.location, {where.line, where.column, end_line, end_column});
    if (where.file != 0 && where.file < sources_.files.size())
      w.member("file", sources_.files[where.file].path());
  }
  std::uint32_t line_count(std::uint32_t file) const {
    return file < sources_.files.size() ? sources_.files[file].line_count() : 0;
  }
  std::size_t line_length(std::uint32_t file, std::uint32_t line) const {
    return file < sources_.files.size() ? sources_.files[file].line_text(line).size() : 0;
  }

  void location(const Location& where) {
    w_.begin_object();
    location_fields(where);
    w_.end_object();
  }

  /// A relation's object, left open (for the locations).
  void relation(const Relation& r) {
    JsonWriter& w = w_;
    w.begin_object();
    const Runs& layout = runs();
    w.members(layout.relation_head[static_cast<std::size_t>(r.type)]);
    w.run_json(titles_.title(r.from));
    w.members(layout.relation_from[r.from.kind == ElementKind::Statement ? 0 : 1]);
    w.run_json(titles_.title(r.to));
    w.members(layout.relation_to[r.to.kind == ElementKind::Statement ? 0 : 1]);
  }

  /// `write` the value for `key` unless a copy of it at this depth was kept;
  /// then keep a copy of it when `keep`.
  template <typename Write>
  void copied(ValueCache& copies, std::size_t key, bool keep, Write write) {
    std::string_view copy = copies.find(key, w_.depth());
    if (!copy.empty()) return w_.value_bytes(copy);
    std::size_t mark = w_.mark();
    write();
    if (keep) copies.keep(key, w_.depth(), w_.written_since(mark));
  }

  /// An element's "relations" member ("[]" in its run when there are none).
  void relations_member(ElementRef e, const Runs& r) {
    if (relations_[slot(e)].empty()) return w_.members(r.no_relations);
    w_.members(r.relations);
    relations_of(e);
  }

  /// Each relation's object is written under both its ends, the same bytes at
  /// the same depth: the second is a copy of the first.
  void relations_of(ElementRef e) {
    JsonWriter& w = w_;
    w.begin_array();
    const auto list = relations_[slot(e)];
    if (!list.empty()) {
      const Runs& layout = runs();
      for (std::uint32_t i : list) {
        const Relation& r = model_.relations[i];
        bool twice = r.from != r.to && has_slot(r.from) && has_slot(r.to);
        copied(relation_copies_, i, twice, [&] {
          w.value_run(layout.relation_value_head[static_cast<std::size_t>(r.type)]);
          w.run_json(titles_.title(r.from));
          w.members(layout.relation_value_from[r.from.kind == ElementKind::Statement ? 0 : 1]);
          w.run_json(titles_.title(r.to));
          w.members(layout.relation_value_to[r.to.kind == ElementKind::Statement ? 0 : 1]);
        });
      }
    }
    w.end_array();
  }

  /// A member's fields, its object left open for more.
  /// `element_title`: the title as JSON (QuotedNames).
  void member_fields(const Occurrence& o, std::string_view element_title, bool argument) {
    JsonWriter& w = w_;
    w.begin_object();
    const Runs& r = runs();
    // Argdown gives every occurrence of an argument the role "argument-description".
    bool description = argument && o.role != StatementRole::Mention;
    w.members(r.member_head[static_cast<std::size_t>(o.role) + (description ? kRoles : 0)]);
    w.run_json(element_title);
    w.members(r.text);
    w.run_string(o.text);
    if (o.is_reference) w.members(r.is_reference);
    if (!o.tags.empty()) tags(o.tags, r);
    location_fields(o.where);
    if (!o.data.is_null()) {
      w.field("data");
      data(o.data);
    }
    if (o.section != kNoId) {
      w.members(r.section);
      w.run_json(titles_.section(o.section));
    }
  }

  /// A statement's member, with argumentTitle and inference when it is a PCS step.
  void statement_member(Id id, const Occurrence& o) {
    member_fields(o, titles_.statement(id), false);
    if (is_pcs_role(o.role)) {
      for (const Step& step : steps_[id]) {
        if (step.file == o.where.file && step.line == o.where.line) {
          step_fields(step.argument, step.index);
          break;
        }
      }
    }
    w_.end_object();
  }

  void step_fields(Id argument, std::size_t step) {
    const Argument& a = model_.arguments[argument];
    w_.members(runs().argument_title);
    w_.run_json(titles_.argument(argument));
    const auto& inference = a.pcs[step].inference;
    if (!inference) return;
    w_.field("inference");
    w_.begin_object();
    const Runs& r = runs();
    // "relations" is Argdown's: undercuts land on the argument instead.
    w_.members(r.inference_head[inference->rules.empty() ? 1 : 0]);
    if (!inference->rules.empty()) string_list(inference->rules);
    location_fields(inference->where);
    if (!inference->data.is_null()) {
      w_.field("data");
      data(inference->data);
    }
    if (step <= std::numeric_limits<std::uint32_t>::max())
      w_.number_members({&r.conclusion_index}, {static_cast<std::uint32_t>(step)});
    else
      w_.member_number("conclusionIndex", std::uint64_t{step});
    w_.members(r.argument_title);
    w_.run_json(titles_.argument(argument));
    w_.end_object();
  }

  /// A statement's member under `argument`'s PCS; a copy of it is kept when
  /// `keep` (the argument's own "pcs" is at the depth of the statements' members).
  /// `nested`: the same member written under the argument's member before,
  /// to copy rather than write again.
  void pcs_member(Id argument, std::size_t step, bool keep, std::string_view nested = {}) {
    const PcsStep& s = model_.arguments[argument].pcs[step];
    if (s.statement < model_.statements.size()) {
      const auto& occurrences = model_.statements[s.statement].occurrences;
      for (std::size_t i = 0; i < occurrences.size(); ++i) {
        const Occurrence& o = occurrences[i];
        if (is_pcs_role(o.role) && o.where.file == s.where.file && o.where.line == s.where.line)
          return copied(member_copies_, occurrence_start_[s.statement] + i, keep, [&] {
            if (!nested.empty())
              w_.value_bytes_from(nested, nested_depth_);
            else
              statement_member(s.statement, o);
          });
      }
    }
    if (!nested.empty()) return w_.value_bytes_from(nested, nested_depth_);
    // No occurrence recorded at the step: describe the step itself.
    static const std::string kNone;
    bool known = s.statement < model_.statements.size();
    w_.begin_object();
    w_.member_plain("type", "statement");
    w_.member_plain("role", role_name(s.role));
    w_.member("title", known ? model_.statements[s.statement].title : kNone);
    w_.member("text", known ? model_.statements[s.statement].text : kNone);
    location_fields(s.where);
    step_fields(argument, step);
    w_.end_object();
  }

  /// An argument's PCS: first (not `keep`) under its member, deeper, whose
  /// bytes are kept for the argument's own "pcs" (`keep`) to copy.
  void pcs(Id argument, bool keep) {
    const std::size_t steps = model_.arguments[argument].pcs.size();
    w_.begin_array();
    if (!keep) {
      nested_argument_ = argument;
      nested_depth_ = w_.depth();
      nested_bytes_.clear();
      nested_.assign(steps, {});
      for (std::size_t s = 0; s < steps; ++s) {
        std::size_t mark = w_.mark();
        pcs_member(argument, s, false);
        std::string_view written = w_.written_since(mark);
        nested_[s] = {nested_bytes_.size(), written.size()};
        nested_bytes_ += written;
      }
    } else {
      const bool nested = nested_argument_ == argument && nested_depth_ >= w_.depth();
      for (std::size_t s = 0; s < steps; ++s)
        pcs_member(argument, s, true,
                   nested
                       ? std::string_view(nested_bytes_).substr(nested_[s].first, nested_[s].second)
                       : std::string_view{});
    }
    w_.end_array();
  }

  void citations(const std::vector<Citation>& list) {
    w_.begin_array();
    for (const Citation& c : list) {
      w_.begin_object();
      w_.member("key", c.key);
      if (!c.page.empty()) w_.member("page", c.page);
      w_.member_bool("declared", model_.source_by_key.count(c.key) > 0);
      location_fields(c.where);
      w_.end_object();
    }
    w_.end_array();
  }

  void proponent(Id proponent) {
    if (proponent == kNoId) return;
    static const std::string kNone;
    w_.member("proponent",
              proponent < model_.proponents.size() ? model_.proponents[proponent].key : kNone);
  }

  void statement(Id id) {
    JsonWriter& w = w_;
    const Statement& s = model_.statements[id];
    w.begin_object();
    const Runs& r = runs();
    w.members(r.statement_head);
    w.run_json(titles_.statement(id));
    relations_member({ElementKind::Statement, id}, r);
    w.members(r.members);
    w.begin_array();
    bool top_level = false, relation_member = false;
    for (std::size_t i = 0; i < s.occurrences.size(); ++i) {
      const Occurrence& o = s.occurrences[i];
      if (is_pcs_role(o.role))  // written under its argument's PCS before
        copied(member_copies_, occurrence_start_[id] + i, false, [&] { statement_member(id, o); });
      else
        statement_member(id, o);
      top_level |= o.role == StatementRole::TopLevel;
      relation_member |= o.role == StatementRole::RelationMember;
    }
    w.end_array();
    if (!s.tags.empty()) tags(s.tags, r);
    if (!s.data.is_null()) {
      w.field("data");
      data(s.data);
    }
    if (s.section != kNoId) {
      w.members(r.section);
      w.run_json(titles_.section(s.section));
    }
    // The isUsedAs... flags, then argmap's additions.
    w.members(r.statement_used[(top_level ? 1 : 0) | (s.used_as_intermediate_conclusion ? 2 : 0) |
                               (s.used_as_main_conclusion ? 4 : 0) | (s.used_as_premise ? 8 : 0) |
                               (relation_member ? 16 : 0)]);
    w.run_string(s.text);
    w.members(r.statement_tail[(s.auto_title ? 1 : 0) | (s.is_evidence ? 2 : 0) |
                               (s.citations.empty() ? 4 : 0)]);
    if (!s.citations.empty()) citations(s.citations);
    proponent(s.proponent);
    w.end_object();
  }

  void argument(Id id) {
    JsonWriter& w = w_;
    const Argument& a = model_.arguments[id];
    w.begin_object();
    const Runs& r = runs();
    w.members(r.argument_head);
    w.run_json(titles_.argument(id));
    relations_member({ElementKind::Argument, id}, r);
    // Argdown also hangs the PCS on the argument's occurrence it follows.
    std::size_t owner = a.occurrences.size();
    for (std::size_t i = 0; i < a.occurrences.size() && a.pcs_where.valid(); ++i) {
      const Location& w = a.occurrences[i].where;
      if (w.file == a.pcs_where.file && w.line < a.pcs_where.line) owner = i;
    }
    w.members(r.members);
    w.begin_array();
    for (std::size_t i = 0; i < a.occurrences.size(); ++i) {
      member_fields(a.occurrences[i], titles_.argument(id), true);
      if (i == owner) {
        w.field("pcs");
        pcs(id, false);  // deeper than the statements' members: no copy to keep
      }
      w.end_object();
    }
    w.end_array();
    w.field("pcs");
    pcs(id, true);
    if (!a.tags.empty()) {
      w.field("tags");
      string_list(a.tags);
    }
    if (!a.data.is_null()) {
      w.field("data");
      data(a.data);
    }
    if (a.section != kNoId) {
      w.members(r.section);
      w.run_json(titles_.section(a.section));
    }
    location_fields(a.pcs_where);  // Argdown: the argument's location is its PCS
    // argmap's additions.
    w.member("description", a.description);
    w.member_bool("isAutoTitle", a.auto_title);
    w.field("citations");
    citations(a.citations);
    proponent(a.proponent);
    w.end_object();
  }

  /// The section tree; sections come parents first. Written depth first with an
  /// explicit stack: headings may nest as deep as their '#' runs are long.
  void sections() {
    const auto n = model_.sections.size();
    std::vector<std::vector<Id>> children(n);
    std::vector<Id> roots;
    for (Id i = 0; i < n; ++i) {
      Id parent = model_.sections[i].parent;
      (parent < i ? children[parent] : roots).push_back(i);
    }
    w_.begin_array();
    struct Open {
      Id section;
      std::size_t next_child;
    };
    std::vector<Open> stack;
    for (Id root : roots) {
      open_section(root);
      stack.push_back({root, 0});
      while (!stack.empty()) {
        Open& top = stack.back();
        const auto& kids = children[top.section];
        if (top.next_child < kids.size()) {
          Id child = kids[top.next_child++];
          open_section(child);
          stack.push_back({child, 0});
          continue;
        }
        close_section(top.section);
        stack.pop_back();
      }
    }
    w_.end_array();
  }
  /// A section's fields up to its children, the children's array left open.
  void open_section(Id i) {
    const Section& s = model_.sections[i];
    w_.begin_object();
    w_.member_plain("type", "section");
    w_.member("id", s.id);
    w_.member_number("level", s.level);
    w_.member("title", s.title);
    w_.field("children");
    w_.begin_array();
  }
  void close_section(Id i) {
    const Section& s = model_.sections[i];
    w_.end_array();
    if (!s.tags.empty()) {
      w_.field("tags");
      string_list(s.tags);
    }
    location_fields(s.where);
    if (!s.data.is_null()) {
      w_.field("data");
      data(s.data);
    }
    if (s.parent < model_.sections.size()) w_.member("parent", model_.sections[s.parent].id);
    w_.end_object();
  }

  void tags() {
    w_.begin_object();
    for (std::size_t i = 0; i < model_.tags.size(); ++i) {
      const Tag& t = model_.tags[i];
      w_.key(t.name);
      w_.begin_object();
      w_.member("tag", t.name);
      w_.member("cssClass", css_class(t.name));
      w_.member_number("occurrenceIndex", std::uint64_t{i});
      if (!t.color.empty()) w_.member("color", t.color);
      w_.end_object();
    }
    w_.end_object();
  }

  void bibliography() {
    w_.begin_object();
    for (const Source& s : model_.sources) {
      w_.key(s.key);
      w_.begin_object();
      w_.member("key", s.key);
      auto optional = [&](const auto& name, const std::string& value) {
        if (!value.empty()) w_.member(name, value);
      };
      optional("author", s.author);
      optional("year", s.year);
      optional("title", s.title);
      optional("url", s.url);
      optional("publisher", s.publisher);
      optional("note", s.note);
      if (!s.entry.is_null()) {
        w_.field("entry");
        data(s.entry);
      }
      location_fields(s.where);
      w_.end_object();
    }
    w_.end_object();
  }

  void proponents() {
    w_.begin_object();
    for (const Proponent& p : model_.proponents) {
      w_.key(p.key);
      w_.begin_object();
      w_.member("key", p.key);
      w_.member("label", p.label);
      if (!p.color.empty()) w_.member("color", p.color);
      w_.member_bool("declared", p.declared);
      location_fields(p.where);
      w_.end_object();
    }
    w_.end_object();
  }

  const Model& model_;
  const SourceSet& sources_;
  /// The busiest functions take it as a local `w`: this member would be
  /// loaded again after every byte stored (a char store may alias it).
  JsonWriter& w_;
  FlatLists<std::uint32_t> relations_;  ///< each element's relations, by slot()
  FlatLists<Step> steps_;               ///< each statement's PCS steps
  ValueCache relation_copies_;          ///< by relation
  QuotedNames titles_;                  ///< titles and section ids
  /// Each statement's first occurrence in the numbering of all occurrences.
  std::vector<std::size_t> occurrence_start_;
  ValueCache member_copies_;                 ///< PCS members, by occurrence
  std::vector<std::unique_ptr<Runs>> runs_;  ///< by depth, made on first use
  /// The last PCS written under an argument's member: its members' bytes
  /// (offset and length in nested_bytes_ by step; empty when not kept) and depth.
  Id nested_argument_ = kNoId;
  std::size_t nested_depth_ = 0;
  std::string nested_bytes_;
  std::vector<std::pair<std::size_t, std::size_t>> nested_;
};

}  // namespace

std::string export_json(const Model& model, const SourceSet& sources) {
  std::string out;
  {
    JsonWriter writer(out);
    Exporter(model, sources, writer).write();
  }
  return out;
}

bool write_json(const Model& model, const SourceSet& sources,
                const std::function<bool(std::string_view)>& sink) {
  JsonWriter writer(sink);
  Exporter(model, sources, writer).write();
  writer.flush();
  return writer.ok();
}

}  // namespace argmap
