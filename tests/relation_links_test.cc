#include "relation_links.h"

#include <gtest/gtest.h>

#include <random>

namespace argmap {
namespace {

// The lists against a scan of the relations, under random adds, moves and skips.
TEST(RelationLinks, FindsWhatAScanFinds) {
  std::mt19937 random(5);
  auto element = [&] {
    return ElementRef{static_cast<ElementKind>(random() % 2), static_cast<Id>(random() % 12)};
  };
  RelationLinks links;
  std::vector<Relation> relations;
  std::vector<bool> skipped;
  auto is_skipped = [&](std::uint32_t i) { return static_cast<bool>(skipped[i]); };
  for (int step = 0; step < 6000; ++step) {
    auto type = static_cast<RelationType>(random() % 3);
    ElementRef from = element(), to = element();
    std::uint32_t scan = RelationLinks::kNone;
    for (std::uint32_t i = 0; i < relations.size(); ++i) {
      const Relation& r = relations[i];
      if (r.type == type && r.from == from && r.to == to && !skipped[i]) scan = i;
    }
    ASSERT_EQ(links.find(relations, type, from, to, is_skipped), scan);
    if (scan != RelationLinks::kNone) {
      if (random() % 2) continue;
      skipped[scan] = true;  // as the builder drops a merged relation
    }
    if (random() % 4 == 0 && !relations.empty()) {
      // As finish_relations does: an argument's relation moves to a statement,
      // and the argument's others move too (here: they are dropped).
      std::uint32_t i = static_cast<std::uint32_t>(random() % relations.size());
      from.kind = ElementKind::Statement;
      if (skipped[i] || relations[i].from.kind != ElementKind::Argument ||
          links.find(relations, type, from, relations[i].to, is_skipped) != RelationLinks::kNone)
        continue;
      ElementRef old = relations[i].from;
      for (std::uint32_t j = 0; j < relations.size(); ++j)
        if (relations[j].from == old && j != i) skipped[j] = true;
      relations[i].from = from;
      relations[i].type = type;
      links.move_from(i, from);
      continue;
    }
    links.add(static_cast<std::uint32_t>(relations.size()), from, to);
    relations.push_back(Relation{type, from, to, {}});
    skipped.push_back(false);
  }
  EXPECT_EQ(RelationLinks().find(relations, RelationType::Support, {}, {}), RelationLinks::kNone);
}

}  // namespace
}  // namespace argmap
