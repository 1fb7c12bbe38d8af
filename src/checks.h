// Compiler-grade checks on a built model: broken references, suspicious titles,
// circular support, citations without sources, ... Each finding is a Diagnostic.
#pragma once

#include "diagnostic.h"
#include "model.h"

namespace argmap {

/// Appends every finding on `model` to `diagnostics`. Warnings carry codes that
/// the CLI may silence; filtering is the caller's job.
void check_model(const Model& model, Diagnostics& diagnostics);

}  // namespace argmap
