// One call from a map's Model to each element's label: what the renderer colours
// (--color-by status) and other tools read without touching frameworks or solvers.
#pragma once

#include <optional>
#include <vector>

#include "framework_builder.h"
#include "labelling.h"
#include "model.h"
#include "sat_semantics.h"

namespace argmap {

/// Labels indexed like Model::statements and Model::arguments.
struct ModelLabels {
  std::vector<Label> statements;
  std::vector<Label> arguments;
  SearchStatus status = SearchStatus::Complete;  ///< TimedOut: no labelling found in time
  bool exists = true;  ///< false when the semantics has no labelling (stable, odd cycles)

  Label of(ElementRef e) const {
    return e.kind == ElementKind::Statement ? statements[e.id] : arguments[e.id];
  }
};

/// Evaluates `model` under `semantics` and returns the first labelling found
/// (grounded: the one). Without a labelling every element is UNDEC and `exists`
/// or `status` says why.
ModelLabels label_model(const Model& model, Semantics semantics = Semantics::Grounded,
                        const FrameworkOptions& options = {}, const SearchLimits& limits = {});

}  // namespace argmap
