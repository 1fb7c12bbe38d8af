#!/usr/bin/env bash
# Regenerates tests/data/argdown/ (argmap's own expectations for Argdown's corpus)
# by running the Argdown CLI 1.7.5 on every corpus file. Run by hand, never by the
# build: the peer is a reference, not a dependency.
#   scripts/make-argdown-expectations.sh [CORPUS_DIR] [ARGDOWN_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/argdown}"
peer="${2:-${ARGDOWN:-/work/peer/node_modules/.bin/argdown}}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
[ -x "$peer" ] || { echo "no Argdown CLI at $peer (npm install @argdown/cli@1.7.5)" >&2; exit 2; }
"$peer" --version | grep -qx '1.7.5' || { echo "the expectations need @argdown/cli 1.7.5" >&2; exit 2; }
out=tests/data/argdown
rm -rf "$out"
mkdir -p "$out"
python3 scripts/argdown_expectations.py "$peer" "$(cd "$corpus" && pwd)" "$out"
