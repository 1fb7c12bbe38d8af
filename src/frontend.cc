// The front end's pipeline: read the map, splice in its @includes, check the
// bytes, then lex, parse and build the model.
#include "frontend.h"

#include <filesystem>
#include <set>

#include "model_builder.h"
#include "parser.h"
#include "syntax.h"
#include "utf8.h"

namespace argmap {

namespace fs = std::filesystem;

namespace {

/// @include chains deeper than this are refused.
constexpr int kMaxIncludeDepth = 32;

std::string normalized(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : p.string();
}

class Loader {
 public:
  Loader(LoadedMap& map, Diagnostics& diagnostics)
      : map_(map), diags_(diagnostics), builder_(map.sources, diagnostics) {}

  /// Adds a file's text and parses it, with its @includes, into the model.
  void add_file(const std::string& path, FileText text, bool main, int depth);
  /// The model of every file added.
  Model finish() { return builder_.finish(tree_); }

 private:
  void check_bytes(std::uint32_t file_id);

  LoadedMap& map_;
  Diagnostics& diags_;
  std::set<std::string> included_;
  SyntaxTree tree_;  // a few blocks at a time: the builder takes them as parsed
  ModelBuilder builder_;
};

void Loader::check_bytes(std::uint32_t file_id) {
  const SourceFile& file = map_.sources.files[file_id];
  for (const auto& p : find_utf8_problems(file.text())) {
    Location at = file.span(file_id, p.offset, p.offset + p.length);
    if (p.kind == Utf8Problem::Kind::NulByte) {
      diags_.error("nul-byte", at, "NUL byte in the text").suggestion =
          "a map is a text file: remove the NUL byte (is this a binary file?)";
    } else {
      diags_.error("invalid-utf8", at, "invalid UTF-8 byte sequence").suggestion =
          "save the file as UTF-8";
    }
  }
}

void Loader::add_file(const std::string& path, FileText text, bool main, int depth) {
  if (text.bytes.size() >= kMaxFileSize) {
    diags_.error("file-too-large", Location{}, "'" + path + "' is larger than 1 GiB");
    return;
  }
  // A byte order mark is no content.
  if (text.bytes.starts_with("\xEF\xBB\xBF")) text.bytes.remove_prefix(3);
  std::uint32_t id = map_.sources.add(path, std::move(text));
  included_.insert(normalized(path));
  check_bytes(id);
  // (add_file below may grow sources.files: always index it afresh.)
  auto current_text = [&] { return map_.sources.files[id].text(); };
  // Argdown's IncludePlugin: /@include\(([^\)]+)\)/g, anywhere in the text.
  std::size_t chunk = 0;
  bool first = true;
  std::size_t at = 0;
  while ((at = current_text().find("@include(", at)) != std::string_view::npos) {
    std::size_t close = current_text().find(')', at + 9);
    if (close == std::string_view::npos || close == at + 9) {
      at += 9;
      continue;
    }
    parse(map_.sources.files[id], id, static_cast<std::uint32_t>(chunk),
          static_cast<std::uint32_t>(at), main && first, tree_, diags_, &builder_);
    first = false;
    std::string target(current_text().substr(at + 9, close - at - 9));
    Location where = map_.sources.files[id].span(id, at, close + 1);
    fs::path resolved = fs::path(path).parent_path() / target;
    std::string key = normalized(resolved.string());
    if (depth >= kMaxIncludeDepth) {
      diags_.error("include-too-deep", where,
                   "@include nested deeper than " + std::to_string(kMaxIncludeDepth) + " files");
    } else if (included_.count(key) > 0) {
      diags_
          .warning("include-repeated", where,
                   "'" + target + "' is already part of this map: not included again")
          .suggestion =
          "include each file once; a file that includes itself (directly or not) would never end";
    } else {
      std::string error;
      if (auto included = read_file_text(resolved.string(), error)) {
        add_file(resolved.string(), std::move(*included), false, depth + 1);
      } else {
        diags_.error("include-not-found", where,
                     "cannot read included file '" + target + "': " + error);
      }
    }
    chunk = close + 1;
    at = close + 1;
  }
  const SourceFile& again = map_.sources.files[id];
  parse(again, id, static_cast<std::uint32_t>(chunk),
        static_cast<std::uint32_t>(again.text().size()), main && first, tree_, diags_, &builder_);
}

LoadedMap load(const std::string& path, FileText text, Diagnostics& diagnostics) {
  LoadedMap map;
  map.sources.files.reserve(4);
  Loader loader(map, diagnostics);
  loader.add_file(path, std::move(text), true, 0);
  map.model = loader.finish();
  return map;
}

}  // namespace

LoadedMap load_map_text(const std::string& path, std::string text, Diagnostics& diagnostics) {
  return load(path, FileText::from_string(std::move(text)), diagnostics);
}

LoadedMap load_map_file(const std::string& path, Diagnostics& diagnostics) {
  std::string error;
  std::optional<FileText> text = read_file_text(path, error);
  if (!text) {
    diagnostics.error("io", Location{}, "cannot read '" + path + "': " + error);
    return LoadedMap{};
  }
  return load(path, std::move(*text), diagnostics);
}

}  // namespace argmap
