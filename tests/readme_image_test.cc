// The README shows docs/molotov-1954.svg: this test re-renders the Molotov map the
// same way and fails when the committed picture is stale (UPDATE_GOLDEN=1 rewrites it).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend.h"
#include "renderer.h"
#include "view.h"

namespace argmap {
namespace {

TEST(ReadmeImage, MolotovSvgIsCurrent) {
  const std::filesystem::path root(ARGMAP_SOURCE_DIR);
  Diagnostics diagnostics;
  LoadedMap map = load_map_file((root / "maps/molotov-1954.argdown").string(), diagnostics);
  ASSERT_FALSE(diagnostics.has_errors());
  ViewOptions view_options;
  view_options.legend = true;  // as in scripts/run-main.sh
  view_options.color_by = ColorBy::Status;
  View view = build_view(map.model, view_options, diagnostics);
  auto svg = render(view, RenderOptions{}, diagnostics);
  ASSERT_TRUE(svg.has_value());

  const auto path = root / "docs/molotov-1954.svg";
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << *svg;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing: run the tests with UPDATE_GOLDEN=1";
  std::stringstream committed;
  committed << in.rdbuf();
  EXPECT_TRUE(committed.str() == *svg)
      << path << " is stale: the map or the renderer changed; run with UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace argmap
