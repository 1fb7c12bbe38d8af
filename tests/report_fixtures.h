// Hand-built models for the handout tests: each element gets an occurrence on the next
// line, so source order is declaration order, as the front end would give it.
#pragma once

#include <string>

#include "model.h"

namespace argmap::testing_fixtures {

class ModelBuilder {
 public:
  Model model;

  ElementRef statement(const std::string& title, const std::string& text, Id proponent = kNoId,
                       Id section = kNoId) {
    Statement s;
    s.title = model.keep(title);
    s.text = model.keep(text);
    s.proponent = proponent;
    s.section = section;
    s.occurrences.push_back(occurrence(text, section));
    model.statements.push_back(std::move(s));
    Id id = static_cast<Id>(model.statements.size() - 1);
    model.statement_by_title.try_emplace(title, id);
    return {ElementKind::Statement, id};
  }

  ElementRef evidence(const std::string& title, const std::string& text, Id section = kNoId) {
    ElementRef e = statement(title, text, kNoId, section);
    model.statements[e.id].is_evidence = true;
    return e;
  }

  ElementRef argument(const std::string& title, const std::string& description,
                      Id proponent = kNoId, Id section = kNoId) {
    Argument a;
    a.title = model.keep(title);
    a.description = model.keep(description);
    a.proponent = proponent;
    a.section = section;
    a.occurrences.push_back(occurrence(description, section));
    model.arguments.push_back(std::move(a));
    Id id = static_cast<Id>(model.arguments.size() - 1);
    model.argument_by_title.try_emplace(title, id);
    return {ElementKind::Argument, id};
  }

  /// Gives `argument` a premise-conclusion structure: premises, then the main conclusion.
  void pcs(ElementRef argument, std::vector<ElementRef> premises, ElementRef conclusion) {
    Argument& a = model.arguments[argument.id];
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

  Id section(const std::string& title, Id parent = kNoId) {
    Section s;
    s.id = "s" + std::to_string(model.sections.size() + 1);
    s.title = title;
    s.parent = parent;
    s.level = parent == kNoId ? 1 : model.sections[parent].level + 1;
    s.where = next_location();
    model.sections.push_back(std::move(s));
    return static_cast<Id>(model.sections.size() - 1);
  }

  Id proponent(const std::string& key, const std::string& label) {
    model.proponents.push_back({key, label, "", true, {}});
    Id id = static_cast<Id>(model.proponents.size() - 1);
    model.proponent_by_key[key] = id;
    return id;
  }

  Id source(const std::string& key, const std::string& author, const std::string& year,
            const std::string& title) {
    Source s;
    s.key = key;
    s.author = author;
    s.year = year;
    s.title = title;
    model.sources.push_back(std::move(s));
    Id id = static_cast<Id>(model.sources.size() - 1);
    model.source_by_key[key] = id;
    return id;
  }

  void cite(ElementRef element, const std::string& key, const std::string& page = "") {
    auto it = model.source_by_key.find(key);
    Citation c{key, it == model.source_by_key.end() ? kNoId : it->second, page, {}};
    (element.kind == ElementKind::Statement ? model.statements[element.id].citations
                                            : model.arguments[element.id].citations)
        .push_back(c);
  }

 private:
  std::uint32_t line_ = 0;

  Location next_location() {
    ++line_;
    return {0, line_, 1, line_, 2};
  }
  Occurrence occurrence(const std::string& text, Id section) {
    Occurrence o;
    o.text = model.keep(text);
    o.section = section;
    o.where = next_location();
    return o;
  }
};

}  // namespace argmap::testing_fixtures
