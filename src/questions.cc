// Questions for discussion from findings, by template (see questions.h).
#include "questions.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "analysis.h"
#include "element_info.h"
#include "framework_builder.h"
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

  // What needs the evaluation: the consistency analysis, its findings as data. A
  // generous deadline keeps a handout of a huge map from waiting on its preferred
  // labellings (contested claims are then left out).
  AnalysisOptions options;
  options.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  Diagnostics unused;
  for (const Finding& f : analyze(model, build_framework(model), unused, options)) {
    switch (f.kind) {
      case FindingKind::PositionConflict:
        findings.inconsistent.push_back(
            {f.proponent, f.elements[0], f.elements[1], f.defenders[0], f.defenders[1]});
        break;
      case FindingKind::PositionNotAdmissible: {
        ExposureFinding exposure{f.proponent, {}};
        for (const ElementAttack& a : f.attacks)
          exposure.unanswered.push_back({a.attacker, a.target});
        findings.indefensible.push_back(std::move(exposure));
        break;
      }
      case FindingKind::SelfDefeating:
        findings.self_defeating.push_back({f.elements[0], f.attacks[0].attacker, f.defenders});
        break;
      case FindingKind::ContestedClaim: {
        ContestedFinding contested{f.elements[0], {}, f.defenders};
        for (const ElementAttack& a : f.attacks) contested.attackers.push_back(a.attacker);
        findings.contested.push_back(std::move(contested));
        break;
      }
      case FindingKind::UnansweredAttack:
      case FindingKind::AssumptionOnly:
        break;  // derived from the model above, with the labels and the assumptions named
    }
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
  for (const ContestedFinding& f : findings.contested) {
    QuestionWriter q(QuestionKind::Contested);
    q.element(f.claim).text(" stands on one consistent reading of the debate and falls on another");
    if (!f.attackers.empty()) {
      q.text(": ")
          .elements(f.attackers)
          .text(f.attackers.size() == 1 ? " attacks it" : " attack it");
      if (!f.defenders.empty())
        q.text(", ")
            .elements(f.defenders)
            .text(f.defenders.size() == 1 ? " speaks for it" : " speak for it");
    }
    out.push_back(q.text(". What would decide between them?").done());
  }
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
    QuestionWriter q(QuestionKind::Inconsistent);
    // "[B] (by asserting [C])" when the proponent holds [B] through what [C] supports.
    auto side = [&](ElementRef e, ElementRef reason) {
      q.element(e);
      if (reason.valid() && reason != e) q.text(" (by asserting ").element(reason).text(")");
    };
    q.text(who + " holds both ");
    side(f.first, f.first_reason);
    q.text(" and ");
    side(f.second, f.second_reason);
    out.push_back(q.text(", which conflict. Which should " + who +
                         " give up, or how can the two be reconciled?")
                      .done());
  }
  // An attack already asked about as unanswered is not asked about again.
  std::set<std::pair<ElementRef, ElementRef>> asked;
  for (const AttackFinding& f : findings.unanswered_attacks) asked.insert({f.attacker, f.target});
  for (const ExposureFinding& f : findings.indefensible) {
    std::vector<AttackFinding> open;
    for (const AttackFinding& a : f.unanswered)
      if (!asked.count({a.attacker, a.target})) open.push_back(a);
    if (open.empty()) continue;
    QuestionWriter q(QuestionKind::Indefensible);
    std::string who = proponent_name(model, f.proponent);
    q.text(who + "'s position has no answer to ");
    for (std::size_t i = 0; i < open.size(); ++i) {
      if (i > 0) q.text(i + 1 == open.size() ? " and to " : ", to ");
      q.element(open[i].attacker).text(" against ").element(open[i].target);
    }
    out.push_back(q.text(". How could " + who + " defend it?").done());
  }
  for (const SelfDefeatFinding& f : findings.self_defeating) {
    QuestionWriter q(QuestionKind::SelfDefeating);
    if (f.attacker == f.claim) {
      out.push_back(q.element(f.claim)
                        .text(" attacks itself. Can it ever be accepted, or is the relation a "
                              "mistake?")
                        .done());
      continue;
    }
    q.element(f.claim).text(" supports ");
    for (std::size_t i = 1; i + 1 < f.chain.size(); ++i)
      q.element(f.chain[i]).text(", which supports ");
    out.push_back(q.element(f.attacker)
                      .text(", which attacks ")
                      .element(f.claim)
                      .text(". Is a relation the wrong way round, or does ")
                      .element(f.claim)
                      .text(" really undermine itself?")
                      .done());
  }
  // Concessions of one proponent to one claim against one rebuttal: one question.
  std::vector<std::pair<const ConcessionFinding*, std::vector<ElementRef>>> grouped;
  for (const ConcessionFinding& f : findings.concessions) {
    auto same = std::find_if(grouped.begin(), grouped.end(), [&](const auto& g) {
      return g.first->proponent == f.proponent && g.first->target == f.target &&
             g.first->rebuttal == f.rebuttal;
    });
    if (same == grouped.end())
      grouped.push_back({&f, {f.concession}});
    else if (std::find(same->second.begin(), same->second.end(), f.concession) ==
             same->second.end())
      same->second.push_back(f.concession);
  }
  for (const auto& [f, conceded] : grouped)
    out.push_back(QuestionWriter(QuestionKind::Concession)
                      .text(proponent_name(model, f->proponent) + " concedes ")
                      .elements(conceded)
                      .text(" in favour of ")
                      .element(f->target)
                      .text(" but rebuts it with ")
                      .element(f->rebuttal)
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
    case QuestionKind::SelfDefeating:
      return "Claims that undermine themselves";
  }
  return "";
}

}  // namespace argmap
