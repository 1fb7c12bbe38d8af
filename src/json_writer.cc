#include "json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/// Whether none of the bytes of the word at `p` needs escaping or a UTF-8 check.
template <typename Word>
bool plain_word(const char* p) {
  constexpr Word kOnes = static_cast<Word>(~Word{0}) / 0xFF;
  constexpr Word kHighs = kOnes * 0x80;
  auto has_zero = [](Word v) { return (v - kOnes) & ~v & kHighs; };
  Word word;
  std::memcpy(&word, p, sizeof word);
  // A byte >= 0x80, < 0x20, '"' or '\\'. The borrows of the subtractions can
  // only mark bytes above one that is really special: exact as a yes or no.
  return ((word & kHighs) | ((word - kOnes * 0x20) & ~word & kHighs) |
          has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\'))) == 0;
}
bool plain8(const char* p) {
  return plain_word<std::uint64_t>(p);
}

#if defined(__SSE2__)
/// The bytes of the 16 that need escaping or a UTF-8 check, as 0xFF.
__m128i special16(__m128i v) {
  // Signed: bytes >= 0x80 are negative, so "< 0x20" takes them too.
  return _mm_or_si128(
      _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}
/// Whether none of the 16 bytes needs escaping or a UTF-8 check.
bool plain16(__m128i v) {
  return _mm_movemask_epi8(special16(v)) == 0;
}
#endif

#if !defined(__SSE2__)
/// Copies 16 bytes from `in` to `out`; whether none of them needs escaping or
/// a UTF-8 check.
bool copy_plain16(const char* in, char* out) {
  std::memcpy(out, in, 16);
  return plain8(in) && plain8(in + 8);
}
#endif

/// Whether none of the bytes of two words needs escaping or a UTF-8 check.
bool plain_pair(std::uint64_t a, std::uint64_t b) {
#if defined(__SSE2__)
  return plain16(_mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a)));
#else
  return plain_word<std::uint64_t>(reinterpret_cast<const char*>(&a)) &&
         plain_word<std::uint64_t>(reinterpret_cast<const char*>(&b));
#endif
}

/// The first position from `i` whose byte is not plain, eight bytes at a time.
std::size_t skip_plain(std::string_view s, std::size_t i) {
  while (i + 8 <= s.size() && plain8(s.data() + i)) i += 8;
  while (i < s.size() && kPlain[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

}  // namespace

JsonRun& JsonRun::member(std::size_t depth, std::string_view name) {
  std::string bytes = ",\n";
  bytes.append(2 * depth, ' ');
  bytes += '"';
  bytes += name;
  bytes += "\": ";
  return raw(bytes);
}

JsonRun& JsonRun::line_end(std::size_t depth) {
  std::string bytes = "\n";
  bytes.append(2 * depth, ' ');
  return raw(bytes);
}

JsonRun& JsonRun::raw(std::string_view bytes) {
  bytes_.resize(size_);
  bytes_ += bytes;
  size_ = bytes_.size();
  bytes_.append(kPadding, ' ');
  return *this;
}

JsonWriter::JsonWriter(std::string& out) : out_(&out), buffer_(new char[std::size_t{1} << 16]) {
  pos_ = buffer_.get();
  end_ = pos_ + (std::size_t{1} << 16);
  outer_arrays_.reserve(64);
}

JsonWriter::JsonWriter(Sink sink, std::size_t chunk)
    : sink_(std::move(sink)), buffer_(new char[std::max(chunk, kMinBuffer)]) {
  pos_ = buffer_.get();
  end_ = pos_ + std::max(chunk, kMinBuffer);
  outer_arrays_.reserve(64);
}

void JsonWriter::spill() {
  std::string_view done(buffer_.get(), static_cast<std::size_t>(pos_ - buffer_.get()));
  pos_ = buffer_.get();
  spilled_ += done.size();
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
    return;
  }
  // Larger than the whole buffer: straight on.
  spilled_ += n;
  if (out_)
    out_->append(s, n);
  else if (ok_)
    ok_ = sink_(std::string_view(s, n));
}

std::string_view JsonWriter::written_since(std::size_t mark) const {
  if (mark < spilled_ || !array_) return {};
  std::string_view written(buffer_.get() + (mark - spilled_), this->mark() - mark);
  // In an array a value comes after a separator (unless first), a line end
  // and the indentation of the array's elements.
  std::size_t start = (written.starts_with(',') ? 2 : 1) + 2 * depth_;
  return start < written.size() ? written.substr(start) : std::string_view{};
}

void JsonWriter::value_bytes_from(std::string_view value, std::size_t from) {
  const std::size_t drop = from > depth_ ? 2 * (from - depth_) : 0;
  before_value();
  const char* in = value.data();
  const char* const end = in + value.size();
  if (static_cast<std::size_t>(end_ - pos_) < value.size() + 16) {
    spill();
    if (static_cast<std::size_t>(end_ - pos_) < value.size() + 16) {  // line by line
      while (in < end) {
        const char* line_end = static_cast<const char*>(std::memchr(in, '\n', end - in));
        const char* next = line_end ? line_end + 1 : end;
        put(in, static_cast<std::size_t>(next - in));
        in = line_end ? next + drop : end;
      }
      return;
    }
  }
  // The output is never longer than the input: room for it was made, and for
  // the 16 bytes each move may write past the end.
  char* out = pos_;
#if defined(__SSE2__)
  const __m128i line_break = _mm_set1_epi8('\n');
  while (end - in >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
    auto breaks = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, line_break)));
    if (breaks == 0) {
      in += 16;
      out += 16;
      continue;
    }
    const auto kept = static_cast<std::size_t>(__builtin_ctz(breaks)) + 1;  // up to the '\n'
    in += kept + drop;
    out += kept;
  }
#endif
  while (in < end) {
    const char c = *in++;
    *out++ = c;
    if (c == '\n') in += drop;
  }
  pos_ = out;
}

void JsonWriter::flush() {
  spill();
}

void JsonWriter::long_break(std::size_t skip, std::size_t more) {
  put(kBreak + skip, 2 - skip);
  for (std::size_t spaces = 2 * depth_; spaces > 0;) {
    std::size_t n = std::min(spaces, kBreakSpaces);
    put(kBreak + 2, n);
    spaces -= n;
  }
  room(more);
}

void JsonWriter::key(std::string_view name) {
  line_break(0);
  escaped(name);
  put(": ", 2);
}

void JsonWriter::null() {
  before_value();
  put("null", 4);
}

void JsonWriter::number(std::int64_t n) {
  before_value();
  room(20);
  pos_ = std::to_chars(pos_, pos_ + 20, n).ptr;
}

void JsonWriter::number(std::uint64_t n) {
  before_value();
  room(20);
  pos_ = std::to_chars(pos_, pos_ + 20, n).ptr;
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

// Whole words or blocks, the last one overlapping the one before: no loop
// over bytes.
bool JsonWriter::copy_plain(const char* in, std::size_t n, char* out) {
#if defined(__SSE2__)
  // The blocks' special bytes gathered and looked at once at the end: a string
  // to escape is rare, and copying it whole first costs less than a test per block.
  if (n >= 16) {
    __m128i special = _mm_setzero_si128();
    auto block = [&](std::size_t i) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), v);
      special = _mm_or_si128(special, special16(v));
    };
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
      block(i);
      block(i + 16);
    }
    if (i + 16 <= n) block(i);
    if (n % 16 != 0) block(n - 16);
    return _mm_movemask_epi8(special) == 0;
  }
#else
  if (n >= 16) {
    for (std::size_t i = 0; i + 16 <= n; i += 16)
      if (!copy_plain16(in + i, out + i)) return false;
    return n % 16 == 0 || copy_plain16(in + n - 16, out + n - 16);
  }
#endif
  if (n >= 8) {
    std::uint64_t a, b;
    std::memcpy(&a, in, 8);
    std::memcpy(&b, in + n - 8, 8);
    std::memcpy(out, &a, 8);
    std::memcpy(out + n - 8, &b, 8);
    return plain_pair(a, b);
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, in, 4);
    std::memcpy(&b, in + n - 4, 4);
    std::memcpy(out, &a, 4);
    std::memcpy(out + n - 4, &b, 4);
    constexpr std::uint64_t kSpaces = 0x2020202000000000u;  // plain filling for the check
    return plain_pair(a | kSpaces, b | kSpaces);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!kPlain[static_cast<unsigned char>(in[i])]) return false;
    out[i] = in[i];
  }
  return true;
}

// When the buffer is full (the string may fit once it is emptied) or there
// is something to escape. As nlohmann's dump_escaped with ensure_ascii off:
// '"', '\' and the control characters escaped (\b \t \n \f \r, the others as
// \u00xx), UTF-8 as it is. A string with invalid UTF-8 goes to nlohmann
// itself, whose replacement of bad bytes with U+FFFD is the behaviour to keep.
void JsonWriter::escaped_slow(std::string_view s) {
  const std::size_t n = s.size();
  if (static_cast<std::size_t>(end_ - pos_) < n + 2) {
    spill();
    if (static_cast<std::size_t>(end_ - pos_) >= n + 2 && copy_plain(s.data(), n, pos_ + 1)) {
      pos_[0] = '"';
      pos_[n + 1] = '"';
      pos_ += n + 2;
      return;
    }
  }
  std::size_t i = skip_plain(s, 0);
  if (i == n) {
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
