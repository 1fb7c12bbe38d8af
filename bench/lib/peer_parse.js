// Parses one Argdown file with the peer's own lexer and parser (@argdown/core),
// nothing else: the cheapest whole-file parse the peer can do.
// Usage: node bench/lib/peer_parse.js PEER_NODE_MODULES FILE
"use strict";
const path = require("path");
const fs = require("fs");
const core = require(path.join(process.argv[2], "@argdown", "core"));
const input = fs.readFileSync(process.argv[3], "utf8");
const lexed = core.tokenize(input);
core.parser.input = lexed.tokens;
core.parser.argdown();
const errors = lexed.errors.length + core.parser.errors.length;
if (errors > 0) {
  console.error(`${process.argv[3]}: ${errors} lexer/parser errors`);
  process.exit(1);
}
