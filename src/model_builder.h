// The model builder: syntax tree -> model. Resolves titles into equivalence
// classes and arguments, attaches premise-conclusion structures, derives the
// relations as Argdown 1.7.5's ModelPlugin does, and reads argmap's extensions
// (sources, evidence, proponents) from frontmatter and data.
#pragma once

#include <memory>

#include "diagnostic.h"
#include "model.h"
#include "source.h"
#include "syntax.h"

namespace argmap {

namespace builder_detail {
class Builder;
}

/// Builds the model from the blocks as the parser completes them (a few dozen at
/// a time), so that the syntax tree never holds more (a 50k-statement map's
/// tree would otherwise sit in memory next to its model).
class ModelBuilder final : public BlockSink {
 public:
  /// `sources` may still grow (@includes): files are looked up when needed.
  ModelBuilder(const SourceSet& sources, Diagnostics& diagnostics);
  ~ModelBuilder() override;

  void take_blocks(SyntaxTree& tree) override;
  /// The model, once every block is taken (`tree` keeps the frontmatter); reads
  /// argmap's extensions too.
  Model finish(const SyntaxTree& tree);

 private:
  std::unique_ptr<builder_detail::Builder> builder_;
};

/// Builds the model of `tree`, whose spans point into `sources`. Errors (YAML,
/// a second PCS for one argument) are appended to `diagnostics`. The tree is
/// consumed: its texts move into the model.
Model build_model(SyntaxTree tree, const SourceSet& sources, Diagnostics& diagnostics);

/// Reads argmap's extensions into a built model: frontmatter `sources:` and
/// `proponents:` when made, then each element's {source, sources, page, kind,
/// proponent} when read, all statements before all arguments (proponents met
/// first in data are numbered in that order). Per element, so that the builder
/// reads them in the same pass over the elements as its own last touches.
class ExtensionReader {
 public:
  ExtensionReader(Model& model, const SourceSet& sources);
  void read(Statement& statement);
  void read(Argument& argument);

 private:
  Model& model_;
  TitleIndex source_ids_;     ///< Model::source_by_key as a flat table
  TitleIndex proponent_ids_;  ///< Model::proponent_by_key, and the proponents added
  std::string buffer_;        ///< for a {kind} that is not a string
};

}  // namespace argmap
