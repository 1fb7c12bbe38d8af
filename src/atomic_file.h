// Writes a whole file or nothing: a temporary file beside the target, then rename.
// A failed write leaves the previous file untouched.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

/// Writes `content` to `path` atomically; "-" means stdout. On failure returns
/// false and sets `error` to a one-line reason.
bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);

}  // namespace argmap
