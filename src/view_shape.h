// The view's say on a drawing's proportions: Argdown draws bottom to top, which
// puts many elements side by side on few ranks; a large, shallow map then comes
// out many times wider than tall. These rules keep large maps readable.
#pragma once

#include "view.h"

namespace argmap {

/// Width over height of the drawing dot would make of `view` in `rankdir`,
/// estimated from a longest-path ranking and the nodes' label lines.
double estimated_aspect(const View& view, RankDir rankdir);

/// Above this estimated width:height a bottom-to-top drawing is redrawn left to right.
inline constexpr double kWideAspect = 3.0;
/// Smaller maps always keep Argdown's direction: they fit a page either way.
inline constexpr std::size_t kAutoRankdirNodes = 20;

/// When the rank direction is the default (not chosen by option or frontmatter), the
/// map has at least kAutoRankdirNodes nodes and would be more than kWideAspect times
/// wider than tall, draws it left to right if that is closer to a page's proportions
/// (ranks become columns, and boxes are wider than tall). Sets rankdir_auto.
void choose_rankdir(View& view);

/// A node with many leaf neighbours (elements related to nothing else) puts them all
/// on one rank; staggers them over up to kStaggerRanks ranks by edge minimum length,
/// as Graphviz's `unflatten -l` does. Only nodes with at least kStaggerLeaves leaves.
inline constexpr int kStaggerRanks = 3;
inline constexpr std::size_t kStaggerLeaves = 4;
void stagger_leaves(View& view);

}  // namespace argmap
