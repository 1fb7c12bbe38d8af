// libFuzzer entry point: any bytes through the whole front end (lexer, parser,
// model builder, YAML data), which must never crash, hang or overflow.
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend.h"

namespace {

/// Keeps the run hermetic: an @include of an absolute path or one with ".." could
/// reach /dev/zero or /dev/stdin, so those are made inert. Relative includes stay:
/// they resolve under a folder that does not exist and exercise the error path.
std::string without_escaping_includes(std::string text) {
  static const std::string kInclude = "@include(";
  for (std::size_t at = text.find(kInclude); at != std::string::npos;
       at = text.find(kInclude, at + 1)) {
    std::size_t close = text.find(')', at);
    std::string target =
        text.substr(at + kInclude.size(),
                    close == std::string::npos ? std::string::npos : close - at - kInclude.size());
    if (target.empty() || target.front() == '/' || target.front() == '~' ||
        target.find("..") != std::string::npos)
      text[at + 1] = 'X';  // "@Xnclude(" is plain text
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  argmap::Diagnostics diagnostics;
  argmap::LoadedMap map =
      argmap::load_map_text("/nonexistent-argmap-fuzz/input.argdown",
                            without_escaping_includes(std::move(text)), diagnostics);
  // Touch the results so that a model with dangling ids shows up under ASan.
  std::size_t n = 0;
  for (const auto& r : map.model.relations)
    n += map.model.title(r.from).size() + map.model.title(r.to).size();
  for (const auto& a : map.model.arguments)
    for (const auto& step : a.pcs) n += map.model.statements.at(step.statement).title.size();
  return n == static_cast<std::size_t>(-1) ? 1 : 0;
}
