// Diagnostics are values: every stage appends to a Diagnostics list and goes on.
// Printing them is diagnostic_printer's job; the library never prints.
#pragma once

#include <string>
#include <vector>

#include "source.h"

namespace argmap {

enum class Severity { Note, Warning, Error };

/// A secondary location with its own message ("first defined here", a cycle member).
struct DiagnosticNote {
  Location where;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     ///< stable kebab-case code, e.g. "unknown-source"; `--no-warn CODE` uses it
  std::string message;  ///< one line, lower-case start, no trailing period (GCC's style)
  Location where;
  std::vector<DiagnosticNote> notes;
  std::string suggestion;  ///< optional "did you mean ..." / how to fix it
};

/// The list every stage appends to. Order: as reported; printers sort by location.
class Diagnostics {
 public:
  Diagnostic& error(std::string code, Location where, std::string message) {
    return add(Severity::Error, std::move(code), where, std::move(message));
  }
  Diagnostic& warning(std::string code, Location where, std::string message) {
    return add(Severity::Warning, std::move(code), where, std::move(message));
  }
  Diagnostic& add(Severity severity, std::string code, Location where, std::string message) {
    items_.push_back(Diagnostic{severity, std::move(code), std::move(message), where, {}, {}});
    return items_.back();
  }

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  std::size_t count(Severity severity) const {
    std::size_t n = 0;
    for (const auto& d : items_) n += d.severity == severity;
    return n;
  }
  bool has_errors() const { return count(Severity::Error) > 0; }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace argmap
