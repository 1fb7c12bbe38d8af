// The evaluation status the view draws for --color-by status: one label per
// statement and argument, from the engine's labellings (never computed here).
#pragma once

#include "diagnostic.h"
#include "evaluation.h"
#include "model.h"

namespace argmap {

/// Grounded: the grounded labelling. Complete, preferred, stable: the skeptical
/// verdict over all labellings (IN if IN in every one, OUT if OUT in every one,
/// else UNDEC). A search that is capped or times out, or a semantics without a
/// labelling, is a warning ("status-incomplete", "status-no-labelling").
ModelLabels status_labels(const Model& model, Semantics semantics, Diagnostics& diagnostics);

}  // namespace argmap
