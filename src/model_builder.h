// The model builder: syntax tree -> model. Resolves titles into equivalence
// classes and arguments, attaches premise-conclusion structures, derives the
// relations as Argdown 1.7.5's ModelPlugin does, and reads argmap's extensions
// (sources, evidence, proponents) from frontmatter and data.
#pragma once

#include "diagnostic.h"
#include "model.h"
#include "source.h"
#include "syntax.h"

namespace argmap {

/// Builds the model of `tree`, whose spans point into `sources`. Errors (YAML,
/// a second PCS for one argument) are appended to `diagnostics`. The tree is
/// consumed: its texts move into the model.
Model build_model(SyntaxTree tree, const SourceSet& sources, Diagnostics& diagnostics);

/// Reads argmap's extensions into a built model: frontmatter `sources:` and
/// `proponents:`, and each element's {source, sources, page, kind, proponent}.
void read_extensions(Model& model, const SourceSet& sources, Diagnostics& diagnostics);

}  // namespace argmap
