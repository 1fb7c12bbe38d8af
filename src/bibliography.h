// The handout's bibliography: every source of the frontmatter with the claims that
// cite it and the pages, and citations whose key no source declares.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace argmap {

struct CitingElement {
  ElementRef element;
  std::string page;  ///< "" when the citation gives none
};

struct BibliographyEntry {
  std::string key;
  Id source = kNoId;                    ///< into Model::sources; kNoId when the key is undeclared
  std::vector<CitingElement> cited_by;  ///< in source order of the citing elements
};

/// Declared sources in frontmatter order (cited or not), then undeclared keys in the order
/// first cited.
std::vector<BibliographyEntry> build_bibliography(const Model& model);

/// A source as one reference line: "Author (Year). Title. Publisher. URL. Note."
/// with absent parts left out; only the key when nothing else is known.
std::string format_source(const Source& source);

/// A citation in full: the source as format_source gives it with the page after the
/// title ("Author (Year). Title, p. 3. Publisher."); an undeclared key is named as such.
std::string format_citation(const Model& model, const Citation& citation);

/// "p. 33" or "pp. 10-11" ("" for no page; a page already starting with "p" is kept).
std::string format_page(const std::string& page);

}  // namespace argmap
