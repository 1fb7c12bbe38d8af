#include "relation_words.h"

namespace argmap {
namespace {

struct Words {
  std::string_view name, verb, passive;
};

Words words(RelationType type) {
  switch (type) {
    case RelationType::Support:
      return {"support", "supports", "supported by"};
    case RelationType::Attack:
      return {"attack", "attacks", "attacked by"};
    case RelationType::Undercut:
      return {"undercut", "undercuts", "undercut by"};
    case RelationType::Contradiction:
      return {"contradictory", "contradicts", "contradicted by"};
    case RelationType::Entails:
      return {"entails", "entails", "entailed by"};
    case RelationType::Contrary:
      return {"contrary", "is contrary to", "contrary to"};
  }
  return {"support", "supports", "supported by"};
}

}  // namespace

std::string_view relation_type_name(RelationType type) {
  return words(type).name;
}
std::string_view relation_verb(RelationType type) {
  return words(type).verb;
}
std::string_view relation_passive(RelationType type) {
  return words(type).passive;
}

}  // namespace argmap
