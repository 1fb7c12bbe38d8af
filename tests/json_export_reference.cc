// The JSON exporter as it was before the streaming writer: an nlohmann DOM per
// element, dumped with an indent of 2. Kept (for tests only) as the reference the
// streaming writer must match byte for byte.
#include "json_export_reference.h"

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <utility>

namespace argmap::reference {
namespace {

using Json = nlohmann::ordered_json;

/// Adds `key` to an object without nlohmann's linear duplicate search: titles
/// and keys are unique, and 50k statements must not cost 50k² comparisons.
void append(Json& object, std::string key, Json value) {
  if (!object.is_object()) object = Json::object();
  object.get_ref<Json::object_t&>().emplace_back(std::move(key), std::move(value));
}

Json to_json(const Data& data) {
  switch (data.kind) {
    case Data::Kind::Null:
      return nullptr;
    case Data::Kind::Bool:
      return data.boolean;
    case Data::Kind::Int:
      return data.integer;
    case Data::Kind::Float:
      return data.number;
    case Data::Kind::String:
      return data.string;
    case Data::Kind::List: {
      Json list = Json::array();
      for (const Data& item : data.items) list.push_back(to_json(item));
      return list;
    }
    case Data::Kind::Map: {
      Json map = Json::object();
      for (const auto& [key, value] : data.fields) map[key] = to_json(value);  // later keys win
      return map;
    }
  }
  return nullptr;
}

const char* relation_type_name(RelationType type) {
  switch (type) {
    case RelationType::Support:
      return "support";
    case RelationType::Attack:
      return "attack";
    case RelationType::Undercut:
      return "undercut";
    case RelationType::Contradiction:
      return "contradictory";
    case RelationType::Entails:
      return "entails";
    case RelationType::Contrary:
      return "contrary";
  }
  return "support";
}

const char* role_name(StatementRole role) {
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
    case StatementRole::ArgumentReference:
      return "argument-description";
    case StatementRole::Mention:
      return "mention";  // argmap: Argdown keeps no mentions
  }
  return "top-level-statement";
}

const char* element_type_name(ElementKind kind) {
  return kind == ElementKind::Statement ? "equivalence-class" : "argument";
}

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

/// An empty object with room for `fields` members: ordered_json objects are
/// vectors, and growing one field at a time reallocates five times.
Json object(std::size_t fields) {
  Json j = Json::object();
  j.get_ref<Json::object_t&>().reserve(fields);
  return j;
}

std::string dump(const Json& j, int indent) {
  // Invalid UTF-8 (already reported by the front end) must not abort the export.
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

/// Appends `j` as dumping with an indent of 2 would write it nested `depth`
/// spaces deep. This is what basic_json::dump does, with a starting indent:
/// nlohmann's serializer takes one (detail API, stable across 3.x).
void append_dumped(std::string& out, const Json& j, unsigned depth) {
  nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                                                Json::error_handler_t::replace);
  serializer.dump(j, true, false, 2, depth);
}

/// `  "name": ` at the top level.
void open_member(std::string& out, const std::string& name) {
  out += "  ";
  out += dump(Json(name), -1);
  out += ": ";
}

/// A top-level object whose members are made one at a time by `make(i)`, which
/// returns the key and the value.
template <typename Make>
void write_keyed(std::string& out, const std::string& name, std::size_t count, Make make) {
  open_member(out, name);
  if (count == 0) {
    out += "{}";
    return;
  }
  out += "{\n";
  for (std::size_t i = 0; i < count; ++i) {
    if (i) out += ",\n";
    auto [key, value] = make(i);
    out += "    ";
    out += dump(Json(key.get()), -1);
    out += ": ";
    append_dumped(out, value, 4);
  }
  out += "\n  }";
}

bool is_pcs_role(StatementRole role) {
  return role == StatementRole::Premise || role == StatementRole::IntermediateConclusion ||
         role == StatementRole::MainConclusion;
}

class Exporter {
 public:
  Exporter(const Model& model, const SourceSet& sources) : model_(model), sources_(sources) {
    index_pcs_steps();
    for (std::size_t i = 0; i < model_.relations.size(); ++i) {
      relation_json_.push_back(relation(model_.relations[i]));
      touching(model_.relations[i].from).push_back(i);
      if (model_.relations[i].to != model_.relations[i].from)
        touching(model_.relations[i].to).push_back(i);
    }
  }

  /// Streams the document into `out`, one element at a time: a DOM of a 50k
  /// statement map would take most of a gigabyte. The bytes are those that
  /// dumping the whole document with an indent of 2 would give.
  void write(std::string& out) const {
    out += "{\n";
    write_keyed(out, "arguments", model_.arguments.size(), [&](std::size_t i) {
      return std::pair(std::cref(model_.arguments[i].title), argument(static_cast<Id>(i)));
    });
    out += ",\n";
    write_keyed(out, "statements", model_.statements.size(), [&](std::size_t i) {
      return std::pair(std::cref(model_.statements[i].title), statement(static_cast<Id>(i)));
    });
    out += ",\n";
    open_member(out, "relations");
    if (model_.relations.empty()) {
      out += "[]";
    } else {
      out += "[\n";
      for (std::size_t i = 0; i < model_.relations.size(); ++i) {
        if (i) out += ",\n";
        out += "    ";
        Json r = relation_json_[i];
        Json places = Json::array();
        for (const Location& where : model_.relations[i].where) places.push_back(location(where));
        r["locations"] = std::move(places);  // argmap; left out of the copies inside elements
        append_dumped(out, r, 4);
      }
      out += "\n  ]";
    }
    for (auto [name, value] : {std::pair{"sections", sections()},
                               {"tags", tags()},
                               {"sources", bibliography()},
                               {"proponents", proponents()}}) {
      out += ",\n";
      open_member(out, name);
      append_dumped(out, value, 2);
    }
    out += "\n}\n";
  }

 private:
  std::vector<std::size_t>& touching(ElementRef e) {
    auto& lists = e.kind == ElementKind::Statement ? statement_relations_ : argument_relations_;
    if (lists.size() <= e.id) lists.resize(std::size_t{e.id} + 1);
    return lists[e.id];
  }

  /// Which argument and step each PCS occurrence of a statement belongs to, keyed
  /// by the statement and the line the step starts on (the step starts at "(1)",
  /// the occurrence at its text; a statement cannot be two steps of one line).
  void index_pcs_steps() {
    for (Id a = 0; a < model_.arguments.size(); ++a) {
      const auto& pcs = model_.arguments[a].pcs;
      for (std::size_t s = 0; s < pcs.size(); ++s)
        steps_.emplace(std::make_tuple(pcs[s].statement, pcs[s].where.file, pcs[s].where.line),
                       std::make_pair(a, s));
    }
  }

  /// Argdown's startLine, startColumn, endLine, endColumn; its end column is the
  /// last character (inclusive), ours is one past it. "file" (argmap) only for
  /// @include'd files.
  void add_location(Json& j, const Location& where) const {
    if (!where.valid()) return;
    std::uint32_t end_line = where.end_line, end_column = where.end_column;
    if (end_column > 1) {
      --end_column;
    } else if (end_line > where.line && end_line - 1 <= line_count(where.file)) {
      --end_line;  // the span ends with a line break: point at the last character before it
      end_column = static_cast<std::uint32_t>(line_length(where.file, end_line));
    }
    j["startLine"] = where.line;
    j["startColumn"] = where.column;
    j["endLine"] = end_line;
    j["endColumn"] = end_column;
    if (where.file != 0 && where.file < sources_.files.size())
      j["file"] = sources_.files[where.file].path();
  }
  std::uint32_t line_count(std::uint32_t file) const {
    return file < sources_.files.size() ? sources_.files[file].line_count() : 0;
  }
  std::size_t line_length(std::uint32_t file, std::uint32_t line) const {
    return file < sources_.files.size() ? sources_.files[file].line_text(line).size() : 0;
  }

  Json location(const Location& where) const {
    Json j = object(5);
    add_location(j, where);
    return j;
  }

  std::string title(ElementRef e) const {
    static const std::string kMissing;
    bool ok = e.kind == ElementKind::Statement ? e.id < model_.statements.size()
                                               : e.id < model_.arguments.size();
    return ok ? std::string(model_.title(e)) : kMissing;
  }

  Json relation(const Relation& r) const {
    Json j = object(7);
    j["type"] = "relation";
    j["relationType"] = relation_type_name(r.type);
    j["from"] = title(r.from);
    j["fromType"] = element_type_name(r.from.kind);
    j["to"] = title(r.to);
    j["toType"] = element_type_name(r.to.kind);
    return j;
  }

  Json relations_of(ElementRef e) const {
    const auto& lists =
        e.kind == ElementKind::Statement ? statement_relations_ : argument_relations_;
    Json list = Json::array();
    if (e.id < lists.size())
      for (std::size_t i : lists[e.id]) list.push_back(relation_json_[i]);
    return list;
  }

  std::string section_id(Id section) const {
    return section < model_.sections.size() ? model_.sections[section].id : "";
  }

  Json member(const Occurrence& o, const std::string& element_title, bool argument) const {
    Json j = object(20);
    j["type"] = "statement";
    // Argdown gives every occurrence of an argument the role "argument-description".
    bool description = argument && o.role != StatementRole::Mention;
    j["role"] = description ? "argument-description" : role_name(o.role);
    if (o.role == StatementRole::TopLevel) j["isTopLevel"] = true;
    j["title"] = element_title;
    j["text"] = o.text;
    if (o.is_reference) j["isReference"] = true;
    if (!o.tags.empty()) j["tags"] = o.tags;
    add_location(j, o.where);
    if (!o.data.is_null()) j["data"] = to_json(o.data);
    if (o.section != kNoId) j["section"] = section_id(o.section);
    return j;
  }

  /// A statement's member, with argumentTitle and inference when it is a PCS step.
  Json statement_member(Id id, const Occurrence& o) const {
    Json j = member(o, std::string(model_.statements[id].title), false);
    if (!is_pcs_role(o.role)) return j;
    auto it = steps_.find(std::make_tuple(id, o.where.file, o.where.line));
    if (it != steps_.end()) add_step_fields(j, it->second.first, it->second.second);
    return j;
  }

  void add_step_fields(Json& j, Id argument, std::size_t step) const {
    const Argument& a = model_.arguments[argument];
    j["argumentTitle"] = a.title;
    const auto& inference = a.pcs[step].inference;
    if (!inference) return;
    Json inf = object(9);
    inf["type"] = "inference";
    inf["relations"] = Json::array();  // Argdown's: undercuts land on the argument instead
    inf["inferenceRules"] = inference->rules;
    add_location(inf, inference->where);
    if (!inference->data.is_null()) inf["data"] = to_json(inference->data);
    inf["conclusionIndex"] = step;
    inf["argumentTitle"] = a.title;
    j["inference"] = std::move(inf);
  }

  Json pcs_member(Id argument, std::size_t step) const {
    const PcsStep& s = model_.arguments[argument].pcs[step];
    if (s.statement < model_.statements.size()) {
      for (const Occurrence& o : model_.statements[s.statement].occurrences)
        if (is_pcs_role(o.role) && o.where.file == s.where.file && o.where.line == s.where.line)
          return statement_member(s.statement, o);
    }
    // No occurrence recorded at the step: describe the step itself.
    Json j = object(20);
    j["type"] = "statement";
    j["role"] = role_name(s.role);
    j["title"] = s.statement < model_.statements.size() ? model_.statements[s.statement].title : "";
    j["text"] = s.statement < model_.statements.size() ? model_.statements[s.statement].text : "";
    add_location(j, s.where);
    add_step_fields(j, argument, step);
    return j;
  }

  Json citations(const std::vector<Citation>& list) const {
    Json out = Json::array();
    for (const Citation& c : list) {
      Json j = object(10);
      j["key"] = c.key;
      if (!c.page.empty()) j["page"] = c.page;
      j["declared"] = model_.source_by_key.count(c.key) > 0;
      add_location(j, c.where);
      out.push_back(std::move(j));
    }
    return out;
  }

  std::string proponent_key(Id proponent) const {
    return proponent < model_.proponents.size() ? model_.proponents[proponent].key : "";
  }

  Json statement(Id id) const {
    const Statement& s = model_.statements[id];
    Json j = object(20);
    j["type"] = "equivalence-class";
    j["title"] = s.title;
    j["relations"] = relations_of({ElementKind::Statement, id});
    Json members = Json::array();
    bool top_level = false, relation_member = false;
    for (const Occurrence& o : s.occurrences) {
      members.push_back(statement_member(id, o));
      top_level |= o.role == StatementRole::TopLevel;
      relation_member |= o.role == StatementRole::RelationMember;
    }
    j["members"] = std::move(members);
    if (!s.tags.empty()) j["tags"] = s.tags;
    if (!s.data.is_null()) j["data"] = to_json(s.data);
    if (s.section != kNoId) j["section"] = section_id(s.section);
    j["isUsedAsTopLevelStatement"] = top_level;
    j["isUsedAsIntermediaryConclusion"] = s.used_as_intermediate_conclusion;
    j["isUsedAsMainConclusion"] = s.used_as_main_conclusion;
    j["isUsedAsPremise"] = s.used_as_premise;
    j["isUsedAsRelationStatement"] = relation_member;
    // argmap's additions.
    j["text"] = s.text;
    j["isAutoTitle"] = s.auto_title;
    j["isEvidence"] = s.is_evidence;
    j["citations"] = citations(s.citations);
    if (s.proponent != kNoId) j["proponent"] = proponent_key(s.proponent);
    return j;
  }

  Json argument(Id id) const {
    const Argument& a = model_.arguments[id];
    Json j = object(20);
    j["type"] = "argument";
    j["title"] = a.title;
    j["relations"] = relations_of({ElementKind::Argument, id});
    Json pcs = Json::array();
    for (std::size_t s = 0; s < a.pcs.size(); ++s) pcs.push_back(pcs_member(id, s));
    // Argdown also hangs the PCS on the argument's occurrence it follows.
    std::size_t owner = a.occurrences.size();
    for (std::size_t i = 0; i < a.occurrences.size() && a.pcs_where.valid(); ++i) {
      const Location& w = a.occurrences[i].where;
      if (w.file == a.pcs_where.file && w.line < a.pcs_where.line) owner = i;
    }
    Json members = Json::array();
    for (std::size_t i = 0; i < a.occurrences.size(); ++i) {
      members.push_back(member(a.occurrences[i], std::string(a.title), true));
      if (i == owner) members.back()["pcs"] = pcs;
    }
    j["members"] = std::move(members);
    j["pcs"] = std::move(pcs);
    if (!a.tags.empty()) j["tags"] = a.tags;
    if (!a.data.is_null()) j["data"] = to_json(a.data);
    if (a.section != kNoId) j["section"] = section_id(a.section);
    add_location(j, a.pcs_where);  // Argdown: the argument's location is its PCS
    // argmap's additions.
    j["description"] = a.description;
    j["isAutoTitle"] = a.auto_title;
    j["citations"] = citations(a.citations);
    if (a.proponent != kNoId) j["proponent"] = proponent_key(a.proponent);
    return j;
  }

  /// The section tree; sections come parents first, so children attach in order.
  Json sections() const {
    const auto n = model_.sections.size();
    std::vector<std::vector<Id>> children(n);
    std::vector<Id> roots;
    for (Id i = 0; i < n; ++i) {
      Id parent = model_.sections[i].parent;
      (parent < i ? children[parent] : roots).push_back(i);
    }
    // Children before parents (reverse order), so each subtree is built once.
    std::vector<Json> built(n);
    for (Id i = static_cast<Id>(n); i-- > 0;) {
      const Section& s = model_.sections[i];
      Json j = object(10);
      j["type"] = "section";
      j["id"] = s.id;
      j["level"] = s.level;
      j["title"] = s.title;
      Json kids = Json::array();
      for (Id c : children[i]) kids.push_back(std::move(built[c]));
      j["children"] = std::move(kids);
      if (!s.tags.empty()) j["tags"] = s.tags;
      add_location(j, s.where);
      if (!s.data.is_null()) j["data"] = to_json(s.data);
      if (s.parent < n) j["parent"] = model_.sections[s.parent].id;
      built[i] = std::move(j);
    }
    Json out = Json::array();
    for (Id r : roots) out.push_back(std::move(built[r]));
    return out;
  }

  Json tags() const {
    Json out = Json::object();
    for (std::size_t i = 0; i < model_.tags.size(); ++i) {
      const Tag& t = model_.tags[i];
      Json j = object(10);
      j["tag"] = t.name;
      j["cssClass"] = css_class(t.name);
      j["occurrenceIndex"] = i;
      if (!t.color.empty()) j["color"] = t.color;
      append(out, t.name, std::move(j));
    }
    return out;
  }

  Json bibliography() const {
    Json out = Json::object();
    for (const Source& s : model_.sources) {
      Json j = object(10);
      j["key"] = s.key;
      for (const auto& [name, value] : {std::pair{"author", &s.author},
                                        {"year", &s.year},
                                        {"title", &s.title},
                                        {"url", &s.url},
                                        {"publisher", &s.publisher},
                                        {"note", &s.note}})
        if (!value->empty()) j[name] = *value;
      if (!s.entry.is_null()) j["entry"] = to_json(s.entry);
      add_location(j, s.where);
      append(out, s.key, std::move(j));
    }
    return out;
  }

  Json proponents() const {
    Json out = Json::object();
    for (const Proponent& p : model_.proponents) {
      Json j = object(10);
      j["key"] = p.key;
      j["label"] = p.label;
      if (!p.color.empty()) j["color"] = p.color;
      j["declared"] = p.declared;
      add_location(j, p.where);
      append(out, p.key, std::move(j));
    }
    return out;
  }

  const Model& model_;
  const SourceSet& sources_;
  std::vector<Json> relation_json_;
  std::vector<std::vector<std::size_t>> statement_relations_, argument_relations_;
  std::map<std::tuple<Id, std::uint32_t, std::uint32_t>, std::pair<Id, std::size_t>> steps_;
};

}  // namespace

std::string export_json_dom(const Model& model, const SourceSet& sources) {
  std::string out;
  // Argdown's shape takes about 14 bytes of JSON per byte of map; reserving that
  // spares the doublings (and their copies) of a 100 MB string.
  std::size_t text = 0;
  for (const SourceFile& file : sources.files) text += file.text().size();
  out.reserve(std::min<std::size_t>(text * 16, std::size_t{1} << 31));
  Exporter(model, sources).write(out);
  return out;
}

}  // namespace argmap::reference
