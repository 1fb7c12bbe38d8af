#include "view_status.h"

#include <chrono>
#include <string>

namespace argmap {
namespace {

// Bounds on enumerating labellings for a drawing: a map with more labellings
// than this is drawn from those found, with a warning.
constexpr std::size_t kMaxLabellings = 10000;
constexpr std::chrono::seconds kSearchTime{20};

}  // namespace

ModelLabels status_labels(const Model& model, Semantics semantics, Diagnostics& diagnostics) {
  if (semantics == Semantics::Grounded) return label_model(model);
  MapFramework map = build_framework(model);
  SearchLimits limits;
  limits.max_labellings = kMaxLabellings;
  limits.deadline = std::chrono::steady_clock::now() + kSearchTime;
  LabellingSet set = enumerate_labellings(map.framework.framework, semantics, limits);
  std::string name(semantics_name(semantics));
  Labelling verdict(map.elements.size(), Label::Undec);
  if (set.labellings.empty()) {
    diagnostics.warning(
        set.status == SearchStatus::Complete ? "status-no-labelling" : "status-incomplete",
        Location{},
        set.status == SearchStatus::Complete
            ? "the map has no " + name + " labelling: every element is drawn UNDEC"
            : "no " + name + " labelling found in time: every element is drawn UNDEC");
  } else {
    verdict = set.labellings.front();
    for (const Labelling& l : set.labellings)
      for (NodeId n = 0; n < verdict.size(); ++n)
        if (verdict[n] != l[n]) verdict[n] = Label::Undec;
    if (set.status != SearchStatus::Complete)
      diagnostics.warning("status-incomplete", Location{},
                          "stopped after " + std::to_string(set.labellings.size()) + " " + name +
                              " labellings: the drawn verdict may be IN or OUT where an unseen "
                              "labelling disagrees");
  }
  ModelLabels out;
  out.status = set.status;
  out.exists = !set.labellings.empty() || set.status != SearchStatus::Complete;
  out.statements.assign(verdict.begin(), verdict.begin() + map.first_argument);
  out.arguments.assign(verdict.begin() + map.first_argument, verdict.end());
  return out;
}

}  // namespace argmap
