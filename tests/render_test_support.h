// Helpers shared by the renderer tests and the render command tests: files and
// the ids and classes of an SVG's groups.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "test_files.h"

namespace argmap::render_testing {

using test_files::read_file;

/// Attribute text with XML character references decoded (Graphviz writes '-' as &#45;).
inline std::string xml_unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t semi = text.find(';', i);
    if (text[i] == '&' && semi != std::string::npos) {
      std::string ref = text.substr(i + 1, semi - i - 1);
      if (ref.size() > 1 && ref[0] == '#') {
        out += static_cast<char>(std::stoi(ref.substr(1)));  // ASCII references only
        i = semi;
        continue;
      }
      static const std::map<std::string, char> named = {
          {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
      if (auto it = named.find(ref); it != named.end()) {
        out += it->second;
        i = semi;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/// Every `<g id="..." class="...">` of an SVG, as id -> class (decoded).
inline std::map<std::string, std::string> svg_groups(const std::string& svg) {
  std::map<std::string, std::string> out;
  std::regex group(R"re(<g id="([^"]+)" class="([^"]+)")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), group); it != std::sregex_iterator();
       ++it)
    out[xml_unescape((*it)[1])] = xml_unescape((*it)[2]);
  return out;
}

}  // namespace argmap::render_testing
