// Small questions every writer asks of an element (see element_info.h).
#include "element_info.h"

#include <algorithm>
#include <tuple>

namespace argmap {

namespace {

constexpr std::size_t kUntitledChars = 60;

/// The first `limit` characters of `text`, cut at a UTF-8 boundary, with "..." when cut.
std::string shorten(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace

std::string plain_name(const Model& model, ElementRef element) {
  if (element.kind == ElementKind::Statement) {
    const Statement& s = model.statements[element.id];
    if (s.auto_title && !s.text.empty()) {
      std::string quoted = shorten(s.text, kUntitledChars);
      quoted.insert(quoted.begin(), '"');  // in place, as in bracketed_title
      quoted += '"';
      return quoted;
    }
    return std::string(s.title);
  }
  return std::string(model.arguments[element.id].title);
}

std::string display_name(const Model& model, ElementRef element) {
  if (element.kind == ElementKind::Statement && model.statements[element.id].auto_title &&
      !model.statements[element.id].text.empty())
    return plain_name(model, element);
  return bracketed_title(element.kind, model.title(element));
}

// Appended in place: GCC 12 at -O3 reads the chain "[" + std::string(title) + "]"
// as an overlapping copy (-Wrestrict).
std::string bracketed_title(ElementKind kind, std::string_view title) {
  bool statement = kind == ElementKind::Statement;
  std::string out;
  out.reserve(title.size() + 2);
  out += statement ? '[' : '<';
  out += title;
  out += statement ? ']' : '>';
  return out;
}

std::string_view element_text(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement ? model.statements[element.id].text
                                                : model.arguments[element.id].description;
}

Id element_proponent(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement ? model.statements[element.id].proponent
                                                : model.arguments[element.id].proponent;
}

Id element_section(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement ? model.statements[element.id].section
                                                : model.arguments[element.id].section;
}

bool is_evidence(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement && model.statements[element.id].is_evidence;
}

const std::vector<Citation>& element_citations(const Model& model, ElementRef element) {
  return element.kind == ElementKind::Statement ? model.statements[element.id].citations
                                                : model.arguments[element.id].citations;
}

Location first_location(const Model& model, ElementRef element) {
  const auto& occurrences = element.kind == ElementKind::Statement
                                ? model.statements[element.id].occurrences
                                : model.arguments[element.id].occurrences;
  return occurrences.empty() ? Location{} : occurrences.front().where;
}

bool source_order_less(const Model& model, ElementRef a, ElementRef b) {
  Location la = first_location(model, a), lb = first_location(model, b);
  // Elements without a position (hand-built models) sort after placed ones, by id.
  return std::make_tuple(!la.valid(), la.file, la.line, la.column, a) <
         std::make_tuple(!lb.valid(), lb.file, lb.line, lb.column, b);
}

std::vector<ElementRef> all_elements(const Model& model) {
  std::vector<ElementRef> out;
  out.reserve(model.statements.size() + model.arguments.size());
  for (Id i = 0; i < model.statements.size(); ++i) out.push_back({ElementKind::Statement, i});
  for (Id i = 0; i < model.arguments.size(); ++i) out.push_back({ElementKind::Argument, i});
  std::stable_sort(out.begin(), out.end(),
                   [&](ElementRef a, ElementRef b) { return source_order_less(model, a, b); });
  return out;
}

std::string element_key(ElementRef element) {
  std::string key = std::to_string(element.id);
  key.insert(key.begin(),
             element.kind == ElementKind::Statement ? 's' : 'a');  // see bracketed_title
  return key;
}

}  // namespace argmap
