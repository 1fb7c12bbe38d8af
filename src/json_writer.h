// A streaming JSON writer that writes exactly what nlohmann-json's dump(2) writes
// for the same document, without building the document: the JSON export of a
// large map is about 100 MB, and a DOM of it costs most of a gigabyte.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

class JsonWriter {
 public:
  /// Receives the output in chunks; returns false to stop (the writer then
  /// discards the rest and `ok()` turns false).
  using Sink = std::function<bool(std::string_view)>;

  /// Collects everything in `out` (appended to it when flushed, and at the end).
  explicit JsonWriter(std::string& out);
  /// Hands the output to `sink` in chunks of `chunk` bytes.
  explicit JsonWriter(Sink sink, std::size_t chunk = std::size_t{1} << 20);
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// A member's key in the innermost object; its value follows.
  void key(std::string_view name);
  /// The same for a name known to need no escaping (the format's own field
  /// names: ASCII letters): written as it is.
  void field(std::string_view name) {
    next_line();
    put('"');
    put(name);
    put("\": ", 3);
  }

  void string(std::string_view s);
  void boolean(bool b);
  void null();
  void number(std::int64_t n);
  void number(std::uint64_t n);
  void number(std::uint32_t n) { number(std::uint64_t{n}); }
  void number(int n) { number(std::int64_t{n}); }
  /// As nlohmann writes a double (shortest round trip; NaN and infinities as null).
  void number(double d);

  /// `field` then a string value, and the like: the common member forms.
  void member(std::string_view name, std::string_view s) {
    field(name);
    string(s);
  }
  void member(std::string_view name, const char* s) { member(name, std::string_view(s)); }
  void member(std::string_view name, const std::string& s) { member(name, std::string_view(s)); }
  void member_bool(std::string_view name, bool b) {
    field(name);
    boolean(b);
  }
  template <typename Number>
  void member_number(std::string_view name, Number n) {
    field(name);
    number(n);
  }

  /// Raw bytes (e.g. the document's final line end).
  void raw(std::string_view s) { put(s); }
  /// Hands everything gathered so far to the sink.
  void flush();
  bool ok() const { return ok_; }

 private:
  struct Frame {
    bool array;
    bool empty;
  };
  void open(char bracket);
  void close(char bracket);
  /// Before a value: in an array, the separator and the element's indentation.
  void before_value() {
    if (!frames_.empty() && frames_.back().array) next_line();
  }
  /// `,` unless first, a line end and the indentation of the innermost level.
  void next_line();
  void indent(std::size_t spaces);
  void escaped(std::string_view s);

  // The output goes through a fixed buffer, written with a cursor: appending
  // to a std::string piece by piece checks and grows it at every call.
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
  bool ok_ = true;
  std::vector<Frame> frames_;
};

}  // namespace argmap
