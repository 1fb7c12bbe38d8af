// label_model: build the framework, take one labelling, map it back to elements.
#include "evaluation.h"

namespace argmap {

ModelLabels label_model(const Model& model, Semantics semantics, const FrameworkOptions& options,
                        const SearchLimits& limits) {
  MapFramework map = build_framework(model, options);
  SomeLabelling some = some_labelling(map.framework.framework, semantics, limits);
  ModelLabels out;
  out.status = some.status;
  out.exists = some.labelling.has_value();
  Labelling l = some.labelling ? *some.labelling : Labelling(map.elements.size(), Label::Undec);
  out.statements.assign(l.begin(), l.begin() + map.first_argument);
  out.arguments.assign(l.begin() + map.first_argument, l.end());
  return out;
}

}  // namespace argmap
