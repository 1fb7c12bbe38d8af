#include "json_writer.h"

#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

#include "utf8.h"

namespace argmap {
namespace {

// Bytes written as they are: printable ASCII except '"' and '\'. Control
// characters are escaped; bytes >= 0x80 are checked as UTF-8.
constexpr std::array<bool, 256> make_plain() {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}
constexpr std::array<bool, 256> kPlain = make_plain();

/// The first position from `i` whose byte is not plain, eight bytes at a time.
std::size_t skip_plain(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHighs = 0x8080808080808080u;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  while (i + 8 <= s.size()) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    // A byte >= 0x80, < 0x20, '"' or '\\' (exact for each, as no byte >= 0x80 is set).
    std::uint64_t special = (word & kHighs) | ((word - kOnes * 0x20) & ~word & kHighs) |
                            has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\'));
    if (special != 0) break;
    i += 8;
  }
  while (i < s.size() && kPlain[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

constexpr std::string_view kSpaces =
    "                                                                "
    "                                                                ";

}  // namespace

JsonWriter::JsonWriter(std::string& out) : out_(&out), buffer_(new char[std::size_t{1} << 16]) {
  pos_ = buffer_.get();
  end_ = pos_ + (std::size_t{1} << 16);
}

JsonWriter::JsonWriter(Sink sink, std::size_t chunk)
    : sink_(std::move(sink)), buffer_(new char[std::max<std::size_t>(chunk, 64)]) {
  pos_ = buffer_.get();
  end_ = pos_ + std::max<std::size_t>(chunk, 64);
}

void JsonWriter::spill() {
  std::string_view done(buffer_.get(), static_cast<std::size_t>(pos_ - buffer_.get()));
  pos_ = buffer_.get();
  if (done.empty()) return;
  if (out_)
    out_->append(done);
  else if (ok_)
    ok_ = sink_(done);
}

void JsonWriter::put_slow(const char* s, std::size_t n) {
  spill();
  if (static_cast<std::size_t>(end_ - pos_) >= n) {
    std::memcpy(pos_, s, n);
    pos_ += n;
  } else if (out_) {  // larger than the whole buffer: past it
    out_->append(s, n);
  } else if (ok_) {
    ok_ = sink_(std::string_view(s, n));
  }
}

void JsonWriter::flush() {
  spill();
}

void JsonWriter::indent(std::size_t spaces) {
  while (spaces > kSpaces.size()) {
    put(kSpaces);
    spaces -= kSpaces.size();
  }
  put(kSpaces.data(), spaces);
}

void JsonWriter::next_line() {
  Frame& f = frames_.back();
  if (f.empty) {
    put('\n');
    f.empty = false;
  } else {
    put(",\n", 2);
  }
  indent(2 * frames_.size());
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  frames_.push_back(Frame{bracket == '[', true});
}

void JsonWriter::close(char bracket) {
  bool empty = frames_.back().empty;
  frames_.pop_back();
  if (!empty) {
    put('\n');
    indent(2 * frames_.size());
  }
  put(bracket);
}

void JsonWriter::key(std::string_view name) {
  next_line();
  escaped(name);
  put(": ", 2);
}

void JsonWriter::string(std::string_view s) {
  before_value();
  escaped(s);
}

void JsonWriter::boolean(bool b) {
  before_value();
  put(b ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null() {
  before_value();
  put("null", 4);
}

void JsonWriter::number(std::int64_t n) {
  before_value();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
  put(buffer, static_cast<std::size_t>(end - buffer));
}

void JsonWriter::number(std::uint64_t n) {
  before_value();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
  put(buffer, static_cast<std::size_t>(end - buffer));
}

void JsonWriter::number(double d) {
  before_value();
  // Rare in maps: nlohmann's own formatting (grisu2, "1.0", null for NaN) is the reference.
  put(nlohmann::json(d).dump());
}

/// Whether the bytes from `i` on are valid UTF-8 (NUL and controls included).
static bool valid_utf8_from(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = utf8_sequence_length(s, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// As nlohmann's dump_escaped with ensure_ascii off: '"', '\' and the control
// characters escaped (\b \t \n \f \r, the others as \u00xx), UTF-8 as it is.
// A string with invalid UTF-8 goes to nlohmann itself, whose replacement of
// bad bytes with U+FFFD is the behaviour to keep.
void JsonWriter::escaped(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = skip_plain(s, 0);
  if (i == n) {  // the common case: nothing to escape
    put('"');
    put(s);
    put('"');
    return;
  }
  if (!valid_utf8_from(s, i)) {
    put(nlohmann::json(std::string(s))
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  put('"');
  std::size_t run = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (kPlain[c] || c >= 0x80) {  // UTF-8 already checked
      i = c >= 0x80 ? i + 1 : skip_plain(s, i + 1);
      continue;
    }
    put(s.data() + run, i - run);
    char escape = c == '"'    ? '"'
                  : c == '\\' ? '\\'
                  : c == '\b' ? 'b'
                  : c == '\t' ? 't'
                  : c == '\n' ? 'n'
                  : c == '\f' ? 'f'
                  : c == '\r' ? 'r'
                              : 0;
    if (escape) {
      char e[2] = {'\\', escape};
      put(e, 2);
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      put(u, 6);
    }
    run = ++i;
  }
  put(s.data() + run, n - run);
  put('"');
}

}  // namespace argmap
