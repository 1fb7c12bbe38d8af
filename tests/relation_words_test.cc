#include "relation_words.h"

#include <gtest/gtest.h>

namespace argmap {
namespace {

TEST(RelationWords, ArgdownNamesVerbsAndPassives) {
  EXPECT_EQ(relation_type_name(RelationType::Support), "support");
  EXPECT_EQ(relation_type_name(RelationType::Contradiction), "contradictory");
  EXPECT_EQ(relation_type_name(RelationType::Contrary), "contrary");
  EXPECT_EQ(relation_verb(RelationType::Attack), "attacks");
  EXPECT_EQ(relation_verb(RelationType::Undercut), "undercuts");
  EXPECT_EQ(relation_verb(RelationType::Contrary), "is contrary to");
  EXPECT_EQ(relation_passive(RelationType::Support), "supported by");
  EXPECT_EQ(relation_passive(RelationType::Contradiction), "contradicted by");
  EXPECT_EQ(relation_passive(RelationType::Entails), "entailed by");
}

}  // namespace
}  // namespace argmap
