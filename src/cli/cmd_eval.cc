// `argmap eval`: which claims of a map stand, fall or stay open under a semantics,
// why (--explain), and the consistency analysis of every proponent's position.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <iostream>
#include <set>
#include <sstream>

#include "analysis.h"
#include "cli_common.h"
#include "command.h"
#include "diagnostic_printer.h"
#include "explain.h"
#include "framework_builder.h"
#include "frontend.h"
#include "grounded.h"
#include "sat_semantics.h"

namespace argmap::cli {
namespace {

struct EvalOptions {
  std::string file;
  Semantics semantics = Semantics::Grounded;
  bool json = false;
  std::string explain;
  bool supports = true;
  std::size_t enumerate = 100;
  double timeout = 0;
  DiagnosticOptions diagnostics;
};

/// A positive number from `text`, or nothing.
std::optional<double> positive(const std::string& text) {
  try {
    std::size_t used = 0;
    double number = std::stod(text, &used);
    if (used == text.size() && number > 0) return number;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

/// Parses the options; returns an exit code when the run should stop here.
std::optional<int> parse(const std::vector<std::string>& args, EvalOptions& o) {
  namespace po = boost::program_options;
  CommandLine line;
  line.command = "eval";
  line.usage =
      "argmap eval FILE [--semantics grounded|complete|preferred|stable] [--format text|json]\n"
      "                 [--explain TITLE] [--support none] [--enumerate N] [--timeout S]";
  line.summary =
      "Labels every statement and argument IN, OUT or UNDEC (default: grounded), explains\n"
      "why, and reports the consistency analysis as diagnostics. FILE '-' reads standard\n"
      "input. Exit status: 0 evaluated, 1 errors in the map (or warnings under --werror),\n"
      "2 usage or I/O failure, 3 the --timeout passed before the search ended.";
  std::string semantics = "grounded", format = "text", support = "all", enumerate = "100", timeout;
  line.options.add_options()  //
      ("semantics", po::value(&semantics)->value_name("S")->default_value("grounded"),
       "grounded, complete, preferred or stable")  //
      ("format", po::value(&format)->value_name("FORMAT")->default_value("text"),
       "text, or json for tools")  //
      ("explain", po::value(&o.explain)->value_name("TITLE"),
       "explain why TITLE ([T] or <T> to choose the kind) has its label")  //
      ("support", po::value(&support)->value_name("all|none")->default_value("all"),
       "none: ignore supports and premises (plain Dung on the attacks)")  //
      ("enumerate", po::value(&enumerate)->value_name("N")->default_value("100"),
       "list at most N labellings (complete, preferred, stable)")  //
      ("timeout", po::value(&timeout)->value_name("S"),
       "end a search still running after S seconds (fractions allowed) with a message "
       "and exit status 3");
  add_diagnostic_options(line.options, o.diagnostics);
  line.hidden.add_options()("file", po::value(&o.file));
  line.positional.add("file", 1);

  int exit_code = 0;
  if (parse_command_line(line, args, exit_code) == ParseResult::Exit) return exit_code;
  std::string error;
  if (!validate(o.diagnostics, error)) return usage_error(line, error);
  if (o.file.empty()) return usage_error(line, "no input file");
  auto s = parse_semantics(semantics);
  if (!s)
    return usage_error(
        line, "unknown semantics '" + semantics + "' (grounded, complete, preferred or stable)");
  o.semantics = *s;
  if (format != "text" && format != "json")
    return usage_error(line, "--format must be 'text' or 'json', not '" + format + "'");
  o.json = format == "json";
  if (support != "all" && support != "none")
    return usage_error(line, "--support must be 'all' or 'none', not '" + support + "'");
  o.supports = support == "all";
  auto n = positive(enumerate);
  if (!n || *n != static_cast<double>(static_cast<std::size_t>(*n)))
    return usage_error(line, "--enumerate needs a positive whole number, not '" + enumerate + "'");
  o.enumerate = static_cast<std::size_t>(*n);
  if (!timeout.empty()) {
    auto seconds = positive(timeout);
    if (!seconds)
      return usage_error(line,
                         "--timeout needs a positive number of seconds, not '" + timeout + "'");
    o.timeout = *seconds;
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

/// Each node's key in JSON output: its title, or "[T]" and "<T>" when a statement and
/// an argument share the title T (a JSON object cannot hold one key twice).
std::vector<std::string> json_keys(const MapFramework& map) {
  const auto& names = map.framework.names;
  std::set<std::string_view> statements(names.begin(), names.begin() + map.first_argument);
  std::set<std::string_view> shared;
  for (NodeId v = map.first_argument; v < names.size(); ++v)
    if (statements.count(names[v])) shared.insert(names[v]);
  std::vector<std::string> keys;
  for (NodeId v = 0; v < names.size(); ++v)
    keys.push_back(json_string(shared.count(names[v]) ? display_name(map, v) : names[v]));
  return keys;
}

std::string labels_json(const std::vector<std::string>& keys, const Labelling& l) {
  std::string s = "{";
  for (NodeId v = 0; v < l.size(); ++v)
    s += (v ? ", " : "") + keys[v] + ": \"" + std::string(label_name(l[v])) + "\"";
  return s + "}";
}

int run_eval(const std::vector<std::string>& args) {
  EvalOptions o;
  if (auto stop = parse(args, o)) return *stop;

  // The clock starts now: --timeout bounds the whole run a user waits for.
  SearchLimits limits;
  if (o.timeout > 0)
    limits.deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(o.timeout));

  Diagnostics diagnostics;
  LoadedMap loaded = load_map(o.file, diagnostics);
  const std::string shown = o.file == "-" ? kStdinName : o.file;
  DiagnosticReport report;
  if (diagnostics.has_errors()) {
    report.add(std::move(loaded.sources), std::move(diagnostics));
    int code = report.finish(o.diagnostics);
    std::cerr << "argmap eval: " << shown
              << (code == kExitFailure ? " cannot be read" : " has errors")
              << "; nothing evaluated\n";
    return code;
  }
  const Model& model = loaded.model;
  MapFramework map = build_framework(model, {o.supports});
  const Framework& f = map.framework.framework;

  // On a timeout the map's own diagnostics still go out, then the message.
  auto timed_out = [&](std::string_view what) {
    report.add(std::move(loaded.sources), std::move(diagnostics));
    int code = report.finish(o.diagnostics);
    std::cerr << "argmap eval: timed out after " << o.timeout << " s while " << what
              << "; no result (raise --timeout)\n";
    return code == kExitFailure ? code : kExitTimeout;
  };

  std::optional<NodeId> explained;
  if (!o.explain.empty()) {
    explained = find_node(model, map, o.explain);
    if (!explained) {
      std::cerr << "argmap eval: no statement or argument titled '" << o.explain << "'\n";
      return kExitFailure;
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
  std::vector<Finding> structured = analyze(model, map, findings, analysis_options);
  // --no-warn silences a finding in both forms (they come in the same order).
  {
    std::vector<Finding> kept;
    for (std::size_t i = 0; i < structured.size(); ++i)
      if (std::find(o.diagnostics.no_warn.begin(), o.diagnostics.no_warn.end(),
                    findings.items()[i].code) == o.diagnostics.no_warn.end())
        kept.push_back(std::move(structured[i]));
    structured = std::move(kept);
  }
  drop_silenced(o.diagnostics, findings);
  const bool finding_warnings = findings.count(Severity::Warning) > 0;

  const std::string name(semantics_name(o.semantics));
  if (o.json) {
    const std::vector<std::string> keys = json_keys(map);
    std::ostringstream out;
    out << "{\n  \"file\": " << json_string(shown) << ",\n  \"semantics\": \"" << name
        << "\",\n  \"supports\": " << (o.supports ? "true" : "false") << ",\n";
    if (o.semantics == Semantics::Grounded) {
      out << "  \"labels\": " << labels_json(keys, set.labellings[0]) << ",\n";
    } else {
      out << "  \"labellings\": [";
      for (std::size_t i = 0; i < set.labellings.size(); ++i)
        out << (i ? ",\n    " : "\n    ") << labels_json(keys, set.labellings[i]);
      out << "\n  ],\n  \"complete_enumeration\": "
          << (set.status == SearchStatus::Complete ? "true" : "false") << ",\n";
      for (auto [key, answers] : {std::pair{"credulous", &accepted.credulous},
                                  std::pair{"skeptical", &accepted.skeptical}}) {
        out << "  \"" << key << "\": {";
        for (NodeId v = 0; v < f.size(); ++v)
          out << (v ? ", " : "") << keys[v] << ": "
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
        out << (first ? "\n    " : ",\n    ") << keys[v] << ": " << json_string(text);
        first = false;
      }
    }
    std::string json_findings = format_diagnostics_json(loaded.sources, findings);
    while (!json_findings.empty() && std::isspace(static_cast<unsigned char>(json_findings.back())))
      json_findings.pop_back();
    out << "\n  },\n  \"findings\": " << json_findings << ",\n  \"analysis\": [";
    // The findings as data, in the order of "findings": elements by their keys.
    auto list = [&](const std::vector<ElementRef>& elements) {
      std::string s = "[";
      for (std::size_t i = 0; i < elements.size(); ++i)
        s += (i ? ", " : "") + keys[map.node(elements[i])];
      return s + "]";
    };
    for (std::size_t i = 0; i < structured.size(); ++i) {
      const Finding& f = structured[i];
      out << (i ? ",\n    " : "\n    ") << "{\"code\": \"" << finding_code(f.kind) << "\", ";
      if (f.proponent != kNoId)
        out << "\"proponent\": " << json_string(model.proponents[f.proponent].key) << ", ";
      out << "\"elements\": " << list(f.elements) << ", \"attacks\": [";
      for (std::size_t a = 0; a < f.attacks.size(); ++a)
        out << (a ? ", " : "") << list({f.attacks[a].attacker, f.attacks[a].target});
      out << "], \"defenders\": " << list(f.defenders) << "}";
    }
    out << (structured.empty() ? "]\n}\n" : "\n  ]\n}\n");
    std::cout << out.str();
  } else {
    std::ostringstream out;
    if (o.semantics == Semantics::Grounded) {
      out << "grounded labelling of " << shown << (o.supports ? "" : " (supports ignored)") << "\n";
      print_groups(out, map, set.labellings[0], "");
    } else {
      out << name << " labellings of " << shown << (o.supports ? "" : " (supports ignored)") << ": "
          << set.labellings.size()
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
    // The findings join the map's diagnostics on stderr (in JSON output they are
    // part of the result instead).
    for (Diagnostic& d : findings.items()) diagnostics.items().push_back(std::move(d));
  }
  std::cout.flush();
  report.add(std::move(loaded.sources), std::move(diagnostics));
  int code = report.finish(o.diagnostics);
  // --werror holds for the findings in JSON output too.
  if (code == kExitOk && o.json && o.diagnostics.werror && finding_warnings) code = kExitFindings;
  return code;
}

const CommandRegistration kRegistration{
    {"eval", "eval FILE [--semantics S] [--format text|json] [--explain TITLE] [--timeout S]",
     "label every claim IN, OUT or UNDEC, explain why, and analyse each position", run_eval}};

}  // namespace
}  // namespace argmap::cli
