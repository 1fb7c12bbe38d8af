// The evaluation model of docs/evaluation.md, applied relation by relation.
#include "framework_builder.h"

#include <algorithm>
#include <tuple>

namespace argmap {
namespace {

struct TaggedEdge {
  Edge edge;
  EdgeOrigin origin;
  Id relation;
};

/// Sorts by edge and keeps the first-declared origin of each, in a stable order.
void dedupe(std::vector<TaggedEdge>& edges) {
  std::stable_sort(edges.begin(), edges.end(),
                   [](const TaggedEdge& a, const TaggedEdge& b) { return a.edge < b.edge; });
  edges.erase(
      std::unique(edges.begin(), edges.end(),
                  [](const TaggedEdge& a, const TaggedEdge& b) { return a.edge == b.edge; }),
      edges.end());
}

void split(const std::vector<TaggedEdge>& tagged, std::vector<Edge>& edges,
           std::vector<EdgeOrigin>& origins, std::vector<Id>& relations) {
  for (const auto& t : tagged) {
    edges.push_back(t.edge);
    origins.push_back(t.origin);
    relations.push_back(t.relation);
  }
}

}  // namespace

MapFramework build_framework(const Model& model, const FrameworkOptions& options) {
  MapFramework m;
  m.first_argument = static_cast<NodeId>(model.statements.size());
  for (Id i = 0; i < model.statements.size(); ++i) {
    m.elements.push_back({ElementKind::Statement, i});
    m.framework.names.emplace_back(model.statements[i].title);
  }
  for (Id i = 0; i < model.arguments.size(); ++i) {
    m.elements.push_back({ElementKind::Argument, i});
    m.framework.names.emplace_back(model.arguments[i].title);
  }

  std::vector<TaggedEdge> attacks, supports, premises;
  for (Id r = 0; r < model.relations.size(); ++r) {
    const Relation& rel = model.relations[r];
    if (!rel.from.valid() || !rel.to.valid()) continue;
    const NodeId from = m.node(rel.from), to = m.node(rel.to);
    switch (rel.type) {
      case RelationType::Attack:
      case RelationType::Contrary:
        attacks.push_back({{from, to}, EdgeOrigin::Attack, r});
        break;
      case RelationType::Undercut:
        attacks.push_back({{from, to}, EdgeOrigin::Undercut, r});
        break;
      case RelationType::Contradiction:
        attacks.push_back({{from, to}, EdgeOrigin::Contradiction, r});
        attacks.push_back({{to, from}, EdgeOrigin::Contradiction, r});
        break;
      case RelationType::Support:
      case RelationType::Entails:
        if (options.supports) supports.push_back({{from, to}, EdgeOrigin::Support, r});
        break;
    }
  }
  if (options.supports) {
    for (Id a = 0; a < model.arguments.size(); ++a) {
      const Argument& arg = model.arguments[a];
      const NodeId node = m.node({ElementKind::Argument, a});
      for (const PcsStep& step : arg.pcs)
        // An intermediate conclusion is a premise of the inferences after it: if it
        // falls, so does the argument.
        if ((step.role == StatementRole::Premise ||
             step.role == StatementRole::IntermediateConclusion) &&
            step.statement != kNoId)
          premises.push_back({{step.statement, node}, EdgeOrigin::Premise, kNoId});
      if (Id c = arg.main_conclusion(); c != kNoId)
        supports.push_back({{node, c}, EdgeOrigin::Conclusion, kNoId});
    }
  }
  dedupe(attacks);
  dedupe(supports);
  dedupe(premises);
  std::vector<Edge> att, sup, pre;
  split(attacks, att, m.attack_origin, m.attack_relation);
  split(supports, sup, m.support_origin, m.support_relation);
  split(premises, pre, m.premise_origin, m.premise_relation);
  m.framework.framework =
      Framework(m.elements.size(), std::move(att), std::move(sup), std::move(pre));
  return m;
}

}  // namespace argmap
