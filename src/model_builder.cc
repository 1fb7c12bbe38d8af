// Walks the syntax tree's blocks in order, as Argdown's ModelPlugin walks its
// parse tree, then applies Argdown's relation transformations.
#include "model_builder.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "relation_links.h"
#include "yaml_data.h"

namespace argmap {
namespace {

/// Deep merge as lodash.merge does it for data: maps merge key by key, the rest is replaced.
void merge_data(Data& into, const Data& from) {
  if (from.is_null()) return;
  if (!into.is_map() || !from.is_map()) {
    into = from;
    return;
  }
  for (const auto& [key, value] : from.fields) {
    bool found = false;
    for (auto& [k, v] : into.fields)
      if (k == key) {
        merge_data(v, value);
        found = true;
        break;
      }
    if (!found) into.fields.emplace_back(key, value);
  }
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

/// The text without its tags (frontmatter model.removeTagsFromText).
std::string without_tags(const TextSyntax& content) {
  std::string text(content.text);
  for (auto it = content.tags.rbegin(); it != content.tags.rend(); ++it)
    text.erase(it->text_begin, it->text_end() - it->text_begin);
  return text;
}

/// The names of the tags in `content`, each once, in order of appearance: views
/// of the source, which the model's texts hold, so no name is copied.
std::vector<std::string_view> tag_names(const TextSyntax& content) {
  std::vector<std::string_view> names;
  names.reserve(content.tags.size());
  for (const TagSyntax& t : content.tags)
    if (std::find(names.begin(), names.end(), t.name) == names.end()) names.push_back(t.name);
  return names;
}

}  // namespace

namespace builder_detail {

class Builder {
 public:
  Builder(const SourceSet& sources, Diagnostics& diagnostics)
      : sources_(sources), diags_(diagnostics) {}

  void take_blocks(SyntaxTree& tree);
  Model finish(const SyntaxTree& tree);

 private:
  Location where(Span s) {
    if (s.file >= sources_.files.size()) return {};
    if (line_hints_.size() <= s.file) line_hints_.resize(s.file + 1);
    return sources_.files[s.file].span(s.file, s.begin, s.end, line_hints_[s.file]);
  }
  /// where(part) for a part of the line `whole` starts on, given at = where(whole):
  /// from that line's start up to the end of `whole` (when `whole` is one line)
  /// or its start, the columns follow from the offsets, with no line lookup. So
  /// are an element's title and data, a relation symbol and a PCS step's number.
  Location where_near(Span whole, const Location& at, Span part) {
    if (!at.valid() || part.file != whole.file || at.column - 1 > whole.begin) return where(part);
    std::uint32_t line_start = whole.begin - (at.column - 1);
    std::uint32_t line_end = at.line == at.end_line ? whole.end : whole.begin;
    if (part.begin < line_start || part.end > line_end || part.begin > part.end) return where(part);
    return Location{at.file, at.line, part.begin - line_start + 1, at.line,
                    part.end - line_start + 1};
  }
  DataBox data_of(const std::optional<Span>& span);
  /// "Untitled N", kept with the texts: a title is a view, like the titles of the source.
  std::string_view next_untitled() {
    char name[32] = "Untitled ";
    char* end = std::to_chars(name + 9, name + sizeof name, ++untitled_).ptr;
    return tree_->texts->keep(std::string_view(name, static_cast<std::size_t>(end - name)));
  }
  Id statement_id(std::string_view title, std::uint32_t hash);
  Id argument_id(std::string_view title, std::uint32_t hash);
  ElementRef add_occurrence(std::uint32_t node, StatementRole role);
  void add_tags(const TextSyntax& content, std::vector<std::string_view>& occurrence,
                std::vector<std::string_view>& element);
  void add_tag_to_model(std::string_view tag);
  void add_relation(RelationType type, ElementRef from, ElementRef to, const Location& at);
  void relation_of(std::uint32_t node, ElementRef inference_target, ElementRef pcs_undercut_target);
  void walk_tree(std::uint32_t first, std::uint32_t end, StatementRole root_role,
                 ElementRef inference_target, ElementRef pcs_undercut_target = {});
  void heading(const HeadingSyntax& h);
  void pcs(const PcsSyntax& p);
  void read_frontmatter_once(const SyntaxTree& tree);
  void finish_relations();

  SyntaxTree* tree_ = nullptr;  // the blocks being taken: their texts become the model's
  const SourceSet& sources_;
  Diagnostics& diags_;
  Model model_;
  bool frontmatter_read_ = false;
  Id previous_argument_ = kNoId;  // the argument heading the previous block, for a PCS
  int untitled_ = 0;
  bool remove_tags_from_text_ = false;  // frontmatter model.removeTagsFromText
  Id section_ = kNoId;
  std::vector<ElementRef> refs_;             // per syntax element of the blocks being taken
  std::vector<Location> wheres_;             // per syntax element: where(element), for where_near
  std::vector<std::uint32_t> title_hashes_;  // per syntax element: title_hash(title)
  std::vector<bool> section_fixed_statement_, section_fixed_argument_;
  RelationLinks relation_links_;  // the relations' lists by element, until finish_relations
  TitleIndex tag_ids_;            // a tag's name -> its index in model_.tags
  std::vector<bool> has_pcs_;
  std::vector<LineHint> line_hints_;  // per file: the builder walks each file forward
  std::vector<std::uint32_t> open_;   // walk_tree's stack, kept between calls
  // data_of's blocks: a block's text -> the value read, in data_read_
  TitleIndex data_ids_;
  std::vector<DataBox> data_read_;
};

// A map repeats the same few {data} blocks ({source: X, page: "3"}): a block read
// without a diagnostic is kept by its text, and its next occurrences share the value.
// One with a diagnostic is read again each time, so that each place gets its own.
DataBox Builder::data_of(const std::optional<Span>& span) {
  if (!span) return {};
  const SourceFile& file = sources_.files[span->file];
  std::string_view text =
      std::string_view(file.text()).substr(span->begin, span->end - span->begin);
  if (Id seen = data_ids_.find(text); seen != TitleIndex::kAbsent) return data_read_[seen];
  std::size_t diagnostics = diags_.items().size();
  DataBox data = read_data_block(file, *span, diags_);
  if (diags_.items().size() == diagnostics) {
    data_ids_.try_emplace(text, static_cast<Id>(data_read_.size()));
    data_read_.push_back(data);
  }
  return data;
}

Id Builder::statement_id(std::string_view title, std::uint32_t hash) {
  auto [id, inserted] =
      model_.statement_by_title.try_emplace(title, hash, static_cast<Id>(model_.statements.size()));
  if (inserted) {
    model_.statements.emplace_back().title = title;
    section_fixed_statement_.push_back(false);
  }
  return id;
}

Id Builder::argument_id(std::string_view title, std::uint32_t hash) {
  auto [id, inserted] =
      model_.argument_by_title.try_emplace(title, hash, static_cast<Id>(model_.arguments.size()));
  if (inserted) {
    model_.arguments.emplace_back().title = title;
    section_fixed_argument_.push_back(false);
    has_pcs_.push_back(false);
  }
  return id;
}

// The tags written in an occurrence's `content`: each name once in the
// occurrence's list, and in its element's and the model's when new to them (a
// name the element has, the model has). Out of line: most occurrences have none.
[[gnu::noinline]] void Builder::add_tags(const TextSyntax& content,
                                         std::vector<std::string_view>& occurrence,
                                         std::vector<std::string_view>& element) {
  bool first = element.empty();  // then every name is new to it (the usual case)
  for (const TagSyntax& t : content.tags) {
    if (std::find(occurrence.begin(), occurrence.end(), t.name) != occurrence.end()) continue;
    occurrence.push_back(t.name);
    if (!first) {
      if (std::find(element.begin(), element.end(), t.name) != element.end()) continue;
      element.push_back(t.name);
    }
    add_tag_to_model(t.name);
  }
  if (first) element = occurrence;
}

void Builder::add_tag_to_model(std::string_view tag) {
  if (tag_ids_.try_emplace(tag, static_cast<Id>(model_.tags.size())).second)
    model_.tags.push_back(Tag{std::string(tag), ""});
}

// Adds the occurrence of syntax element `node` to its statement or argument.
ElementRef Builder::add_occurrence(std::uint32_t node, StatementRole role) {
  ElementSyntax& e = tree_->elements[node];
  bool untitled = e.title.empty();
  std::string_view title = untitled ? next_untitled() : e.title;
  std::uint32_t hash = untitled ? title_hash(title) : title_hashes_[node];
  ElementRef ref{e.argument ? ElementKind::Argument : ElementKind::Statement,
                 e.argument ? argument_id(title, hash) : statement_id(title, hash)};
  // The element's lists, filled in place: an Occurrence is too large to move around.
  auto& occurrences =
      e.argument ? model_.arguments[ref.id].occurrences : model_.statements[ref.id].occurrences;
  bool first = occurrences.empty();
  Occurrence& o = occurrences.emplace_back();
  if (e.argument)
    o.role = e.form == ElementForm::Reference ? StatementRole::ArgumentReference
                                              : StatementRole::ArgumentDescription;
  else
    o.role = role;
  o.is_reference = e.form == ElementForm::Reference;
  if (!o.is_reference)
    o.text = remove_tags_from_text_ && !e.content.tags.empty()
                 ? tree_->texts->keep(without_tags(e.content))
                 : e.content.text;  // the tree's arena holds it: finish hands that to the model
  o.where = where(e.where);
  if (e.data) {
    o.data = data_of(e.data);
    o.data_where = where_near(e.where, o.where, *e.data);
  }
  o.section = section_;
  if (e.form != ElementForm::Text) o.title_where = where_near(e.where, o.where, e.title_where);
  wheres_[node] = o.where;
  const Data* in_group = o.data.is_map() ? o.data.find("isInGroup") : nullptr;
  bool in_group_true = in_group && in_group->kind == Data::Kind::Bool && in_group->boolean;
  bool takes_section = in_group_true || (!o.is_reference && !in_group);
  auto update = [&](auto& element, std::vector<bool>& section_fixed) {
    element.auto_title = element.auto_title || (untitled && first);
    if (!e.content.tags.empty()) add_tags(e.content, o.tags, element.tags);
    if (element.data.is_null())
      element.data = o.data;  // shared: most elements have one block
    else if (!o.data.is_null())
      merge_data(element.data.edit(), o.data);
    if (in_group_true || (takes_section && !section_fixed[ref.id])) {
      element.section = section_;
      section_fixed[ref.id] = section_ != kNoId;
    }
  };
  if (e.argument)
    update(model_.arguments[ref.id], section_fixed_argument_);
  else
    update(model_.statements[ref.id], section_fixed_statement_);
  return ref;
}

void Builder::add_relation(RelationType type, ElementRef from, ElementRef to, const Location& at) {
  std::vector<Relation>& relations = model_.relations;
  std::uint32_t found = relation_links_.find(relations, type, from, to);
  if (found == RelationLinks::kNone && type == RelationType::Contradiction)
    found = relation_links_.find(relations, type, to, from);
  if (found != RelationLinks::kNone) {
    relations[found].where.push_back(at);
    return;
  }
  relation_links_.add(static_cast<std::uint32_t>(relations.size()), from, to);
  // Made in place: moving a Relation copies its inline location with a memmove call.
  Relation& relation = relations.emplace_back();
  relation.type = type;
  relation.from = from;
  relation.to = to;
  relation.where.push_back(at);
}

// The relation between a syntax element and its parent, made when the element
// is left (after its own subtree), in the order Argdown makes them.
// `pcs_undercut_target`: inside a premise-conclusion structure after its first
// inference, `<_` under a statement undercuts the argument's inference (Argdown).
void Builder::relation_of(std::uint32_t node, ElementRef inference_target,
                          ElementRef pcs_undercut_target) {
  const ElementSyntax& e = tree_->elements[node];
  if (e.parent == kNoParent) return;
  ElementRef child = refs_[node];
  ElementRef parent = e.parent == kInferenceParent ? inference_target : refs_[e.parent];
  if (e.symbol == RelationSymbol::UndercutByChild && pcs_undercut_target.valid() &&
      parent.kind == ElementKind::Statement)
    parent = pcs_undercut_target;
  if (!parent.valid() || !child.valid() || e.symbol == RelationSymbol::None) return;
  Location at = where_near(e.where, wheres_[node], e.symbol_where);  // the symbol starts the line
  switch (e.symbol) {
    case RelationSymbol::SupportedByChild:
      add_relation(RelationType::Support, child, parent, at);
      break;
    case RelationSymbol::AttackedByChild:
      add_relation(RelationType::Attack, child, parent, at);
      break;
    case RelationSymbol::UndercutByChild:
      add_relation(RelationType::Undercut, child, parent, at);
      break;
    case RelationSymbol::SupportsChild:
      add_relation(RelationType::Support, parent, child, at);
      break;
    case RelationSymbol::AttacksChild:
      add_relation(RelationType::Attack, parent, child, at);
      break;
    case RelationSymbol::UndercutsChild:
      add_relation(RelationType::Undercut, parent, child, at);
      break;
    case RelationSymbol::Contradiction:
      add_relation(RelationType::Contradiction, parent, child, at);
      break;
    case RelationSymbol::None:  // returned above
      break;
  }
}

// Elements [first, end) form relation trees in pre-order. Occurrences are added
// in pre-order (as Argdown assigns auto titles), relations in post-order.
void Builder::walk_tree(std::uint32_t first, std::uint32_t end, StatementRole root_role,
                        ElementRef inference_target, ElementRef pcs_undercut_target) {
  std::vector<std::uint32_t>& open = open_;  // kept between calls: no allocation per block
  open.clear();
  for (std::uint32_t k = first; k < end; ++k) {
    const ElementSyntax& e = tree_->elements[k];
    while (!open.empty() && static_cast<std::int32_t>(open.back()) != e.parent) {
      relation_of(open.back(), inference_target, pcs_undercut_target);
      open.pop_back();
    }
    bool root = e.parent == kNoParent || e.parent == kInferenceParent;
    refs_[k] = add_occurrence(
        k, root && e.parent == kNoParent ? root_role : StatementRole::RelationMember);
    open.push_back(k);
  }
  while (!open.empty()) {
    relation_of(open.back(), inference_target, pcs_undercut_target);
    open.pop_back();
  }
}

void Builder::heading(const HeadingSyntax& h) {
  Section s;
  s.id = "s" + std::to_string(model_.sections.size() + 1);
  s.title = remove_tags_from_text_ ? trim(without_tags(h.content)) : trim(h.content.text);
  s.level = h.level;
  s.tags = tag_names(h.content);
  s.data = data_of(h.data).get();
  s.where = where(h.where);
  for (std::string_view t : s.tags) add_tag_to_model(t);
  Id parent = section_;
  while (parent != kNoId && model_.sections[parent].level >= s.level)
    parent = model_.sections[parent].parent;
  s.parent = parent;
  model_.sections.push_back(std::move(s));
  section_ = static_cast<Id>(model_.sections.size() - 1);
}

void Builder::pcs(const PcsSyntax& p) {
  Id argument = previous_argument_;
  if (argument == kNoId) {
    std::string_view title = next_untitled();
    argument = argument_id(title, title_hash(title));
    model_.arguments[argument].auto_title = true;
  }
  if (section_ != kNoId) model_.arguments[argument].section = section_;
  bool second = has_pcs_[argument];
  if (second) {
    const Argument& a = model_.arguments[argument];
    auto& d = diags_.error(
        "second-pcs", where(p.where),
        "argument <" + std::string(a.title) + "> already has a premise-conclusion structure");
    d.notes.push_back(DiagnosticNote{a.pcs_where, "the first one is here"});
    d.suggestion =
        "give this reconstruction its own argument title (<Other title>) on the line before it";
  }
  has_pcs_[argument] = true;
  std::vector<PcsStep> steps;
  steps.reserve(p.steps.size());
  bool after_inference = false;
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    const PcsStepSyntax& step = p.steps[i];
    const ElementSyntax& root = tree_->elements[step.element];
    bool last = i + 1 == p.steps.size();
    StatementRole role = !step.inference ? StatementRole::Premise
                         : last          ? StatementRole::MainConclusion
                                         : StatementRole::IntermediateConclusion;
    ElementRef target{ElementKind::Argument, argument};
    std::optional<Inference> inference;
    if (step.inference) {
      const InferenceSyntax& is = *step.inference;
      Inference inf;
      inf.rules = is.rules;
      inf.data = data_of(is.data);
      inf.where = where(is.where);
      inference = std::move(inf);
      walk_tree(is.first_undercut, is.end_undercut, StatementRole::RelationMember, target);
      after_inference = true;
    }
    // The statement and its relation tree run until the next step's element
    // (or the undercuts of the next inference).
    std::uint32_t end = static_cast<std::uint32_t>(tree_->elements.size());
    if (i + 1 < p.steps.size()) {
      const PcsStepSyntax& next = p.steps[i + 1];
      end = next.inference && next.inference->end_undercut > next.inference->first_undercut
                ? next.inference->first_undercut
                : next.element;
    } else {
      end = step.element + 1;
      while (end < tree_->elements.size() && tree_->elements[end].parent >= 0) ++end;
    }
    walk_tree(step.element, end, role, target, after_inference ? target : ElementRef{});
    ElementRef ref = refs_[step.element];
    if (ref.kind != ElementKind::Statement || root.argument) continue;
    Statement& s = model_.statements[ref.id];
    if (role == StatementRole::Premise) s.used_as_premise = true;
    if (role == StatementRole::IntermediateConclusion) s.used_as_intermediate_conclusion = true;
    if (role == StatementRole::MainConclusion) s.used_as_main_conclusion = true;
    steps.push_back(
        PcsStep{ref.id, role, std::move(inference),
                where_near(root.where, wheres_[step.element],
                           Span{step.number_where.file, step.number_where.begin, root.where.end})});
  }
  if (!second) {
    Argument& a = model_.arguments[argument];
    a.pcs = std::move(steps);
    a.pcs_where = where(p.where);
  }
}

void Builder::read_frontmatter_once(const SyntaxTree& tree) {
  if (frontmatter_read_) return;
  frontmatter_read_ = true;
  if (!tree.frontmatter) return;
  model_.frontmatter =
      read_frontmatter(sources_.files[tree.frontmatter->file], *tree.frontmatter, diags_);
  model_.frontmatter_where = where(*tree.frontmatter);
  if (const Data* m = model_.frontmatter.find("model")) {
    if (const Data* mode = m->find("mode")) model_.strict_mode = mode->text() == "strict";
    if (const Data* remove = m->find("removeTagsFromText"))
      remove_tags_from_text_ = remove->text() == "true";
  }
}

void Builder::take_blocks(SyntaxTree& tree) {
  if (!frontmatter_read_) {
    // The frontmatter comes before the first block. Reserve the element vectors
    // for a line each: doubling them would briefly hold two copies, and pages
    // never touched cost address space, not memory. Capped: a file of empty
    // lines must not reserve gigabytes (the vectors still grow past the cap).
    read_frontmatter_once(tree);
    std::size_t lines = 0;
    for (const auto& file : sources_.files) lines += file.line_count();
    std::size_t expected = std::min<std::size_t>(lines, std::size_t{1} << 18);
    model_.statements.reserve(expected);
    model_.arguments.reserve(expected / 2);
    section_fixed_statement_.reserve(expected);
    section_fixed_argument_.reserve(expected / 2);
    model_.relations.reserve(expected);  // a relation takes a line of its own
    relation_links_.reserve(expected, expected / 2, expected);
    // Tables are touched whole, so not a line each: most lines are not new titles.
    model_.statement_by_title.reserve(expected / 2);
    model_.argument_by_title.reserve(expected / 8);
  }
  tree_ = &tree;
  refs_.assign(tree.elements.size(), ElementRef{});
  wheres_.resize(tree.elements.size());
  // The titles' slots are loaded a batch ahead: in a large map each lookup would
  // otherwise wait for memory, one after another.
  title_hashes_.resize(tree.elements.size());
  for (std::size_t k = 0; k < tree.elements.size(); ++k) {
    const ElementSyntax& e = tree.elements[k];
    if (e.title.empty()) continue;
    title_hashes_[k] = title_hash(e.title);
    (e.argument ? model_.argument_by_title : model_.statement_by_title).prefetch(title_hashes_[k]);
  }
  for (const BlockSyntax& block : tree.blocks) {
    switch (block.kind) {
      case BlockSyntax::Kind::Heading:
        heading(tree.headings[block.index]);
        break;
      case BlockSyntax::Kind::Element:
      case BlockSyntax::Kind::List:
        walk_tree(block.index, block.end, StatementRole::TopLevel, {});
        break;
      case BlockSyntax::Kind::Pcs:
        pcs(tree.pcs[block.index]);
        break;
    }
    bool argument_block = block.kind == BlockSyntax::Kind::Element &&
                          block.index < tree.elements.size() && tree.elements[block.index].argument;
    previous_argument_ = argument_block ? refs_[block.index].id : kNoId;
  }
  // Taken: the parser goes on with an empty tree (the frontmatter stays).
  tree.blocks.clear();
  tree.elements.clear();
  tree.headings.clear();
  tree.pcs.clear();
  tree_ = nullptr;
}

Model Builder::finish(const SyntaxTree& tree) {
  read_frontmatter_once(tree);
  model_.texts = tree.texts;  // every occurrence's text is there
  // Canonical texts: the last non-reference member, unless one says isCanonical.
  auto canonical = [](const InlineList<Occurrence>& occurrences) -> std::string_view {
    const Occurrence* chosen = nullptr;
    for (auto it = occurrences.rbegin(); it != occurrences.rend(); ++it) {
      if (it->is_reference) continue;
      const Data* c = it->data.is_map() ? it->data.find("isCanonical") : nullptr;
      if (c && c->kind == Data::Kind::Bool && c->boolean) return it->text;
      if (!chosen) chosen = &*it;
    }
    return chosen ? chosen->text : std::string_view();
  };
  // One pass over the elements (a 50k-statement map's are ~15 MB): the
  // canonical text, the section and argmap's extensions together.
  ExtensionReader extensions(model_, sources_);
  for (auto& s : model_.statements) {
    s.text = canonical(s.occurrences);
    if (s.section == kNoId && !s.occurrences.empty()) s.section = s.occurrences.front().section;
    extensions.read(s);
  }
  for (auto& a : model_.arguments) {
    a.description = canonical(a.occurrences);
    if (a.section == kNoId && !a.occurrences.empty()) a.section = a.occurrences.front().section;
    extensions.read(a);
  }
  finish_relations();
  relation_links_ = RelationLinks();
  return std::move(model_);
}

// Argdown's ModelPlugin.run: relations of reconstructed arguments move to their
// main conclusions; strict mode turns statement-statement support and attack
// into entailment and contrariety; an attack on an argument is dropped when the
// attacker already attacks or contradicts one of its premises.
void Builder::finish_relations() {
  std::vector<Relation>& relations = model_.relations;
  std::vector<char> removed(relations.size(), false);  // not vector<bool>: a byte reads in one step
  auto is_removed = [&](std::uint32_t j) { return removed[j] != 0; };
  for (std::size_t i = 0; i < relations.size(); ++i) {
    Relation& r = relations[i];
    if (r.from.kind != ElementKind::Argument) continue;
    Id conclusion = model_.arguments[r.from.id].main_conclusion();
    if (conclusion == kNoId) continue;
    ElementRef from{ElementKind::Statement, conclusion};
    // Found before r moves, so that r does not find itself.
    std::uint32_t found = relation_links_.find(relations, r.type, from, r.to, is_removed);
    r.from = from;
    if (r.from == r.to) {
      removed[i] = true;  // an argument's relation to its own conclusion: Argdown drops it
    } else if (found != RelationLinks::kNone) {
      auto& into = relations[found].where;
      into.insert(into.end(), r.where.begin(), r.where.end());
      removed[i] = true;
    } else {
      // The argument's list is not walked again: its relations all move here.
      relation_links_.move_from(static_cast<std::uint32_t>(i), from);
    }
  }
  if (model_.strict_mode) {
    for (std::size_t i = 0; i < relations.size(); ++i) {
      Relation& r = relations[i];
      if (removed[i] || r.from.kind != ElementKind::Statement ||
          r.to.kind != ElementKind::Statement)
        continue;
      if (r.type == RelationType::Support) {
        r.type = RelationType::Entails;
      } else if (r.type == RelationType::Attack) {
        // Contrariety is symmetric: a second attack between the same pair is dropped.
        auto contrary = [&](ElementRef a, ElementRef b) {
          return relation_links_.find(relations, RelationType::Contrary, a, b, is_removed) !=
                 RelationLinks::kNone;
        };
        if (contrary(r.from, r.to) || contrary(r.to, r.from))
          removed[i] = true;
        else
          r.type = RelationType::Contrary;
      }
    }
  }
  for (std::size_t i = 0; i < relations.size(); ++i) {
    Relation& r = relations[i];
    if (removed[i] || r.type != RelationType::Attack || r.from.kind != ElementKind::Statement ||
        r.to.kind != ElementKind::Argument)
      continue;
    const Argument& a = model_.arguments[r.to.id];
    if (a.pcs.empty()) continue;
    // The first of the attacker's relations (in relation order) that attacks or
    // contradicts a premise takes the attack's locations.
    std::uint32_t first = RelationLinks::kNone;
    relation_links_.each(r.from, [&](std::uint32_t j) {
      const Relation& o = relations[j];
      if (j >= first || removed[j] || j == i) return;
      bool from_ec = o.from == r.from;
      ElementRef other = from_ec ? o.to : o.from;
      if (other.kind != ElementKind::Statement) return;
      bool kind_ok = (o.type == RelationType::Attack && from_ec) ||
                     o.type == RelationType::Contradiction || o.type == RelationType::Contrary;
      if (!kind_ok) return;
      bool premise = false;
      for (const auto& step : a.pcs)
        premise = premise || (step.statement == other.id && step.role == StatementRole::Premise);
      if (premise) first = j;
    });
    if (first == RelationLinks::kNone) continue;
    relations[first].where.insert(relations[first].where.end(), r.where.begin(), r.where.end());
    removed[i] = true;
  }
  // Close the gaps in place: a second vector would hold every relation twice.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < relations.size(); ++i)
    if (!removed[i]) {
      if (kept != i) relations[kept] = std::move(relations[i]);
      ++kept;
    }
  relations.erase(relations.begin() + static_cast<std::ptrdiff_t>(kept), relations.end());
}

}  // namespace builder_detail

ModelBuilder::ModelBuilder(const SourceSet& sources, Diagnostics& diagnostics)
    : builder_(std::make_unique<builder_detail::Builder>(sources, diagnostics)) {}

ModelBuilder::~ModelBuilder() = default;

void ModelBuilder::take_blocks(SyntaxTree& tree) {
  builder_->take_blocks(tree);
}

Model ModelBuilder::finish(const SyntaxTree& tree) {
  return builder_->finish(tree);
}

Model build_model(SyntaxTree tree, const SourceSet& sources, Diagnostics& diagnostics) {
  ModelBuilder builder(sources, diagnostics);
  builder.take_blocks(tree);
  return builder.finish(tree);
}

}  // namespace argmap
