#include "framework_builder.h"

#include <gtest/gtest.h>

#include "evaluation.h"
#include "grounded.h"

namespace argmap {
namespace {

ElementRef S(Id i) {
  return {ElementKind::Statement, i};
}
ElementRef A(Id i) {
  return {ElementKind::Argument, i};
}

Model make_model(std::vector<std::string> statements, std::vector<std::string> arguments) {
  Model m;
  for (auto& t : statements) {
    Statement s;
    s.title = m.keep(t);
    m.statement_by_title.try_emplace(t, static_cast<Id>(m.statements.size()));
    m.statements.push_back(s);
  }
  for (auto& t : arguments) {
    Argument a;
    a.title = m.keep(t);
    m.argument_by_title.try_emplace(t, static_cast<Id>(m.arguments.size()));
    m.arguments.push_back(a);
  }
  return m;
}

void relate(Model& m, RelationType type, ElementRef from, ElementRef to) {
  m.relations.push_back({type, from, to, {}});
}

TEST(FrameworkBuilder, EveryRelationTypeBecomesItsEdges) {
  // Statements 0 A, 1 B, 2 C, 3 D; arguments 4 <E>, 5 <F>.
  Model m = make_model({"A", "B", "C", "D"}, {"E", "F"});
  relate(m, RelationType::Support, S(1), S(0));
  relate(m, RelationType::Attack, A(0), S(0));
  relate(m, RelationType::Contradiction, S(2), S(3));
  relate(m, RelationType::Undercut, A(1), A(0));
  relate(m, RelationType::Entails, S(3), S(1));
  relate(m, RelationType::Contrary, S(1), S(2));
  MapFramework map = build_framework(m);
  const Framework& f = map.framework.framework;
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(map.framework.names, (std::vector<std::string>{"A", "B", "C", "D", "E", "F"}));
  EXPECT_EQ(map.node(A(1)), 5u);
  EXPECT_EQ(map.element(4), A(0));
  EXPECT_EQ(f.attack_edges(), (std::vector<Edge>{{1, 2}, {2, 3}, {3, 2}, {4, 0}, {5, 4}}));
  EXPECT_EQ(f.support_edges(), (std::vector<Edge>{{1, 0}, {3, 1}}));
  EXPECT_EQ(map.attack_origin[1], EdgeOrigin::Contradiction);
  EXPECT_EQ(map.attack_origin[4], EdgeOrigin::Undercut);
  EXPECT_EQ(map.attack_relation[3], 1u);
}

TEST(FrameworkBuilder, ReconstructedArgumentNeedsPremisesAndSupportsItsConclusion) {
  // <Arg>: (1) [P] (2) [Q] ---- (3) [C]; [X] attacks premise [Q].
  Model m = make_model({"P", "Q", "C", "X"}, {"Arg"});
  m.arguments[0].pcs = {{0, StatementRole::Premise, {}, {}},
                        {1, StatementRole::Premise, {}, {}},
                        {2, StatementRole::MainConclusion, Inference{}, {}}};
  relate(m, RelationType::Attack, S(3), S(1));
  relate(m, RelationType::Support, A(0), S(2));  // also declared: merged with the PCS edge
  MapFramework map = build_framework(m);
  const Framework& f = map.framework.framework;
  EXPECT_EQ(f.premise_edges(), (std::vector<Edge>{{0, 4}, {1, 4}}));
  EXPECT_EQ(f.support_edges(), (std::vector<Edge>{{4, 2}}));
  EXPECT_EQ(map.support_origin[0], EdgeOrigin::Support);
  // [X] stands, so [Q] falls, so the argument falls, so its conclusion has no support.
  EXPECT_EQ(grounded(f), (Labelling{Label::In, Label::Out, Label::Out, Label::In, Label::Out}));
}

TEST(FrameworkBuilder, AnArgumentNeedsItsIntermediateConclusions) {
  // <Arg>: (1) [P] ---- (2) [I] ---- (3) [C]; [X] attacks the intermediate [I].
  Model m = make_model({"P", "I", "C", "X"}, {"Arg"});
  m.arguments[0].pcs = {{0, StatementRole::Premise, {}, {}},
                        {1, StatementRole::IntermediateConclusion, Inference{}, {}},
                        {2, StatementRole::MainConclusion, Inference{}, {}}};
  relate(m, RelationType::Attack, S(3), S(1));
  MapFramework map = build_framework(m);
  const Framework& f = map.framework.framework;
  EXPECT_EQ(f.premise_edges(), (std::vector<Edge>{{0, 4}, {1, 4}}));
  // [X] stands, so [I] falls, so the argument falls, so its conclusion has no support.
  EXPECT_EQ(grounded(f), (Labelling{Label::In, Label::Out, Label::Out, Label::In, Label::Out}));
}

TEST(FrameworkBuilder, SupportNoneKeepsOnlyTheAttacks) {
  Model m = make_model({"P", "C"}, {"Arg"});
  m.arguments[0].pcs = {{0, StatementRole::Premise, {}, {}},
                        {1, StatementRole::MainConclusion, Inference{}, {}}};
  relate(m, RelationType::Support, S(0), S(1));
  relate(m, RelationType::Attack, S(0), A(0));
  MapFramework map = build_framework(m, {.supports = false});
  EXPECT_TRUE(map.framework.framework.is_abstract());
  EXPECT_EQ(map.framework.framework.attack_edges(), (std::vector<Edge>{{0, 2}}));
}

TEST(FrameworkBuilder, LabelModelMapsLabelsBackToElements) {
  // [A] <-> [B] contradict; <E> attacks [A]; nothing attacks <E>.
  Model m = make_model({"A", "B"}, {"E"});
  relate(m, RelationType::Contradiction, S(0), S(1));
  relate(m, RelationType::Attack, A(0), S(0));
  ModelLabels labels = label_model(m);
  EXPECT_EQ(labels.statements, (std::vector<Label>{Label::Out, Label::In}));
  EXPECT_EQ(labels.arguments, (std::vector<Label>{Label::In}));
  EXPECT_EQ(labels.of(S(1)), Label::In);
  // A self-attacking claim has no stable labelling.
  Model odd = make_model({"X"}, {});
  relate(odd, RelationType::Attack, S(0), S(0));
  ModelLabels none = label_model(odd, Semantics::Stable);
  EXPECT_FALSE(none.exists);
  EXPECT_EQ(none.statements, (std::vector<Label>{Label::Undec}));
}

}  // namespace
}  // namespace argmap
