// Questions for discussion: each finding about the debate (an unanswered attack, a
// contested claim, ...) becomes a question a teacher can put to a class, by template.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model.h"

namespace argmap {

/// An attack (or undercut, contrary, contradiction) of the map.
struct AttackFinding {
  ElementRef attacker;
  ElementRef target;
  friend bool operator==(const AttackFinding&, const AttackFinding&) = default;
};

/// A claim whose support, followed all the way down, reaches no evidence.
struct AssumptionFinding {
  ElementRef claim;
  std::vector<ElementRef> assumptions;  ///< the unsupported claims it rests on
};

/// A proponent committed to two elements that conflict: `first` attacks `second`.
struct ConflictFinding {
  Id proponent = kNoId;
  ElementRef first, second;
  /// What the proponent asserts that commits it to `first` / `second`: the element
  /// itself when asserted (or left invalid), else the start of the chain of supports.
  ElementRef first_reason, second_reason;
};

/// A claim IN in some preferred labelling and OUT in another, with what attacks it and
/// what speaks for it (its supporters and the attackers of its attackers).
struct ContestedFinding {
  ElementRef claim;
  std::vector<ElementRef> attackers;
  std::vector<ElementRef> defenders;
};

/// A claim that attacks itself, or supports (through `chain`) its own attacker.
struct SelfDefeatFinding {
  ElementRef claim;
  ElementRef attacker;            ///< the claim itself for a self-attack
  std::vector<ElementRef> chain;  ///< claim ... attacker, empty for a self-attack
};

/// A proponent whose position cannot answer some attacks.
struct ExposureFinding {
  Id proponent = kNoId;
  std::vector<AttackFinding> unanswered;
};

/// A proponent who concedes something in favour of a claim and also rebuts that claim.
struct ConcessionFinding {
  Id proponent = kNoId;
  ElementRef target;
  ElementRef concession;  ///< supports the target
  ElementRef rebuttal;    ///< attacks the target
};

/// What the analysis found, as plain data.
struct Findings {
  std::vector<AttackFinding> unanswered_attacks;
  std::vector<ContestedFinding> contested;  ///< IN in some preferred labelling, OUT in another
  std::vector<AssumptionFinding> assumption_only;
  std::vector<ConflictFinding> inconsistent;
  std::vector<ExposureFinding> indefensible;
  std::vector<SelfDefeatFinding> self_defeating;
  std::vector<ConcessionFinding> concessions;
};

/// Everything the handout asks about. From the model: attacks whose attacker nothing
/// attacks (and, when `labels` are given, whose attacker is "IN"), thesis-like claims
/// with supports that reach no evidence, and proponents who support and attack the same
/// claim (a concession next to a rebuttal). From the consistency analysis (analysis.h):
/// contested claims, inconsistent and indefensible positions, self-defeating claims.
/// `labels` maps elements to "IN", "OUT" or "UNDEC" (may be empty).
Findings derive_findings(const Model& model, const std::map<ElementRef, std::string>& labels = {});

/// A piece of a question: text, or a reference to an element (shown as its name, linked).
struct QuestionPart {
  std::string text;
  ElementRef element;  ///< valid: this part names the element
};

enum class QuestionKind {
  UnansweredAttack,
  Contested,
  AssumptionOnly,
  Inconsistent,
  Indefensible,
  Concession,
  SelfDefeating
};

struct Question {
  QuestionKind kind = QuestionKind::UnansweredAttack;
  std::vector<QuestionPart> parts;
  std::vector<ElementRef> about;  ///< every element the question names, in order
};

/// One question per finding, in the order of the Findings fields (self-defeating claims
/// before concessions); repeated findings give one question, concessions of one
/// proponent to one claim against one rebuttal are asked together, and an indefensible
/// position is asked about only for attacks not already asked about as unanswered.
std::vector<Question> build_questions(const Model& model, const Findings& findings);

/// The question as plain text, elements shown by display_name.
std::string question_text(const Model& model, const Question& question);

/// A heading for a kind of question ("Unanswered objections", ...).
const char* question_kind_title(QuestionKind kind);

}  // namespace argmap
