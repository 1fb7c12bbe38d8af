// The view stage's second half: ids, labels, classes and colours of what the
// first half selected, plus the legend. Separate so that colouring rules (by tag,
// by proponent, later by evaluation status) live in one place.
#pragma once

#include "evaluation.h"
#include "model.h"
#include "view.h"

namespace argmap {

/// The theme a ViewOptions names ("mono" or the default).
Theme theme_for(const ViewOptions& options);

/// Sets ids, labels, classes and styles of every node and edge, and the view's
/// graph settings (rankdir, font, node width). With ColorBy::Status, `status`
/// gives each element's label (class status-in|out|undec and the theme's status look).
void style_view(const Model& model, const ViewOptions& options, View& view,
                const ModelLabels* status = nullptr);

/// Sets unique ids and fills of the clusters (after grouping).
void style_clusters(const Model& model, const ViewOptions& options, View& view);

/// The node that stands for the closed cluster `cluster` (Argdown's isClosed).
ViewNode closed_group_node(const ViewOptions& options, const View& view, std::size_t cluster);

/// One legend entry per node kind and relation type drawn, then the tag or
/// proponent colours in use, or the evaluation statuses drawn.
void build_legend(const Model& model, const ViewOptions& options, View& view);

}  // namespace argmap
