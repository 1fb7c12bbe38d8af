// The seminar handout as Markdown (see markdown_report.h).
#include "markdown_report.h"

#include "bibliography.h"
#include "element_info.h"
#include "outline.h"
#include "questions.h"

namespace argmap {

namespace {

std::string proponent_label(const Model& model, Id id) {
  if (id >= model.proponents.size()) return "";
  return model.proponents[id].label.empty() ? model.proponents[id].key : model.proponents[id].label;
}

/// A Markdown link target must not break out of its parentheses.
bool safe_href(std::string_view href) {
  return href.find_first_of(" \t\n()<>\"'") == std::string_view::npos &&
         href.find("javascript:") == std::string_view::npos;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  // '(' and '!' need no escape: with '[' and ']' escaped they cannot form a link or image.
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string write_markdown_report(const Model& model, const ReportInput& input) {
  std::string out;
  std::string title = frontmatter_text(model, "title");
  out += "# " + escape_markdown(title.empty() ? "Argument map" : title) + "\n\n";
  std::string author = frontmatter_text(model, "author"), date = frontmatter_text(model, "date");
  if (!author.empty() || !date.empty()) {
    out += "*" + escape_markdown(author);
    if (!author.empty() && !date.empty()) out += ", ";
    out += escape_markdown(date) + "*\n\n";
  }
  std::string abstract = frontmatter_text(model, "abstract");
  if (!abstract.empty()) out += "> " + escape_markdown(abstract) + "\n\n";
  if (!input.svg_href.empty() && safe_href(input.svg_href))
    out += "[![The argument map](" + input.svg_href + ")](" + input.svg_href + ")\n\n";

  auto name = [&](ElementRef e) { return "**" + escape_markdown(display_name(model, e)) + "**"; };
  auto label = [&](ElementRef e) -> std::string {
    auto it = input.status.find(e);
    return it == input.status.end() || it->second.label.empty()
               ? ""
               : " (" + escape_markdown(it->second.label) + ")";
  };

  out += "## Outline\n";
  Outline outline = build_outline(model);
  for (const OutlineSection& section : outline.sections) {
    if (section.section != kNoId)
      out += "\n### " + escape_markdown(model.sections[section.section].title) + "\n";
    else if (outline.sections.size() > 1)
      out += "\n### General\n";
    out += "\n";
    for (const OutlineItem& item : section.items) {
      out += std::string(2 * static_cast<std::size_t>(item.depth), ' ') + "- ";
      if (item.role != OutlineRole::Root) out += "*" + std::string(outline_role_word(item)) + "* ";
      out += name(item.element) + label(item.element);
      if (item.reference) {
        out += " (see above)";
      } else {
        std::string who = proponent_label(model, element_proponent(model, item.element));
        if (!who.empty()) out += " (" + escape_markdown(who) + ")";
        std::string_view text = element_text(model, item.element);
        if (!text.empty()) out += ": " + escape_markdown(text);
      }
      out += "\n";
    }
  }

  out += "\n## Evidence and sources\n";
  bool any_evidence = false;
  for (ElementRef e : all_elements(model)) {
    if (!is_evidence(model, e)) continue;
    if (!any_evidence) out += "\n### Evidence\n\n";
    any_evidence = true;
    out += "- " + name(e);
    std::string_view text = element_text(model, e);
    if (!text.empty()) out += ": " + escape_markdown(text);
    for (const Citation& c : element_citations(model, e)) {
      std::string cite = format_citation(model, c);
      out += " \xe2\x80\x94 " + escape_markdown(cite);
    }
    out += "\n";
  }
  auto bibliography = build_bibliography(model);
  if (!bibliography.empty()) out += "\n### Sources\n\n";
  for (std::size_t i = 0; i < bibliography.size(); ++i) {
    const BibliographyEntry& entry = bibliography[i];
    out += std::to_string(i + 1) + ". ";
    if (entry.source != kNoId)
      out += escape_markdown(format_source(model.sources[entry.source])) + " \\[" +
             escape_markdown(entry.key) + "\\]";
    else
      out += "\\[" + escape_markdown(entry.key) + "\\] *not declared in the frontmatter's sources*";
    if (!entry.cited_by.empty()) {
      out += " Cited by ";
      for (std::size_t j = 0; j < entry.cited_by.size(); ++j) {
        if (j > 0) out += ", ";
        out += escape_markdown(display_name(model, entry.cited_by[j].element));
        if (!entry.cited_by[j].page.empty())
          out += " (" + escape_markdown(format_page(entry.cited_by[j].page)) + ")";
      }
      out += ".";
    }
    out += "\n";
  }
  if (!any_evidence && bibliography.empty()) out += "\nThe map cites no sources.\n";

  out += "\n## Questions for discussion\n";
  auto questions = build_questions(model, input.findings);
  if (questions.empty()) out += "\nThe analysis raised no questions.\n";
  int number = 0;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (i == 0 || questions[i].kind != questions[i - 1].kind) {
      out += std::string("\n### ") + question_kind_title(questions[i].kind) + "\n\n";
      number = 0;
    }
    out += std::to_string(++number) + ". ";
    for (const QuestionPart& part : questions[i].parts)
      out += part.element.valid() ? name(part.element) : escape_markdown(part.text);
    out += "\n";
  }
  return out;
}

}  // namespace argmap
