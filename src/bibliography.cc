// The handout's bibliography (see bibliography.h).
#include "bibliography.h"

#include <map>

#include "element_info.h"

namespace argmap {

namespace {

/// Appends `part` and a full stop unless it already ends a sentence.
void append_sentence(std::string& out, const std::string& part) {
  if (part.empty()) return;
  if (!out.empty()) out += ' ';
  out += part;
  char last = part.back();
  if (last != '.' && last != '?' && last != '!') out += '.';
}

}  // namespace

std::vector<BibliographyEntry> build_bibliography(const Model& model) {
  std::vector<BibliographyEntry> entries;
  for (Id i = 0; i < model.sources.size(); ++i) entries.push_back({model.sources[i].key, i, {}});
  std::map<std::string, std::size_t, std::less<>> undeclared;  // key -> index into entries
  for (ElementRef element : all_elements(model)) {
    for (const Citation& c : element_citations(model, element)) {
      std::size_t index;
      if (c.source != kNoId && c.source < model.sources.size()) {
        index = c.source;
      } else {
        auto [it, added] = undeclared.try_emplace(c.key, entries.size());
        if (added) entries.push_back({c.key, kNoId, {}});
        index = it->second;
      }
      entries[index].cited_by.push_back({element, c.page});
    }
  }
  return entries;
}

namespace {

std::string format_source_at(const Source& source, const std::string& page) {
  std::string out = source.author;
  if (!source.year.empty()) out += (out.empty() ? "(" : " (") + source.year + ")";
  if (!out.empty()) out += '.';
  std::string title = source.title.empty() && out.empty() ? source.key : source.title;
  if (!page.empty()) {
    // The page belongs to the work: "Title, p. 3." (or "Author (Year), p. 3." untitled).
    if (title.empty()) {
      if (!out.empty()) out.pop_back();
      out += ", " + format_page(page) + ".";
    } else {
      while (!title.empty() && title.back() == '.') title.pop_back();
      append_sentence(out, title + ", " + format_page(page));
    }
  } else {
    append_sentence(out, source.title);
  }
  append_sentence(out, source.publisher);
  if (!source.url.empty()) {
    if (!out.empty()) out += ' ';
    out += source.url;  // no full stop: it would look like part of the address
  }
  append_sentence(out, source.note);
  return out.empty() ? source.key : out;
}

}  // namespace

std::string format_source(const Source& source) {
  return format_source_at(source, "");
}

std::string format_citation(const Model& model, const Citation& citation) {
  if (citation.source < model.sources.size())
    return format_source_at(model.sources[citation.source], citation.page);
  std::string out = citation.key + " (not in the sources)";
  if (!citation.page.empty()) out += ", " + format_page(citation.page);
  return out;
}

std::string format_page(const std::string& page) {
  if (page.empty()) return "";
  if (page[0] == 'p' || page[0] == 'P') return page;
  bool range =
      page.find_first_of("-,") != std::string::npos || page.find("\u2013") != std::string::npos;
  return (range ? "pp. " : "p. ") + page;
}

}  // namespace argmap
