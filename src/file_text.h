// A file's bytes as the front end holds them: read once, never copied after.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace argmap {

/// Bytes and what keeps them alive (a std::string, or the buffer a file was read into).
/// The byte after the last is '\0', as a std::string's is.
struct FileText {
  std::string_view bytes;
  std::shared_ptr<const void> owner;

  static FileText from_string(std::string text);
};

/// Files larger than this are refused: offsets are 32-bit.
inline constexpr std::size_t kMaxFileSize = std::size_t{1} << 30;

/// Reads a regular file whole, or says in `error` why it cannot. Other files
/// (pipes, devices, directories) are refused: they could block or never end.
std::optional<FileText> read_file_text(const std::string& path, std::string& error);

}  // namespace argmap
