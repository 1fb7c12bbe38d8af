// Questions for discussion from findings, by template (see questions.h).
#include "questions.h"

#include <algorithm>
#include <map>
#include <set>

#include "element_info.h"
#include "outline.h"

namespace argmap {

namespace {

bool is_attack(RelationType type) {
  return type == RelationType::Attack || type == RelationType::Undercut ||
         type == RelationType::Contrary || type == RelationType::Contradiction;
}

/// What each element rests on: its supports, its premises, and for a conclusion the
/// reconstructed arguments that conclude it.
std::map<ElementRef, std::vector<ElementRef>> grounds_of(const Model& model) {
  std::map<ElementRef, std::vector<ElementRef>> grounds;
  for (const Relation& r : model.relations)
    if (!is_attack(r.type)) grounds[r.to].push_back(r.from);
  for (Id a = 0; a < model.arguments.size(); ++a) {
    ElementRef arg{ElementKind::Argument, a};
    for (const PcsStep& step : model.arguments[a].pcs)
      if (step.role == StatementRole::Premise)
        grounds[arg].push_back({ElementKind::Statement, step.statement});
    Id conclusion = model.arguments[a].main_conclusion();
    if (conclusion != kNoId) grounds[{ElementKind::Statement, conclusion}].push_back(arg);
  }
  return grounds;
}

/// The unsupported claims below `claim`, or nothing when evidence (or a cited claim) is
/// reached. Iterative; each element visited once.
std::optional<std::vector<ElementRef>> assumptions_below(
    const Model& model, const std::map<ElementRef, std::vector<ElementRef>>& grounds,
    ElementRef claim) {
  std::set<ElementRef> seen{claim};
  std::vector<ElementRef> stack{claim}, leaves;
  while (!stack.empty()) {
    ElementRef e = stack.back();
    stack.pop_back();
    if (is_evidence(model, e) || !element_citations(model, e).empty()) return std::nullopt;
    auto it = grounds.find(e);
    if (it == grounds.end()) {
      leaves.push_back(e);
      continue;
    }
    for (ElementRef g : it->second)
      if (seen.insert(g).second) stack.push_back(g);
  }
  std::sort(leaves.begin(), leaves.end(),
            [&](ElementRef a, ElementRef b) { return source_order_less(model, a, b); });
  return leaves;
}

std::string proponent_name(const Model& model, Id proponent) {
  if (proponent >= model.proponents.size()) return "one side";
  const Proponent& p = model.proponents[proponent];
  return p.label.empty() ? p.key : p.label;
}

/// Builds a question from alternating text and elements.
class QuestionWriter {
 public:
  explicit QuestionWriter(QuestionKind kind) { question_.kind = kind; }
  QuestionWriter& text(std::string s) {
    question_.parts.push_back({std::move(s), {}});
    return *this;
  }
  QuestionWriter& element(ElementRef e) {
    question_.parts.push_back({"", e});
    if (std::find(question_.about.begin(), question_.about.end(), e) == question_.about.end())
      question_.about.push_back(e);
    return *this;
  }
  /// "[A]", "[A] and [B]", "[A], [B] and [C]".
  QuestionWriter& elements(const std::vector<ElementRef>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) text(i + 1 == list.size() ? " and " : ", ");
      element(list[i]);
    }
    return *this;
  }
  Question done() { return std::move(question_); }

 private:
  Question question_;
};

}  // namespace

Findings derive_findings(const Model& model, const std::map<ElementRef, std::string>& labels) {
  Findings findings;
  std::set<ElementRef> attacked;
  for (const Relation& r : model.relations) {
    if (!is_attack(r.type)) continue;
    attacked.insert(r.to);
    if (r.type == RelationType::Contradiction) attacked.insert(r.from);
  }
  auto stands = [&](ElementRef e) {
    if (labels.empty()) return true;
    auto it = labels.find(e);
    return it != labels.end() && it->second == "IN";
  };
  for (const Relation& r : model.relations)
    if (is_attack(r.type) && !attacked.count(r.from) && stands(r.from))
      findings.unanswered_attacks.push_back({r.from, r.to});

  const auto grounds = grounds_of(model);
  for (ElementRef thesis : thesis_like(model)) {
    if (!grounds.count(thesis)) continue;  // a bare assumption is not a finding by itself
    if (auto leaves = assumptions_below(model, grounds, thesis))
      findings.assumption_only.push_back({thesis, std::move(*leaves)});
  }

  for (const Relation& s : model.relations) {
    if (is_attack(s.type)) continue;
    Id p = element_proponent(model, s.from);
    if (p == kNoId) continue;
    for (const Relation& a : model.relations)
      if (is_attack(a.type) && a.to == s.to && a.from != s.from &&
          element_proponent(model, a.from) == p)
        findings.concessions.push_back({p, s.to, s.from, a.from});
  }
  return findings;
}

std::vector<Question> build_questions(const Model& model, const Findings& findings) {
  std::vector<Question> out;
  for (const AttackFinding& f : findings.unanswered_attacks)
    out.push_back(QuestionWriter(QuestionKind::UnansweredAttack)
                      .element(f.attacker)
                      .text(" objects to ")
                      .element(f.target)
                      .text(", and nothing in the map answers it. Does the objection succeed, "
                            "and how could a defender of ")
                      .element(f.target)
                      .text(" reply?")
                      .done());
  for (ElementRef claim : findings.contested)
    out.push_back(QuestionWriter(QuestionKind::Contested)
                      .element(claim)
                      .text(" stands on one consistent reading of the debate and falls on "
                            "another. What would decide between them?")
                      .done());
  for (const AssumptionFinding& f : findings.assumption_only)
    out.push_back(QuestionWriter(QuestionKind::AssumptionOnly)
                      .element(f.claim)
                      .text(" rests only on assumptions (")
                      .elements(f.assumptions)
                      .text("); no evidence in the map supports it. What evidence would "
                            "confirm or refute it?")
                      .done());
  for (const ConflictFinding& f : findings.inconsistent) {
    std::string who = proponent_name(model, f.proponent);
    out.push_back(QuestionWriter(QuestionKind::Inconsistent)
                      .text(who + " holds both ")
                      .element(f.first)
                      .text(" and ")
                      .element(f.second)
                      .text(", which conflict. Which should " + who +
                            " give up, or how can the two be reconciled?")
                      .done());
  }
  for (const ExposureFinding& f : findings.indefensible) {
    QuestionWriter q(QuestionKind::Indefensible);
    std::string who = proponent_name(model, f.proponent);
    q.text(who + "'s position has no answer to ");
    for (std::size_t i = 0; i < f.unanswered.size(); ++i) {
      if (i > 0) q.text(i + 1 == f.unanswered.size() ? " and to " : ", to ");
      q.element(f.unanswered[i].attacker).text(" against ").element(f.unanswered[i].target);
    }
    out.push_back(q.text(". How could " + who + " defend it?").done());
  }
  for (const ConcessionFinding& f : findings.concessions)
    out.push_back(QuestionWriter(QuestionKind::Concession)
                      .text(proponent_name(model, f.proponent) + " concedes ")
                      .element(f.concession)
                      .text(" in favour of ")
                      .element(f.target)
                      .text(" but rebuts it with ")
                      .element(f.rebuttal)
                      .text(". Does the rebuttal outweigh what the concession grants?")
                      .done());

  // Two analyses may report the same finding: keep the first question of each text.
  std::set<std::string> seen;
  std::erase_if(out,
                [&](const Question& q) { return !seen.insert(question_text(model, q)).second; });
  return out;
}

std::string question_text(const Model& model, const Question& question) {
  std::string out;
  for (const QuestionPart& part : question.parts)
    out += part.element.valid() ? display_name(model, part.element) : part.text;
  return out;
}

const char* question_kind_title(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::UnansweredAttack:
      return "Unanswered objections";
    case QuestionKind::Contested:
      return "Contested claims";
    case QuestionKind::AssumptionOnly:
      return "Claims resting on assumptions";
    case QuestionKind::Inconsistent:
      return "Inconsistent positions";
    case QuestionKind::Indefensible:
      return "Positions that cannot be defended";
    case QuestionKind::Concession:
      return "Concessions next to rebuttals";
  }
  return "";
}

}  // namespace argmap
