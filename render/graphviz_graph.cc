#include "graphviz_graph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace argmap {
namespace {

/// One Graphviz context per process (plugins and fonts load once), freed at exit.
class Context {
 public:
  Context() : gvc_(gvContext()) {}
  ~Context() { gvFreeContext(gvc_); }
  GVC_t* get() const { return gvc_; }

 private:
  GVC_t* gvc_;
};

GVC_t* context() {
  static Context context;
  return context.get();
}

// Graphviz reports through one global callback; collect while a call runs.
std::string* g_messages = nullptr;

int collect_message(char* message) {
  if (g_messages) *g_messages += message;
  return 0;
}

/// Routes Graphviz's messages into diagnostics for the length of one call. When the
/// call succeeds anyway, Graphviz has recovered (e.g. "trouble in init_rank" on some
/// large clustered maps) and drawn something: its errors are then warnings. Indented
/// continuation lines (AGPREV) belong to the message before them and are counted,
/// not repeated (they can list every node of the graph).
class MessageCapture {
 public:
  explicit MessageCapture(Diagnostics& diagnostics) : diagnostics_(diagnostics) {
    g_messages = &text_;
    previous_ = agseterrf(collect_message);
  }
  void succeeded() { succeeded_ = true; }
  ~MessageCapture() {
    agseterrf(previous_);
    g_messages = nullptr;
    agreseterrors();  // the error level is global and sticky
    Diagnostic* last = nullptr;
    std::size_t details = 0;
    auto close = [&] {
      if (last && details > 0)
        last->message += " (and " + std::to_string(details) + " lines of detail)";
      details = 0;
    };
    std::size_t start = 0;
    while (start < text_.size()) {
      std::size_t end = text_.find('\n', start);
      if (end == std::string::npos) end = text_.size();
      std::string line = text_.substr(start, end - start);
      start = end + 1;
      if (line.empty()) continue;
      if (line[0] == '\t' && last) {
        ++details;
        continue;
      }
      close();
      bool warning = line.rfind("Warning: ", 0) == 0;
      if (line.rfind("Error: ", 0) == 0) line.erase(0, 7);
      if (warning) line.erase(0, 9);
      last = &diagnostics_.add(warning || succeeded_ ? Severity::Warning : Severity::Error,
                               "graphviz", Location{}, "graphviz: " + line);
    }
    close();
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

 private:
  Diagnostics& diagnostics_;
  std::string text_;
  agusererrf previous_;
  bool succeeded_ = false;
};

Agraph_t* as_graph(void* p) {
  return static_cast<Agraph_t*>(p);
}

// cgraph's default ID discipline uses the address of a name's string as the ID
// of a named object, and orders subgraphs by ID: cluster order (hence layout
// and DOT output) would follow heap addresses. Named objects get IDs in order
// of creation instead (even numbers; anonymous ones stay odd as in cgraph).
struct IdState {
  Agraph_t* graph;
  std::map<std::string, IDTYPE, std::less<>> by_name;
  std::vector<char*> names;  // cgraph reference-counted strings: agwrite checks their HTML flag
  IDTYPE next_anonymous = 1;
};

void* id_open(Agraph_t* graph, Agdisc_t*) {
  return new IdState{graph, {}, {}, 1};
}

long id_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<IdState*>(state);
  if (!name) {
    *id = s->next_anonymous;
    s->next_anonymous += 2;
    return 1;
  }
  auto it = s->by_name.find(std::string_view(name));
  if (it != s->by_name.end()) {
    *id = it->second;
  } else if (create) {
    s->names.push_back(agstrdup(s->graph, name));
    *id = 2 * static_cast<IDTYPE>(s->names.size());
    s->by_name.emplace(name, *id);
  } else {
    *id = 0;  // no object has ID 0: the lookup fails
  }
  return 1;
}

long id_alloc(void*, int, IDTYPE) {
  return 0;
}  // no caller-chosen IDs
void id_free(void*, int, IDTYPE) {}  // names live until the graph closes

char* id_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<IdState*>(state);
  if (id == 0 || id % 2 != 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[id / 2 - 1];
}

void id_close(void* state) {
  auto* s = static_cast<IdState*>(state);
  for (char* name : s->names) agstrfree(s->graph, name);
  delete s;
}

void id_register(void*, int, void*) {}

Agiddisc_t g_id_discipline = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
Agdisc_t g_discipline = {&AgMemDisc, &g_id_discipline, &AgIoDisc};

// Graphviz 2.42 takes char* but does not modify the strings.
char* str(const std::string& s) {
  return const_cast<char*>(s.c_str());
}

}  // namespace

GraphvizGraph::GraphvizGraph(const std::string& name) {
  context();  // before agopen: the context sets up cgraph's defaults
  graph_ = agopen(str(name), Agdirected, &g_discipline);
  if (!graph_) throw std::bad_alloc();
}

GraphvizGraph::~GraphvizGraph() {
  if (laid_out_) gvFreeLayout(context(), as_graph(graph_));
  agclose(as_graph(graph_));
}

GraphvizGraph::Attr GraphvizGraph::declare(Kind kind, const std::string& name,
                                           const std::string& value) {
  int k = kind == Kind::Graph ? AGRAPH : kind == Kind::Node ? AGNODE : AGEDGE;
  Agsym_t* sym = agattr(as_graph(graph_), k, str(name), str(value));
  if (!sym) throw std::logic_error("graphviz: cannot declare attribute " + name);
  return sym;
}

GraphvizGraph::Object GraphvizGraph::subgraph(Object parent, const std::string& name) {
  Agraph_t* g = agsubg(as_graph(parent), str(name), 1);
  if (!g) throw std::bad_alloc();
  return g;
}

GraphvizGraph::Object GraphvizGraph::node(const std::string& name) {
  Agnode_t* n = agnode(as_graph(graph_), str(name), 1);
  if (!n) throw std::bad_alloc();
  return n;
}

void GraphvizGraph::add_to(Object subgraph, Object node) {
  agsubnode(as_graph(subgraph), static_cast<Agnode_t*>(node), 1);
}

GraphvizGraph::Object GraphvizGraph::edge(Object tail, Object head) {
  Agedge_t* e = agedge(as_graph(graph_), static_cast<Agnode_t*>(tail), static_cast<Agnode_t*>(head),
                       nullptr, 1);
  if (!e) throw std::bad_alloc();
  return e;
}

void GraphvizGraph::set(Object object, const std::string& name, const std::string& value) {
  if (agset(object, str(name), str(value)) != 0)
    throw std::logic_error("graphviz: attribute not declared: " + name);
}

void GraphvizGraph::set(Object object, Attr attr, const std::string& value) {
  if (!attr) throw std::logic_error("graphviz: attribute not declared");
  agxset(object, static_cast<Agsym_t*>(attr), str(value));
}

void GraphvizGraph::set_html(Object object, Attr attr, const std::string& html) {
  if (!attr) throw std::logic_error("graphviz: attribute not declared");
  char* value = agstrdup_html(as_graph(graph_), str(html));
  agxset(object, static_cast<Agsym_t*>(attr), value);  // takes its own reference
  agstrfree(as_graph(graph_), value);
}

bool GraphvizGraph::write_dot(std::string& out, Diagnostics& diagnostics) {
  MessageCapture capture(diagnostics);
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw std::bad_alloc();
  int rc = agwrite(as_graph(graph_), stream);
  std::fclose(stream);
  if (rc == 0) out.assign(buffer, size);
  std::free(buffer);
  if (rc != 0) diagnostics.error("graphviz", Location{}, "graphviz: cannot write the graph as DOT");
  return rc == 0;
}

bool GraphvizGraph::layout(Diagnostics& diagnostics) {
  MessageCapture capture(diagnostics);
  if (laid_out_) gvFreeLayout(context(), as_graph(graph_));
  laid_out_ = false;
  int rc = gvLayout(context(), as_graph(graph_), "dot");
  // gvLayout may leave a partial layout behind on failure: free it either way.
  laid_out_ = true;
  if (rc == 0) capture.succeeded();
  if (rc != 0) diagnostics.error("graphviz", Location{}, "graphviz: the layout failed");
  return rc == 0;
}

bool GraphvizGraph::render(const std::string& format, std::string& out, Diagnostics& diagnostics) {
  MessageCapture capture(diagnostics);
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(context(), as_graph(graph_), format.c_str(), &data, &length);
  if (rc == 0 && data) out.assign(data, length);
  if (rc == 0 && data) capture.succeeded();
  if (data) gvFreeRenderData(data);
  if (rc != 0 || !data) {
    diagnostics.error("graphviz", Location{}, "graphviz: cannot render " + format);
    return false;
  }
  return true;
}

}  // namespace argmap
