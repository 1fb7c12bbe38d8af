// Titles: references to titles never defined (and likely typos of defined
// ones), titles defined twice with different texts, titles that look automatic.
#include <cctype>
#include <string>
#include <vector>

#include "check_codes.h"
#include "check_passes.h"
#include "edit_distance.h"

namespace argmap::checks {
namespace {

/// An argument with premises and a conclusion is defined by them.
bool has_pcs(const Statement&) {
  return false;
}
bool has_pcs(const Argument& a) {
  return !a.pcs.empty();
}

/// An occurrence that gives the element a text (a definition or description).
bool is_definition(const Occurrence& o) {
  return !o.is_reference && o.role != StatementRole::Mention;
}

template <typename Element>
bool is_defined(const Element& element) {
  if (element.auto_title || has_pcs(element)) return true;
  for (const Occurrence& o : element.occurrences)
    if (is_definition(o)) return true;
  return false;
}

/// std::isspace in the "C" locale (the only one argmap runs in), without a call per character.
bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/// The next word of `text` from `i` (empty at the end); `i` moves past it.
std::string_view next_word(std::string_view text, std::size_t& i) {
  while (i < text.size() && is_space(text[i])) ++i;
  std::size_t begin = i;
  while (i < text.size() && !is_space(text[i])) ++i;
  return text.substr(begin, i - begin);
}

/// Texts compared for sameness: runs of white space count as one space, and
/// leading and trailing space is ignored, so rewrapping a text is no conflict.
/// Word by word, without building the normalised texts.
bool same_text(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  for (;;) {
    std::string_view x = next_word(a, i), y = next_word(b, j);
    if (x != y) return false;
    if (x.empty()) return true;
  }
}

bool is_blank(std::string_view text) {
  for (char c : text)
    if (!is_space(c)) return false;
  return true;
}

/// "Untitled 3": the form the builder gives untitled text.
bool looks_automatic(std::string_view title) {
  constexpr std::string_view kPrefix = "Untitled ";
  if (title.size() <= kPrefix.size() || title[0] != 'U' ||
      title.substr(0, kPrefix.size()) != kPrefix)
    return false;
  for (char c : title.substr(kPrefix.size()))
    if (c < '0' || c > '9') return false;
  return true;
}

template <typename Element>
bool has_written_title(const Element& element) {
  for (const Occurrence& o : element.occurrences)
    if (o.title_where.valid()) return true;
  return false;
}

template <typename Element>
void check_undefined(const Model& model, ElementKind kind, const std::vector<Element>& elements,
                     const std::vector<Id>& undefined, Diagnostics& diagnostics) {
  if (undefined.empty()) return;

  // Index only what may be meant: titles written and defined by the user.
  NearNameIndex index;
  for (Id i = 0; i < elements.size(); ++i)
    if (!elements[i].auto_title && is_defined(elements[i])) index.add(elements[i].title, i);
  index.build();

  const char* noun = kind == ElementKind::Statement ? "statement " : "argument ";
  for (Id id : undefined) {
    const Element& e = elements[id];
    Location where = title_or_whole(e.occurrences.front());
    std::string name = bracketed_title(kind, e.title);
    std::vector<std::uint32_t> near = index.find_one_edit(e.title);
    if (!near.empty()) {
      const Element& meant = elements[near.front()];
      std::string meant_name = bracketed_title(kind, meant.title);
      Diagnostic& d = diagnostics.warning(
          std::string(check_code::kReferenceTypo), where,
          noun + name + " is never defined but is one edit away from " + meant_name);
      d.suggestion = "did you mean " + meant_name + "?";
      if (const Occurrence* defined = first_occurrence(model, {kind, near.front()}))
        d.notes.push_back({title_or_whole(*defined), meant_name + " is defined here"});
      continue;
    }
    Diagnostic& d = diagnostics.warning(std::string(check_code::kUndefinedReference), where,
                                        noun + name + " is referenced but never defined");
    d.suggestion = kind == ElementKind::Statement ? "define it once with '" + name + ": text'"
                                                  : "describe it with '" + name +
                                                        ": text' or reconstruct it with premises "
                                                        "and a conclusion";
  }
}

template <typename Element>
void check_conflicting_definitions(ElementKind kind, const std::vector<Element>& elements,
                                   const std::vector<Id>& repeated, Diagnostics& diagnostics) {
  const bool statement = kind == ElementKind::Statement;
  for (Id id : repeated) {
    const Element& e = elements[id];
    const Occurrence* first = nullptr;
    for (const Occurrence& o : e.occurrences) {
      if (!is_definition(o) || o.text.empty()) continue;
      if (!statement && o.role != StatementRole::ArgumentDescription) continue;
      if (first && o.text == first->text) continue;
      if (is_blank(o.text)) continue;
      if (!first) {
        first = &o;
        continue;
      }
      if (same_text(o.text, first->text)) continue;
      std::string name = bracketed_title(kind, e.title);
      Diagnostic& d = diagnostics.warning(
          std::string(check_code::kConflictingDefinition), title_or_whole(o),
          (statement ? "statement " + name + " is defined again with a different text"
                     : "argument " + name + " is described again with a different text"));
      d.notes.push_back(
          {title_or_whole(*first), statement ? "first defined here" : "first described here"});
      d.suggestion = "the last text wins; write " + name + " alone to refer to it";
    }
  }
}

template <typename Element>
void check_automatic_titles(ElementKind kind, const std::vector<Element>& elements,
                            const std::vector<Id>& automatic, Diagnostics& diagnostics) {
  for (Id id : automatic) {
    const Element& e = elements[id];
    const Occurrence* written = nullptr;
    const Occurrence* untitled = nullptr;
    for (const Occurrence& o : e.occurrences) {
      if (o.title_where.valid()) {
        if (!written) written = &o;
      } else if (o.role != StatementRole::Mention && !untitled) {
        untitled = &o;
      }
    }
    if (!written) continue;  // only the builder chose this title
    std::string name = bracketed_title(kind, e.title);
    if (untitled || e.auto_title) {
      Diagnostic& d =
          diagnostics.warning(std::string(check_code::kAutoTitleCollision), written->title_where,
                              "title " + name + " collides with an automatic title");
      if (untitled)
        d.notes.push_back(
            {untitled->where, "untitled text here is also titled '" + std::string(e.title) + "'"});
      d.suggestion = "choose a title that does not start with 'Untitled'";
    } else {
      Diagnostic& d = diagnostics.warning(
          std::string(check_code::kAutoTitleCollision), written->title_where,
          "title " + name + " has the form of an automatic title and may merge with untitled text");
      d.suggestion = "choose a title that does not start with 'Untitled'";
    }
  }
}

/// One pass over the elements finds the few each check has to look at; the
/// checks then report in turn, so that their findings stay grouped.
template <typename Element>
void check_titles(const Model& model, ElementKind kind, const std::vector<Element>& elements,
                  Diagnostics& diagnostics) {
  std::vector<Id> undefined, repeated, automatic;
  // Room for all, so that growing never copies; only what is used is touched.
  repeated.reserve(elements.size());
  automatic.reserve(elements.size());
  Id i = 0;
  for (const Element& e : elements) {
    const std::size_t occurrences = e.occurrences.size();
    // Elements without occurrences give nothing to point at; the checks skip them.
    if (occurrences > 0) {
      if (!is_defined(e)) undefined.push_back(i);
      if (occurrences >= 2) repeated.push_back(i);
      // Only a title written somewhere can collide: the builder's own
      // "Untitled N" (most of these) are never written, and cheaper to rule out.
      if (e.title.size() > 9 && e.title[0] == 'U' && has_written_title(e) &&
          looks_automatic(e.title))
        automatic.push_back(i);
    }
    ++i;
  }
  check_undefined(model, kind, elements, undefined, diagnostics);
  check_conflicting_definitions(kind, elements, repeated, diagnostics);
  check_automatic_titles(kind, elements, automatic, diagnostics);
}

}  // namespace

void check_references(const Model& model, Diagnostics& diagnostics) {
  check_titles(model, ElementKind::Statement, model.statements, diagnostics);
  check_titles(model, ElementKind::Argument, model.arguments, diagnostics);
}

}  // namespace argmap::checks
