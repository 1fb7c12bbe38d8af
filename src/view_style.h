// The view stage's second half: ids, labels, classes and colours of what the
// first half selected, plus the legend. Separate so that colouring rules (by tag,
// by proponent, later by evaluation status) live in one place.
#pragma once

#include "model.h"
#include "view.h"

namespace argmap {

/// The theme a ViewOptions names ("mono" or the default).
Theme theme_for(const ViewOptions& options);

/// Sets ids, labels, classes and styles of every node and edge, and the view's
/// graph settings (rankdir, font, node width).
void style_view(const Model& model, const ViewOptions& options, View& view);

/// Sets unique ids and fills of the clusters (after grouping).
void style_clusters(const Model& model, const ViewOptions& options, View& view);

/// The node that stands for the closed cluster `cluster` (Argdown's isClosed).
ViewNode closed_group_node(const ViewOptions& options, const View& view, std::size_t cluster);

/// One legend entry per node kind and relation type drawn, then the tag or
/// proponent colours in use.
void build_legend(const Model& model, const ViewOptions& options, View& view);

}  // namespace argmap
