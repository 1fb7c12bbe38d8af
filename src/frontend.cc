// The front end's pipeline: read the map, splice in its @includes, check the
// bytes, then lex, parse and build the model.
#include "frontend.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "model_builder.h"
#include "parser.h"
#include "syntax.h"
#include "utf8.h"

namespace argmap {

namespace fs = std::filesystem;

namespace {

/// Files larger than this are refused: offsets are 32-bit.
constexpr std::size_t kMaxFileSize = std::size_t{1} << 30;
/// @include chains deeper than this are refused.
constexpr int kMaxIncludeDepth = 32;

bool read_file(const std::string& path, std::string& text, std::string& error) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    // Devices and pipes (/dev/zero, /dev/stdin) could block or never end;
    // a directory would read as an empty map.
    error = S_ISDIR(info.st_mode) ? std::strerror(EISDIR) : "not a regular file";
    ::close(fd);
    return false;
  }
  // Straight into the string, sized from fstat: no stream buffer, no copy. It
  // still reads to the end of the file (files in /proc say they are empty).
  text.resize(static_cast<std::size_t>(info.st_size) + 1);
  std::size_t done = 0;
  bool failed = false;
  for (;;) {
    if (done == text.size()) text.resize(text.size() * 2);
    ssize_t n = ::read(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) failed = true;
    if (n <= 0) break;  // the end, or an error
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (failed) {
    error = "read error";
    return false;
  }
  text.resize(done);
  return true;
}

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
  void add_file(const std::string& path, std::string text, bool main, int depth);
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

void Loader::add_file(const std::string& path, std::string text, bool main, int depth) {
  if (text.size() >= kMaxFileSize) {
    diags_.error("file-too-large", Location{}, "'" + path + "' is larger than 1 GiB");
    return;
  }
  // A byte order mark is no content.
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  std::uint32_t id = map_.sources.add(path, std::move(text));
  included_.insert(normalized(path));
  check_bytes(id);
  // (add_file below may grow sources.files: always index it afresh.)
  auto current_text = [&]() -> const std::string& { return map_.sources.files[id].text(); };
  // Argdown's IncludePlugin: /@include\(([^\)]+)\)/g, anywhere in the text.
  std::size_t chunk = 0;
  bool first = true;
  std::size_t at = 0;
  while ((at = current_text().find("@include(", at)) != std::string::npos) {
    std::size_t close = current_text().find(')', at + 9);
    if (close == std::string::npos || close == at + 9) {
      at += 9;
      continue;
    }
    parse(map_.sources.files[id], id, static_cast<std::uint32_t>(chunk),
          static_cast<std::uint32_t>(at), main && first, tree_, diags_, &builder_);
    first = false;
    std::string target = current_text().substr(at + 9, close - at - 9);
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
      std::string included, error;
      if (!read_file(resolved.string(), included, error)) {
        diags_.error("include-not-found", where,
                     "cannot read included file '" + target + "': " + error);
      } else {
        add_file(resolved.string(), std::move(included), false, depth + 1);
      }
    }
    chunk = close + 1;
    at = close + 1;
  }
  const SourceFile& again = map_.sources.files[id];
  parse(again, id, static_cast<std::uint32_t>(chunk),
        static_cast<std::uint32_t>(again.text().size()), main && first, tree_, diags_, &builder_);
}

}  // namespace

LoadedMap load_map_text(const std::string& path, std::string text, Diagnostics& diagnostics) {
  LoadedMap map;
  map.sources.files.reserve(4);
  Loader loader(map, diagnostics);
  loader.add_file(path, std::move(text), true, 0);
  map.model = loader.finish();
  return map;
}

LoadedMap load_map_file(const std::string& path, Diagnostics& diagnostics) {
  std::string text, error;
  if (!read_file(path, text, error)) {
    diagnostics.error("io", Location{}, "cannot read '" + path + "': " + error);
    return LoadedMap{};
  }
  return load_map_text(path, std::move(text), diagnostics);
}

}  // namespace argmap
