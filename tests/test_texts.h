// Texts for models that tests build by hand, outside a Model: kept for the whole
// run, as a model's views need (Model::keep serves fixtures that hold a model).
#pragma once

#include <string_view>

#include "text_arena.h"

namespace argmap::test_texts {

inline std::string_view keep(std::string_view text) {
  static TextArena arena;
  return arena.keep(text);
}

}  // namespace argmap::test_texts
