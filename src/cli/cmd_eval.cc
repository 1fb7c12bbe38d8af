// `argmap eval`: which claims of a map stand, fall or stay open under a semantics,
// why (--explain), and the consistency analysis of every proponent's position.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <iostream>
#include <sstream>

#include "analysis.h"
#include "command.h"
#include "diagnostic_printer.h"
#include "explain.h"
#include "framework_builder.h"
#include "frontend.h"
#include "grounded.h"
#include "sat_semantics.h"

namespace argmap::cli {
namespace {

constexpr int kTimedOut = 3;

struct EvalOptions {
  std::string file;
  Semantics semantics = Semantics::Grounded;
  bool json = false;
  std::string explain;
  bool supports = true;
  std::size_t enumerate = 100;
  double timeout = 0;
};

void usage(std::ostream& out) {
  out << "usage: argmap eval FILE [--semantics grounded|complete|preferred|stable]\n"
         "                  [--format text|json] [--explain TITLE] [--support none]\n"
         "                  [--enumerate N] [--timeout S]\n\n"
         "Labels every statement and argument IN, OUT or UNDEC (default: grounded) and\n"
         "reports the consistency analysis. --enumerate caps the labellings listed\n"
         "(default 100); --timeout ends a long search with exit code 3.\n";
}

/// Parses the options; returns an exit code when the run should stop here.
std::optional<int> parse(const std::vector<std::string>& args, EvalOptions& o) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      usage(std::cout);
      return 0;
    }
    if (!a.starts_with("--")) {
      if (!o.file.empty()) {
        std::cerr << "argmap eval: one FILE only ('" << o.file << "' and '" << a << "')\n";
        return 2;
      }
      o.file = a;
      continue;
    }
    auto v = value();
    if (!v) {
      std::cerr << "argmap eval: " << a << " needs a value\n";
      return 2;
    }
    if (a == "--semantics") {
      auto s = parse_semantics(*v);
      if (!s) {
        std::cerr << "argmap eval: unknown semantics '" << *v
                  << "' (grounded, complete, preferred or stable)\n";
        return 2;
      }
      o.semantics = *s;
    } else if (a == "--format" && (*v == "text" || *v == "json")) {
      o.json = *v == "json";
    } else if (a == "--explain") {
      o.explain = *v;
    } else if (a == "--support" && (*v == "none" || *v == "all")) {
      o.supports = *v == "all";
    } else if (a == "--enumerate" || a == "--timeout") {
      double number = -1;
      try {
        std::size_t used = 0;
        number = std::stod(*v, &used);
        if (used != v->size()) number = -1;
      } catch (const std::exception&) {
      }
      if (!(number > 0)) {
        std::cerr << "argmap eval: " << a << " needs a positive number, not '" << *v << "'\n";
        return 2;
      }
      if (a == "--enumerate") o.enumerate = static_cast<std::size_t>(number);
      if (a == "--timeout") o.timeout = number;
    } else {
      std::cerr << "argmap eval: unknown option or value '" << a << " " << *v << "'\n";
      usage(std::cerr);
      return 2;
    }
  }
  if (o.file.empty()) {
    usage(std::cerr);
    return 2;
  }
  return std::nullopt;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

/// Finds the node titled `title` ("[T]" / "<T>" pick the kind; a bare title tries
/// statements first).
std::optional<NodeId> find_node(const Model& model, const MapFramework& map, std::string title) {
  bool statement = true, argument = true;
  if (title.size() >= 2 && title.front() == '[' && title.back() == ']')
    title = title.substr(1, title.size() - 2), argument = false;
  else if (title.size() >= 2 && title.front() == '<' && title.back() == '>')
    title = title.substr(1, title.size() - 2), statement = false;
  if (auto s = model.find_statement(title); s && statement)
    return map.node({ElementKind::Statement, *s});
  if (auto a = model.find_argument(title); a && argument)
    return map.node({ElementKind::Argument, *a});
  return std::nullopt;
}

/// Thesis-like: a statement that supports and attacks nothing and is no premise,
/// the top of a tree of reasons. Listed first in each group.
bool is_thesis(const MapFramework& map, NodeId v) {
  const Framework& f = map.framework.framework;
  return map.element(v).kind == ElementKind::Statement && f.supported(v).empty() &&
         f.attacks_on(v).empty() && f.premise_of(v).empty();
}

std::vector<NodeId> display_order(const MapFramework& map) {
  std::vector<NodeId> order(map.elements.size());
  for (NodeId v = 0; v < order.size(); ++v) order[v] = v;
  std::stable_partition(order.begin(), order.end(), [&](NodeId v) { return is_thesis(map, v); });
  return order;
}

void print_groups(std::ostream& out, const MapFramework& map, const Labelling& l,
                  const std::string& indent) {
  auto order = display_order(map);
  for (Label label : {Label::In, Label::Out, Label::Undec}) {
    std::size_t count = std::count(l.begin(), l.end(), label);
    out << indent << label_name(label) << " (" << count << ")\n";
    for (NodeId v : order)
      if (l[v] == label)
        out << indent << "  " << display_name(map, v) << (is_thesis(map, v) ? "  (thesis)" : "")
            << "\n";
  }
}

std::string labels_json(const MapFramework& map, const Labelling& l) {
  std::string s = "{";
  for (NodeId v = 0; v < l.size(); ++v)
    s += (v ? ", " : "") + json_string(map.framework.names[v]) + ": \"" +
         std::string(label_name(l[v])) + "\"";
  return s + "}";
}

int run_eval(const std::vector<std::string>& args) {
  EvalOptions o;
  if (auto stop = parse(args, o)) return *stop;

  Diagnostics diagnostics;
  LoadedMap loaded = load_map_file(o.file, diagnostics);
  PrintOptions print;
  print.color = isatty(STDERR_FILENO);
  if (diagnostics.has_errors()) {
    std::cerr << format_diagnostics(loaded.sources, diagnostics, print);
    std::cerr << "argmap eval: " << o.file << " has errors; nothing evaluated\n";
    return 2;
  }
  const Model& model = loaded.model;
  MapFramework map = build_framework(model, {o.supports});
  const Framework& f = map.framework.framework;

  SearchLimits limits;
  if (o.timeout > 0)
    limits.deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(o.timeout));
  auto timed_out = [&](std::string_view what) {
    std::cerr << "argmap eval: timed out after " << o.timeout << " s while " << what << "\n";
    return kTimedOut;
  };

  std::optional<NodeId> explained;
  if (!o.explain.empty()) {
    explained = find_node(model, map, o.explain);
    if (!explained) {
      std::cerr << "argmap eval: no statement or argument titled '" << o.explain << "'\n";
      return 2;
    }
  }

  // The labellings: grounded directly, the others by SAT.
  ExplainOptions explain_options;
  LabellingSet set;
  Acceptance accepted;
  if (o.semantics == Semantics::Grounded) {
    set.labellings.push_back(grounded(f, &explain_options.decided_at));
  } else {
    set = enumerate_labellings(f, o.semantics, {o.enumerate, limits.deadline});
    if (set.status == SearchStatus::TimedOut) return timed_out("enumerating labellings");
    accepted = acceptance(f, o.semantics, limits);
    if (accepted.status == SearchStatus::TimedOut) return timed_out("deciding acceptance");
  }

  AnalysisOptions analysis_options;
  analysis_options.deadline = limits.deadline;
  Diagnostics findings;
  analyze(model, map, findings, analysis_options);

  const std::string name(semantics_name(o.semantics));
  if (o.json) {
    std::ostringstream out;
    out << "{\n  \"file\": " << json_string(o.file) << ",\n  \"semantics\": \"" << name
        << "\",\n  \"supports\": " << (o.supports ? "true" : "false") << ",\n";
    if (o.semantics == Semantics::Grounded) {
      out << "  \"labels\": " << labels_json(map, set.labellings[0]) << ",\n";
    } else {
      out << "  \"labellings\": [";
      for (std::size_t i = 0; i < set.labellings.size(); ++i)
        out << (i ? ",\n    " : "\n    ") << labels_json(map, set.labellings[i]);
      out << "\n  ],\n  \"complete_enumeration\": "
          << (set.status == SearchStatus::Complete ? "true" : "false") << ",\n";
      for (auto [key, answers] : {std::pair{"credulous", &accepted.credulous},
                                  std::pair{"skeptical", &accepted.skeptical}}) {
        out << "  \"" << key << "\": {";
        for (NodeId v = 0; v < f.size(); ++v)
          out << (v ? ", " : "") << json_string(map.framework.names[v]) << ": "
              << ((*answers)[v] == Answer::Yes ? "true" : "false");
        out << "},\n";
      }
    }
    out << "  \"explanations\": {";
    if (!set.labellings.empty()) {
      bool first = true;
      for (NodeId v = 0; v < f.size(); ++v) {
        if (explained && v != *explained) continue;
        std::string text = explain(map, set.labellings[0], v, explain_options);
        out << (first ? "\n    " : ",\n    ") << json_string(map.framework.names[v]) << ": "
            << json_string(text);
        first = false;
      }
    }
    std::string json_findings = format_diagnostics_json(loaded.sources, findings);
    while (!json_findings.empty() && std::isspace(static_cast<unsigned char>(json_findings.back())))
      json_findings.pop_back();
    out << "\n  },\n  \"findings\": " << json_findings << "\n}\n";
    std::cout << out.str();
  } else {
    std::ostringstream out;
    if (o.semantics == Semantics::Grounded) {
      out << "grounded labelling of " << o.file << (o.supports ? "" : " (supports ignored)")
          << "\n";
      print_groups(out, map, set.labellings[0], "");
    } else {
      out << name << " labellings of " << o.file << (o.supports ? "" : " (supports ignored)")
          << ": " << set.labellings.size()
          << (set.status == SearchStatus::Capped ? " (capped by --enumerate)" : "") << "\n";
      for (NodeId v : display_order(map)) {
        bool cred = accepted.credulous[v] == Answer::Yes,
             skept = accepted.skeptical[v] == Answer::Yes;
        out << "  " << display_name(map, v) << ": "
            << (skept && cred ? "skeptically accepted (IN in every labelling)"
                : skept       ? "skeptically accepted (there is no labelling)"
                : cred        ? "credulously accepted (IN in some labelling)"
                              : "not accepted (IN in no labelling)")
            << "\n";
      }
      for (std::size_t i = 0; i < set.labellings.size(); ++i) {
        out << "labelling " << i + 1 << "\n";
        print_groups(out, map, set.labellings[i], "  ");
      }
    }
    if (explained) {
      if (set.labellings.empty()) {
        out << "\nno " << name << " labelling to explain " << display_name(map, *explained) << "\n";
      } else {
        out << "\nwhy" << (set.labellings.size() > 1 ? " (in labelling 1)" : "") << ":\n"
            << explain(map, set.labellings[0], *explained, explain_options);
      }
    }
    std::cout << out.str();
    if (!findings.items().empty()) std::cerr << format_diagnostics(loaded.sources, findings, print);
  }
  return 0;
}

const CommandRegistration kRegistration{
    {"eval", "eval FILE [--semantics S] [--format text|json] [--explain TITLE]",
     "label every claim IN, OUT or UNDEC, explain why, and analyse each position", run_eval}};

}  // namespace
}  // namespace argmap::cli
