// The seminar handout as one HTML page (see html_report.h).
#include "html_report.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "bibliography.h"
#include "element_info.h"
#include "outline.h"
#include "relation_words.h"
#include "report_assets.h"
#include "sha256.h"

namespace argmap {

namespace {

using nlohmann::json;

/// A label usable in a class name; anything else gets no class of its own.
std::string label_class(const std::string& label) {
  return label == "IN" || label == "OUT" || label == "UNDEC" ? " am-label-" + label : "";
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string proponent_label(const Model& model, Id id) {
  if (id >= model.proponents.size()) return "";
  return model.proponents[id].label.empty() ? model.proponents[id].key : model.proponents[id].label;
}

/// The page's builder: one pass over the model per part, appending to `out`.
class Page {
 public:
  Page(const Model& model, const ReportInput& input) : model_(model), input_(input) {}

  std::string write() {
    std::string style = report_assets::kStyle, script = report_assets::kScript;
    std::string title = frontmatter_text(model_, "title");
    if (title.empty()) title = "Argument map";
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '" +
        csp_hash(script) + "'; style-src '" + csp_hash(style) +
        "'; img-src data:; base-uri 'none'; form-action 'none'\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"argmap\">\n";
    out_ += "<title>" + escape_html(title) + "</title>\n<style>" + style + "</style>\n</head>\n";
    out_ += "<body>\n";
    header(title);
    out_ += "<main>\n";
    map_section();
    outline_section();
    sources_section();
    questions_section();
    out_ += "</main>\n";
    out_ += "<script type=\"application/json\" id=\"am__data\">" + data_json() + "</script>\n";
    out_ += "<script>" + script + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const Model& model_;
  const ReportInput& input_;
  std::string out_;

  void header(const std::string& title) {
    out_ += "<header id=\"am__header\">\n<h1>" + escape_html(title) + "</h1>\n";
    std::string author = frontmatter_text(model_, "author");
    std::string date = frontmatter_text(model_, "date");
    if (!author.empty() || !date.empty()) {
      out_ += "<p class=\"am-byline\">" + escape_html(author);
      if (!author.empty() && !date.empty()) out_ += " \u00b7 ";
      out_ += escape_html(date) + "</p>\n";
    }
    std::string abstract = frontmatter_text(model_, "abstract");
    if (!abstract.empty())
      out_ += "<div class=\"am-abstract\"><p>" + escape_html(abstract) + "</p></div>\n";
    out_ +=
        "<nav class=\"am-toc\"><a href=\"#am__map-section\">Map</a><a "
        "href=\"#am__outline\">Outline</a><a href=\"#am__sources\">Evidence and sources</a><a "
        "href=\"#am__questions\">Questions</a></nav>\n</header>\n";
  }

  void map_section() {
    out_ += "<section id=\"am__map-section\">\n<h2>Map</h2>\n<div class=\"am-controls\">\n";
    out_ +=
        "<input id=\"am__search\" type=\"search\" placeholder=\"Search titles and texts\" "
        "aria-label=\"Search\">\n";
    out_ +=
        "<select id=\"am__filter-section\" aria-label=\"Section\"><option value=\"\">All "
        "sections</option>";
    for (Id s = 0; s < model_.sections.size(); ++s)
      out_ += "<option value=\"" + std::to_string(s) + "\">" +
              std::string(2 * static_cast<std::size_t>(std::max(model_.sections[s].level - 1, 0)),
                          '-') +
              (model_.sections[s].level > 1 ? " " : "") + escape_html(model_.sections[s].title) +
              "</option>";
    out_ +=
        "</select>\n<select id=\"am__filter-proponent\" aria-label=\"Proponent\"><option "
        "value=\"\">All proponents</option>";
    for (Id p = 0; p < model_.proponents.size(); ++p)
      out_ += "<option value=\"" + std::to_string(p) + "\">" +
              escape_html(proponent_label(model_, p)) + "</option>";
    out_ += "</select>\n";
    out_ +=
        "<button id=\"am__zoom-in\" type=\"button\" title=\"Zoom in\">+</button><button "
        "id=\"am__zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button><button "
        "id=\"am__zoom-reset\" type=\"button\">Fit</button>\n</div>\n";
    out_ += "<div id=\"am__results\" aria-live=\"polite\"></div>\n<div class=\"am-mapwrap\">\n";
    std::string svg = inline_svg(input_.svg);
    if (svg.empty())
      out_ += "<p>No map was drawn for this handout.</p>\n";
    else
      out_ += "<div id=\"am__map\"" +
              std::string(input_.print_svg.empty() ? "" : " class=\"am-screen\"") + ">" + svg +
              "</div>\n";
    std::string print = inline_svg(prefix_svg_ids(input_.print_svg, "am__p-"));
    if (!svg.empty() && !print.empty()) out_ += "<div class=\"am-print-map\">" + print + "</div>\n";
    out_ += "<aside id=\"am__panel\" hidden></aside>\n</div>\n</section>\n";
  }

  std::string element_link(ElementRef e) const {
    return "<a class=\"am-el\" href=\"#am__map\" data-el=\"" + element_key(e) + "\">" +
           escape_html(display_name(model_, e)) + "</a>";
  }

  std::string label_badge(ElementRef e) const {
    auto it = input_.status.find(e);
    if (it == input_.status.end() || it->second.label.empty()) return "";
    return " <span class=\"am-label" + label_class(it->second.label) + "\">" +
           escape_html(it->second.label) + "</span>";
  }

  void outline_entry(const OutlineItem& item) {
    ElementRef e = item.element;
    std::string key = element_key(e);
    out_ += "<li data-el=\"" + key + "\"";
    if (!item.reference) out_ += " id=\"am__o-" + key + "\"";
    out_ += "><span class=\"am-entry\">";
    switch (item.role) {
      case OutlineRole::Root:
        break;
      case OutlineRole::Premise:
        out_ += "<span class=\"am-role am-role-premise\">premise</span> ";
        break;
      case OutlineRole::Support:
      case OutlineRole::Objection:
        out_ += std::string("<span class=\"am-role am-role-") +
                (item.role == OutlineRole::Support ? "support" : "objection") + "\">" +
                std::string(outline_role_word(item)) + "</span> ";
        break;
    }
    out_ += element_link(e) + label_badge(e);
    if (item.reference) {
      out_ += " <a class=\"am-ref\" href=\"#am__o-" + key + "\">(see above)</a>";
    } else {
      std::string who = proponent_label(model_, element_proponent(model_, e));
      if (!who.empty()) out_ += " <span class=\"am-prop\">(" + escape_html(who) + ")</span>";
      std::string_view text = element_text(model_, e);
      if (!text.empty()) out_ += " <span class=\"am-text\">" + escape_html(text) + "</span>";
    }
    out_ += "</span>";
  }

  void outline_section() {
    out_ += "<section id=\"am__outline\">\n<h2>Outline</h2>\n";
    Outline outline = build_outline(model_);
    for (const OutlineSection& section : outline.sections) {
      if (section.section != kNoId)
        out_ += "<h3>" + escape_html(model_.sections[section.section].title) + "</h3>\n";
      else if (outline.sections.size() > 1)
        out_ += "<h3>General</h3>\n";
      // Pre-order items with depths become nested lists.
      out_ += "<ul class=\"am-tree\">";
      int depth = -1;
      for (const OutlineItem& item : section.items) {
        if (item.depth > depth && depth >= 0) {
          out_ += "<ul>";
        } else if (depth >= 0) {
          out_ += "</li>";
          for (int d = depth; d > item.depth; --d) out_ += "</ul></li>";
        }
        out_ += "\n";
        outline_entry(item);
        depth = item.depth;
      }
      if (depth >= 0) out_ += "</li>";
      for (int d = depth; d > 0; --d) out_ += "</ul></li>";
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void sources_section() {
    out_ += "<section id=\"am__sources\">\n<h2>Evidence and sources</h2>\n";
    std::string evidence;
    for (ElementRef e : all_elements(model_)) {
      if (!is_evidence(model_, e)) continue;
      evidence += "<li>" + element_link(e);
      std::string_view text = element_text(model_, e);
      if (!text.empty()) evidence += " <span class=\"am-text\">" + escape_html(text) + "</span>";
      for (const Citation& c : element_citations(model_, e))
        evidence += "<br><cite>" + escape_html(format_citation(model_, c)) + "</cite>";
      evidence += "</li>\n";
    }
    if (!evidence.empty())
      out_ += "<h3>Evidence</h3>\n<ul class=\"am-evidence\">\n" + evidence + "</ul>\n";

    auto bibliography = build_bibliography(model_);
    if (!bibliography.empty()) {
      out_ += "<h3>Sources</h3>\n<ol class=\"am-bib\">\n";
      for (const BibliographyEntry& entry : bibliography) {
        out_ += "<li>";
        if (entry.source != kNoId) {
          Source shown = model_.sources[entry.source];
          std::string url = std::move(shown.url);
          shown.url.clear();
          out_ += "<span class=\"am-cite\">" + escape_html(format_source(shown)) + "</span> ";
          // Only web addresses become links; anything else (javascript:, data:) stays text.
          bool web = (starts_with_ci(url, "https://") || starts_with_ci(url, "http://")) &&
                     url.find_first_of(" \t\n\"'<>") == std::string::npos;
          if (web)
            out_ += "<a href=\"" + escape_html(url) + "\" rel=\"noreferrer\">" + escape_html(url) +
                    "</a> ";
          else if (!url.empty())
            out_ += "<span class=\"am-url\">" + escape_html(url) + "</span> ";
          out_ += "<span class=\"am-key\">[" + escape_html(entry.key) + "]</span>";
        } else {
          out_ += "<span class=\"am-key\">[" + escape_html(entry.key) +
                  "]</span> <em>not declared in the frontmatter's sources</em>";
        }
        if (!entry.cited_by.empty()) {
          out_ += "<br><span class=\"am-citedby\">Cited by ";
          for (std::size_t i = 0; i < entry.cited_by.size(); ++i) {
            if (i > 0) out_ += ", ";
            out_ += element_link(entry.cited_by[i].element);
            if (!entry.cited_by[i].page.empty())
              out_ += " (" + escape_html(format_page(entry.cited_by[i].page)) + ")";
          }
          out_ += "</span>";
        }
        out_ += "</li>\n";
      }
      out_ += "</ol>\n";
    }
    if (evidence.empty() && bibliography.empty()) out_ += "<p>The map cites no sources.</p>\n";
    out_ += "</section>\n";
  }

  void questions_section() {
    out_ += "<section id=\"am__questions\">\n<h2>Questions for discussion</h2>\n";
    auto questions = build_questions(model_, input_.findings);
    if (questions.empty()) out_ += "<p>The analysis raised no questions.</p>\n";
    bool open = false;
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (i == 0 || questions[i].kind != questions[i - 1].kind) {
        if (open) out_ += "</ol>\n";
        out_ += std::string("<h3>") + question_kind_title(questions[i].kind) +
                "</h3>\n<ol class=\"am-questions\">\n";
        open = true;
      }
      out_ += "<li>";
      for (const QuestionPart& part : questions[i].parts)
        out_ += part.element.valid() ? element_link(part.element) : escape_html(part.text);
      out_ += "</li>\n";
    }
    if (open) out_ += "</ol>\n";
    out_ += "</section>\n";
  }

  json element_json(ElementRef e) const {
    json j;
    j["kind"] = is_evidence(model_, e)             ? "evidence"
                : e.kind == ElementKind::Statement ? "statement"
                                                   : "argument";
    j["name"] = display_name(model_, e);
    j["title"] = model_.title(e);
    j["text"] = element_text(model_, e);
    Id p = element_proponent(model_, e);
    j["prop"] = p == kNoId ? "" : std::to_string(p);
    j["proponent"] = proponent_label(model_, p);
    Id s = element_section(model_, e);
    j["section"] = s < model_.sections.size() ? model_.sections[s].title : "";
    json sections = json::array();
    for (Id up = s; up < model_.sections.size(); up = model_.sections[up].parent)
      sections.push_back(std::to_string(up));
    j["sections"] = sections;
    j["tags"] = e.kind == ElementKind::Statement ? model_.statements[e.id].tags
                                                 : model_.arguments[e.id].tags;
    auto status = input_.status.find(e);
    j["label"] = status == input_.status.end() ? "" : status->second.label;
    j["explanation"] = status == input_.status.end() ? "" : status->second.explanation;
    json citations = json::array();
    for (const Citation& c : element_citations(model_, e))
      citations.push_back(format_citation(model_, c));
    j["citations"] = citations;
    j["in"] = json::array();
    j["out"] = json::array();
    auto node = input_.svg_ids.find(e);
    j["node"] = node == input_.svg_ids.end() ? "" : node->second;
    return j;
  }

  std::string data_json() const {
    json elements = json::object();
    for (ElementRef e : all_elements(model_)) elements[element_key(e)] = element_json(e);
    for (const Relation& r : model_.relations) {
      std::string from = element_key(r.from), to = element_key(r.to);
      if (!elements.contains(from) || !elements.contains(to)) continue;
      elements[to]["in"].push_back({{"rel", relation_passive(r.type)}, {"el", from}});
      elements[from]["out"].push_back({{"rel", relation_verb(r.type)}, {"el", to}});
    }
    json data = {{"elements", elements}};
    std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
    // Inside <script>, "</script>" or "<!--" in a string would end or confuse the element;
    // the JSON escape keeps the value and leaves no '<' at all.
    std::string safe;
    safe.reserve(text.size());
    for (char c : text) {
      if (c == '<')
        safe += "\\u003c";
      else if (c == '>')
        safe += "\\u003e";
      else if (c == '&')
        safe += "\\u0026";
      else
        safe += c;
    }
    return safe;
  }
};

}  // namespace

std::string inline_svg(std::string_view svg) {
  std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) return "";
  std::string out;
  std::string_view rest = svg.substr(start);
  // Comments carry Graphviz's node names; they add nothing to a page.
  while (!rest.empty()) {
    std::size_t open = rest.find("<!--");
    if (open == std::string_view::npos) {
      out += rest;
      break;
    }
    out += rest.substr(0, open);
    std::size_t close = rest.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    rest = rest.substr(close + 3);
  }
  std::string low = lower(out);
  if (low.find("<script") != std::string::npos || low.find("<foreignobject") != std::string::npos ||
      low.find("<iframe") != std::string::npos)
    return "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string prefix_svg_ids(std::string_view svg, std::string_view prefix) {
  std::string out;
  out.reserve(svg.size());
  const std::string_view patterns[] = {" id=\"", "url(#", "href=\"#"};
  std::size_t at = 0;
  while (at < svg.size()) {
    std::size_t best = std::string_view::npos, length = 0;
    for (std::string_view p : patterns) {
      std::size_t found = svg.find(p, at);
      if (found < best) best = found, length = p.size();
    }
    if (best == std::string_view::npos) {
      out += svg.substr(at);
      break;
    }
    out += svg.substr(at, best + length - at);
    out += prefix;
    at = best + length;
  }
  return out;
}

std::string frontmatter_text(const Model& model, std::string_view key) {
  const Data* value = model.frontmatter.find(key);
  if (!value) return "";
  if (value->is_list()) {
    std::string out;
    for (const Data& item : value->items) {
      std::string text =
          item.is_map() && item.find("name") ? item.find("name")->text() : item.text();
      if (text.empty()) continue;
      if (!out.empty()) out += ", ";
      out += text;
    }
    return out;
  }
  if (value->is_map() && value->find("name")) return value->find("name")->text();
  return value->text();
}

std::string write_html_report(const Model& model, const ReportInput& input) {
  return Page(model, input).write();
}

}  // namespace argmap
