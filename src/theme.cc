#include "theme.h"

#include <map>

namespace argmap {

const EdgeStyle& Theme::relation(RelationType type) const {
  switch (type) {
    case RelationType::Support:
      return support;
    case RelationType::Attack:
      return attack;
    case RelationType::Undercut:
      return undercut;
    case RelationType::Contradiction:
      return contradiction;
    case RelationType::Entails:
      return entails;
    case RelationType::Contrary:
      return contrary;
  }
  return support;
}

const StatusStyle& Theme::status(Label label) const {
  switch (label) {
    case Label::In:
      return status_in;
    case Label::Out:
      return status_out;
    case Label::Undec:
      break;
  }
  return status_undec;
}

const std::vector<std::string>* color_scheme(std::string_view name) {
  // Argdown 1.7.5's colorSchemes.ts, the ones its users pick most.
  static const std::map<std::string, std::vector<std::string>, std::less<>> schemes = {
      {"default",
       {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"}},
      {"colorbrewer-dark2",
       {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"}},
      {"colorbrewer-category10",
       {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf"}},
      {"colorbrewer-accent",
       {"#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"}},
      {"colorbrewer-paired",
       {"#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00",
        "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"}},
      {"colorbrewer-set",
       {"#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf",
        "#999999"}},
      {"colorbrewer-set2",
       {"#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"}},
      {"colorbrewer-set3",
       {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
        "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"}},
      {"iwanthue-colorblind-friendly",
       {"#ba4761", "#b65b37", "#c99738", "#83a142", "#52b77f", "#7d89e0", "#654397", "#bc589e"}},
      {"iwanthue-fancy",
       {"#e6afd3", "#9ed2a7", "#aebaeb", "#d2d39d", "#71cdeb", "#e6b197", "#81d6d0", "#baf0d6"}},
  };
  auto it = schemes.find(name);
  return it == schemes.end() ? nullptr : &it->second;
}

Theme default_theme() {
  Theme t;
  t.name = "default";
  t.scheme = *color_scheme("default");
  t.statement = {"#ffffff", "", "#000000", 2};
  t.argument = {"", "", "#000000", 1};
  t.evidence = {"#fffbe6", "", "#000000", 2};
  t.inference = {"#551A8B", "#551A8B", "#000000", 1};
  t.closed_group = {"#DADADA", "#DADADA", "#000000", 0};
  t.group_fills = {"#DADADA", "#BABABA", "#AAAAAA"};  // Argdown's groupColorScheme
  t.support = {"#00ff00", LineStyle::Solid, ArrowShape::Normal, ArrowShape::None, 1};
  t.attack = {"#ff0000", LineStyle::Solid, ArrowShape::Normal, ArrowShape::None, 1};
  t.undercut = {"#551A8B", LineStyle::Solid, ArrowShape::Normal, ArrowShape::None, 1};
  t.contradiction = {"#ff0000", LineStyle::Solid, ArrowShape::Diamond, ArrowShape::Diamond, 1};
  t.entails = {"#00ff00", LineStyle::Solid, ArrowShape::Normal, ArrowShape::None, 1};
  t.contrary = {"#ff0000", LineStyle::Solid, ArrowShape::Normal, ArrowShape::Normal, 1};
  t.inference_link = t.support;
  t.inference_link.head = ArrowShape::None;
  // Okabe-Ito sky blue, vermillion and a light grey: told apart with every common
  // colour-vision deficiency, each at least 5:1 against black text (WCAG AA), with
  // darker borders in the line style of the mono theme so colour is never the only cue.
  t.status_in = {"#56B4E9", "#0072B2", LineStyle::Solid, 2};
  t.status_out = {"#D55E00", "#8F3F00", LineStyle::Dashed, 2};
  t.status_undec = {"#BBBBBB", "#595959", LineStyle::Dotted, 2};
  return t;
}

Theme mono_theme() {
  Theme t;
  t.name = "mono";
  t.colored = false;
  t.scheme = {"#000000"};
  t.statement = {"#ffffff", "#000000", "#000000", 1.5};
  t.argument = {"#d9d9d9", "#000000", "#000000", 1};
  t.evidence = {"#ffffff", "#000000", "#000000", 1};
  t.inference = {"#000000", "#000000", "#000000", 1};
  t.closed_group = {"#eeeeee", "#000000", "#000000", 1};
  t.group_fills = {"#f2f2f2", "#e6e6e6", "#d9d9d9"};
  t.support = {"#000000", LineStyle::Solid, ArrowShape::Normal, ArrowShape::None, 1};
  t.attack = {"#000000", LineStyle::Solid, ArrowShape::Tee, ArrowShape::None, 1};
  t.undercut = {"#000000", LineStyle::Dashed, ArrowShape::Tee, ArrowShape::None, 1};
  t.contradiction = {"#000000", LineStyle::Solid, ArrowShape::Diamond, ArrowShape::Diamond, 1};
  t.entails = {"#000000", LineStyle::Solid, ArrowShape::ONormal, ArrowShape::None, 1};
  t.contrary = {"#000000", LineStyle::Dotted, ArrowShape::Tee, ArrowShape::Tee, 1};
  t.inference_link = t.support;
  t.inference_link.head = ArrowShape::None;
  // Status by border line alone: IN solid, OUT dashed, UNDEC dotted (fills unchanged).
  t.status_in = {"", "#000000", LineStyle::Solid, 2};
  t.status_out = {"", "#000000", LineStyle::Dashed, 2};
  t.status_undec = {"", "#000000", LineStyle::Dotted, 2};
  return t;
}

}  // namespace argmap
