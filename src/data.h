// A YAML-like value: what frontmatter and {data} blocks hold. Kept free of any
// YAML or JSON library so that only the readers and writers see those.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace argmap {

struct Data {
  Data() = default;  // declared so that clang (the fuzzer) accepts the recursive pair below
  enum class Kind { Null, Bool, Int, Float, String, List, Map };

  Kind kind = Kind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::string string;
  std::vector<Data> items;                           ///< Kind::List
  std::vector<std::pair<std::string, Data>> fields;  ///< Kind::Map, in source order

  static Data of(std::string s) {
    Data d;
    d.kind = Kind::String;
    d.string = std::move(s);
    return d;
  }

  bool is_null() const { return kind == Kind::Null; }
  bool is_map() const { return kind == Kind::Map; }
  bool is_list() const { return kind == Kind::List; }
  bool is_string() const { return kind == Kind::String; }

  /// The field named `key` of a map, or nullptr (also when this is not a map).
  const Data* find(std::string_view key) const {
    for (const auto& [k, v] : fields)
      if (k == key) return &v;
    return nullptr;
  }
  /// A scalar as text ("" for null, lists and maps): "true", "42", "1.5", the string.
  std::string text() const {
    switch (kind) {
      case Kind::Bool:
        return boolean ? "true" : "false";
      case Kind::Int:
        return std::to_string(integer);
      case Kind::Float: {
        std::string s = std::to_string(number);
        while (s.size() > 1 && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
      }
      case Kind::String:
        return string;
      default:
        return "";
    }
  }
};

/// A Data kept out of line, as the model's elements hold it: most elements have no
/// {data} block, and a Data inside every occurrence, statement and argument made each
/// 100 bytes larger. Copies share one value (a map repeats the same few blocks, and a
/// statement's merged data is often its one occurrence's): `edit()` makes a box's own
/// copy first when the value is shared. Reads as a (const) Data.
class DataBox {
 public:
  DataBox() = default;
  DataBox(Data data) {  // NOLINT: implicit, so that `box = data;` reads naturally
    if (!data.is_null()) data_ = std::make_shared<Data>(std::move(data));
  }

  const Data& get() const { return data_ ? *data_ : null(); }
  operator const Data&() const { return get(); }  // NOLINT: reads as a Data
  const Data* operator->() const { return &get(); }
  /// The value, to change in place (a Null one is made when there is none).
  Data& edit() {
    if (!data_)
      data_ = std::make_shared<Data>();
    else if (data_.use_count() > 1)
      data_ = std::make_shared<Data>(*data_);
    return *data_;
  }

  bool is_null() const { return !data_ || data_->is_null(); }  // most boxes are empty
  bool is_map() const { return data_ && data_->is_map(); }
  const Data* find(std::string_view key) const { return get().find(key); }

 private:
  static const Data& null() {
    static const Data kNull;
    return kNull;
  }
  std::shared_ptr<Data> data_;  ///< never changed while shared (see edit)
};

}  // namespace argmap
