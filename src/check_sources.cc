// Citations against the frontmatter's sources: unknown keys (with "did you
// mean"), evidence that cites nothing, sources that nothing cites.
#include <set>
#include <string>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"
#include "edit_distance.h"

namespace argmap::checks {
namespace {

void check_citations(const Model& model, const std::vector<Citation>& citations,
                     const std::vector<std::string>& keys, Diagnostics& diagnostics,
                     std::set<std::string, std::less<>>& cited) {
  for (const Citation& citation : citations) {
    cited.insert(citation.key);
    if (model.source_by_key.count(citation.key)) continue;
    Diagnostic& d = diagnostics.error(std::string(check_code::kUnknownSource), citation.where,
                                      "source '" + citation.key + "' is not declared in sources:");
    if (keys.empty()) {
      d.suggestion = "declare it in the frontmatter under 'sources:'";
    } else if (const std::string* match =
                   closest_match(citation.key, keys, suggestion_distance(citation.key))) {
      d.suggestion = "did you mean '" + *match + "'?";
      cited.insert(*match);  // its only "citation" is the typo: not unused
      d.notes.push_back({model.sources[model.source_by_key.find(*match)->second].where,
                         "'" + *match + "' is declared here"});
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

  std::set<std::string, std::less<>> cited;
  for (const Statement& statement : model.statements) {
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
    check_citations(model, argument.citations, keys, diagnostics, cited);

  for (const Source& source : model.sources) {
    if (cited.count(source.key)) continue;
    Diagnostic& d = diagnostics.warning(std::string(check_code::kUnusedSource), source.where,
                                        "source '" + source.key + "' is never cited");
    d.suggestion = "cite it with {source: " + source.key + "} or remove it";
  }
}

}  // namespace argmap::checks
