// Citations against the frontmatter's sources: unknown keys (with "did you
// mean"), evidence that cites nothing, sources that nothing cites.
#include <string>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"
#include "edit_distance.h"

namespace argmap::checks {
namespace {

/// The declared source a citation names, or kNoId. The builder has resolved it
/// already; the key is checked in case the model was made some other way.
Id declared_source(const Model& model, const Citation& citation) {
  if (citation.source < model.sources.size() && model.sources[citation.source].key == citation.key)
    return model.source_by_key.size() == model.sources.size()
               ? citation.source  // keys are unique: the id is the key's
               : model.source_by_key.find(citation.key)->second;
  auto it = model.source_by_key.find(citation.key);
  return it == model.source_by_key.end() ? kNoId : it->second;
}

/// `cited` is indexed by the source ids of source_by_key.
void check_citations(const Model& model, const std::vector<Citation>& citations,
                     const std::vector<std::string>& keys, Diagnostics& diagnostics,
                     std::vector<bool>& cited) {
  for (const Citation& citation : citations) {
    if (Id id = declared_source(model, citation); id != kNoId) {
      cited[id] = true;
      continue;
    }
    Diagnostic& d = diagnostics.error(std::string(check_code::kUnknownSource), citation.where,
                                      "source '" + citation.key + "' is not declared in sources:");
    if (keys.empty()) {
      d.suggestion = "declare it in the frontmatter under 'sources:'";
    } else if (const std::string* match =
                   closest_match(citation.key, keys, suggestion_distance(citation.key))) {
      d.suggestion = "did you mean '" + *match + "'?";
      Id meant = model.source_by_key.find(*match)->second;
      cited[meant] = true;  // its only "citation" is the typo: not unused
      d.notes.push_back({model.sources[meant].where, "'" + *match + "' is declared here"});
    }
  }
}

/// The occurrence that marks a statement as evidence ({kind: evidence}), or its first.
const Occurrence* evidence_occurrence(const Statement& statement) {
  for (const Occurrence& occurrence : statement.occurrences) {
    const Data* kind = occurrence.data.find("kind");
    if (kind && kind->text() == "evidence") return &occurrence;
  }
  return statement.occurrences.empty() ? nullptr : &statement.occurrences.front();
}

}  // namespace

void check_sources(const Model& model, Diagnostics& diagnostics) {
  std::vector<std::string> keys;
  keys.reserve(model.sources.size());
  for (const Source& source : model.sources) keys.push_back(source.key);

  std::vector<bool> cited(model.sources.size());
  for (const Statement& statement : model.statements) {
    if (!statement.citations.empty())
      check_citations(model, statement.citations, keys, diagnostics, cited);
    if (statement.is_evidence && statement.citations.empty()) {
      const Occurrence* occurrence = evidence_occurrence(statement);
      Diagnostic& d =
          diagnostics.error(std::string(check_code::kEvidenceWithoutSource),
                            occurrence ? title_or_whole(*occurrence) : Location{},
                            "evidence " + display_statement(statement.title) + " cites no source");
      d.suggestion = keys.empty() ? "declare a source under 'sources:' and cite it with "
                                    "{source: KEY}"
                                  : "cite a source with {source: " + keys.front() + "}";
    }
  }
  for (const Argument& argument : model.arguments)
    if (!argument.citations.empty())
      check_citations(model, argument.citations, keys, diagnostics, cited);

  for (const Source& source : model.sources) {
    // By key, as citations name them: a key declared twice is one source.
    auto it = model.source_by_key.find(source.key);
    if (it != model.source_by_key.end() && cited[it->second]) continue;
    Diagnostic& d = diagnostics.warning(std::string(check_code::kUnusedSource), source.where,
                                        "source '" + source.key + "' is never cited");
    d.suggestion = "cite it with {source: " + source.key + "} or remove it";
  }
}

}  // namespace argmap::checks
