// argmap's extensions to Argdown, read from data as the builder finishes the model:
// frontmatter `sources:` and `proponents:`, and per element {kind: evidence},
// {source: KEY, page: ...}, {sources: [A, B]} and {proponent: KEY}.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model_builder.h"

namespace argmap {
namespace {

// Where `key:` is written inside the frontmatter (the frontmatter itself if not found).
Location key_location(const SourceSet& sources, Location frontmatter, std::string_view section,
                      std::string_view key) {
  if (!frontmatter.valid() || frontmatter.file >= sources.files.size()) return frontmatter;
  const SourceFile& file = sources.files[frontmatter.file];
  bool in_section = false;
  for (std::uint32_t line = frontmatter.line; line <= frontmatter.end_line; ++line) {
    std::string_view text = file.line_text(line);
    std::size_t indent = text.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;
    std::string_view rest = text.substr(indent);
    if (indent == 0) in_section = rest.substr(0, section.size() + 1) == std::string(section) + ":";
    if (!in_section || indent == 0) continue;
    if (rest.substr(0, key.size()) == key) {
      std::string_view after = rest.substr(key.size());
      std::size_t colon = after.find_first_not_of(" \t");
      if (colon != std::string_view::npos && after[colon] == ':')
        return Location{frontmatter.file, line, static_cast<std::uint32_t>(indent + 1), line,
                        static_cast<std::uint32_t>(indent + 1 + key.size())};
    }
  }
  return frontmatter;
}

std::string field(const Data& entry, std::string_view name) {
  const Data* d = entry.find(name);
  return d ? d->text() : std::string();
}

/// A scalar's text without copying a string: `buffer` holds the text when it
/// has to be made (numbers, bools).
std::string_view text_of(const Data& d, std::string& buffer) {
  if (d.is_string()) return d.string;
  buffer = d.text();
  return buffer;
}

/// Keys to ids for the lookups per data block: Model's std::maps compare
/// several keys per lookup; a flat table does one probe. Its "absent" is kNoId.
static_assert(TitleIndex::kAbsent == kNoId);
TitleIndex key_ids(const std::map<std::string, Id, std::less<>>& keys) {
  TitleIndex ids;
  for (const auto& [key, id] : keys) ids.try_emplace(key, id);
  return ids;
}

void add_citation(std::vector<Citation>& citations, const TitleIndex& source_ids,
                  std::string_view key, std::string_view page, Location where) {
  if (key.empty()) return;
  for (const auto& c : citations)
    if (c.key == key && c.page == page) return;
  Citation& c = citations.emplace_back();
  c.source = source_ids.find(key);
  c.key = key;
  c.page = page;
  c.where = where;
}

// Citations and the proponent of one occurrence's data (a map).
void read_element_data(Model& model, const TitleIndex& source_ids, TitleIndex& proponent_ids,
                       const Occurrence& o, std::vector<Citation>& citations, Id& proponent) {
  // The first of each field, as Data::find gives it, in one pass over the fields.
  const Data *page_data = nullptr, *source = nullptr, *sources = nullptr, *proponent_data = nullptr;
  for (const auto& [name, v] : o.data->fields) {
    std::string_view k = name;
    if (k == "page" && !page_data) page_data = &v;
    if (k == "source" && !source) source = &v;
    if (k == "sources" && !sources) sources = &v;
    if (k == "proponent" && !proponent_data) proponent_data = &v;
  }
  if (!source && !sources && !proponent_data) return;
  Location at = o.data_where.valid() ? o.data_where : o.where;
  std::string page_buffer, key_buffer;
  std::string_view page = page_data ? text_of(*page_data, page_buffer) : std::string_view();
  auto cite = [&](const Data& key, std::string_view key_page) {
    add_citation(citations, source_ids, text_of(key, key_buffer), key_page, at);
  };
  if (source) {
    if (source->is_list()) {
      for (const auto& item : source->items) cite(item, page);
    } else {
      cite(*source, page);
    }
  }
  if (sources) {
    if (sources->is_list()) {
      for (const auto& item : sources->items) {
        if (item.is_map()) {
          const Data* key = item.find("source") ? item.find("source") : item.find("key");
          add_citation(citations, source_ids, key ? text_of(*key, key_buffer) : std::string_view(),
                       field(item, "page"), at);
        } else {
          cite(item, page);
        }
      }
    } else {
      cite(*sources, page);
    }
  }
  if (proponent_data) {
    std::string_view key = text_of(*proponent_data, key_buffer);
    if (key.empty()) return;
    Id id = proponent_ids.find(key);
    if (id == kNoId) {
      Proponent added;
      added.key = key;
      added.label = key;
      added.declared = false;
      added.where = at;
      id = static_cast<Id>(model.proponents.size());
      auto it = model.proponent_by_key.emplace(key, id).first;
      proponent_ids.try_emplace(it->first, id);
      model.proponents.push_back(std::move(added));
    }
    proponent = id;  // the last one given wins, as data merging does
  }
}

}  // namespace

ExtensionReader::ExtensionReader(Model& model, const SourceSet& sources) : model_(model) {
  Location frontmatter = model.frontmatter_where;
  if (const Data* list = model.frontmatter.find("sources"); list && list->is_map()) {
    model.sources.reserve(model.sources.size() + list->fields.size());
    for (const auto& [key, entry] : list->fields) {
      Source s;
      s.key = key;
      if (entry.is_map()) {
        s.author = field(entry, "author");
        s.year = field(entry, "year");
        s.title = field(entry, "title");
        s.url = field(entry, "url");
        s.publisher = field(entry, "publisher");
        s.note = field(entry, "note");
      } else {
        s.title = entry.text();
      }
      s.entry = entry;
      s.where = key_location(sources, frontmatter, "sources", key);
      model.source_by_key.emplace(key, static_cast<Id>(model.sources.size()));
      model.sources.push_back(std::move(s));
    }
  }
  if (const Data* list = model.frontmatter.find("proponents"); list && list->is_map()) {
    model.proponents.reserve(model.proponents.size() + list->fields.size());
    for (const auto& [key, entry] : list->fields) {
      Proponent p;
      p.key = key;
      p.label = entry.is_map() ? field(entry, "label") : entry.text();
      if (p.label.empty()) p.label = key;
      p.color = entry.is_map() ? field(entry, "color") : std::string();
      p.declared = true;
      p.where = key_location(sources, frontmatter, "proponents", key);
      model.proponent_by_key.emplace(key, static_cast<Id>(model.proponents.size()));
      model.proponents.push_back(std::move(p));
    }
  }
  source_ids_ = key_ids(model.source_by_key);
  proponent_ids_ = key_ids(model.proponent_by_key);
}

// Most occurrences have no data: they are skipped before any lookup.
void ExtensionReader::read(Statement& s) {
  for (const auto& o : s.occurrences) {
    if (!o.data.is_map()) continue;
    read_element_data(model_, source_ids_, proponent_ids_, o, s.citations, s.proponent);
    if (const Data* kind = o.data.find("kind"); kind && text_of(*kind, buffer_) == "evidence")
      s.is_evidence = true;
  }
}

void ExtensionReader::read(Argument& a) {
  for (const auto& o : a.occurrences)
    if (o.data.is_map())
      read_element_data(model_, source_ids_, proponent_ids_, o, a.citations, a.proponent);
}

}  // namespace argmap
