// Hand-built models for the view and render tests: a few lines per map, so each
// test states exactly the statements, arguments and relations it draws.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace argmap::testing_maps {

class MapBuilder {
 public:
  Model model;

  ElementRef statement(const std::string& title, const std::string& text = "",
                       std::vector<std::string> tags = {}) {
    Statement s;
    s.title = model.keep(title);
    s.text = model.keep(text);
    for (const auto& t : tags) s.tags.push_back(model.keep(t));
    Occurrence o;
    o.role = StatementRole::TopLevel;
    o.text = s.text;
    s.occurrences.push_back(o);
    for (const auto& t : tags) add_tag(t);
    Id id = static_cast<Id>(model.statements.size());
    model.statement_by_title.try_emplace(title, id);
    model.statements.push_back(std::move(s));
    return {ElementKind::Statement, id};
  }

  ElementRef untitled(const std::string& text) {
    ElementRef e = statement("Untitled " + std::to_string(++untitled_), text);
    model.statements[e.id].auto_title = true;
    return e;
  }

  ElementRef argument(const std::string& title, const std::string& description = "",
                      std::vector<std::string> tags = {}) {
    Argument a;
    a.title = model.keep(title);
    a.description = model.keep(description);
    for (const auto& t : tags) a.tags.push_back(model.keep(t));
    for (const auto& t : tags) add_tag(t);
    Id id = static_cast<Id>(model.arguments.size());
    model.argument_by_title.try_emplace(title, id);
    model.arguments.push_back(std::move(a));
    return {ElementKind::Argument, id};
  }

  /// A premise-conclusion structure: premises, one inference, the main conclusion.
  void pcs(ElementRef argument, const std::vector<ElementRef>& premises, ElementRef conclusion) {
    auto& a = model.arguments[argument.id];
    for (ElementRef p : premises) {
      a.pcs.push_back({p.id, StatementRole::Premise, std::nullopt, {}});
      model.statements[p.id].used_as_premise = true;
    }
    a.pcs.push_back({conclusion.id, StatementRole::MainConclusion, Inference{}, {}});
    model.statements[conclusion.id].used_as_main_conclusion = true;
  }

  void relate(RelationType type, ElementRef from, ElementRef to) {
    model.relations.push_back({type, from, to, {}});
  }
  void support(ElementRef from, ElementRef to) { relate(RelationType::Support, from, to); }
  void attack(ElementRef from, ElementRef to) { relate(RelationType::Attack, from, to); }

  Id section(const std::string& title, int level, Id parent = kNoId) {
    Section s;
    s.id = "s" + std::to_string(model.sections.size() + 1);
    s.title = title;
    s.level = level;
    s.parent = parent;
    model.sections.push_back(std::move(s));
    return static_cast<Id>(model.sections.size() - 1);
  }
  void place(ElementRef e, Id section) {
    if (e.kind == ElementKind::Statement)
      model.statements[e.id].section = section;
    else
      model.arguments[e.id].section = section;
  }

  Id proponent(const std::string& key, const std::string& label, const std::string& color = "") {
    model.proponents.push_back({key, label, color, true, {}});
    Id id = static_cast<Id>(model.proponents.size() - 1);
    model.proponent_by_key[key] = id;
    return id;
  }
  void assert_by(ElementRef e, Id proponent) {
    if (e.kind == ElementKind::Statement)
      model.statements[e.id].proponent = proponent;
    else
      model.arguments[e.id].proponent = proponent;
  }

  Id source(const std::string& key, const std::string& author, const std::string& year) {
    Source s;
    s.key = key;
    s.author = author;
    s.year = year;
    model.sources.push_back(std::move(s));
    Id id = static_cast<Id>(model.sources.size() - 1);
    model.source_by_key[key] = id;
    return id;
  }
  ElementRef evidence(const std::string& title, const std::string& text, const std::string& key,
                      const std::string& page) {
    ElementRef e = statement(title, text);
    auto& s = model.statements[e.id];
    s.is_evidence = true;
    auto it = model.source_by_key.find(key);
    s.citations.push_back({key, it == model.source_by_key.end() ? kNoId : it->second, page, {}});
    return e;
  }

  /// Sets {key: value} on an element's data.
  void data(ElementRef e, const std::string& key, Data value) {
    Data& d = e.kind == ElementKind::Statement ? model.statements[e.id].data.edit()
                                               : model.arguments[e.id].data.edit();
    d.kind = Data::Kind::Map;
    d.fields.emplace_back(key, std::move(value));
  }

 private:
  int untitled_ = 0;
  void add_tag(const std::string& t) {
    for (const auto& tag : model.tags)
      if (tag.name == t) return;
    model.tags.push_back({t, ""});
  }
};

inline Data boolean(bool b) {
  Data d;
  d.kind = Data::Kind::Bool;
  d.boolean = b;
  return d;
}

}  // namespace argmap::testing_maps
