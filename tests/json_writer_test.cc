// The streaming JSON writer and exporter against the DOM exporter they replaced
// (tests/json_export_reference.cc): the same bytes on every map at hand, on
// models with hostile strings, and written in chunks.
#include "json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "frontend.h"
#include "json_export.h"
#include "json_export_reference.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

std::string nlohmann_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written_string(const std::string& s) {
  std::string out;
  {
    JsonWriter w(out);
    w.string(s);
  }
  return out;
}

TEST(JsonWriter, EscapesStringsAsNlohmannDoes) {
  std::vector<std::string> cases = {
      "",
      "plain",
      "quote \" and backslash \\",
      std::string("nul \0 inside", 12),
      "\b\f\n\r\t\x01\x1f\x7f",
      "umlauts \xC3\xA4\xC3\xB6 and \xE2\x82\xAC and \xF0\x9F\x98\x80",
      "bad \xFF byte",
      "truncated \xE2\x82",
      "overlong \xC0\xAF and surrogate \xED\xA0\x80",
      "\xE2\x82\x41 mixed",
      "\xF4\x90\x80\x80 above U+10FFFF",
      "ends bad \xC3"};
  std::mt19937 random(7);
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    std::size_t length = random() % 24;
    for (std::size_t i = 0; i < length; ++i) {
      // Mostly the interesting bytes: controls, quotes, lead and continuation bytes.
      static const char kBytes[] = {'a',    ' ',    '"',    '\\',   '\n',   '\x01', '\x1f',
                                    '\x7f', '\xC3', '\xA4', '\xE2', '\x82', '\xAC', '\xF0',
                                    '\x9F', '\xFF', '\xED', '\xA0', '\x80', '\xC0'};
      s += kBytes[random() % sizeof kBytes];
    }
    cases.push_back(s);
  }
  for (const std::string& s : cases) EXPECT_EQ(written_string(s), nlohmann_string(s)) << s;
}

TEST(JsonWriter, EscapesEveryLengthAndPositionAsNlohmannDoes) {
  // Strings are checked in blocks of 16, 8 and 4 bytes, the last block
  // overlapping the one before: one byte to escape at every place of every
  // length up to past two blocks must be found.
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string plain(length, 'a');
    for (std::size_t i = 0; i < length; ++i) plain[i] = static_cast<char>('a' + i % 26);
    EXPECT_EQ(written_string(plain), nlohmann_string(plain)) << length;
    for (std::size_t at = 0; at < length; ++at) {
      for (char c : {'"', '\\', '\n', '\x1f', '\x7f', '\xC3', '\xFF'}) {
        std::string s = plain;
        s[at] = c;
        EXPECT_EQ(written_string(s), nlohmann_string(s)) << length << " " << at << " " << int(c);
      }
    }
  }
}

TEST(JsonWriter, WritesNumbersAndNestingAsDumpWithIndentTwo) {
  std::string out;
  {
    JsonWriter w(out);
    w.begin_object();
    w.key("empty object");
    w.begin_object();
    w.end_object();
    w.key("empty array");
    w.begin_array();
    w.end_array();
    w.key("numbers");
    w.begin_array();
    w.number(std::int64_t{-42});
    w.number(std::uint64_t{18446744073709551615u});
    w.number(1.5);
    w.number(100.0);
    w.number(1e300);
    w.number(std::numeric_limits<double>::quiet_NaN());
    w.number(-std::numeric_limits<double>::infinity());
    w.end_array();
    w.key("nested");
    w.begin_array();
    w.begin_object();
    w.member_bool("t", true);
    w.key("n");
    w.null();
    w.end_object();
    w.begin_array();
    w.string("x");
    w.end_array();
    w.end_array();
    w.end_object();
  }
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(
      R"({"empty object": {}, "empty array": [], "numbers": [-42, 18446744073709551615, 1.5,
          100.0, 1e300, null, null], "nested": [{"t": true, "n": null}, ["x"]]})");
  EXPECT_EQ(out, j.dump(2));
}

TEST(JsonWriter, WritesLinesAndColumnsOfEveryLength) {
  std::vector<std::uint32_t> numbers = {0, 4294967295u};
  for (std::uint64_t p = 1; p <= 1000000000u; p *= 10)
    for (std::uint64_t n : {p - 1, p, p + 1, 2 * p + 7, 9 * p})
      if (n <= 4294967295u) numbers.push_back(static_cast<std::uint32_t>(n));
  std::string out, expected = "[";
  {
    JsonWriter w(out);
    w.begin_array();
    for (std::uint32_t n : numbers) {
      w.number(n);
      expected += std::string(expected.size() == 1 ? "" : ",") + "\n  " + std::to_string(n);
    }
    w.end_array();
  }
  EXPECT_EQ(out, expected + "\n]");
}

TEST(JsonWriter, SmallChunksGiveTheSameBytes) {
  auto write = [](JsonWriter& w) {
    w.begin_object();
    for (int i = 0; i < 50; ++i) {
      w.key("key \"" + std::to_string(i) + "\"");
      w.begin_array();
      w.string(std::string(static_cast<std::size_t>(i * 7), 'x') + "\n\xC3\xA4" +
               std::string(static_cast<std::size_t>(i), '\\'));
      w.string(std::string(200, 'y'));  // longer than a chunk
      w.number(std::int64_t{i});
      w.end_array();
    }
    w.end_object();
  };
  std::string whole;
  {
    JsonWriter w(whole);
    write(w);
  }
  std::string chunked;
  std::size_t calls = 0;
  {
    JsonWriter w(
        [&](std::string_view chunk) {
          EXPECT_FALSE(chunk.empty());
          chunked += chunk;
          ++calls;
          return true;
        },
        64);
    write(w);
  }
  EXPECT_EQ(chunked, whole);
  EXPECT_GT(calls, 50u);
  EXPECT_EQ(nlohmann::ordered_json::parse(whole).dump(2), whole);
}

TEST(JsonWriter, GivesBackAnArrayElementToWriteAgain) {
  std::string out;
  std::vector<std::string> kept;
  {
    JsonWriter w(out);
    w.begin_object();
    w.field("a");
    w.begin_array();
    for (int i = 0; i < 2; ++i) {  // first and later elements: other separators
      std::size_t mark = w.mark();
      w.begin_object();
      w.member("k", "v" + std::to_string(i));
      w.field("n");
      w.begin_array();
      w.number(i);
      w.end_array();
      w.end_object();
      kept.emplace_back(w.written_since(mark));
    }
    w.end_array();
    w.field("b");  // at the same depth: the same bytes again
    w.begin_array();
    for (const std::string& k : kept) w.value_bytes(k);
    w.end_array();
    w.end_object();
  }
  EXPECT_EQ(kept[0], "{\n      \"k\": \"v0\",\n      \"n\": [\n        0\n      ]\n    }");
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(out);
  EXPECT_EQ(j["a"], j["b"]);
  EXPECT_EQ(j.dump(2), out);
}

TEST(JsonWriter, GivesBackNothingOnceTheBytesAreHandedOn) {
  std::string chunks;
  JsonWriter w(
      [&](std::string_view chunk) {
        chunks += chunk;
        return true;
      },
      256);
  w.begin_array();
  std::size_t mark = w.mark();
  w.string(std::string(300, 'x'));  // more than the buffer: handed on at once
  EXPECT_EQ(w.written_since(mark), "");
  mark = w.mark();
  w.string("short");
  EXPECT_EQ(w.written_since(mark), "\"short\"");
  w.end_array();
  w.flush();
  EXPECT_EQ(chunks, "[\n  \"" + std::string(300, 'x') + "\",\n  \"short\"\n]");
}

TEST(JsonWriter, RunsGiveTheBytesOfTheFieldsTheyLayOut) {
  // The same object through fields and through runs, at a depth whose runs
  // are longer than a whole small buffer: the same bytes.
  auto write = [](JsonWriter& w, bool runs) {
    for (int i = 0; i < 40; ++i) w.begin_array();
    w.begin_object();
    const std::size_t depth = w.depth();
    if (runs) {
      JsonRun head, lines;
      head.member(depth, "type").raw("\"statement\"").member(depth, "title");
      lines.member(depth, "startLine");
      JsonRun column;
      column.member(depth, "startColumn");
      w.members(head);
      w.run_string("A \"quoted\" title");
      w.number_members({&lines, &column}, {std::uint32_t{1234567}, std::uint32_t{0}});
      JsonRun location[4];
      const char* names[4] = {"startLine", "startColumn", "endLine", "endColumn"};
      for (int i = 0; i < 4; ++i) location[i].member(depth, names[i]);
      w.location_members(location, {98765, 3, 98765, 100000});  // the end line copied
      w.location_members(location, {5, 1, 60, 9});
    } else {
      w.member_plain("type", "statement");
      w.member("title", "A \"quoted\" title");
      w.member_number("startLine", std::uint32_t{1234567});
      w.member_number("startColumn", std::uint32_t{0});
      for (std::uint32_t line : {98765, 5}) {
        w.member_number("startLine", line);
        w.member_number("startColumn", line == 5 ? 1u : 3u);
        w.member_number("endLine", line == 5 ? 60u : line);
        w.member_number("endColumn", line == 5 ? 9u : 100000u);
      }
    }
    w.member_bool("isEvidence", false);
    w.end_object();
    for (std::size_t i = 0; i < 40; ++i) w.end_array();
  };
  std::string fields, runs, chunked;
  {
    JsonWriter w(fields);
    write(w, false);
  }
  {
    JsonWriter w(runs);
    write(w, true);
  }
  {
    JsonWriter w(
        [&](std::string_view chunk) {
          chunked += chunk;
          return true;
        },
        64);
    write(w, true);
  }
  EXPECT_EQ(runs, fields);
  EXPECT_EQ(chunked, fields);
  EXPECT_NE(fields.find("\"startLine\": 1234567,\n"), std::string::npos);
  EXPECT_NE(fields.find("\"endLine\": 98765,\n"), std::string::npos);
  EXPECT_NE(fields.find("\"endLine\": 60,\n"), std::string::npos);
}

TEST(JsonWriter, CopiesAValueFromADeeperLevelWithItsIndentation) {
  auto element = [](JsonWriter& w) {
    w.begin_object();
    w.member("text", "two\nlines and a long tail " + std::string(300, 'x'));
    w.field("list");
    w.begin_array();
    w.number(1);
    w.begin_object();
    w.end_object();
    w.end_array();
    w.end_object();
  };
  // Written fresh at both depths, or copied from the deeper one to the
  // shallower: once in a roomy buffer, once in one smaller than the value.
  std::string kept;
  std::size_t deep = 0;
  auto write = [&](JsonWriter& w, bool copy) {
    w.begin_array();
    w.begin_array();
    w.begin_array();
    std::size_t mark = w.mark();
    element(w);
    if (!copy) {
      kept = w.written_since(mark);
      deep = w.depth();
    }
    w.end_array();
    w.end_array();
    if (copy)
      w.value_bytes_from(kept, deep);
    else
      element(w);
    w.end_array();
  };
  std::string fresh, copied, chunked;
  {
    JsonWriter w(fresh);
    write(w, false);
  }
  ASSERT_GT(kept.size(), 300u);
  {
    JsonWriter w(copied);
    write(w, true);
  }
  {
    JsonWriter w(
        [&](std::string_view chunk) {
          chunked += chunk;
          return true;
        },
        256);
    write(w, true);
  }
  EXPECT_EQ(copied, fresh);
  EXPECT_EQ(chunked, fresh);
  EXPECT_NE(fresh.find("\n  {\n    \"text\""), std::string::npos);
}

/// Every .argdown file under `dir`.
std::vector<fs::path> maps_under(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (it->path().extension() == ".argdown") out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

void expect_same_export(const LoadedMap& map, const std::string& what) {
  std::string streamed = export_json(map.model, map.sources);
  EXPECT_EQ(streamed, reference::export_json_dom(map.model, map.sources)) << what;
  // In small chunks, through the sink: the same bytes again.
  std::string chunks;
  std::size_t calls = 0;
  EXPECT_TRUE(write_json(map.model, map.sources, [&](std::string_view chunk) {
    chunks += chunk;
    ++calls;
    return true;
  }));
  EXPECT_EQ(chunks, streamed) << what;
  EXPECT_GE(calls, 1u);
}

TEST(JsonExportStreaming, MatchesTheDomExporterOnEveryCorpusAndBundledMap) {
  std::vector<fs::path> files = maps_under(ARGMAP_SOURCE_DIR "/maps");
  for (const char* dir : {ARGMAP_SOURCE_DIR "/tests/data"}) {
    auto more = maps_under(dir);
    files.insert(files.end(), more.begin(), more.end());
  }
  auto corpus = maps_under(ARGMAP_SHARED_DIR "/corpus/argdown");
  if (corpus.empty()) std::cerr << "note: the Argdown corpus is absent; bundled maps only\n";
  files.insert(files.end(), corpus.begin(), corpus.end());
  ASSERT_GT(files.size(), 3u);
  for (const fs::path& file : files) {
    Diagnostics diagnostics;  // broken maps too: the model of whatever was read
    LoadedMap map = load_map_file(file.string(), diagnostics);
    expect_same_export(map, file.string());
  }
}

TEST(JsonExportStreaming, MatchesTheDomExporterOnAGeneratedMap) {
  // Every construct the exporter writes: sections, PCS with inferences and
  // data, relations of all kinds, tags, sources, proponents, hostile text.
  std::string text =
      "===\nsources:\n  K1: {author: \"A \\\"q\\\"\", year: 2001, title: T, url: u, extra: 1.25}\n"
      "  K2: plain title\nproponents:\n  P: {label: \"The P\", color: red}\n"
      "model:\n  mode: strict\n===\n\n";
  std::mt19937 random(11);
  for (int i = 0; i < 300; ++i) {
    if (i % 40 == 0)
      text += std::string(1 + (i / 40) % 4, '#') + " Section " + std::to_string(i) +
              " #(sec tag) {note: x}\n\n";
    std::string t = std::to_string(i);
    switch (random() % 6) {
      case 0:
        text += "[S" + t + "]: Text " + t + " with \\\"quotes\\\" and \xC3\xA4 #tag" +
                std::to_string(i % 7) + " {source: K1, page: \"" + t + "\", proponent: P}\n";
        text += "  + [S" + std::to_string(i / 2) + "]\n  - <A" + t + ">: Arg " + t + "\n";
        text += "    _ Undercutting " + t + "\n  >< [C" + t + "]: contra\n\n";
        break;
      case 1:
        text += "<A" + t + ">\n\n(1) [P" + t +
                "]: premise {kind: evidence, sources: [K1, K2]}\n"
                "(2) second premise\n-- rule one, rule two {uses: [1, 2], f: 0.5} --\n"
                "(3) [I" +
                t + "]: intermediate\n----\n(4) [S" + std::to_string(i / 3) + "]: conclusion\n\n";
        break;
      case 2:
        text += "Untitled text " + t +
                " *em* **strong** [link](http://x.y) @[S1] @<A1>\n"
                "  +> [S" +
                std::to_string(i / 4) + "]\n  -> <A" + std::to_string(i / 5) + ">\n\n";
        break;
      case 3:
        text += "[S" + t +
                "]: {isCanonical: true, n: null, b: false, l: [1, two, {x: y}]}\n"
                "multi-line\ntext\n\n";
        break;
      case 4:
        text += "* [L" + t + "]: list item\n* second item #(multi word)\n\n";
        break;
      default:
        text += "<A" + t + ">: described {proponent: Q}\n  <+ [S" + std::to_string(i / 2) +
                "]\n  <- [S" + std::to_string(i / 3) + "]\n  <_ [S" + std::to_string(i / 6) +
                "]\n\n";
        break;
    }
  }
  Diagnostics diagnostics;
  LoadedMap map = load_map_text("generated.argdown", text, diagnostics);
  ASSERT_GT(map.model.statements.size(), 200u);
  ASSERT_GT(map.model.relations.size(), 200u);
  expect_same_export(map, "generated");

  // Hostile strings and data in the model itself.
  Statement& s = map.model.statements.front();
  s.text = map.model.keep(std::string_view("ctl \x01\x1f nul \0 bad \xFF\xFE end \xE2\x82", 26));
  s.tags.push_back("t\"ag\\");
  Data& data = s.data.edit();
  data.kind = Data::Kind::Map;
  Data nan;
  nan.kind = Data::Kind::Float;
  nan.number = std::nan("");
  data.fields.emplace_back("dup", Data::of("first"));
  data.fields.emplace_back("nan", nan);
  data.fields.emplace_back("dup", Data::of("second"));
  map.model.sections.push_back(Section{"s99", "orphan \xC0", 9, kNoId, {"x"}, Data{}, Location{}});
  // Titles are escaped once for all their uses: hostile ones too, and a
  // relation's end that names no element.
  s.title = "ti\"tle\\ \xFF with a tail longer than thirty-two bytes";
  map.model.arguments.front().title = "arg\ttitle";
  s.occurrences.front().section = 12345;  // no such section: ""
  s.occurrences.front().tags = {"one", "t\"wo", "three"};
  map.model.relations.push_back(Relation{RelationType::Attack,
                                         {ElementKind::Statement, 0},
                                         {ElementKind::Argument, 999999},
                                         {Location{0, 1, 1, 1, 2}}});
  map.model.relations.push_back(Relation{RelationType::Support,
                                         {ElementKind::Statement, 999999},
                                         {ElementKind::Argument, 0},
                                         {Location{0, 1, 1, 1, 2}}});
  expect_same_export(map, "generated, edited");
}

TEST(JsonExportStreaming, StopsWhenTheSinkFails) {
  Diagnostics diagnostics;
  LoadedMap map = load_map_text("m.argdown", "[A]: a\n  + [B]: b\n", diagnostics);
  std::size_t calls = 0;
  EXPECT_FALSE(write_json(map.model, map.sources, [&](std::string_view) {
    ++calls;
    return false;
  }));
  EXPECT_EQ(calls, 1u);
}

}  // namespace
}  // namespace argmap
