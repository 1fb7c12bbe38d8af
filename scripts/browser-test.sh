#!/usr/bin/env bash
# The handout's browser test: writes the Molotov handout and the hostile map's handout
# with the built argmap, then opens both from disk in Debian's headless Chromium through
# playwright-core (tests/browser/handout.test.mjs). Installs what is missing first:
# Chromium (and pdftotext) from Debian, playwright-core from npm into tests/browser/node_modules.
# Screenshots and the printed PDF are left in $ARTEFACTS_DIR (default: BUILD_DIR/browser).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
artefacts="${ARTEFACTS_DIR:-$build_dir/browser}"

if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "browser-test: installing chromium and poppler-utils from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "browser-test: installing playwright-core from npm (no browser download)" >&2
  (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
if [ ! -x "$build_dir/argmap" ]; then
  echo "browser-test: $build_dir/argmap is missing; build first (scripts/build.sh)" >&2
  exit 2
fi

mkdir -p "$artefacts"
"$build_dir/argmap" report maps/molotov-1954.argdown -o "$artefacts/molotov-1954.html"
"$build_dir/argmap" report tests/data/hostile.argdown -o "$artefacts/hostile.html"
node tests/browser/handout.test.mjs --chromium "$(command -v chromium)" \
  --handout "$artefacts/molotov-1954.html" --hostile "$artefacts/hostile.html" \
  --focus "Veto concern" --artefacts "$artefacts"
