// A streaming JSON writer that writes exactly what nlohmann-json's dump(2) writes
// for the same document, without building the document: the JSON export of a
// large map is about 100 MB, and a DOM of it costs most of a gigabyte.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The small writes are inlined where they are called: with the field name a
// literal, its copy is a few moves instead of a call.
#define ARGMAP_JSON_INLINE [[gnu::always_inline]] inline

namespace argmap {

/// Constant bytes between the values of a fixed-shape object, laid out once for
/// one depth: line breaks, indentation, field names and constant values
/// (written by JsonWriter::members). The hot objects of an export are such
/// runs with a few strings and numbers between: one copy instead of a check
/// and a copy per line.
class JsonRun {
 public:
  JsonRun() = default;
  /// The member `name` of an object at writer depth `depth`: ",\n", the
  /// indentation and `"name": `. The name must need no escaping.
  JsonRun& member(std::size_t depth, std::string_view name);
  /// Bytes as they are: a constant value (`"premise"`, `true`, `[]`) or a
  /// closing bracket after `line_end`.
  JsonRun& raw(std::string_view bytes);
  /// A line end and the indentation of writer depth `depth` (before a closing bracket).
  JsonRun& line_end(std::size_t depth);
  std::string_view bytes() const { return std::string_view(bytes_).substr(0, size_); }
  std::size_t size() const { return size_; }

 private:
  friend class JsonWriter;
  /// Padded: JsonWriter copies whole blocks of 32 bytes.
  static constexpr std::size_t kPadding = 32;
  std::string bytes_ = std::string(kPadding, ' ');
  std::size_t size_ = 0;
};

class JsonWriter {
 public:
  /// Receives the output in chunks; returns false to stop (the writer then
  /// discards the rest and `ok()` turns false).
  using Sink = std::function<bool(std::string_view)>;

  /// Collects everything in `out` (appended to it when flushed, and at the end).
  explicit JsonWriter(std::string& out);
  /// Hands the output to `sink` in chunks of about `chunk` bytes (at least 256).
  explicit JsonWriter(Sink sink, std::size_t chunk = std::size_t{1} << 20);
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  ARGMAP_JSON_INLINE void begin_object() { open('{'); }
  ARGMAP_JSON_INLINE void end_object() { close('}'); }
  ARGMAP_JSON_INLINE void begin_array() { open('['); }
  ARGMAP_JSON_INLINE void end_array() { close(']'); }
  /// A member's key in the innermost object; its value follows.
  void key(std::string_view name);
  /// The same for a name known to need no escaping (the format's own field
  /// names: ASCII letters): written as it is.
  template <std::size_t N>
  ARGMAP_JSON_INLINE void field(const char (&name)[N], std::size_t value_room = 0) {
    static_assert(N < kMinBuffer / 2);
    line_break(N + 3 + value_room);  // value_room: for a value written unchecked
    // Through a local cursor: stores through a char* could alias pos_, which
    // would then be reloaded after each of them.
    char* p = pos_;
    p[0] = '"';
    std::memcpy(p + 1, name, N - 1);
    std::memcpy(p + N, "\": ", 3);
    pos_ = p + N + 3;
  }
  void field(std::string_view name) { key(name); }  // a name not known at compile time

  void string(std::string_view s) {
    before_value();
    escaped(s);
  }
  ARGMAP_JSON_INLINE void boolean(bool b) {
    before_value();
    room(5);
    put_boolean(b);
  }

  void null();
  void number(std::int64_t n);
  void number(std::uint64_t n);
  ARGMAP_JSON_INLINE void number(std::uint32_t n) {
    before_value();
    room(10);
    put_digits(n);
  }
  void number(int n) { number(std::int64_t{n}); }
  /// As nlohmann writes a double (shortest round trip; NaN and infinities as null).
  void number(double d);

  /// `field` then a string value, and the like: the common member forms.
  template <std::size_t N>
  ARGMAP_JSON_INLINE void member(const char (&name)[N], std::string_view s) {
    field(name);
    escaped(s);
  }
  /// A member whose value is known to need no escaping either (the format's own
  /// words: "statement", "premise").
  template <std::size_t N>
  ARGMAP_JSON_INLINE void member_plain(const char (&name)[N], std::string_view value) {
    field(name);
    put_quoted(value);
  }
  template <std::size_t N>
  ARGMAP_JSON_INLINE void member_bool(const char (&name)[N], bool b) {
    field(name, 5);
    put_boolean(b);
  }
  template <std::size_t N, typename Number>
  ARGMAP_JSON_INLINE void member_number(const char (&name)[N], Number n) {
    field(name);
    number(n);
  }
  /// The common one, a location's line or column: one check of room for both.
  template <std::size_t N>
  ARGMAP_JSON_INLINE void member_number(const char (&name)[N], std::uint32_t n) {
    field(name, 10);
    put_digits(n);
  }

  // Runs: JsonRun's bytes, then a value, then another run, and so on. A run
  // that starts with a member is in the innermost object.
  /// A run of members: its leading ',' left out while the object has none yet.
  ARGMAP_JSON_INLINE void members(const JsonRun& run) {
    const std::size_t skip = first_ ? 1 : 0;
    first_ = false;
    if (static_cast<std::size_t>(end_ - pos_) < run.size_ + JsonRun::kPadding)
      return put(run.bytes_.data() + skip, run.size_ - skip);
    copy_run(run, skip);
  }
  /// A value that starts with a run (an object whose runs hold its brackets):
  /// in an array, the separator and indentation first.
  ARGMAP_JSON_INLINE void value_run(const JsonRun& run) {
    before_value();
    first_ = false;
    if (static_cast<std::size_t>(end_ - pos_) < run.size_ + JsonRun::kPadding)
      return put(run.bytes_.data(), run.size_);
    copy_run(run, 0);
  }
  /// A run of members with a number after each (a location's lines and columns):
  /// one check of room for all of them.
  template <std::size_t K>
  ARGMAP_JSON_INLINE void number_members(const JsonRun* const (&runs)[K],
                                         const std::uint32_t (&numbers)[K]) {
    std::size_t need = 10 * K + JsonRun::kPadding;
    for (const JsonRun* run : runs) need += run->size_;
    if (static_cast<std::size_t>(end_ - pos_) < need) {
      spill();
      if (static_cast<std::size_t>(end_ - pos_) < need) {  // a tiny buffer: piece by piece
        for (std::size_t i = 0; i < K; ++i) {
          members(*runs[i]);
          room(10);
          put_digits(numbers[i]);
        }
        return;
      }
    }
    const std::size_t skip = first_ ? 1 : 0;
    first_ = false;
    copy_run(*runs[0], skip);
    put_digits(numbers[0]);
    for (std::size_t i = 1; i < K; ++i) {
      copy_run(*runs[i], 0);
      put_digits(numbers[i]);
    }
  }
  /// A location's four members, runs[i] then numbers[i]: start line, start
  /// column, end line, end column. The end line, mostly the start line
  /// again, is copied rather than formatted.
  ARGMAP_JSON_INLINE void location_members(const JsonRun (&runs)[4],
                                           const std::uint32_t (&numbers)[4]) {
    const std::size_t need =
        runs[0].size_ + runs[1].size_ + runs[2].size_ + runs[3].size_ + 40 + JsonRun::kPadding;
    if (static_cast<std::size_t>(end_ - pos_) < need) {
      spill();
      if (static_cast<std::size_t>(end_ - pos_) < need)  // a tiny buffer: piece by piece
        return number_members({&runs[0], &runs[1], &runs[2], &runs[3]}, numbers);
    }
    copy_run(runs[0], first_ ? 1 : 0);
    first_ = false;
    const char* line = pos_;
    put_digits(numbers[0]);
    const std::size_t line_length = static_cast<std::size_t>(pos_ - line);
    copy_run(runs[1], 0);
    put_digits(numbers[1]);
    copy_run(runs[2], 0);
    if (numbers[2] == numbers[0]) {
      std::memcpy(pos_, line, 16);  // at most 10 digits; the rest is overwritten
      pos_ += line_length;
    } else {
      put_digits(numbers[2]);
    }
    copy_run(runs[3], 0);
    put_digits(numbers[3]);
  }
  /// Bytes written as JSON before (a string quoted and escaped once for all
  /// its uses), after a run or as a value: copied in 32-byte steps, so at
  /// least 32 bytes past its end must be readable.
  ARGMAP_JSON_INLINE void run_json(std::string_view json) {
    const std::size_t n = json.size();
    if (static_cast<std::size_t>(end_ - pos_) < n + 32) return put(json.data(), n);
    copy_padded(json.data(), n);
  }
  /// A member's key from such bytes.
  ARGMAP_JSON_INLINE void key_json(std::string_view json) {
    line_break(0);
    run_json(json);
    put(": ", 2);
  }
  /// A string value after a run that ends with a member's name.
  ARGMAP_JSON_INLINE void run_string(std::string_view s) { escaped(s); }

  /// Raw bytes (e.g. the document's final line end).
  void raw(std::string_view s) { put(s.data(), s.size()); }

  // A value written twice at the same depth (a relation under both its ends)
  // can be copied the second time: mark(), write it, keep written_since(mark),
  // later value_bytes(kept).
  /// Where the output stands: the number of bytes written so far.
  std::size_t mark() const { return spilled_ + static_cast<std::size_t>(pos_ - buffer_.get()); }
  /// The bytes of the array element written since `mark`, without the
  /// separator and indentation before it; empty when they are no longer all
  /// in the buffer (or not in an array).
  std::string_view written_since(std::size_t mark) const;
  /// The nesting depth: a copied value must be written at the depth it was.
  std::size_t depth() const { return depth_; }
  /// A value from written_since() again, with its separator and indentation.
  void value_bytes(std::string_view value) {
    before_value();
    put(value);
  }

  /// A value from written_since() at depth `from` (>= depth()) written here:
  /// the same lines, each line end's indentation 2 * (from - depth()) shorter.
  /// Every '\n' in written JSON is a line end: strings escape theirs.
  void value_bytes_from(std::string_view value, std::size_t from);

  /// Hands everything gathered so far to the sink.
  void flush();
  bool ok() const { return ok_; }

 private:
  ARGMAP_JSON_INLINE void open(char bracket) {
    if (array_)
      line_break(1);
    else
      room(1);
    *pos_++ = bracket;
    outer_arrays_.push_back(array_);
    ++depth_;
    break_ += 2;
    array_ = bracket == '[';
    first_ = true;
  }
  ARGMAP_JSON_INLINE void close(char bracket) {
    bool empty = first_;
    --depth_;
    break_ -= 2;
    array_ = outer_arrays_.back();
    outer_arrays_.pop_back();
    if (empty) {
      room(1);
    } else {
      first_ = true;  // the line end without a separator
      line_break(1);
    }
    *pos_++ = bracket;
    first_ = false;  // the level around has its element: the one just closed
  }
  /// Before a value: in an array, the separator and the element's indentation.
  ARGMAP_JSON_INLINE void before_value() {
    if (array_) line_break(0);
  }
  /// `,` unless first, a line end and the indentation of the innermost level;
  /// then room for `more` bytes. The common depths are one fixed-size copy from
  /// kBreak (bytes past the end are overwritten later): no loop, no memcpy call.
  ARGMAP_JSON_INLINE void line_break(std::size_t more) {
    const std::size_t skip = first_ ? 1 : 0, n = break_ - skip;
    first_ = false;
    if (n > kFastBreak) return long_break(skip, more);
    room(kFastBreak + more);
    char* p = pos_;
    std::memcpy(p, kBreak + skip, kFastBreak);
    pos_ = p + n;
  }
  void long_break(std::size_t skip, std::size_t more);
  /// The run's bytes from `skip`, with room for them and the padding made.
  ARGMAP_JSON_INLINE void copy_run(const JsonRun& run, std::size_t skip) {
    copy_padded(run.bytes_.data() + skip, run.size_ - skip);
  }
  /// `n` bytes in whole blocks of 32, no memcpy call: at least 32 bytes past
  /// the end of `in` are readable and of the buffer writable (the bytes past
  /// `n` are overwritten later).
  ARGMAP_JSON_INLINE void copy_padded(const char* in, std::size_t n) {
    char* p = pos_;
    std::size_t i = 0;
    do {  // two moves of 16 bytes a turn: a single member's run takes one
      std::memcpy(p + i, in + i, 16);
      std::memcpy(p + i + 16, in + i + 16, 16);
      i += 32;
    } while (i < n);
    pos_ = p + n;
  }
  /// A string as JSON. The common case, nothing to escape, is copied as it is
  /// checked, inlined where it is written (most strings are short titles).
  ARGMAP_JSON_INLINE void escaped(std::string_view s) {
    const std::size_t n = s.size();
    if (static_cast<std::size_t>(end_ - pos_) < n + 2 || !copy_plain(s.data(), n, pos_ + 1))
      return escaped_slow(s);
    char* p = pos_;
    p[0] = '"';
    p[n + 1] = '"';
    pos_ = p + n + 2;
  }
  void escaped_slow(std::string_view s);
  /// Copies `n` bytes from `in` to `out`; whether none of them needs escaping
  /// or a UTF-8 check.
  static bool copy_plain(const char* in, std::size_t n, char* out);
  /// The decimal digits of `n`, with room for 10 bytes made. Most numbers are
  /// lines and columns: short, and cheaper so than through std::to_chars.
  ARGMAP_JSON_INLINE void put_digits(std::uint32_t n) {
    if (n >= 1000000) {
      pos_ = std::to_chars(pos_, pos_ + 10, n).ptr;
      return;
    }
    const std::size_t length = n < 100      ? (n < 10 ? 1 : 2)
                               : n < 10000  ? (n < 1000 ? 3 : 4)
                               : n < 100000 ? 5
                                            : 6;
    char* end = pos_ + length;
    char* p = end;
    for (; n >= 100; n /= 100) {
      p -= 2;
      std::memcpy(p, &kDigitPairs[2 * (n % 100)], 2);
    }
    if (n >= 10)
      std::memcpy(p - 2, &kDigitPairs[2 * n], 2);
    else
      p[-1] = static_cast<char>('0' + n);
    pos_ = end;
  }
  /// `true` or `false`, with room for 5 bytes made.
  ARGMAP_JSON_INLINE void put_boolean(bool b) {
    char* p = pos_;
    std::memcpy(p, b ? "true" : "false", 5);  // "true" copies its NUL, overwritten later
    pos_ = p + (b ? 4 : 5);
  }
  /// `"value"`, for a value known to need no escaping.
  ARGMAP_JSON_INLINE void put_quoted(std::string_view value) {
    const std::size_t n = value.size();
    if (n > 32) return escaped(value);  // never: the format's words are short
    room(n + 2);
    char* p = pos_;
    p[0] = '"';
    // At most two overlapping moves of a fixed size rather than a memcpy call.
    const char* in = value.data();
    if (n >= 16) {
      std::memcpy(p + 1, in, 16);
      std::memcpy(p + 1 + n - 16, in + n - 16, 16);
    } else if (n >= 8) {
      std::memcpy(p + 1, in, 8);
      std::memcpy(p + 1 + n - 8, in + n - 8, 8);
    } else if (n >= 4) {
      std::memcpy(p + 1, in, 4);
      std::memcpy(p + 1 + n - 4, in + n - 4, 4);
    } else {
      for (std::size_t i = 0; i < n; ++i) p[1 + i] = in[i];
    }
    p[n + 1] = '"';
    pos_ = p + n + 2;
  }

  // The output goes through a fixed buffer, written with a cursor: appending
  // to a std::string piece by piece checks and grows it at every call. Small
  // writes of a known bound ask for `room` once and then copy unchecked.
  static constexpr std::size_t kMinBuffer = 256;  ///< >= every `room` asked for
  static constexpr std::size_t kFastBreak = 32;
  static constexpr char kBreak[] =
      ",\n                                                                ";
  static constexpr std::size_t kBreakSpaces = sizeof kBreak - 3;  ///< without ",\n" and NUL
  static constexpr std::array<char, 200> kDigitPairs = [] {       // "00", "01", ... "99"
    std::array<char, 200> pairs{};
    for (int i = 0; i < 100; ++i) {
      pairs[2 * i] = static_cast<char>('0' + i / 10);
      pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return pairs;
  }();
  ARGMAP_JSON_INLINE void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - pos_) < n) spill();
  }
  void put(char c) {
    if (pos_ == end_) spill();
    *pos_++ = c;
  }
  void put(const char* s, std::size_t n) {
    if (static_cast<std::size_t>(end_ - pos_) < n) return put_slow(s, n);
    std::memcpy(pos_, s, n);
    pos_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  void put_slow(const char* s, std::size_t n);
  /// Empties the buffer into the string or the sink.
  void spill();

  std::string* out_ = nullptr;  ///< string mode
  Sink sink_;                   ///< sink mode
  std::unique_ptr<char[]> buffer_;
  char* pos_ = nullptr;
  char* end_ = nullptr;
  std::size_t spilled_ = 0;  ///< bytes handed on before the buffer's
  bool ok_ = true;
  // The innermost level, kept in members (the hot path reads no stack): its
  // depth, whether it is an array and whether it has no element yet.
  std::size_t depth_ = 0;
  std::size_t break_ = 2;  ///< ",\n" and the indentation: 2 + 2 * depth_
  bool array_ = false;
  bool first_ = true;
  /// The levels around it: whether each was an array (char: vector<bool>'s
  /// bit twiddling costs more than it saves here).
  std::vector<char> outer_arrays_;
};

}  // namespace argmap

#undef ARGMAP_JSON_INLINE
