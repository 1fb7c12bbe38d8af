#include "markdown_report.h"

#include <gtest/gtest.h>

#include "report_fixtures.h"

namespace argmap {
namespace {

using testing_fixtures::ModelBuilder;

TEST(MarkdownReport, WritesTheWholeHandout) {
  ModelBuilder b;
  Id author = b.proponent("author", "The author");
  Id section = b.section("The debate");
  auto thesis = b.statement("Thesis", "A missed *opportunity*.", author, section);
  auto veto = b.argument("Veto", "The USSR would block NATO.", kNoId, section);
  auto record = b.evidence("Record", "119 vetoes.", section);
  b.source("roberts", "Roberts, G.", "2008", "Molotov");
  b.cite(record, "roberts", "33");
  b.attack(veto, thesis);
  b.support(record, veto);
  Data fm;
  fm.kind = Data::Kind::Map;
  fm.fields = {{"title", Data::of("Molotov 1954")}, {"author", Data::of("G.-O. Marias")}};
  b.model.frontmatter = fm;
  ReportInput input;
  input.svg_href = "molotov.svg";
  input.status[thesis] = {"OUT", ""};
  input.findings = derive_findings(b.model);
  EXPECT_EQ(write_markdown_report(b.model, input),
            "# Molotov 1954\n\n"
            "*G.-O. Marias*\n\n"
            "[![The argument map](molotov.svg)](molotov.svg)\n\n"
            "## Outline\n\n"
            "### The debate\n\n"
            "- **\\[Thesis\\]** (OUT) (The author): A missed \\*opportunity\\*.\n"
            "  - *attacks* **&lt;Veto&gt;**: The USSR would block NATO.\n"
            "    - *supports* **\\[Record\\]**: 119 vetoes.\n"
            "\n## Evidence and sources\n\n"
            "### Evidence\n\n"
            "- **\\[Record\\]**: 119 vetoes. \xe2\x80\x94 Roberts, G. (2008). Molotov, p. 33.\n"
            "\n### Sources\n\n"
            "1. Roberts, G. (2008). Molotov. \\[roberts\\] Cited by \\[Record\\] (p. 33).\n"
            "\n## Questions for discussion\n\n"
            "### Unanswered objections\n\n"
            "1. **&lt;Veto&gt;** objects to **\\[Thesis\\]**, and nothing in the map answers it. "
            "Does the objection succeed, and how could a defender of **\\[Thesis\\]** reply?\n");
}

TEST(MarkdownReport, EscapesMarkupAndRawHtml) {
  EXPECT_EQ(escape_markdown("<script>alert(1)</script> [x](javascript:y) *a* `c` a&b\nnext"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y) \\*a\\* \\`c\\` "
            "a&amp;b next");
}

TEST(MarkdownReport, LeavesOutAnUnsafeMapAddress) {
  ModelBuilder b;
  ReportInput input;
  input.svg_href = "x.svg) [click](javascript:alert(1)";
  EXPECT_EQ(write_markdown_report(b.model, input).find("javascript"), std::string::npos);
}

}  // namespace
}  // namespace argmap
