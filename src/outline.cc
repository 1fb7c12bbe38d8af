// The debate as nested lists (see outline.h).
#include "outline.h"

#include "relation_words.h"

#include <algorithm>
#include <map>
#include <set>

namespace argmap {

namespace {

bool is_support(RelationType type) {
  return type == RelationType::Support || type == RelationType::Entails;
}

/// Directed relations that put their source "below" their target in the debate.
/// Contradictions are symmetric and do not make either side subordinate.
bool subordinates(RelationType type) {
  return type != RelationType::Contradiction;
}

struct Child {
  ElementRef element;
  OutlineRole role;
  RelationType relation;
};

/// For each element, what is listed beneath it: premises, then supports, then objections.
std::map<ElementRef, std::vector<Child>> children_of(const Model& model) {
  std::map<ElementRef, std::vector<Child>> premises, supports, objections;
  std::set<std::pair<ElementRef, ElementRef>> supported;  // (from, to) support pairs
  for (const Relation& r : model.relations) {
    if (is_support(r.type)) {
      supports[r.to].push_back({r.from, OutlineRole::Support, r.type});
      supported.insert({r.from, r.to});
    } else {
      objections[r.to].push_back({r.from, OutlineRole::Objection, r.type});
      if (r.type == RelationType::Contradiction)
        objections[r.from].push_back({r.to, OutlineRole::Objection, r.type});
    }
  }
  for (Id a = 0; a < model.arguments.size(); ++a) {
    ElementRef arg{ElementKind::Argument, a};
    for (const PcsStep& step : model.arguments[a].pcs)
      if (step.role == StatementRole::Premise)
        premises[arg].push_back({{ElementKind::Statement, step.statement},
                                 OutlineRole::Premise,
                                 RelationType::Support});
    // A reconstructed argument supports its main conclusion even if no relation says so.
    Id conclusion = model.arguments[a].main_conclusion();
    ElementRef target{ElementKind::Statement, conclusion};
    if (conclusion != kNoId && !supported.count({arg, target}))
      supports[target].push_back({arg, OutlineRole::Support, RelationType::Support});
  }
  std::map<ElementRef, std::vector<Child>> out;
  for (auto* part : {&premises, &supports, &objections})
    for (auto& [element, list] : *part)
      out[element].insert(out[element].end(), list.begin(), list.end());
  for (auto& [element, list] : out) {
    // Contradictions declared both ways list the other side once.
    std::set<std::pair<ElementRef, int>> seen;
    std::erase_if(list, [&](const Child& c) {
      return !seen.insert({c.element, static_cast<int>(c.role)}).second;
    });
  }
  return out;
}

}  // namespace

std::vector<ElementRef> thesis_like(const Model& model) {
  std::set<ElementRef> below;
  for (const Relation& r : model.relations)
    if (subordinates(r.type)) below.insert(r.from);
  for (Id a = 0; a < model.arguments.size(); ++a)
    if (model.arguments[a].main_conclusion() != kNoId) below.insert({ElementKind::Argument, a});
  std::vector<ElementRef> out;
  for (ElementRef e : all_elements(model)) {
    if (below.count(e)) continue;
    if (e.kind == ElementKind::Statement) {
      const Statement& s = model.statements[e.id];
      if (s.used_as_premise || s.used_as_intermediate_conclusion) continue;
    }
    out.push_back(e);
  }
  return out;
}

Outline build_outline(const Model& model) {
  const auto children = children_of(model);
  std::set<ElementRef> listed;  // elements already listed in full
  std::map<Id, std::vector<OutlineItem>> by_section;

  auto expand = [&](ElementRef root) {
    std::vector<OutlineItem>& items = by_section[element_section(model, root)];
    std::vector<OutlineItem> stack{{root, 0, OutlineRole::Root, RelationType::Support, false}};
    while (!stack.empty()) {
      OutlineItem item = stack.back();
      stack.pop_back();
      item.reference = !listed.insert(item.element).second;
      items.push_back(item);
      if (item.reference) continue;
      auto it = children.find(item.element);
      if (it == children.end()) continue;
      for (auto c = it->second.rbegin(); c != it->second.rend(); ++c)
        stack.push_back({c->element, item.depth + 1, c->role, c->relation, false});
    }
  };

  for (ElementRef root : thesis_like(model))
    if (!listed.count(root)) expand(root);
  // Whatever only cycles reach (claims supporting each other and nothing else).
  for (ElementRef e : all_elements(model))
    if (!listed.count(e)) expand(e);

  Outline outline;
  auto add = [&](Id section) {
    auto it = by_section.find(section);
    if (it != by_section.end() && !it->second.empty())
      outline.sections.push_back({section, std::move(it->second)});
  };
  add(kNoId);
  for (Id s = 0; s < model.sections.size(); ++s) add(s);
  return outline;
}

std::string_view outline_role_word(const OutlineItem& item) {
  switch (item.role) {
    case OutlineRole::Root:
      return "";
    case OutlineRole::Premise:
      return "premise";
    case OutlineRole::Support:
    case OutlineRole::Objection:
      break;
  }
  return relation_verb(item.relation);
}

}  // namespace argmap
