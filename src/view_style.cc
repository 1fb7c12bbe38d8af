#include "view_style.h"

#include "element_info.h"
#include "relation_words.h"

#include <algorithm>
#include <set>

namespace argmap {
namespace {

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool is_color_name(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '#') {
    return (s.size() == 4 || s.size() == 7 || s.size() == 9) &&
           std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isxdigit(c); });
  }
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(c); });
}

bool is_index(std::string_view s) {
  return !s.empty() && s.size() < 4 && std::all_of(s.begin(), s.end(), ::isdigit);
}

/// Argdown's getColor: a colour string, or an index into the scheme.
std::string color_from(std::string_view value, const std::vector<std::string>& scheme) {
  if (is_index(value)) {
    std::size_t i = std::stoul(std::string(value));
    return i < scheme.size() ? scheme[i] : "";
  }
  return is_color_name(value) ? std::string(value) : "";
}

std::vector<std::string> scheme_for(const Model& model, const Theme& theme) {
  if (!theme.colored) return theme.scheme;
  const Data* color = model.frontmatter.find("color");
  const Data* scheme = color ? color->find("colorScheme") : nullptr;
  if (scheme && scheme->is_string()) {
    if (const auto* named = color_scheme(scheme->string)) return *named;
  } else if (scheme && scheme->is_list()) {
    std::vector<std::string> out;
    for (const auto& item : scheme->items)
      if (is_color_name(item.text())) out.push_back(item.text());
    if (!out.empty()) return out;
  }
  return theme.scheme;
}

/// Colour of the i-th tag (first-seen order): the model's (tagColors), else the
/// frontmatter's color.tagColors entry (a colour, an index or {color: ...}), else
/// the scheme's (i+1)-th colour, as Argdown's ColorPlugin does.
std::string tag_color(const Model& model, std::size_t i, const std::vector<std::string>& scheme) {
  if (!model.tags[i].color.empty()) return color_from(model.tags[i].color, scheme);
  const Data* color = model.frontmatter.find("color");
  const Data* tag_colors = color ? color->find("tagColors") : nullptr;
  if (const Data* entry = tag_colors ? tag_colors->find(model.tags[i].name) : nullptr) {
    if (const Data* inner = entry->find("color")) entry = inner;
    std::string c = color_from(entry->text(), scheme);
    if (!c.empty()) return c;
  }
  return i + 1 < scheme.size() ? scheme[i + 1] : "";
}

std::string proponent_color(const Model& model, Id p, const std::vector<std::string>& scheme) {
  if (!model.proponents[p].color.empty()) return color_from(model.proponents[p].color, scheme);
  return scheme.size() > 1 ? scheme[1 + p % (scheme.size() - 1)] : scheme[0];
}

/// The colour Argdown's ColorPlugin gives an element: {color} data, else its first
/// tag's colour, else the scheme's first colour.
std::string element_color(const Model& model, const ViewOptions& options, ElementRef e,
                          const std::vector<std::string>& scheme) {
  const Data& data =
      e.kind == ElementKind::Statement ? model.statements[e.id].data : model.arguments[e.id].data;
  if (const Data* c = data.find("color")) {
    std::string color = color_from(c->text(), scheme);
    if (!color.empty()) return color;
  }
  if (options.color_by == ColorBy::Proponent) {
    Id p = e.kind == ElementKind::Statement ? model.statements[e.id].proponent
                                            : model.arguments[e.id].proponent;
    return p < model.proponents.size() ? proponent_color(model, p, scheme) : scheme[0];
  }
  const auto& tags =
      e.kind == ElementKind::Statement ? model.statements[e.id].tags : model.arguments[e.id].tags;
  if (!tags.empty()) {
    for (std::size_t i = 0; i < model.tags.size(); ++i) {
      if (model.tags[i].name != tags.front()) continue;
      std::string color = tag_color(model, i, scheme);
      return color.empty() ? "#63AEF2" : color;  // Argdown's fallback for a colourless tag
    }
  }
  return scheme[0];
}

std::string citation_text(const Model& model, const std::vector<Citation>& citations) {
  std::string out;
  for (const auto& c : citations) {
    std::string one;
    if (c.source < model.sources.size()) {
      const Source& s = model.sources[c.source];
      one = s.author;
      if (!s.year.empty()) one += (one.empty() ? "" : " ") + s.year;
      if (one.empty()) one = s.title.empty() ? c.key : s.title;
    } else {
      one = c.key;
    }
    if (!c.page.empty()) one += ", p. " + c.page;
    out += (out.empty() ? "" : "; ") + one;
  }
  return out;
}

/// Returns `base`, or `base-2`, `base-3`... whichever is not yet in `used`.
std::string unique(std::string base, std::set<std::string>& used) {
  std::string id = base;
  for (int i = 2; !used.insert(id).second; ++i) id = base + "-" + std::to_string(i);
  return id;
}

/// Ids for every statement and argument of the model, so that an element keeps
/// its id whatever the focus or selection.
void element_ids(const Model& model, std::vector<std::string>& stmt, std::vector<std::string>& arg,
                 std::set<std::string>& used) {
  for (const auto& s : model.statements) {
    std::string base = slug(s.title);
    stmt.push_back(unique(base.empty() ? "statement" : base, used));
  }
  for (const auto& a : model.arguments) {
    std::string base = slug(a.title);
    arg.push_back(unique(base.empty() ? "argument" : base, used));
  }
}

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::Statement:
      return "statement";
    case NodeKind::Argument:
      return "argument";
    case NodeKind::Evidence:
      return "evidence";
    case NodeKind::Inference:
      return "inference";
    case NodeKind::Group:
      return "group";
  }
  return "statement";
}

NodeStyle base_style(const Theme& theme, NodeKind kind, const std::string& color) {
  NodeStyle s;
  switch (kind) {
    case NodeKind::Statement:
      s = theme.statement;
      break;
    case NodeKind::Argument:
      s = theme.argument;
      break;
    case NodeKind::Evidence:
      s = theme.evidence;
      break;
    case NodeKind::Inference:
      return theme.inference;
    case NodeKind::Group:
      return theme.closed_group;
  }
  if (theme.colored) {
    if (s.border.empty()) s.border = color;
    if (s.fill.empty()) s.fill = color;
  }
  return s;
}

}  // namespace

std::string slug(std::string_view text) {
  std::string out;
  bool dash = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool keep = std::isalnum(u) || u >= 0x80;
    if (!keep) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += u < 0x80 ? static_cast<char>(std::tolower(u)) : c;
  }
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_len = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    std::size_t end = pos;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (end == pos) break;
    std::string_view word = text.substr(pos, end - pos);
    std::size_t len = code_points(word);
    if (!line.empty() && line_len + 1 + len > static_cast<std::size_t>(std::max(width, 1))) {
      lines.push_back(std::move(line));
      line.clear();
      line_len = 0;
    }
    if (!line.empty()) line += ' ', ++line_len;
    line += word;
    line_len += len;
    pos = end;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

Theme theme_for(const ViewOptions& options) {
  return options.theme == "mono" ? mono_theme() : default_theme();
}

namespace {

std::string_view status_class(Label label) {
  switch (label) {
    case Label::In:
      return "status-in";
    case Label::Out:
      return "status-out";
    case Label::Undec:
      break;
  }
  return "status-undec";
}

/// A statement's, argument's or evidence's look under --color-by status: the
/// kind's shape and fill (mono), or the status fill (colour), with the status border.
NodeStyle status_style(const Theme& theme, NodeKind kind, Label label) {
  NodeStyle s = base_style(theme, kind, "#ffffff");
  const StatusStyle& st = theme.status(label);
  if (theme.colored && !st.fill.empty()) s.fill = st.fill;
  s.border = st.border;
  s.border_style = st.border_style;
  s.pen_width = st.pen_width;
  return s;
}

}  // namespace

void style_view(const Model& model, const ViewOptions& options, View& view,
                const ModelLabels* status) {
  Theme theme = theme_for(options);
  std::vector<std::string> scheme = scheme_for(model, theme);
  view.font_name = theme.font_name;
  view.node_width = options.node_width;
  view.rankdir = options.rankdir;
  if (!options.rankdir_set) {
    const Data* dot = model.frontmatter.find("dot");
    const Data* gv = dot ? dot->find("graphVizSettings") : nullptr;
    const Data* rd = gv ? gv->find("rankdir") : nullptr;
    std::string r = rd ? rd->text() : "";
    view.rankdir = r == "TB"   ? RankDir::TB
                   : r == "LR" ? RankDir::LR
                   : r == "RL" ? RankDir::RL
                               : RankDir::BT;
  }

  std::vector<std::string> stmt_ids, arg_ids;
  std::set<std::string> used;
  element_ids(model, stmt_ids, arg_ids, used);
  for (auto& n : view.nodes) {
    ElementRef e = n.element;
    n.classes = {std::string(kind_name(n.kind))};
    if (n.kind == NodeKind::Inference) continue;
    bool is_stmt = e.kind == ElementKind::Statement;
    n.id = is_stmt ? stmt_ids[e.id] : arg_ids[e.id];
    std::string_view title = model.title(e);
    bool auto_title =
        is_stmt ? model.statements[e.id].auto_title : model.arguments[e.id].auto_title;
    std::string_view text = element_text(model, e);
    if (!auto_title || text.empty()) n.title_lines = wrap_words(title, options.wrap);
    n.text_lines = wrap_words(text, options.wrap);
    if (n.kind == NodeKind::Evidence)
      n.citation = citation_text(model, model.statements[e.id].citations);
    if (auto_title) n.classes.push_back("untitled");
    for (const auto& tag : is_stmt ? model.statements[e.id].tags : model.arguments[e.id].tags)
      n.classes.push_back("tag-" + slug(tag));
    Id p = is_stmt ? model.statements[e.id].proponent : model.arguments[e.id].proponent;
    if (p < model.proponents.size())
      n.classes.push_back("proponent-" + slug(model.proponents[p].key));
    if (options.color_by == ColorBy::Status && status) {
      Label label = status->of(e);
      n.classes.push_back(std::string(status_class(label)));
      n.style = status_style(theme, n.kind, label);
    } else {
      n.style = base_style(theme, n.kind, element_color(model, options, e, scheme));
    }
  }
  for (auto& n : view.nodes) {
    if (n.kind != NodeKind::Inference) continue;
    n.id = unique("inference-" + (n.owner != kNone ? view.nodes[n.owner].id : "x"), used);
    n.style = theme.inference;
  }

  std::set<std::string> edge_ids;
  for (auto& e : view.edges) {
    std::string name =
        e.inference_link ? "inference-link" : std::string(relation_type_name(e.type));
    e.classes = {name};
    e.style = e.inference_link ? theme.inference_link : theme.relation(e.type);
    std::string base = e.inference_link
                           ? view.nodes[e.from].id + "--inference"
                           : view.nodes[e.from].id + "--" + name + "--" + view.nodes[e.to].id;
    e.id = unique(base, edge_ids);
  }
}

void style_clusters(const Model&, const ViewOptions& options, View& view) {
  Theme theme = theme_for(options);
  std::set<std::string> used;
  for (const auto& n : view.nodes) used.insert(n.id);
  for (auto& c : view.clusters) {
    c.id = unique(c.id, used);
    std::size_t level = std::clamp<std::size_t>(c.level, 1, theme.group_fills.size());
    c.fill = theme.group_fills[level - 1];
  }
}

ViewNode closed_group_node(const ViewOptions& options, const View& view, std::size_t cluster) {
  Theme theme = theme_for(options);
  const ViewCluster& c = view.clusters[cluster];
  ViewNode n;
  n.kind = NodeKind::Group;
  n.id = c.id;
  n.title_lines = wrap_words(c.label, options.wrap);
  n.classes = {"group", "closed"};
  n.style = theme.closed_group;
  n.cluster = c.parent;
  return n;
}

void build_legend(const Model& model, const ViewOptions& options, View& view) {
  Theme theme = theme_for(options);
  std::vector<std::string> scheme = scheme_for(model, theme);
  bool by_status = options.color_by == ColorBy::Status;
  const NodeKind kinds[] = {NodeKind::Statement, NodeKind::Argument, NodeKind::Evidence,
                            NodeKind::Group, NodeKind::Inference};
  for (NodeKind kind : kinds) {
    if (std::none_of(view.nodes.begin(), view.nodes.end(),
                     [&](const ViewNode& n) { return n.kind == kind; }))
      continue;
    LegendEntry entry;
    entry.label = kind == NodeKind::Group ? "closed section" : std::string(kind_name(kind));
    entry.id = "legend-" + slug(entry.label);
    entry.node_kind = kind;
    entry.node_style = base_style(theme, kind, scheme[0]);
    if (by_status && kind != NodeKind::Inference && kind != NodeKind::Group)
      entry.node_style = base_style(mono_theme(), kind, "");  // the kind by shape alone
    view.legend.push_back(std::move(entry));
  }
  const RelationType types[] = {RelationType::Support,  RelationType::Attack,
                                RelationType::Undercut, RelationType::Contradiction,
                                RelationType::Entails,  RelationType::Contrary};
  for (RelationType type : types) {
    if (std::none_of(view.edges.begin(), view.edges.end(),
                     [&](const ViewEdge& e) { return !e.inference_link && e.type == type; }))
      continue;
    LegendEntry entry;
    entry.label = std::string(relation_type_name(type));
    entry.id = "legend-" + entry.label;
    entry.is_edge = true;
    entry.edge_style = theme.relation(type);
    view.legend.push_back(std::move(entry));
  }
  // The statuses drawn, each as a statement box in its status look.
  auto drawn = [&](const std::string& cls) {
    return std::any_of(view.nodes.begin(), view.nodes.end(), [&](const ViewNode& n) {
      return std::find(n.classes.begin(), n.classes.end(), cls) != n.classes.end();
    });
  };
  if (by_status) {
    const std::pair<Label, const char*> statuses[] = {
        {Label::In, "IN (stands)"}, {Label::Out, "OUT (falls)"}, {Label::Undec, "UNDEC (open)"}};
    for (auto [label, text] : statuses) {
      std::string cls(status_class(label));
      if (!drawn(cls)) continue;
      LegendEntry entry;
      entry.label = text;
      entry.id = "legend-" + cls;
      entry.node_kind = NodeKind::Statement;
      entry.node_style = status_style(theme, NodeKind::Statement, label);
      view.legend.push_back(std::move(entry));
    }
    return;
  }
  if (!theme.colored) return;
  // The colours in use: one argument-shaped swatch per tag or proponent drawn.
  auto swatch = [&](const std::string& label, const std::string& id, const std::string& color) {
    LegendEntry entry;
    entry.label = label;
    entry.id = id;
    entry.node_kind = NodeKind::Argument;
    entry.node_style = base_style(theme, NodeKind::Argument, color);
    view.legend.push_back(std::move(entry));
  };
  if (options.color_by == ColorBy::Tag) {
    for (std::size_t i = 0; i < model.tags.size(); ++i) {
      std::string color = tag_color(model, i, scheme);
      if (!color.empty() && drawn("tag-" + slug(model.tags[i].name)))
        swatch("#" + model.tags[i].name, "legend-tag-" + slug(model.tags[i].name), color);
    }
  } else {
    for (Id p = 0; p < model.proponents.size(); ++p) {
      if (drawn("proponent-" + slug(model.proponents[p].key)))
        swatch(model.proponents[p].label, "legend-proponent-" + slug(model.proponents[p].key),
               proponent_color(model, p, scheme));
    }
  }
}

}  // namespace argmap
